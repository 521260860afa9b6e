/**
 * One JSON Lines object per document: the record columns, every requested field id as a top-level key
 * with its plain value (null when empty), and `provenance` for each field that has a value
 * ({span, confidence, rule, origin, approximate, last_change: {at, reason} | null}, see FieldProvenance).
 */
import type { FieldDef } from '../../shared/fields'
import type { ExportRecord } from './records'

export function jsonlLine(r: ExportRecord, fields: readonly FieldDef[]): string {
  const obj: Record<string, unknown> = { id: r.id, source_file: r.fileName, sha256: r.sha256, status: r.status, tags: r.tags }
  for (const f of fields) obj[f.id] = r.fields.get(f.id)?.value ?? null
  // the provenance arrives as JSON text built by SQLite: spliced in, not parsed and written again
  return `${JSON.stringify(obj).slice(0, -1)},"provenance":${r.provenance ?? '{}'}}\n`
}
