/**
 * `annalist show <id> --library <file> [--json]`: a document's metadata, warnings, raw text (`text`), and
 * its fields: `fields` maps field id -> value, `provenance` maps field id -> {origin, span, confidence, rule, ...}.
 */
import { parseArgs, requireOption, UsageError } from '../args'
import { openFromArgs } from '../open'
import { getDocument } from '../../library/documents'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  const library = requireOption(args, 'library')
  const idText = args.positionals[0]
  if (idText === undefined || !/^\d+$/.test(idText)) throw new UsageError('give the document id (a number)')
  const { db } = openFromArgs(args)
  try {
    const d = getDocument(db, Number(idText))
    if (!d) {
      process.stderr.write(`annalist show: no document ${idText} in ${library}\n`)
      return 2
    }
    const fields: Record<string, unknown> = {}
    const provenance: Record<string, unknown> = {}
    for (const f of d.fields) {
      fields[f.field] = f.value
      provenance[f.field] = { origin: f.origin, span: f.span, confidence: f.confidence, rule: f.rule, approximate: f.approximate, updated_at: f.updated_at }
    }
    if (args.flags.has('json')) {
      const { raw_text, clean_map: _map, fields: _f, ...meta } = d
      process.stdout.write(JSON.stringify({ ...meta, text: raw_text, fields, provenance }) + '\n')
      return 0
    }
    const out = [
      `#${d.id} ${d.file_name}`,
      `  kind ${d.kind}${d.encoding ? ', encoding ' + d.encoding : ''}${d.page_count !== null ? `, ${d.page_count} pages` : ''}, ${d.size} bytes`,
      `  sha256 ${d.sha256}`,
      `  imported ${d.imported_at}${d.file_path ? ' from ' + d.file_path : ''}`,
      `  status ${d.status}, extractor ${d.extractor_version ?? '-'}`,
      '',
      'fields:',
      ...d.fields.map((f) => `  ${f.field} = ${JSON.stringify(f.value)}${f.approximate ? ' (approx.)' : ''}  [${f.origin}${f.rule ? ', ' + f.rule : ''}]`),
      '',
      `warnings: ${d.warnings.length === 0 ? 'none' : ''}`,
      ...d.warnings.map((w) => `  ${w.severity} ${w.code}: ${w.message_en}`),
      '',
      'text:',
      d.raw_text,
    ]
    process.stdout.write(out.join('\n') + '\n')
    return 0
  } finally {
    db.close()
  }
}
