/**
 * Re-validation after every change a person makes (issue 11): an edit, a confirmation, a pick, an undo or
 * redo, a dismissal. The extraction runs again on the stored text (it is pure: same text, same result),
 * with the document's current values laid over what its rules found, so that:
 * - the checks (table identities, dates against the year, the cross-year carry-over) read the values now;
 * - a warning that says a rule could not settle a field (未能识别发布机关, an ambiguous count, a doubtful
 *   year) is gone once a person has set or confirmed every field it names;
 * - a region a person set re-derives region_code and admin_level, as automatic values with their rule
 *   (unless a person set those too);
 * - dismissals are applied again (a dismissal lapses when the values it concerns change).
 * The stored extract warnings are replaced, so counts, the 问题 column, filters, the queue and exports
 * all read the state after the change. A document never extracted (extraction failed) keeps its warnings.
 */
import type { Db } from '../library/db'
import type { ExtractedField } from '../../shared/document'
import type { FieldOrigin } from '../../shared/contract'
import type { FieldValue } from '../../shared/fields'
import { blobToMap, decodeValue, encodeValue, nowIso } from '../library/codec'
import { getParsed, insertWarnings } from '../library/documents'
import { settleDismissals } from '../library/dismissals'
import { stmt } from '../library/statements'
import { extractReport, type CurrentValues } from '../extract/index'
import { applyCrossYearWarnings } from '../import/cross-year'
import { DERIVED_REGION_RULE } from './region-from-agency'

/** Codes whose warnings are recomputed from the values by the checks: a person's value does not settle them, a right value does. */
const VALUE_CHECKS = new Set(['t3_balance', 't3_outcomes', 't3_row_total', 't4_block_total', 'date_before_year_end', 'date_long_after_year', 'carry_over_mismatch', 'year_jump'])
/** Fields derived from the region (extract/region-code.ts). */
const DERIVED_FROM_REGION = ['region_code', 'admin_level']

interface Row { field_id: string; value: string; origin: FieldOrigin; span_start: number | null; span_end: number | null; rule: string | null }

function storedClean(db: Db, id: number): { text: string; map: Int32Array } | null {
  const r = stmt(db, 'SELECT clean_text, clean_map FROM texts WHERE document_id = ?').get(id) as { clean_text: string; clean_map: Buffer | null } | undefined
  if (!r || !r.clean_map) return null
  return { text: r.clean_text, map: Int32Array.from(blobToMap(r.clean_map)) }
}

function revalidateOne(db: Db, id: number): void {
  const version = stmt(db, 'SELECT extractor_version FROM documents WHERE id = ?').get(id) as { extractor_version: string | null } | undefined
  if (!version) return
  const parsed = getParsed(db, id)
  const clean = storedClean(db, id)
  if (version.extractor_version === null || !parsed || !clean) { settleDismissals(db, id); return }
  const rows = stmt(db, 'SELECT field_id, value, origin, span_start, span_end, rule FROM fields WHERE document_id = ?').all(id) as Row[]
  const values: Record<string, FieldValue> = {}
  const byPerson = new Set<string>()
  for (const r of rows) {
    values[r.field_id] = decodeValue(r.value)
    if (r.origin !== 'auto') byPerson.add(r.field_id)
  }
  const current: CurrentValues = { values }
  const region = rows.find((r) => r.field_id === 'region')
  // a region derived from the agency a person set (region-from-agency.ts) is kept as it is, like a person's
  const derived = region?.origin === 'auto' && region.rule === DERIVED_REGION_RULE
  if (region && (byPerson.has('region') || derived)) {
    const span: [number, number] | null = region.span_start !== null && region.span_end !== null ? [region.span_start, region.span_end] : null
    current.region = { field: 'region', value: values.region, span, confidence: 1, rule: derived ? DERIVED_REGION_RULE : 'manual' }
  }
  let result
  try {
    result = extractReport(parsed, clean, current)
  } catch {
    settleDismissals(db, id) // the rules failed on this text before: its warnings stay as they are
    return
  }
  const settled = (fields: readonly string[] | undefined): boolean => Boolean(fields && fields.length > 0 && fields.every((f) => byPerson.has(f)))
  const warnings = result.warnings.filter((w) => VALUE_CHECKS.has(w.code) || !settled(w.fields))
  stmt(db, "DELETE FROM warnings WHERE document_id = ? AND source = 'extract'").run(id)
  insertWarnings(db, id, 'extract', warnings)
  rederiveDivision(db, id, result.fields, byPerson)
}

/** region_code and admin_level as the rules derive them now (from the region a person set, if any). */
function rederiveDivision(db: Db, id: number, fields: readonly ExtractedField[], byPerson: ReadonlySet<string>): void {
  const at = nowIso()
  for (const f of DERIVED_FROM_REGION) {
    if (byPerson.has(f)) continue
    stmt(db, "DELETE FROM fields WHERE document_id = ? AND field_id = ? AND origin = 'auto'").run(id, f)
    const hit = fields.find((x) => x.field === f)
    if (!hit || hit.value === null) continue
    stmt(db, `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at)
      VALUES (?, ?, ?, 0, ?, ?, ?, ?, 'auto', ?)`).run(id, f, encodeValue(hit.value), hit.span?.[0] ?? null, hit.span?.[1] ?? null, hit.confidence, hit.rule, at)
  }
}

/** Re-validate documents after a change; one transaction for all of them. */
export function revalidate(db: Db, ids: readonly number[]): void {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return
  db.transaction(() => {
    for (const id of unique) revalidateOne(db, id)
  }).immediate()
  // the carry-over against the same agency's other years (it may touch the next year's document too)
  applyCrossYearWarnings(db, unique)
  db.transaction(() => {
    for (const id of crossYearNeighbours(db, unique)) settleDismissals(db, id)
  }).immediate()
}

/** The documents whose cross-year warnings may just have been rewritten: these and the same agency's next year. */
function crossYearNeighbours(db: Db, ids: readonly number[]): number[] {
  const out = new Set(ids)
  const next = stmt(db, `SELECT a2.document_id AS id FROM fields a JOIN fields y ON y.document_id = a.document_id AND y.field_id = 'report_year'
    JOIN fields a2 ON a2.field_id = 'agency' AND a2.value = a.value JOIN fields y2 ON y2.document_id = a2.document_id AND y2.field_id = 'report_year'
    WHERE a.document_id = ? AND a.field_id = 'agency' AND CAST(y2.value AS INTEGER) = CAST(y.value AS INTEGER) + 1`)
  for (const id of ids) for (const r of next.all(id) as { id: number }[]) out.add(r.id)
  return [...out]
}
