/**
 * One JSON Lines object per document: the record columns, every requested field id as a top-level key
 * with its plain value (null when empty), and `provenance` for each field that has a value
 * ({span, confidence, rule, origin, approximate, last_change: {at, reason} | null}, see FieldProvenance), and
 * the review: review_note, verified_by, verified_at, dismissed_warnings [{code, message, reason, reviewer, at}].
 * By report (issue 13): also `copies` and `unreconciled_fields`, and each provenance names its `source` copy.
 *
 * Lone surrogates (half of a UTF-16 pair, e.g. from a text cut in the middle of an emoji) are written as
 * U+FFFD: JSON.stringify and SQLite would write them as `\ud800` escapes, which are valid JSON syntax but
 * not Unicode text, and strict readers (I-JSON, Rust's serde, Go) refuse or mangle them (issue 10).
 */
import type { FieldDef } from '../../shared/fields'
import type { ExportRecord } from './records'

/** The `"field.id":` prefixes, made once per export: 10,000 lines x 250 keys is the hot path of the format. */
export function jsonlKeys(fields: readonly FieldDef[]): { id: string; key: string }[] {
  return fields.map((f) => ({ id: f.id, key: `,${JSON.stringify(f.id)}:` }))
}

export function jsonlLine(r: ExportRecord, keys: readonly { id: string; key: string }[]): string {
  let line = `{"id":${r.id},"source_file":${JSON.stringify(r.fileName)},"sha256":${JSON.stringify(r.sha256)},"status":${JSON.stringify(r.status)},"tags":${JSON.stringify(r.tags)}`
  if (r.group) line += `,"copies":${JSON.stringify(r.group.copies)},"unreconciled_fields":${JSON.stringify(r.group.unreconciled)}`
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
  // where it came from (issue 14): the own format, and a web archive's capture with its record
  if (r.origin !== undefined) line += `,"source_format":${JSON.stringify(r.origin?.format ?? null)},"source_url":${JSON.stringify(r.origin?.url ?? null)},"captured_at":${JSON.stringify(r.origin?.captured_at ?? null)},"source_archive":${JSON.stringify(r.origin?.archive ?? null)}`
  // the provenance arrives as JSON text built by SQLite: spliced in, not parsed and written again
  return wellFormedJson(`${line},"provenance":${r.provenance ?? '{}'}}\n`)
}

// one escape at a time, so that an escaped backslash before "u" is never read as the start of an escape
const ESCAPE = /\\(?:u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|u(d[89a-f][0-9a-f]{2})|u[0-9a-f]{4}|[^u])/gi

/** JSON text with every escaped lone surrogate replaced by U+FFFD (pairs and everything else unchanged). */
export function wellFormedJson(json: string): string {
  if (!/\\u[dD][89a-fA-F]/.test(json)) return json // the common case: nothing to look at
  return json.replace(ESCAPE, (whole, _high?: string, _low?: string, lone?: string) => (lone ? '\uFFFD' : whole))
}
