/**
 * The dataset view (issue 13): facet counts, the coverage grid of agencies × years and the headline figures
 * per year, for one filter. Every count runs in SQLite over the filtered ids (one subquery, built by
 * list-query from the same filters as the library's list), reading indexes only where it can:
 * report_keys (agency, year, document_id) for the grid and the agency and year facets, fields_facet
 * (field_id, value, document_id) for the other fields. Each facet counts without its own choice, so the
 * values next to a chosen one keep their counts and can be added to it. bench/dataset-bench.ts measures it.
 */
import type { Db } from '../library/db'
import type {
  ChartField, CoverageRow, DatasetQuery, DatasetView, Facet, FacetCount, FacetName, ListQuery, YearFigures,
} from '../../shared/contract'
import { CHART_FIELDS, FACET_NAMES } from '../../shared/contract'
import { decodeValue } from '../library/codec'
import { countList, idsSubquery } from '../services/list-query'

/** the longest facets (agency, region) list their most frequent values; the rest are counted in `more` */
const FACET_LIMIT = 40
const GRID_LIMIT = 40
const MAX_SPAN = 40

/** Which part of a list query each facet sets. */
const FACET_KEY: Record<FacetName, keyof ListQuery> = {
  status: 'status', year: 'year', format: 'format', kind: 'kind', level: 'level', region: 'region',
  agency: 'agency', tag: 'tag', warning: 'warning',
}

interface Scope { sql: string; params: unknown[] }

/** `AND <col> IN (<filtered ids>)`, or nothing when the filter is the whole library. */
function within(col: string, s: Scope | null): [string, unknown[]] {
  return s ? [`AND ${col} IN (${s.sql})`, s.params] : ['', []]
}

function counts(db: Db, sql: string, params: unknown[]): { v: string | number | null; n: number }[] {
  return db.prepare(sql).all(...params) as { v: string | number | null; n: number }[]
}

function fieldFacet(db: Db, field: string, s: Scope | null, total: number, decode = true): FacetCount[] {
  const [w, p] = within('document_id', s)
  const rows = counts(db, `SELECT value AS v, count(*) AS n FROM fields WHERE field_id = ? AND value NOT IN ('null', '""') ${w} GROUP BY value`, [field, ...p])
  const values: FacetCount[] = rows.map((r) => ({ value: decode && typeof r.v === 'string' ? decodeValue(r.v) : r.v, count: r.n }))
  const withValue = rows.reduce((a, r) => a + r.n, 0)
  if (total > withValue) values.push({ value: null, count: total - withValue })
  return values
}

function facetValues(db: Db, name: FacetName, s: Scope | null, total: number): FacetCount[] {
  const [w, p] = within('d.id', s)
  switch (name) {
    case 'status':
    case 'kind':
      return counts(db, `SELECT d.${name} AS v, count(*) AS n FROM documents d WHERE 1 ${w} GROUP BY 1`, p).map((r) => ({ value: r.v, count: r.n }))
    case 'year': return fieldFacet(db, 'report_year', s, total)
    case 'format': return fieldFacet(db, 'format', s, total)
    case 'level': return fieldFacet(db, 'admin_level', s, total)
    case 'region': return fieldFacet(db, 'region', s, total)
    case 'agency': return fieldFacet(db, 'agency', s, total)
    case 'tag': {
      const [wt, pt] = within('document_id', s)
      return counts(db, `SELECT tag_id AS v, count(*) AS n FROM document_tags WHERE 1 ${wt} GROUP BY tag_id`, pt).map((r) => ({ value: r.v, count: r.n }))
    }
    case 'warning': {
      const [ww, pw] = within('document_id', s)
      const rows = counts(db, `SELECT code AS v, count(DISTINCT document_id) AS n FROM warnings WHERE state = 'open' ${ww} GROUP BY code`, pw)
      const any = (db.prepare(`SELECT count(DISTINCT document_id) AS n FROM warnings WHERE state = 'open' ${ww}`).get(...pw) as { n: number }).n
      const values = rows.map((r) => ({ value: r.v, count: r.n }))
      if (total > any) values.push({ value: null, count: total - any })
      return values
    }
  }
}

/** Most frequent first (ties by value), the "none" entry last; years in their own order. */
function ordered(name: FacetName, values: FacetCount[]): Facet {
  const known = values.filter((v) => v.value !== null)
  const none = values.filter((v) => v.value === null)
  if (name === 'year') known.sort((a, b) => Number(b.value) - Number(a.value))
  else known.sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
  const shown = known.slice(0, FACET_LIMIT)
  return { name, values: [...shown, ...none], more: known.length - shown.length }
}

