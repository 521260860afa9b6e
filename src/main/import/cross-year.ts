/**
 * Cross-year checks after an import or a re-extraction: for each touched document with an agency and a
 * report year, compare it with the same agency's previous year (warnings on this one) and next year
 * (warnings on that one), using the extractor's crossYearWarnings. The warnings are stored as 'extract'
 * warnings (re-extraction recomputes them); a document's old cross-year warnings are replaced, never stacked.
 */
import type { Db } from '../library/db'
import type { FieldValue } from '../../shared/fields'
import { crossYearWarnings } from '../extract/index'
import { insertWarnings } from '../library/documents'
import { stmt } from '../library/statements'

export type FieldRecord = Record<string, FieldValue>

/** Codes crossYearWarnings can return (src/main/extract/checks.ts): what gets replaced on a re-run. */
const CROSS_YEAR_CODES = ['carry_over_mismatch', 'year_jump']

interface Key { id: number; agency: string; year: number }

function keyOf(db: Db, id: number): Key | null {
  const r = stmt(db, "SELECT json_extract(agency, '$') AS agency, json_extract(year, '$') AS year FROM report_keys WHERE document_id = ?")
    .get(id) as { agency: unknown; year: unknown } | undefined
  return r && typeof r.agency === 'string' && typeof r.year === 'number' ? { id, agency: r.agency, year: r.year } : null
}

/** The first other document of `agency` for `year`: one lookup in report_keys' (agency, year, id) index. */
function findYear(db: Db, agency: string, year: number, not: number): number | null {
  const r = stmt(db,
    'SELECT document_id AS id FROM report_keys WHERE agency = ? AND year = ? AND document_id <> ? ORDER BY document_id LIMIT 1',
  ).get(JSON.stringify(agency), JSON.stringify(year), not) as { id: number } | undefined
  return r ? r.id : null
}

/** The same agency's reports of the year before and after `id` (the first of each, by id). */
export function yearNeighbours(db: Db, id: number): { previous: number | null; next: number | null } {
  const k = keyOf(db, id)
  if (!k) return { previous: null, next: null }
  return { previous: findYear(db, k.agency, k.year - 1, id), next: findYear(db, k.agency, k.year + 1, id) }
}

export function fieldRecord(db: Db, id: number): FieldRecord {
  const out: FieldRecord = {}
  for (const r of stmt(db, 'SELECT field_id, value FROM fields WHERE document_id = ?').all(id) as { field_id: string; value: string }[]) {
    out[r.field_id] = JSON.parse(r.value) as FieldValue
  }
  return out
}

/** Replace the cross-year warnings of `target` with those from comparing it with `previous`. */
function compare(db: Db, target: number, previous: number | null): void {
  const warnings = previous === null ? [] : crossYearWarnings(fieldRecord(db, target), fieldRecord(db, previous))
  stmt(db, `DELETE FROM warnings WHERE document_id = ? AND source = 'extract' AND code IN (${CROSS_YEAR_CODES.map(() => '?').join(',')})`)
    .run(target, ...CROSS_YEAR_CODES)
  insertWarnings(db, target, 'extract', warnings)
}

/** Documents per write transaction: the library is never held for more than a moment (a person's correction waits for it). */
const CHUNK = 200

/** Runs after an import of possibly a hundred thousand documents: in short transactions, each document by index lookups. */
export function applyCrossYearWarnings(db: Db, ids: number[]): void {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK)
    db.transaction(() => {
      for (const id of part) {
        const k = keyOf(db, id)
        if (!k) continue
        compare(db, id, findYear(db, k.agency, k.year - 1, id))
        const next = findYear(db, k.agency, k.year + 1, id)
        if (next !== null) compare(db, next, id)
      }
    }).immediate()
  }
}
