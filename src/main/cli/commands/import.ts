/**
 * `annalist import <paths...> --library <file> [--json]`: import files and folders (recursively) into the
 * library, creating it when absent. --json prints ONE object {imported, duplicates, failed, cancelled};
 * otherwise a readable summary, with progress on stderr when stderr is a terminal. Ctrl-C cancels cleanly.
 */
import { parseArgs, requireOption, UsageError } from '../args'
import { openFromArgs } from '../open'
import { importPaths } from '../../import/index'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  const library = requireOption(args, 'library')
  if (args.positionals.length === 0) throw new UsageError('give at least one file or folder to import')
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
      onProgress: tty
        ? (p) => {
            const now = Date.now()
            if (now - last < 100 && p.done < p.total) return
            last = now
            const cur = p.current ? ` ${p.current.length > 60 ? '…' + p.current.slice(-59) : p.current}` : ''
            process.stderr.write(`\r\x1b[K${p.done}/${p.total}${cur}`)
          }
        : undefined,
    })
    if (tty) process.stderr.write('\r\x1b[K')
    if (json) {
      process.stdout.write(JSON.stringify({
        imported: summary.imported.map((i) => ({ id: i.id, file: i.file, kind: i.kind, encoding: i.encoding, warnings: i.warnings })),
        duplicates: summary.duplicates,
        failed: summary.failed,
        skipped: summary.skipped ?? [],
        cancelled: summary.cancelled,
      }) + '\n')
      return 0
    }
    const out: string[] = []
    for (const i of summary.imported) {
      const w = i.warnings.length ? `  (${i.warnings.length} warning${i.warnings.length > 1 ? 's' : ''}: ${i.warnings.map((x) => x.code).join(', ')})` : ''
      out.push(`imported   #${i.id} ${i.file} [${i.kind}${i.encoding ? ', ' + i.encoding : ''}]${w}`)
    }
    for (const d of summary.duplicates) out.push(`duplicate  ${d.file} = #${d.id}`)
    for (const f of summary.failed) out.push(`failed     ${f.file}: ${f.error}`)
    const skipped = summary.skipped?.length ? `, ${summary.skipped.length} skipped (not reports by their extension)` : ''
    out.push(`${summary.imported.length} imported, ${summary.duplicates.length} duplicates, ${summary.failed.length} failed${skipped}${summary.cancelled ? ' (cancelled)' : ''}`)
    process.stdout.write(out.join('\n') + '\n')
    return 0
  } finally {
    process.removeListener('SIGINT', onSigint)
    db.close()
  }
}
