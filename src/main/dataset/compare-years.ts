/**
 * The same agency's previous and next report beside this one (issue 13 point 3), for the desk's years view:
 * each year's values in a column (the copies comparison's columns), the fields where a neighbour has a value,
 * and the cross-year checks computed now from the three records (this year against the previous one, the
 * next against this), so a correction just made shows at once.
 */
import type { Db } from '../library/db'
import type { CopyColumn, YearsComparison, YearWarning } from '../../shared/contract'
import type { FieldValue } from '../../shared/fields'
import { FIELD_IDS } from '../../shared/fields'
import { crossYearWarnings } from '../extract/index'
import { yearNeighbours } from '../import/cross-year'
import { documentColumn } from './compare-copies'

function values(c: CopyColumn): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {}
  for (const [f, v] of Object.entries(c.fields)) out[f] = v.value
  return out
}

/** null: no document `id`. */
export function compareYears(db: Db, id: number): YearsComparison | null {
  const current = documentColumn(db, id)
  if (!current) return null
  const n = yearNeighbours(db, id)
  const previous = n.previous === null ? null : documentColumn(db, n.previous)
  const next = n.next === null ? null : documentColumn(db, n.next)
  const has = (c: CopyColumn | null, f: string): boolean => c !== null && c.fields[f] !== undefined && c.fields[f].value !== null
  const fields = FIELD_IDS.filter((f) => has(previous, f) || has(next, f))
  const warnings: YearWarning[] = []
  const add = (against: 'previous' | 'next', later: CopyColumn, earlier: CopyColumn) => {
    for (const w of crossYearWarnings(values(later), values(earlier))) {
      warnings.push({ against, code: w.code, message: w.message, message_en: w.message_en, fields: w.fields ?? [] })
    }
  }
  if (previous) add('previous', current, previous)
  if (next) add('next', next, current)
  return { previous, current, next, fields, warnings }
}
