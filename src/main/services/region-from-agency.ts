/**
 * 地区 follows 发布机关 (issue 11, review-effort bench finding 2: in 23 of 25 region fixes the region was the
 * start of the corrected agency's name). When a person sets the agency, the region is derived again from
 * the new name with the region rule (extract/region-name.ts), unless a person set or confirmed the region.
 * The derived region stays an automatic value (rule `region.of-agency`) and is written as its own revision
 * in the agency change's batch, so the document's Ctrl+Z undoes both at once.
 */
import type { Db } from '../library/db'
import type { FieldOrigin } from '../../shared/contract'
import { decodeValue, encodeValue, nowIso } from '../library/codec'
import { encodeMeta, metaOf, type FieldMeta } from '../library/field-store'
import { stmt } from '../library/statements'
import { regionOf } from '../extract/region-name'

export const DERIVED_REGION_RULE = 'region.of-agency'
/** the reason the history shows for a derived region */
export const DERIVED_REGION_REASON = '由发布机关推导'

interface FieldRow {
  value: string; origin: FieldOrigin; approximate: number; span_start: number | null; span_end: number | null
  confidence: number | null; rule: string | null
}

/** Derive the region of each document from its agency now; in the agency change's batch. Returns the documents changed. */
export function deriveRegionFromAgency(db: Db, ids: readonly number[], batch: string, reviewer = ''): number[] {
  const row = stmt(db, 'SELECT value, origin, approximate, span_start, span_end, confidence, rule FROM fields WHERE document_id = ? AND field_id = ?')
  const changed: number[] = []
  db.transaction(() => {
    const at = nowIso()
    for (const id of ids) {
      const agency = row.get(id, 'agency') as FieldRow | undefined
      const region = row.get(id, 'region') as FieldRow | undefined
      if (!agency || (region && region.origin !== 'auto')) continue
      const name = decodeValue(agency.value)
      const derived = typeof name === 'string' ? regionOf(name) : null
      // a name that opens with no place (国家林业局) says nothing about the region: it stays
      if (derived === null || (region && decodeValue(region.value) === derived)) continue
      // the region's place in the text is the head of the agency's, when the agency has one
      const span: [number, number] | null = agency.span_start !== null && agency.span_end !== null && agency.span_end - agency.span_start >= derived.length
        ? [agency.span_start, agency.span_start + derived.length] : null
      const meta: FieldMeta = { approximate: false, span, confidence: null, rule: DERIVED_REGION_RULE }
      stmt(db, `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at)
        VALUES (?, 'region', ?, 0, ?, ?, NULL, ?, 'auto', ?)
        ON CONFLICT (document_id, field_id) DO UPDATE SET value = excluded.value, approximate = 0, span_start = excluded.span_start,
          span_end = excluded.span_end, confidence = NULL, rule = excluded.rule, origin = 'auto', updated_at = excluded.updated_at`)
        .run(id, encodeValue(derived), span?.[0] ?? null, span?.[1] ?? null, DERIVED_REGION_RULE, at)
      stmt(db, `INSERT INTO revisions (document_id, target, old_value, new_value, old_origin, new_origin, reason, at, batch, old_meta, new_meta, reviewer)
        VALUES (?, 'region', ?, ?, ?, 'auto', ?, ?, ?, ?, ?, ?)`)
        .run(id, region ? region.value : null, encodeValue(derived), region ? region.origin : null, DERIVED_REGION_REASON, at, batch,
          encodeMeta(region ? metaOf(region) : null), encodeMeta(meta), reviewer)
      changed.push(id)
    }
  }).immediate()
  return changed
}
