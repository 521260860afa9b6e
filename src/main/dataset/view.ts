/**
 * The dataset view (issue 13): facet counts, the coverage grid of agencies × years and the headline figures
 * per year, for one filter. The filter (the library list's own, list-query.ts) is run once into a temporary
 * table of ids; every count then reads an index or a narrow table and checks membership by rowid:
 * fields_facet_<field> (value, document_id) for the field facets, report_keys (agency, year) for the grid,
 * dataset_rows for statuses, kinds and the charts' figures (migration 11). Each facet counts without its own choice, so the values
 * beside a chosen one keep their counts and can be added to it. bench/dataset-bench.ts measures it.
 */
import type { Db } from '../library/db'
import type { CoverageRow, DatasetQuery, DatasetView, Facet, FacetCount, FacetName, ListQuery, SplitBy, SplitFigures, YearFigures } from '../../shared/contract'
import { CHART_FIELDS, FACET_NAMES } from '../../shared/contract'
import { decodeValue } from '../library/codec'
import { countList, idsSubquery } from '../services/list-query'

/** the longest facets (agency, region) list their most frequent values; the rest are counted in `more` */
const FACET_LIMIT = 40
const GRID_LIMIT = 40
/** beyond this span of years (a year typed wrong, 1019 for 2019) the grid shows only the years seen */
const MAX_SPAN = 40
/** a set this many times smaller than the library is walked id by id; a larger one through the index */
const WALK_RATIO = 4

/** Which part of a list query each facet sets, and the field it counts (literal: the partial indexes need it). */
const FACET_KEY: Record<FacetName, keyof ListQuery> = {
  status: 'status', year: 'year', format: 'format', kind: 'kind', level: 'level', region: 'region',
  agency: 'agency', tag: 'tag', warning: 'warning',
}
const FACET_FIELD: Partial<Record<FacetName, string>> = { year: 'report_year', format: 'format', level: 'admin_level', region: 'region', agency: 'agency' }
/** dataset_rows' column for each chart field */
const FIGURE_COLUMN: Record<(typeof CHART_FIELDS)[number], string> = {
  applications_received: 'received', applications_answered: 'answered', 't3.granted.total': 'granted',
  't3.partial.total': 'partial', admin_reconsiderations: 'reconsiderations', admin_lawsuits: 'lawsuits',
}

/** A filtered set of ids in a temporary table (null: the whole library, nothing to check). */
type Scope = string | null

