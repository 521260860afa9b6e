/**
 * `annalist import <paths...> --library <file> [--json]`: import files and folders (recursively) into the
 * library, creating it when absent. --json prints ONE object {imported, duplicates, failed, skipped,
 * archives, cancelled, stopped?} (archives: each web archive's captures, reports taken and skipped); otherwise a readable summary, with progress on stderr when stderr is a terminal.
 * Ctrl-C cancels cleanly. File names are printed with control characters escaped (printable.ts). Exit 1
 * when the import stopped before the end (the library's disk is full), with the reason on stderr.
 * `--ocr-pages N`: pages of one scan read by OCR at once (default 1); `--no-ocr`: scans kept without text
 * (the 'scanned' warning), images refused, and a text PDF's scanned pages and pictures of tables left unread,
 * as before issue 14.
 */
import { option, parseArgs, requireOption, UsageError } from '../args'
import { openFromArgs } from '../open'
import { importPaths } from '../../import/index'
import { printable, printableJson } from '../printable'
import { SKIP_REASONS } from '../../import/discover'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly', 'no-ocr'])
  const library = requireOption(args, 'library')
  if (args.positionals.length === 0) throw new UsageError('give at least one file or folder to import')
  const pagesText = option(args, 'ocr-pages')
  const pagesAtOnce = pagesText === undefined ? 1 : Number(pagesText)
  if (!Number.isInteger(pagesAtOnce) || pagesAtOnce < 1 || pagesAtOnce > 16) throw new UsageError('--ocr-pages is a whole number from 1 to 16')
  const json = args.flags.has('json')
  const { db } = openFromArgs(args, { write: true, create: true })
  const controller = new AbortController()
  const onSigint = (): void => controller.abort()
  process.once('SIGINT', onSigint)
  const tty = process.stderr.isTTY && !json
  let last = 0
  try {
    const summary = await importPaths(db, args.positionals, {
      signal: controller.signal,
      ocr: args.flags.has('no-ocr') ? false : { pagesAtOnce },
      onProgress: tty
        ? (p) => {
            const now = Date.now()
            if (now - last < 100 && p.done < p.total) return
            last = now
            const cur = p.current ? ` ${printable(p.current.length > 60 ? '…' + p.current.slice(-59) : p.current)}` : ''
            const pages = p.pages ? ` (OCR ${p.pages.done}/${p.pages.total})` : ''
            process.stderr.write(`\r\x1b[K${p.done}/${p.total}${cur}${pages}`)
          }
        : undefined,
    })
    if (tty) process.stderr.write('\r\x1b[K')
    if (json) {
      process.stdout.write(printableJson({
        imported: summary.imported.map((i) => ({ id: i.id, file: i.file, kind: i.kind, encoding: i.encoding, warnings: i.warnings })),
        duplicates: summary.duplicates,
        failed: summary.failed,
        skipped: summary.skipped ?? [],
        archives: summary.archives ?? [],
        cancelled: summary.cancelled,
        ...(summary.stopped ? { stopped: summary.stopped } : {}),
      }) + '\n')
      return stopped(summary.stopped)
    }
    const out: string[] = []
    for (const i of summary.imported) {
      const w = i.warnings.length ? `  (${i.warnings.length} warning${i.warnings.length > 1 ? 's' : ''}: ${i.warnings.map((x) => x.code).join(', ')})` : ''
      out.push(`imported   #${i.id} ${printable(i.file)} [${i.kind}${i.encoding ? ', ' + i.encoding : ''}]${w}`)
    }
    for (const d of summary.duplicates) out.push(`duplicate  ${printable(d.file)} = #${d.id}`)
    for (const f of summary.failed) out.push(`failed     ${printable(f.file)}: ${printable(f.error)}`)
    // every skip is listed with its reason, except the (often many) files skipped by their extension and a web
    // archive's records that are not reports (images, scripts…): counted (--json lists every one)
    const byExtension = (summary.skipped ?? []).filter((s) => s.reason === SKIP_REASONS.extension).length
    const archives = summary.archives ?? []
    const inArchive = (file: string): boolean => archives.some((a) => file.startsWith(`${a.file} → `))
    for (const s of summary.skipped ?? []) if (s.reason !== SKIP_REASONS.extension && !inArchive(s.file)) out.push(`skipped    ${printable(s.file)}: ${s.reason}`)
    for (const a of archives) out.push(`archive    ${printable(a.file)}: ${a.records} captures, ${a.reports} reports taken, ${a.skipped} skipped (not reports)`)
    const skipped = summary.skipped?.length
      ? `, ${summary.skipped.length} skipped${byExtension ? ` (${byExtension} not reports by their extension)` : ''}`
      : ''
    out.push(`${summary.imported.length} imported, ${summary.duplicates.length} duplicates, ${summary.failed.length} failed${skipped}${summary.cancelled ? ' (cancelled)' : ''}`)
    process.stdout.write(out.join('\n') + '\n')
    return stopped(summary.stopped)
  } finally {
    process.removeListener('SIGINT', onSigint)
    db.close()
  }
}

/** One line on stderr and exit 1 when the import could not finish. */
function stopped(why: string | undefined): number {
  if (why === undefined) return 0
  process.stderr.write(`annalist import: ${why}\n`)
  return 1
}
