/**
 * A reviewer's choice between the copies of one report (issue 13): "for this field (or table cell), copy S
 * is right". It is written to the document on screen as a revision like any correction (undo puts the old
 * value back whole), with S as the value's provenance (fields.source_document, and `source` in the
 * revision's meta). Choosing the document's own value confirms it; another copy's value is copied with its
 * approximate mark, without a span (the span points into S's text, not this one's).
 */
import { randomUUID } from 'node:crypto'
import type { Db } from './db'
import { ApiError } from '../../shared/contract'
import { fieldDef } from '../../shared/fields'
import { nowIso } from './codec'
import { type FieldMeta, encodeMeta, metaOf } from './field-store'

interface Row {
  value: string; origin: 'auto' | 'corrected' | 'confirmed'; approximate: number; span_start: number | null; span_end: number | null
  confidence: number | null; rule: string | null; source_document: number | null
}

const ROW_SQL = 'SELECT value, origin, approximate, span_start, span_end, confidence, rule, source_document FROM fields WHERE document_id = ? AND field_id = ?'

export const COPY_RULE = 'manual.copy'

export function chooseFromCopy(db: Db, id: number, source: number, fields: readonly string[], opts: { reason?: string; reviewer?: string } = {}): { changed: number; batch: string } {
  for (const f of fields) if (!fieldDef(f)) throw new ApiError('bad_request', `unknown field '${f}'`)
  const batch = randomUUID()
  const row = db.prepare(ROW_SQL)
  const upsert = db.prepare(
    `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at, source_document)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
     ON CONFLICT (document_id, field_id) DO UPDATE SET value = excluded.value, approximate = excluded.approximate, span_start = excluded.span_start,
       span_end = excluded.span_end, confidence = NULL, rule = excluded.rule, origin = excluded.origin, updated_at = excluded.updated_at,
       source_document = excluded.source_document`,
  )
  const revise = db.prepare(
    `INSERT INTO revisions (document_id, target, old_value, new_value, old_origin, new_origin, reason, at, batch, old_meta, new_meta, reviewer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let changed = 0
  db.transaction(() => {
    const at = nowIso()
    for (const f of fields) {
      const cur = row.get(id, f) as Row | undefined
      const src = row.get(source, f) as Row | undefined
      const value = src ? src.value : 'null'
      const own = source === id
      const approximate = src?.approximate === 1
      // the document's own value keeps its place in its text; another copy's place is in another text
      const span: [number, number] | null = own && src && src.span_start !== null && src.span_end !== null ? [src.span_start, src.span_end] : null
      const origin = own ? 'confirmed' : 'corrected'
      if (cur && cur.value === value && cur.source_document === source && cur.origin === origin) continue
      const meta: FieldMeta = { approximate, span, confidence: null, rule: COPY_RULE, source }
      upsert.run(id, f, value, approximate ? 1 : 0, span ? span[0] : null, span ? span[1] : null, COPY_RULE, origin, at, source)
      revise.run(id, f, cur ? cur.value : null, value, cur ? cur.origin : null, origin,
        opts.reason ?? `取自副本 #${source} chosen from copy #${source}`, at, batch, encodeMeta(cur ? metaOf(cur) : null), encodeMeta(meta), opts.reviewer ?? '')
      changed++
    }
  }).immediate()
  return { changed, batch }
}
