/**
 * `annalist list --library <file> [--json]`: every document, one line each (or a JSON array of objects:
 * id, file_name, kind, encoding, text_length, warnings[], status, title, agency, region, report_year, format, ...).
 */
import { parseArgs } from '../args'
import { openFromArgs } from '../open'
import { listDocuments } from '../../services/list-query'
import { storedWarnings } from '../../library/documents'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  const { db } = openFromArgs(args)
  try {
    const { rows } = listDocuments(db, { limit: Number.MAX_SAFE_INTEGER })
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
