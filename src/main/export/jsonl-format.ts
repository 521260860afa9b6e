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

/**
 * Where each requested field sits in a line, made once per export: every line holds every field's key, and
 * most values are null, so the bytes of `,"id":null` for all fields are encoded once and a line copies the runs
 * between its values from them (issue 15: building and encoding ~250 keys per line was most of the export).
 */
export interface JsonlLayout {
  /** field id -> its position in the line */
  index: Map<string, number>
  /** `,"a":null,"b":null,…` for every field, in line order, as UTF-8 */
  nulls: Buffer
  /** byte offset in `nulls` where field k's `,"id":null` starts (and, at the end, the total length) */
  start: Int32Array
  /** byte offset in `nulls` just after field k's `,"id":` */
  keyEnd: Int32Array
}

export function jsonlLayout(fields: readonly FieldDef[]): JsonlLayout {
  const start = new Int32Array(fields.length + 1)
  const keyEnd = new Int32Array(fields.length)
  const parts: string[] = []
  let at = 0
  fields.forEach((f, k) => {
    const key = `,${JSON.stringify(f.id)}:`
    start[k] = at
    keyEnd[k] = at + Buffer.byteLength(key)
    at = keyEnd[k] + 4
    parts.push(`${key}null`)
  })
  start[fields.length] = at
  return { index: new Map(fields.map((f, k) => [f.id, k])), nulls: Buffer.from(parts.join('')), start, keyEnd }
}

/** The lines of a chunk of records as one UTF-8 buffer, ready for one write. */
export function jsonlBytes(records: readonly ExportRecord[], layout: JsonlLayout): Buffer {
  const { nulls, start, keyEnd } = layout
  const last = start.length - 1
  // each line's values by position, filled and emptied line by line: walking ~250 slots costs less than sorting
  const slots: (string | undefined)[] = new Array<string | undefined>(last)
  let out = Buffer.allocUnsafe(records.length * (nulls.length + 4096))
  let pos = 0
  for (const r of records) {
    const head = jsonlHead(r)
    const tail = jsonlTail(r)
    let room = nulls.length + 3 * (head.length + tail.length) // at most 3 bytes of UTF-8 per UTF-16 unit
    room += fillSlots(r, layout, slots)
    if (pos + room > out.length) {
      const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, pos + room))
      out.copy(bigger, 0, 0, pos)
      out = bigger
    }
    pos += out.write(head, pos)
    let next = 0 // the first field not yet written
    for (let k = 0; k < last; k++) {
      const json = slots[k]
      if (json === undefined) continue
      slots[k] = undefined
      pos += nulls.copy(out, pos, start[next], keyEnd[k])
      pos += out.write(json, pos)
      next = k + 1
    }
    pos += nulls.copy(out, pos, start[next], start[last])
    pos += out.write(tail, pos)
  }
  return out.subarray(0, pos)
}

/** Puts the line's non-null values (JSON text) in their slots; returns the most bytes they can take. */
function fillSlots(r: ExportRecord, layout: JsonlLayout, slots: (string | undefined)[]): number {
  let room = 0
  if (r.jsonValues) {
    for (const [id, json] of r.jsonValues) {
      const k = layout.index.get(id)
      if (k === undefined || json === 'null') continue
      // only a string can hold an escape
      slots[k] = json.charCodeAt(0) === 34 ? wellFormedJson(json) : json
      room += 3 * slots[k]!.length
    }
  } else {
    for (const [id, cell] of r.fields) {
      const k = layout.index.get(id)
      if (k === undefined || cell.value === null) continue
      slots[k] = wellFormedJson(JSON.stringify(cell.value))
      room += 3 * slots[k]!.length
    }
  }
  return room
}

/** The record columns before the fields. */
function jsonlHead(r: ExportRecord): string {
  let line = `{"id":${r.id},"source_file":${JSON.stringify(r.fileName)},"sha256":${JSON.stringify(r.sha256)},"status":${JSON.stringify(r.status)},"tags":${JSON.stringify(r.tags)}`
  if (r.group) line += `,"copies":${JSON.stringify(r.group.copies)},"unreconciled_fields":${JSON.stringify(r.group.unreconciled)}`
  return wellFormedJson(line)
}

/** The review, the origin and the provenance after the fields, with the line's end. */
function jsonlTail(r: ExportRecord): string {
  let line = ''
  const review = r.review
  if (review) {
    line += `,"review_note":${JSON.stringify(review.note)},"verified_by":${JSON.stringify(review.verifiedBy)},"verified_at":${JSON.stringify(review.verifiedAt)}`
    line += `,"dismissed_warnings":${JSON.stringify(review.dismissed)}`
  }
  // where it came from (issue 14): the own format, and a web archive's capture with its record
  if (r.origin !== undefined) line += `,"source_format":${JSON.stringify(r.origin?.format ?? null)},"source_url":${JSON.stringify(r.origin?.url ?? null)},"captured_at":${JSON.stringify(r.origin?.captured_at ?? null)},"source_archive":${JSON.stringify(r.origin?.archive ?? null)}`
  // the provenance arrives as JSON text: spliced in, not parsed and written again
  return wellFormedJson(`${line},"provenance":${r.provenance ?? '{}'}}\n`)
}

// one escape at a time, so that an escaped backslash before "u" is never read as the start of an escape
const ESCAPE = /\\(?:u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|u(d[89a-f][0-9a-f]{2})|u[0-9a-f]{4}|[^u])/gi

/** JSON text with every escaped lone surrogate replaced by U+FFFD (pairs and everything else unchanged). */
export function wellFormedJson(json: string): string {
  if (!/\\u[dD][89a-fA-F]/.test(json)) return json // the common case: nothing to look at
  return json.replace(ESCAPE, (whole, _high?: string, _low?: string, lone?: string) => (lone ? '\uFFFD' : whole))
}
