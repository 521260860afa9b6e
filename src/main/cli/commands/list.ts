/**
 * `annalist list --library <file> [--json] [--saved NAME]`: every document, one line each (or a JSON array of
 * objects: id, file_name, kind, encoding, text_length, warnings[], status, title, agency, region, report_year,
 * format, ...). `--saved NAME`: only the documents a saved search (smart list, issue 13) finds now.
 */
import { UsageError, option, parseArgs } from '../args'
import { listSaved, savedByName } from '../../services/saved-searches'
import { printable } from '../printable'
import { openFromArgs } from '../open'
import { listDocuments } from '../../services/list-query'
import { storedWarnings } from '../../library/documents'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  const { db } = openFromArgs(args)
  try {
    const name = option(args, 'saved')
    const saved = name === undefined ? null : savedByName(db, name)
    if (name !== undefined && saved === null) {
      const known = listSaved(db).map((s) => printable(s.name))
      throw new UsageError(`no saved search '${printable(name)}'${known.length ? ` (saved: ${known.join(', ')})` : ' (none saved yet)'}`)
    }
    const { rows } = listDocuments(db, { limit: Number.MAX_SAFE_INTEGER, ...(saved === null ? {} : { saved }) })
    if (args.flags.has('json')) {
      const out = rows.map((r) => ({
        ...r,
        warning_count: r.warnings,
        warnings: storedWarnings(db, r.id).map(({ code, severity, message, message_en, source, fields }) => ({ code, severity, message, message_en, source, fields })),
      }))
      process.stdout.write(JSON.stringify(out) + '\n')
      return 0
    }
    const lines = rows.map((r) => {
      const meta = [r.report_year ?? '', r.agency ?? '', r.format ?? ''].filter((x) => x !== '').join(' · ')
      const warn = r.errors + r.warnings ? ` ⚠${r.errors + r.warnings}` : ''
      return `#${r.id}\t${r.kind}${r.encoding ? '/' + r.encoding : ''}\t${r.status}\t${r.file_name}${meta ? '\t' + meta : ''}${warn}`
    })
    lines.push(`${rows.length} document${rows.length === 1 ? '' : 's'}`)
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  } finally {
    db.close()
  }
}
