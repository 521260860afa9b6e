/**
 * One JSON Lines object per document: the record columns, every requested field id as a top-level key
 * with its plain value (null when empty), and `provenance` for each field that has a value
 * ({span, confidence, rule, origin, approximate, last_change: {at, reason} | null}, see FieldProvenance), and
 * the review: review_note, verified_by, verified_at, dismissed_warnings [{code, message, reason, reviewer, at}].
 */
import type { FieldDef } from '../../shared/fields'
import type { ExportRecord } from './records'

/** The `"field.id":` prefixes, made once per export: 10,000 lines x 250 keys is the hot path of the format. */
export function jsonlKeys(fields: readonly FieldDef[]): { id: string; key: string }[] {
  return fields.map((f) => ({ id: f.id, key: `,${JSON.stringify(f.id)}:` }))
}

export function jsonlLine(r: ExportRecord, keys: readonly { id: string; key: string }[]): string {
  let line = `{"id":${r.id},"source_file":${JSON.stringify(r.fileName)},"sha256":${JSON.stringify(r.sha256)},"status":${JSON.stringify(r.status)},"tags":${JSON.stringify(r.tags)}`
  const raw = r.jsonValues
  for (const k of keys) {
    if (raw) {
      line += k.key + (raw.get(k.id) ?? 'null')
      continue
    }
    const v = r.fields.get(k.id)?.value ?? null
    line += k.key + (v === null ? 'null' : JSON.stringify(v))
  }
  const review = r.review
  if (review) {
    line += `,"review_note":${JSON.stringify(review.note)},"verified_by":${JSON.stringify(review.verifiedBy)},"verified_at":${JSON.stringify(review.verifiedAt)}`
    line += `,"dismissed_warnings":${JSON.stringify(review.dismissed)}`
  }
  // the provenance arrives as JSON text built by SQLite: spliced in, not parsed and written again
  return `${line},"provenance":${r.provenance ?? '{}'}}\n`
}