function fillScope(db: Db, table: string, q: ListQuery): Scope {
  const sub = idsSubquery(db, q)
  if (!sub) return null
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${table} (id INTEGER PRIMARY KEY)`)
  db.exec(`DELETE FROM temp.${table}`)
  db.prepare(`INSERT INTO temp.${table} ${sub.sql}`).run(...sub.params)
  return table
}

function within(col: string, s: Scope): string {
  return s ? `AND ${col} IN temp.${s}` : ''
}

type Counted = { v: string | number | null; n: number }

/**
 * Counts per value of one field. A small set is walked id by id (one primary-key lookup each); a large one,
 * or the whole library, reads the field's partial index, named because without ANALYZE statistics SQLite
 * prefers fields_by_value and then reads every row of the table for its document id (0.4 s at 100,000).
 */
function fieldCounts(db: Db, field: string, s: Scope, size: number, libraryTotal: number): Counted[] {
  const named = `value NOT IN ('null', '""')`
  if (s && size * WALK_RATIO < libraryTotal) {
    return db.prepare(`SELECT f.value AS v, count(*) AS n FROM temp.${s} sc CROSS JOIN fields f ON f.document_id = sc.id AND f.field_id = '${field}' WHERE f.${named} GROUP BY f.value`).all() as Counted[]
  }
  return db.prepare(`SELECT value AS v, count(*) AS n FROM fields INDEXED BY fields_facet_${field} WHERE field_id = '${field}' AND ${named} ${within('document_id', s)} GROUP BY value`).all() as Counted[]
}

function withNone(rows: Counted[], total: number, decode: boolean): FacetCount[] {
  const values: FacetCount[] = rows.map((r) => ({ value: decode && typeof r.v === 'string' ? decodeValue(r.v) : r.v, count: r.n }))
  const withValue = rows.reduce((a, r) => a + r.n, 0)
  if (total > withValue) values.push({ value: null, count: total - withValue })
  return values
}

interface Counting { db: Db; libraryTotal: number; cache: Map<string, Counted[]> }

function facetValues(c: Counting, name: FacetName, s: Scope, total: number): FacetCount[] {
  const { db, cache } = c
  const field = FACET_FIELD[name]
  if (field) {
    const key = `${field}:${s ?? ''}`
    if (!cache.has(key)) cache.set(key, fieldCounts(db, field, s, total, c.libraryTotal))
    return withNone(cache.get(key) as Counted[], total, true)
  }
  switch (name) {
    case 'status':
    case 'kind': {
      // one pass over the documents for both
      const key = `doc:${s ?? ''}`
      if (!cache.has(key)) cache.set(key, db.prepare(`SELECT status || '|' || kind AS v, count(*) AS n ${rowsOf(s, total, c.libraryTotal, 'status')} GROUP BY status, kind`).all() as Counted[])
      const sums = new Map<string, number>()
      for (const r of cache.get(key) as Counted[]) {
        const [status, kind] = String(r.v).split('|')
        const v = name === 'status' ? status : kind
        sums.set(v, (sums.get(v) ?? 0) + r.n)
      }
      return [...sums].map(([value, count]) => ({ value, count }))
    }
    case 'tag':
      return (db.prepare(`SELECT tag_id AS v, count(*) AS n FROM document_tags WHERE 1 ${within('document_id', s)} GROUP BY tag_id`).all() as Counted[]).map((r) => ({ value: r.v, count: r.n }))
    case 'warning': {
      const rows = db.prepare(`SELECT code AS v, count(DISTINCT document_id) AS n FROM warnings WHERE state = 'open' ${within('document_id', s)} GROUP BY code`).all() as Counted[]
      const any = (db.prepare(`SELECT count(DISTINCT document_id) AS n FROM warnings WHERE state = 'open' ${within('document_id', s)}`).get() as { n: number }).n
      const values = rows.map((r) => ({ value: r.v, count: r.n }))
      if (total > any) values.push({ value: null, count: total - any })
      return values
    }
    default:
      return []
  }
}

/** Most frequent first (ties by value), years newest first, the "none" entry last. */
function ordered(name: FacetName, values: FacetCount[]): Facet {
  const known = values.filter((v) => v.value !== null)
  const none = values.filter((v) => v.value === null)
  if (name === 'year') known.sort((a, b) => Number(b.value) - Number(a.value))
  else known.sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
  const shown = known.slice(0, FACET_LIMIT)
  return { name, values: [...shown, ...none], more: known.length - shown.length }
}

function grid(db: Db, s: Scope, agencies: Counted[], years: number[], offset: number, limit: number): DatasetView['grid'] {
  const sorted = agencies.slice().sort((a, b) => b.n - a.n || String(a.v).localeCompare(String(b.v)))
  const page = sorted.slice(offset, offset + limit)
  const cells = db.prepare(
    `SELECT k.agency, k.year, count(*) AS n, sum(d.status = 'verified') AS v, min(d.id) AS id
     FROM report_keys k JOIN documents d ON d.id = k.document_id
     WHERE k.agency IN (SELECT value FROM json_each(?)) ${within('k.document_id', s)} GROUP BY k.agency, k.year`,
  ).all(JSON.stringify(page.map((r) => r.v))) as { agency: string; year: string | null; n: number; v: number; id: number }[]
  const rows = new Map<string, CoverageRow>(page.map((r) => [String(r.v), { agency: String(decodeValue(String(r.v))), documents: r.n, cells: [] }]))
  for (const c of cells) {
    const year = c.year === null ? null : decodeValue(c.year)
    if (typeof year === 'number') rows.get(c.agency)?.cells.push({ year, documents: c.n, verified: c.v, id: c.id })
  }
  for (const r of rows.values()) r.cells.sort((a, b) => a.year - b.year)
  return { years, agencies: agencies.length, offset, rows: [...rows.values()] }
}

/**
 * FROM dataset_rows for a set: a small set walked id by id, else the covering index in group order (named:
 * without statistics SQLite may scan the table and sort instead).
 */
function rowsOf(s: Scope, size: number, libraryTotal: number, index: 'status' | 'year'): string {
  if (s && size * WALK_RATIO < libraryTotal) return `FROM temp.${s} sc CROSS JOIN dataset_rows r ON r.document_id = sc.id WHERE 1`
  return `FROM dataset_rows r INDEXED BY dataset_rows_${index} WHERE 1 ${within('r.document_id', s)}`
}

function figures(db: Db, s: Scope, size: number, libraryTotal: number, perYear: Map<number, number>): YearFigures[] {
  const cols = CHART_FIELDS.map((f) => `sum(${FIGURE_COLUMN[f]}), count(${FIGURE_COLUMN[f]})`).join(', ')
  const rows = db.prepare(`SELECT year, ${cols} ${rowsOf(s, size, libraryTotal, 'year')} AND year IS NOT NULL GROUP BY year`).raw().all() as (number | null)[][]
  const byYear = new Map<number, YearFigures>([...perYear].map(([year, documents]) => [year, { year, documents, sums: {}, reporting: {} }]))
  for (const r of rows) {
    const f = byYear.get(r[0] as number)
    if (!f) continue
    CHART_FIELDS.forEach((field, i) => {
      const n = r[2 + 2 * i] as number
      if (n > 0) { f.sums[field] = r[1 + 2 * i] as number; f.reporting[field] = n }
    })
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

/** regions with their own series when the requests are split by region; the rest share one */
const SPLIT_REGIONS = 8

/**
 * Requests received per year and level or region: the field's partial index (value, document_id) joined to
 * dataset_rows by primary key, asked only when the view splits the chart (the plain view pays nothing). The
 * series with key null is what the named series leave of each year's total (others, and no level/region).
 */
function splitFigures(db: Db, by: SplitBy, s: Scope, totals: YearFigures[]): SplitFigures {
  const field = by === 'level' ? 'admin_level' : 'region'
  const from = `FROM fields f INDEXED BY fields_facet_${field} CROSS JOIN dataset_rows r ON r.document_id = f.document_id
     WHERE f.field_id = '${field}' AND f.value NOT IN ('null', '""') AND r.year IS NOT NULL AND r.received IS NOT NULL ${within('f.document_id', s)}`
  // regions are thousands: their totals first (in the index's order, no sort), then the years of the top 8
  // only (returning every region's years took 0.27 s more at 100,000 reports); levels are a handful
  let only = ''
  const params: string[] = []
  if (by === 'region') {
    const totalsBy = db.prepare(`SELECT f.value AS k, sum(r.received) AS n ${from} GROUP BY f.value`).all() as { k: string; n: number }[]
    totalsBy.sort((a, b) => b.n - a.n || a.k.localeCompare(b.k))
    only = 'AND f.value IN (SELECT value FROM json_each(?))'
    params.push(JSON.stringify(totalsBy.slice(0, SPLIT_REGIONS).map((r) => r.k)))
  }
  const rows = db.prepare(`SELECT f.value AS k, r.year AS year, sum(r.received) AS n ${from} ${only} GROUP BY f.value, r.year`).all(...params) as { k: string; year: number; n: number }[]
  const byKey = new Map<string, Record<number, number>>()
  for (const r of rows) {
    const k = String(decodeValue(r.k))
    const sums = byKey.get(k) ?? {}
    sums[r.year] = r.n
    byKey.set(k, sums)
  }
  const sum = (x: Record<number, number>) => Object.values(x).reduce((a, b) => a + b, 0)
  const keys = [...byKey.keys()].sort((a, b) => sum(byKey.get(b)!) - sum(byKey.get(a)!) || a.localeCompare(b))
  const series: SplitFigures['series'] = keys.map((key) => ({ key, sums: byKey.get(key)! }))
  const rest: Record<number, number> = {}
  for (const y of totals) {
    const total = y.sums.applications_received
    if (total === undefined) continue
    const named = keys.reduce((a, k) => a + (byKey.get(k)![y.year] ?? 0), 0)
    if (total - named > 0) rest[y.year] = total - named
  }
  if (Object.keys(rest).length > 0) series.push({ key: null, sums: rest })
  return { by, series }
}

export function datasetView(db: Db, q: DatasetQuery = {}): DatasetView {
  const filter = q.filter ?? {}
  const libraryTotal = countList(db, {})
  const size = (s: Scope): number => (s ? (db.prepare(`SELECT count(*) AS n FROM temp.${s}`).get() as { n: number }).n : libraryTotal)
  const base = fillScope(db, 'dataset_scope', filter)
  const total = size(base)
  const c: Counting = { db, libraryTotal, cache: new Map() }
  const facets = FACET_NAMES.map((name) => {
    const key = FACET_KEY[name]
    const chosen = filter[key]
    if (!Array.isArray(chosen) || chosen.length === 0) return ordered(name, facetValues(c, name, base, total))
    // counted without its own choice, so that the other values can be added to it
    const without: ListQuery = { ...filter, [key]: undefined }
    const s = fillScope(db, 'dataset_scope_facet', without)
    return ordered(name, facetValues({ ...c, cache: new Map() }, name, s, size(s)))
  })
  // the grid's and the charts' years: every year of the filtered set, gaps filled so a missing year shows
  const yearRows = facetValues(c, 'year', base, total)
  const counted = new Map<number, number>()
  for (const v of yearRows) if (typeof v.value === 'number') counted.set(v.value, v.count)
  const known = [...counted.keys()].sort((a, b) => a - b)
  const span = known.length ? known[known.length - 1] - known[0] + 1 : 0
  const years = span > 0 && span <= MAX_SPAN ? Array.from({ length: span }, (_, i) => known[0] + i) : known
  const agencyKey = `agency:${base ?? ''}`
  if (!c.cache.has(agencyKey)) c.cache.set(agencyKey, fieldCounts(db, 'agency', base, total, libraryTotal))
  const perYear = figures(db, base, total, libraryTotal, counted)
  return {
    total,
    facets,
    grid: grid(db, base, c.cache.get(agencyKey) as Counted[], years, q.gridOffset ?? 0, q.gridLimit ?? GRID_LIMIT),
    years: perYear,
    ...(q.split ? { split: splitFigures(db, q.split, base, perYear) } : {}),
  }
}