function facets(db: Db, filter: ListQuery, base: Scope | null, total: number): Facet[] {
  return FACET_NAMES.map((name) => {
    const key = FACET_KEY[name]
    const chosen = filter[key]
    if (!Array.isArray(chosen) || chosen.length === 0) return ordered(name, facetValues(db, name, base, total))
    // counted without its own choice, so that the other values can be added to it
    const without: ListQuery = { ...filter, [key]: undefined }
    const s = idsSubquery(db, without)
    return ordered(name, facetValues(db, name, s, countList(db, without)))
  })
}

function grid(db: Db, s: Scope | null, years: number[], offset: number, limit: number): DatasetView['grid'] {
  const [w, p] = within('document_id', s)
  const [wk] = within('k.document_id', s)
  const named = `agency IS NOT NULL AND agency NOT IN ('null', '""')`
  const agencies = (db.prepare(`SELECT count(DISTINCT agency) AS n FROM report_keys WHERE ${named} ${w}`).get(...p) as { n: number }).n
  const page = db.prepare(`SELECT agency, count(*) AS n FROM report_keys WHERE ${named} ${w} GROUP BY agency ORDER BY n DESC, agency LIMIT ? OFFSET ?`)
    .all(...p, limit, offset) as { agency: string; n: number }[]
  const cells = db.prepare(
    `SELECT k.agency, k.year, count(*) AS n, sum(d.status = 'verified') AS v, min(d.id) AS id
     FROM report_keys k JOIN documents d ON d.id = k.document_id
     WHERE k.agency IN (SELECT value FROM json_each(?)) ${wk} GROUP BY k.agency, k.year`,
  ).all(JSON.stringify(page.map((r) => r.agency)), ...p) as { agency: string; year: string | null; n: number; v: number; id: number }[]
  const rows = new Map<string, CoverageRow>(page.map((r) => [r.agency, { agency: String(decodeValue(r.agency)), documents: r.n, cells: [] }]))
  for (const c of cells) {
    const year = c.year === null ? null : decodeValue(c.year)
    if (typeof year !== 'number') continue
    rows.get(c.agency)?.cells.push({ year, documents: c.n, verified: c.v, id: c.id })
  }
  for (const r of rows.values()) r.cells.sort((a, b) => a.year - b.year)
  return { years, agencies, offset, rows: [...rows.values()] }
}

function figures(db: Db, s: Scope | null, perYear: Map<number, number>): YearFigures[] {
  const [w, p] = within('f.document_id', s)
  const rows = db.prepare(
    `SELECT k.year AS y, f.field_id AS field, sum(CAST(f.value AS REAL)) AS total, count(*) AS n
     FROM fields f JOIN report_keys k ON k.document_id = f.document_id
     WHERE f.field_id IN (${CHART_FIELDS.map(() => '?').join(',')}) AND f.value != 'null' ${w}
     GROUP BY k.year, f.field_id`,
  ).all(...CHART_FIELDS, ...p) as { y: string | null; field: ChartField; total: number; n: number }[]
  const byYear = new Map<number, YearFigures>([...perYear].map(([year, documents]) => [year, { year, documents, sums: {}, reporting: {} }]))
  for (const r of rows) {
    const year = r.y === null ? null : decodeValue(r.y)
    const f = typeof year === 'number' ? byYear.get(year) : undefined
    if (!f) continue
    f.sums[r.field] = r.total
    f.reporting[r.field] = r.n
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

export function datasetView(db: Db, q: DatasetQuery = {}): DatasetView {
  const filter = q.filter ?? {}
  const base = idsSubquery(db, filter)
  const total = countList(db, filter)
  const fs = facets(db, filter, base, total)
  // the grid's and the charts' years: every year of the filtered set, gaps filled so a missing year shows
  // (a year typed wrong, 1019 for 2019, would stretch the span: beyond MAX_SPAN only the years seen)
  const yearFacet = filter.year?.length ? facetValues(db, 'year', base, total) : (fs.find((f) => f.name === 'year') as Facet).values
  const counted = new Map<number, number>()
  for (const v of yearFacet) if (typeof v.value === 'number') counted.set(v.value, v.count)
  const known = [...counted.keys()].sort((a, b) => a - b)
  const span = known.length ? known[known.length - 1] - known[0] + 1 : 0
  const years = span > 0 && span <= MAX_SPAN ? Array.from({ length: span }, (_, i) => known[0] + i) : known
  return {
    total,
    facets: fs,
    grid: grid(db, base, years, q.gridOffset ?? 0, q.gridLimit ?? GRID_LIMIT),
    years: figures(db, base, counted),
  }
}
