/**
 * THE path for changing field values: a person's corrections and confirmations (CLI `set`, the UI) and
 * the extractor's output (storeExtraction). Every manual change writes an append-only revision
 * (old, new, old/new origin, when, why, batch). Re-extraction replaces only values whose origin is 'auto'.
 *
 * Revision encoding (for history/undo): target = field id; old_value/new_value = JSON text of the FieldValue
 * ('null' for an empty value); old_value and old_origin are NULL when the document had no row for the field.
 * Bad input throws ApiError('bad_request' | 'not_found').
 */
import { randomUUID } from 'node:crypto'
import { CONFIRM_TARGET, encodeOrigins } from './confirmation'
import type { Db } from './db'
import type { ExtractionResult } from '../../shared/document'
import type { FieldOrigin } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { type FieldDef, type FieldValue, fieldDef } from '../../shared/fields'
import { stmt } from './statements'
import { ftsText } from './search-text'
import { type CleanText, encodeValue, mapToBlob, nowIso } from './codec'
import { insertAutoFields, insertCandidates, insertWarnings } from './documents'
import { readTypedNumber } from '../../shared/typed-number'
import { settleDismissals } from './dismissals'

export interface ChangeOptions {
  reason?: string
  /** who made the change (issue 11: on every revision); '' when not known */
  reviewer?: string
  /** a number written as approximate (300余, 约300): kept with the value as an extracted one is */
  approximate?: boolean
  origin?: 'corrected' | 'confirmed'
  batch?: string
  /** the raw-text span a person picked the value from (kept as the value's provenance) */
  span?: [number, number]
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function validDate(s: string): boolean {
  const m = DATE_RE.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

function requireDef(field: string): FieldDef {
  const def = fieldDef(field)
  if (!def) throw new ApiError('bad_request', `unknown field '${field}'`)
  return def
}

/** Check a value against the field's type; returns it normalised (trimmed text, '' -> null). */
export function validateFieldValue(def: FieldDef, value: FieldValue): FieldValue {
  if (value === null) return null
  switch (def.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new ApiError('bad_request', `${def.id} takes a whole number, not ${JSON.stringify(value)}`)
      return value
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new ApiError('bad_request', `${def.id} takes a number, not ${JSON.stringify(value)}`)
      return value
    case 'date':
      if (typeof value !== 'string' || !validDate(value)) throw new ApiError('bad_request', `${def.id} takes a date as YYYY-MM-DD, not ${JSON.stringify(value)}`)
      return value
    case 'enum':
      if (typeof value !== 'string' || !def.options?.includes(value)) {
        throw new ApiError('bad_request', `${def.id} takes one of ${(def.options ?? []).join(', ')}, not ${JSON.stringify(value)}`)
      }
      return value
    case 'text': {
      if (typeof value !== 'string') throw new ApiError('bad_request', `${def.id} takes text, not ${JSON.stringify(value)}`)
      const t = value.trim()
      return t === '' ? null : t
    }
  }
}

/** A value typed by a person (CLI, a form): parsed by the field's type. '' and 'null' clear the field. */
export function parseFieldValue(field: string, text: string): FieldValue {
  return parseTypedFieldValue(field, text).value
}

/** As parseFieldValue, with whether the number was written as approximate (300余, 约300: issue 11). */
export function parseTypedFieldValue(field: string, text: string): { value: FieldValue; approximate: boolean } {
  const def = requireDef(field)
  const t = text.trim()
  if (t === '' || t === 'null') return { value: null, approximate: false }
  if (def.type === 'integer' || def.type === 'number') {
    const n = readTypedNumber(t, def.type === 'integer')
    if (!n) throw new ApiError('bad_request', `${field} takes ${def.type === 'integer' ? 'a whole number' : 'a number'}, not '${text}'`)
    return { value: validateFieldValue(def, n.value), approximate: n.approximate }
  }
  return { value: validateFieldValue(def, t), approximate: false }
}

interface CurrentRow {
  value: string; origin: FieldOrigin
  approximate: number; span_start: number | null; span_end: number | null; confidence: number | null; rule: string | null
  source_document?: number | null
}

/**
 * A value's provenance as a revision keeps it (old_meta / new_meta), so that undo restores it whole.
 * `source`: the copy of the report a person chose the value from (issue 13), absent otherwise.
 */
export interface FieldMeta { approximate: boolean; span: [number, number] | null; confidence: number | null; rule: string | null; source?: number | null }

export function metaOf(r: Pick<CurrentRow, 'approximate' | 'span_start' | 'span_end' | 'confidence' | 'rule' | 'source_document'>): FieldMeta {
  return {
    approximate: r.approximate === 1,
    span: r.span_start !== null && r.span_end !== null ? [r.span_start, r.span_end] : null,
    confidence: r.confidence,
    rule: r.rule,
    ...(typeof r.source_document === 'number' ? { source: r.source_document } : {}),
  }
}

export function encodeMeta(m: FieldMeta | null): string | null {
  return m ? JSON.stringify(m) : null
}

/** A stored meta, or null when the revision predates migration 5 (or the text is not one). */
export function decodeMeta(text: string | null): FieldMeta | null {
  if (!text) return null
  try {
    const v = JSON.parse(text) as Partial<FieldMeta>
    const span = Array.isArray(v.span) && v.span.length === 2 && v.span.every((n) => Number.isSafeInteger(n)) ? [v.span[0], v.span[1]] as [number, number] : null
    return {
      approximate: v.approximate === true, span, confidence: typeof v.confidence === 'number' ? v.confidence : null, rule: typeof v.rule === 'string' ? v.rule : null,
      ...(typeof v.source === 'number' && Number.isSafeInteger(v.source) ? { source: v.source } : {}),
    }
  } catch {
    return null
  }
}

const CURRENT_SQL = 'SELECT value, origin, approximate, span_start, span_end, confidence, rule, source_document FROM fields WHERE document_id = ? AND field_id = ?'
const REVISE_SQL = `INSERT INTO revisions (document_id, target, old_value, new_value, old_origin, new_origin, reason, at, batch, old_meta, new_meta, reviewer)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

function documentExists(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined
}

function newBatch(): string {
  return randomUUID()
}

/** Set one field on many documents (a correction, or a value a person confirms as right). One transaction. */
export function setFieldValues(db: Db, ids: number[], field: string, value: FieldValue, opts: ChangeOptions = {}): { changed: number; batch: string } {
  const def = requireDef(field)
  const v = validateFieldValue(def, value)
  const origin: FieldOrigin = opts.origin ?? 'corrected'
  const batch = opts.batch ?? newBatch()
  const encoded = encodeValue(v)
  const current = stmt(db, CURRENT_SQL)
  const upsert = db.prepare(
    `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
     ON CONFLICT (document_id, field_id) DO UPDATE SET value = excluded.value, approximate = excluded.approximate, span_start = excluded.span_start,
       span_end = excluded.span_end, confidence = NULL, rule = excluded.rule, origin = excluded.origin, updated_at = excluded.updated_at,
       source_document = NULL`,
  )
  const revise = db.prepare(REVISE_SQL)
  const span = opts.span ?? null
  const rule = span ? 'manual.picked' : 'manual'
  // only a number can be approximate
  const approximate = opts.approximate === true && typeof v === 'number'
  const meta: FieldMeta = { approximate, span, confidence: null, rule }
  let changed = 0
  db.transaction(() => {
    const at = nowIso()
    for (const id of ids) {
      if (!documentExists(db, id)) throw new ApiError('not_found', `no document ${id}`)
      const cur = current.get(id, field) as CurrentRow | undefined
      if (cur && cur.value === encoded && cur.origin === origin && (cur.approximate === 1) === approximate && cur.source_document == null) continue
      upsert.run(id, field, encoded, approximate ? 1 : 0, span ? span[0] : null, span ? span[1] : null, rule, origin, at)
      revise.run(id, field, cur ? cur.value : null, encoded, cur ? cur.origin : null, origin, opts.reason ?? '', at, batch,
        encodeMeta(cur ? metaOf(cur) : null), encodeMeta(meta), opts.reviewer ?? '')
      changed++
    }
  }).immediate()
  return { changed, batch }
}

/** A person checked these values and they are right: origin becomes 'confirmed', the value stays (an absent field is confirmed empty). */
export function confirmFields(db: Db, id: number, fields: string[], opts: Omit<ChangeOptions, 'origin'> = {}): { changed: number; batch: string } {
  for (const f of fields) requireDef(f)
  const batch = opts.batch ?? newBatch()
  const current = stmt(db, CURRENT_SQL)
  const confirm = stmt(db, "UPDATE fields SET origin = 'confirmed', updated_at = ? WHERE document_id = ? AND field_id = ?")
  const insertEmpty = stmt(db, "INSERT INTO fields (document_id, field_id, value, rule, origin, updated_at) VALUES (?, ?, 'null', 'manual', 'confirmed', ?)")
  const revise = db.prepare(REVISE_SQL)
  let changed = 0
  db.transaction(() => {
    if (!documentExists(db, id)) throw new ApiError('not_found', `no document ${id}`)
    const at = nowIso()
    const todo = [...new Set(fields)].map((f) => ({ f, cur: current.get(id, f) as CurrentRow | undefined })).filter((x) => x.cur?.origin !== 'confirmed')
    for (const { f, cur } of todo) {
      if (cur) confirm.run(at, id, f)
      else insertEmpty.run(id, f, at)
    }
    if (todo.length === 1) {
      // one field: its own revision, the value kept; what changes is who stands behind it (origin)
      const { f, cur } = todo[0]
      const meta = cur ? metaOf(cur) : { approximate: false, span: null, confidence: null, rule: 'manual' }
      revise.run(id, f, cur ? cur.value : null, cur ? cur.value : 'null', cur ? cur.origin : null, 'confirmed', opts.reason ?? '', at, batch,
        encodeMeta(cur ? meta : null), encodeMeta(meta), opts.reviewer ?? '')
    } else if (todo.length > 1) {
      // several (confirm all): one revision naming each field with its origin before and after (confirmation.ts)
      const before = encodeOrigins(todo.map(({ f, cur }) => [f, cur ? cur.origin : null]))
      const after = encodeOrigins(todo.map(({ f }) => [f, 'confirmed']))
      revise.run(id, CONFIRM_TARGET, encodeValue(before), encodeValue(after), null, 'confirmed', opts.reason ?? '', at, batch, null, null, opts.reviewer ?? '')
    }
    changed = todo.length
  }).immediate()
  return { changed, batch }
}

/**
 * Store a (re-)extraction: the clean text (+ map, + search index), every 'auto' value replaced by the new
 * result, values a person corrected or confirmed kept, the extract warnings replaced, extractor_version set.
 */
export function storeExtraction(db: Db, id: number, result: ExtractionResult, clean: CleanText): void {
  db.transaction(() => {
    if (!documentExists(db, id)) throw new ApiError('not_found', `no document ${id}`)
    const at = nowIso()
    // the search index reads its text from `texts` (migration 8): drop the old entry while the old text is there
    stmt(db, "INSERT INTO texts_fts (texts_fts, rowid, text) SELECT 'delete', document_id, text FROM texts_search_source WHERE document_id = ?").run(id)
    stmt(db, 'UPDATE texts SET clean_text = ?, clean_map = ? WHERE document_id = ?').run(clean.text, mapToBlob(clean.map), id)
    stmt(db, 'INSERT INTO texts_fts (rowid, text) VALUES (?, ?)').run(id, ftsText(clean.text))
    stmt(db, "DELETE FROM fields WHERE document_id = ? AND origin = 'auto'").run(id)
    insertAutoFields(db, id, result, at)
    stmt(db, "DELETE FROM warnings WHERE document_id = ? AND source = 'extract'").run(id)
    insertWarnings(db, id, 'extract', result.warnings)
    stmt(db, 'DELETE FROM field_candidates WHERE document_id = ?').run(id)
    insertCandidates(db, id, result.candidates ?? [])
    stmt(db, 'UPDATE documents SET extractor_version = ?, extracted_at = ? WHERE id = ?').run(result.extractorVersion, at, id)
    settleDismissals(db, id)
  }).immediate()
}
