/**
 * Scoring table 三 cell by cell against a `<name>.cells.json` (../shared/corpus/real): the gold is keyed
 * by the report's own labels (`row label path | column label`), rows in template order. Rows are matched
 * to the template by position (23 rows: the 2019 layout, one （六） row; 25 rows: the 2021 layout, three
 * （六） rows), columns by their label. A cell the tool left blank scores 0 only where the gold is 0.
 */
import { T3_COLUMNS, T3_ROWS, T3_ROWS_2021_ONLY } from '../../shared/fields'
import type { FieldValue } from '../../shared/fields'

export interface CellsScore { right: number; total: number; misses: { cell: string; gold: number; got: FieldValue }[] }

const ROWS_2019 = T3_ROWS.filter((r) => !T3_ROWS_2021_ONLY.includes(r.id)).map((r) => r.id)
const ROWS_2021 = T3_ROWS.filter((r) => r.id !== 'other').map((r) => r.id)

/** Gold label → cell id (t3.row.column); throws on a layout it cannot place, so a bad gold file is loud. */
export function cellIdsOf(gold: Record<string, number>): Map<string, string> {
  const rowLabels: string[] = []
  for (const k of Object.keys(gold)) {
    const row = k.split(' | ')[0]
    if (!rowLabels.includes(row)) rowLabels.push(row)
  }
  const ids = rowLabels.length === ROWS_2019.length ? ROWS_2019 : rowLabels.length === ROWS_2021.length ? ROWS_2021 : null
  if (!ids) throw new Error(`table 三 gold has ${rowLabels.length} rows; expected ${ROWS_2019.length} or ${ROWS_2021.length}`)
  const out = new Map<string, string>()
  for (const k of Object.keys(gold)) {
    const [row, col] = k.split(' | ')
    const c = T3_COLUMNS.find((x) => x.zh === col.trim())
    if (!c) throw new Error(`unknown table 三 column label: ${col}`)
    out.set(k, `t3.${ids[rowLabels.indexOf(row)]}.${c.id}`)
  }
  return out
}

export function scoreCells(gold: Record<string, number>, got: Record<string, FieldValue>): CellsScore {
  const ids = cellIdsOf(gold)
  const misses: CellsScore['misses'] = []
  let right = 0
  for (const [label, g] of Object.entries(gold)) {
    const v = got[ids.get(label)!] ?? null
    const ok = v === null ? g === 0 : Number(v) === g
    if (ok) right++
    else misses.push({ cell: `${ids.get(label)} (${label})`, gold: g, got: v })
  }
  return { right, total: Object.keys(gold).length, misses }
}
