/**
 * documents.list as SQL: filters, sort and paging run in SQLite so that a page of a 100,000-document
 * library costs one indexed query. Field values are stored as JSON text (codec.ts), so a filter compares
 * with the encoded value and a sort on a field sorts its JSON text (fine for years and names; numbers are
 * not sorted on here).
 */
import type { Db } from '../library/db'
import type { DocStatus, DocumentRow, ListQuery, ListResult, SortKey } from '../../shared/contract'
import type { ReportFormat } from '../../shared/fields'
import type { DocumentKind } from '../../shared/document'
import { decodeValue, encodeValue } from '../library/codec'
import { ftsExpression, searchIds } from './search'
import { searchAmongFiltered } from './search-list'
import { fewMatches, keptAmong, likePattern, walkMatches, type Filter } from './search-walk'
import { conditionPredicate } from '../dataset/conditions'
import { savedFilter } from './saved-searches'

const FIELD_SORTS: Partial<Record<SortKey, string>> = { agency: 'agency', region: 'region', report_year: 'report_year', format: 'format' }
const FIELD_ALIAS: Record<string, string> = { agency: 'fa', region: 'fr', report_year: 'fy', format: 'ff', title: 'ft' }
const DEFAULT_LIMIT = 100
/** Above this many documents found, a page in another order than by id tests the search as a subquery again. */
const MAX_LISTED_IDS = 5000

/**
 * `perDocument`: each predicate tests one document by its keys (EXISTS, a primary-key lookup) instead of
 * `d.id IN (subquery)`, which SQLite rebuilds at every run of a statement: what a walk in windows needs
 * (search-walk.ts). `scans`: a predicate kept its IN-subquery (field conditions), so no walk.
 */
export interface Built {
  where: string[]; params: unknown[]; joins: Set<string>; perDocument?: boolean; scans?: boolean
  /** a filter that is one set of distinct document ids alone (a facet value, has warnings): counted from that set's index */
  alone?: { sql: string; params: unknown[] }
  /** that set is these values of one facet field: counted from facet_value_counts (migration 15) */
  facet?: { field: string; encoded: string[] }
  /** the same tests on dataset_rows' columns (status, kind, integer year), one per WHERE entry they stand for */
  rows?: { where: string[]; params: unknown[] }
  /** the search tested per document in the index (for a walk of a sort's index that meets a match nearly every row) */
  probeSearch?: boolean
  /** the filter is these ids alone (JSON; `where` tests the same): a page sorted by a field is driven from them */
  listed?: string
}

function fieldJoin(field: string): string {
  const a = FIELD_ALIAS[field]
  return `LEFT JOIN fields ${a} ON ${a}.document_id = d.id AND ${a}.field_id = '${field}'`
}

/**
 * A field's value is one of `encoded` (JSON text), or (`orNone`) the document has no value for it. As a set of
 * ids from the field's partial index (value, document_id), named by a literal so SQLite can use it (with five
 * years, a join on the value took fields_by_value and read 83,000 wide rows: 260 ms at 200,000 documents); per
 * document, the document's own row by its key.
 */
function valueIn(b: Built, field: string, encoded: string[], orNone = false): void {
  const marks = encoded.map(() => '?').join(',')
  const set = `SELECT document_id FROM fields WHERE field_id = '${field}' AND value IN (${marks})`
  const parts: string[] = []
  if (encoded.length) parts.push(b.perDocument ? `(SELECT value FROM fields WHERE document_id = d.id AND field_id = '${field}') IN (${marks})` : `d.id IN (${set})`)
  if (orNone) parts.push(`NOT EXISTS (SELECT 1 FROM fields WHERE document_id = d.id AND field_id = '${field}' AND value != 'null')`)
  if (!orNone && b.where.length === 0) {
    b.alone = { sql: set, params: encoded }
    b.facet = { field, encoded }
  }
  b.where.push(parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`)
  b.params.push(...encoded)
}

/** A test that dataset_rows can answer too, for the WHERE entry about to be pushed. */
function onRows(b: Built, sql: string, params: readonly unknown[]): void {
  b.rows ??= { where: [], params: [] }
  b.rows.where.push(sql)
  b.rows.params.push(...params)
}

/** A field's value is one of `values` (written as given): the facets' agency, region, level. */
function fieldIn(b: Built, field: string, values: string[]): void {
  valueIn(b, field, values.map((v) => encodeValue(v)))
}

/**
 * The WHERE of a list. A saved search (`saved`) adds its own filters as they are kept now, so a smart list
 * follows every change of the library and of the search itself.
 */
export function build(db: Db, q: ListQuery, perDocument = false, probeSearch = false): Built {
  const b: Built = { where: [], params: [], joins: new Set(), perDocument, probeSearch }
  if (q.saved !== undefined) {
    const inner = build(db, savedFilter(db, q.saved), perDocument)
    b.where.push(...inner.where)
    b.params.push(...inner.params)
    for (const j of inner.joins) b.joins.add(j)
    if (inner.scans) b.scans = true
  }
  addFilters(db, q, b)
  return b
}

function addFilters(db: Db, q: ListQuery, b: Built): void {
  if (q.status?.length) {
    const marks = q.status.map(() => '?').join(',')
    // alone, counted in dataset_rows' (status, kind) index (migration 11 keeps a row per document): documents has none on status
    if (b.where.length === 0) b.alone = { sql: `SELECT document_id FROM dataset_rows WHERE status IN (${marks})`, params: [...q.status] }
    onRows(b, `status IN (${marks})`, q.status)
    b.where.push(`d.status IN (${marks})`)
    b.params.push(...q.status)
  }
  if (q.year?.length) {
    // dataset_rows.year holds a year written as an integer, as the encoded value compares
    if (q.year.every(Number.isInteger)) onRows(b, `year IN (${q.year.map(() => '?').join(',')})`, q.year)
    valueIn(b, 'report_year', q.year.map((y) => encodeValue(y)))
  }
  if (q.format?.length) {
    const known = q.format.filter((f): f is ReportFormat => f !== 'unknown')
    valueIn(b, 'format', known.map((f) => encodeValue(f)), known.length !== q.format.length)
  }
  if (q.tag?.length) {
    // every tag asked for (narrowing, as a person expects of tag chips)
    // as the set of its documents (the tagged are few: SQLite starts from them instead of testing every document)
    for (const t of q.tag) {
      const set = 'SELECT document_id FROM document_tags WHERE tag_id = ?'
      if (b.where.length === 0) b.alone = { sql: set, params: [t] }
      b.where.push(b.perDocument ? 'EXISTS (SELECT 1 FROM document_tags dt WHERE dt.document_id = d.id AND dt.tag_id = ?)' : `d.id IN (${set})`)
      b.params.push(t)
    }
  }
  // the kept counts (migration 14): a range of their index, not a probe of every document's warnings
  if (q.hasWarnings !== undefined) {
    if (b.where.length === 0) b.alone = { sql: `SELECT document_id FROM open_warning_counts WHERE open ${q.hasWarnings ? '> 0' : '= 0'}`, params: [] }
    b.where.push(b.perDocument
      ? `(SELECT open FROM open_warning_counts WHERE document_id = d.id) ${q.hasWarnings ? '> 0' : '= 0'}`
      : `d.id IN (SELECT document_id FROM open_warning_counts WHERE open ${q.hasWarnings ? '> 0' : '= 0'})`)
  }
  const search = q.search?.trim()
  if (search) {
    // the text, or the file name (a person often types part of one). The index itself as a subquery where a
    // MATCH answers (no round trip of 200,000 ids through JSON); the ids as one JSON parameter where only a scan does
    const expr = ftsExpression(db, search)
    const like = likePattern(search)
    // a saved search's own search, inside a walk: its subquery would be rebuilt at every window
    if (b.perDocument) b.scans = true
    if (expr === null) {
      b.where.push("(d.id IN (SELECT value FROM json_each(?)) OR d.file_name LIKE ? ESCAPE '\\')")
      b.params.push(JSON.stringify(searchIds(db, search)), like)
    } else if (expr === '') {
      b.where.push("d.file_name LIKE ? ESCAPE '\\'")
      b.params.push(like)
    } else {
      // probed per document (80–190 µs each) where nearly every document holds it and a page needs ~a page of
      // probes; else the index's hits read once into a list (all of them: 1 s and more for a million reports)
      b.where.push(b.probeSearch
        ? "(EXISTS (SELECT 1 FROM texts_fts WHERE texts_fts MATCH ? AND rowid = d.id) OR d.file_name LIKE ? ESCAPE '\\')"
        : "(d.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?) OR d.file_name LIKE ? ESCAPE '\\')")
      b.params.push(expr, like)
    }
  }
  if (q.agency?.length) fieldIn(b, 'agency', q.agency)
  if (q.region?.length) fieldIn(b, 'region', q.region)
  if (q.level?.length) fieldIn(b, 'admin_level', q.level)
  if (q.kind?.length) {
    onRows(b, `kind IN (${q.kind.map(() => '?').join(',')})`, q.kind)
    b.where.push(`d.kind IN (${q.kind.map(() => '?').join(',')})`)
    b.params.push(...q.kind)
  }
  if (q.warning?.length) {
    const codes = q.warning.map(() => '?').join(',')
    b.where.push(b.perDocument
      ? `EXISTS (SELECT 1 FROM warnings WHERE document_id = d.id AND state = 'open' AND code IN (${codes}))`
      : `d.id IN (SELECT document_id FROM warnings WHERE state = 'open' AND code IN (${codes}))`)
    b.params.push(...q.warning)
  }
  for (const c of q.conditions ?? []) {
    const p = conditionPredicate(c)
    b.scans = true
    b.where.push(p.sql)
    b.params.push(...p.params)
  }
}

/**
 * The list sorted by warnings walks open_warning_counts' (open, document_id) index and stops at the page:
 * CROSS JOIN keeps that table outermost (left to itself, SQLite scanned the documents and sorted them all).
 */
export const WARNINGS_ORDER = 'open_warning_counts wc CROSS JOIN documents d ON d.id = wc.document_id'

function orderBy(q: ListQuery): string {
  const dir = q.desc ? 'DESC' : 'ASC'
  const key = q.sort ?? 'id'
  // open_warning_counts (joined as wc in listDocuments), in the order of its (open, document_id) index
  if (key === 'warnings') return `ORDER BY wc.open ${dir}, wc.document_id ${dir}`
  return `ORDER BY d.${key} ${dir}${key === 'id' ? '' : `, d.id ${dir}`}`
}

/**
 * A page sorted by a field: documents that have the value come in the order of the (field_id, value)
 * index (no sort of the whole library), ties by the field row's rowid; documents without it follow, by id.
 */
function fieldSortedPage(db: Db, b: Built, field: string, desc: boolean, limit: number, offset: number, total: number, dense = false): number[] {
  const dir = desc ? 'DESC' : 'ASC'
  const joins = [...b.joins].map(fieldJoin).join(' ')
  const filtered = b.where.length > 0 || b.joins.size > 0
  const filter = b.where.length ? `AND ${b.where.join(' AND ')}` : ''
  // Unfiltered, the walk reads the index only (rowids), and just the page's rows are looked up after:
  // skipping 100,000 rows of an OFFSET then costs index pages, not table rows. A short list of ids (a rare
  // search's matches) drives the query instead: their few values sorted, not the whole index walked for them.
  const withValue = b.listed
    ? `FROM json_each(?) j CROSS JOIN fields s ON s.document_id = j.value AND s.field_id = '${field}' WHERE s.value != 'null'`
    : filtered
      // dense: the sort's index outermost, walked in order; else the filter's documents first (SQLite, left to
      // itself with statistics, walked the index of a million values for a filter keeping 10,000), their values sorted
      ? dense
        ? `FROM fields s CROSS JOIN documents d ON d.id = s.document_id ${joins} WHERE s.field_id = '${field}' AND s.value != 'null' ${filter}`
        : `FROM documents d CROSS JOIN fields s ON s.document_id = d.id AND s.field_id = '${field}' ${joins} WHERE s.value != 'null' ${filter}`
      : `FROM fields s WHERE s.field_id = '${field}' AND s.value != 'null'`
  const params = b.listed ? [b.listed] : b.params
  const rowids = (db.prepare(`SELECT s.rowid AS rid ${withValue} ORDER BY s.value ${dir}, s.rowid ${dir} LIMIT ? OFFSET ?`).all(...params, limit, offset) as { rid: number }[]).map((r) => r.rid)
  const docOf = new Map((db.prepare('SELECT rowid AS rid, document_id AS id FROM fields WHERE rowid IN (SELECT value FROM json_each(?))').all(JSON.stringify(rowids)) as { rid: number; id: number }[]).map((r) => [r.rid, r.id]))
  const ids = rowids.map((r) => docOf.get(r) as number)
  if (ids.length === limit) return ids
  const countWith = ids.length > 0 ? offset + ids.length : (db.prepare(`SELECT count(*) AS n ${withValue}`).get(...params) as { n: number }).n
  if (countWith >= total) return ids
  const missing = `NOT EXISTS (SELECT 1 FROM fields s WHERE s.document_id = d.id AND s.field_id = '${field}' AND s.value != 'null')`
  const rest = db.prepare(`SELECT d.id FROM documents d ${joins} WHERE ${missing} ${filter} ORDER BY d.id ${dir} LIMIT ? OFFSET ?`)
    .all(...b.params, limit - ids.length, Math.max(0, offset - countWith)) as { id: number }[]
  return [...ids, ...rest.map((r) => r.id)]
}

/**
 * The ids documents.list would list for `q` (the same filters, full-text search included), in id order,
 * without paging, sort or columns: what an export of "the current filter" reads.
 */
export function listIds(db: Db, q: ListQuery): number[] {
  const b = build(db, q)
  const where = b.where.length ? `WHERE ${b.where.join(' AND ')}` : ''
  const joins = [...b.joins].map(fieldJoin).join(' ')
  return db.prepare(`SELECT d.id FROM documents d ${joins} ${where} ORDER BY d.id`).pluck().all(...b.params) as number[]
}

/** How many documents `q` lists (its filters only). */
export function countList(db: Db, q: ListQuery): number {
  return countBuilt(db, build(db, q))
}

/**
 * How many documents `b` keeps. A filter that is one set of ids alone is counted in that set's own index
 * (0.2 ms for "has warnings" at 200,000 documents where looking each one up in `documents` took 20 ms;
 * one level: 4 ms instead of 40): each id there is a document's (foreign keys), once (a primary key).
 */
function countBuilt(db: Db, b: Built): number {
  // one facet's values alone: their kept counts (a document holds one value of a field), not 400,000 index entries
  if (b.alone && b.facet && b.where.length === 1 && b.joins.size === 0) {
    const marks = b.facet.encoded.map(() => '?').join(',')
    return db.prepare(`SELECT coalesce(sum(n), 0) FROM facet_value_counts WHERE field_id = ? AND value IN (${marks})`).pluck().get(b.facet.field, ...b.facet.encoded) as number
  }
  if (b.alone && b.where.length === 1 && b.joins.size === 0) return db.prepare(`SELECT count(*) FROM (${b.alone.sql})`).pluck().get(...b.alone.params) as number
  // status, kind and year together: dataset_rows' narrow rows (one per document, migration 11) instead of the documents'
  if (b.rows && b.rows.where.length === b.where.length && b.joins.size === 0) {
    return db.prepare(`SELECT count(*) FROM dataset_rows WHERE ${b.rows.where.join(' AND ')}`).pluck().get(...b.rows.params) as number
  }
  const where = b.where.length ? `WHERE ${b.where.join(' AND ')}` : ''
  const joins = [...b.joins].map(fieldJoin).join(' ')
  return (db.prepare(`SELECT count(*) AS n FROM documents d ${joins} ${where}`).get(...b.params) as { n: number }).n
}

/** The FROM and WHERE of `q` as one subquery of document ids (the dataset view counts inside it). */
export function idsSubquery(db: Db, q: ListQuery): { sql: string; params: unknown[] } | null {
  const b = build(db, q)
  if (b.where.length === 0 && b.joins.size === 0) return null
  const joins = [...b.joins].map(fieldJoin).join(' ')
  return { sql: `SELECT d.id FROM documents d ${joins} WHERE ${b.where.join(' AND ') || '1'}`, params: b.params }
}

interface PageRow {
  id: number; file_name: string; kind: DocumentKind; encoding: string | null; status: DocStatus; imported_at: string
  title: string | null; agency: string | null; region: string | null; report_year: string | null; format: string | null
  errors: number; warnings: number; tags: string | null; text_length: number
}

/**
 * A search with other filters: the other filters, and the ids both hold (search-list.ts) as one more filter;
 * null where the general path serves (no search, or no other filter, or a query only a scan answers).
 */
function searchNarrowed(db: Db, q: ListQuery): { b: Built; ids: number[] } | null {
  const search = q.search?.trim()
  if (!search) return null
  const rest = build(db, { ...q, search: undefined })
  if (rest.where.length === 0 && rest.joins.size === 0) return null
  const joins = [...rest.joins].map(fieldJoin).join(' ')
  const ids = searchAmongFiltered(db, search, {
    sql: `SELECT d.id, d.file_name LIKE ? ESCAPE '\\' FROM documents d ${joins} WHERE ${rest.where.join(' AND ') || '1'} ORDER BY d.id`,
    params: rest.params,
  })
  if (ids === null) return null
  return { b: { where: ['d.id IN (SELECT value FROM json_each(?))', ...rest.where], params: [JSON.stringify(ids), ...rest.params], joins: rest.joins }, ids }
}

/** Sort keys with an index of their own on `documents` (in (key, id) order), walked when the filter keeps many. */
const DOCUMENT_SORT_INDEX: Partial<Record<SortKey, string>> = { file_name: 'documents_file_name', imported_at: 'documents_imported_at' }
/** A filter keeping at least this share of the library is met often enough walking the sort's index (the page after ~1/share rows). */
const DENSE_SHARE = 0.05

/**
 * The page's ids of `q` in its sort, `b` its filters; `total` (what the filter keeps) bounds the walk of a field
 * sort (documents without the value come last). A filter that keeps many documents (`dense`) walks the sort's
 * index and tests each document by its keys until the page is full; left to itself SQLite drove the query from
 * the filter's index and sorted all it kept (5 years of 12 sorted by agency: 260 ms at 200,000 documents).
 */
function sortedPage(db: Db, q: ListQuery, b: Built, limit: number, offset: number, total: number, general = false, probeSearch = false): number[] {
  const key = q.sort ?? 'id'
  const field = FIELD_SORTS[key]
  const filtered = b.where.length > 0 || b.joins.size > 0
  // the id range stands for the library's size (count(*) reads every page of an index: 2–50 ms at 1,000,000)
  const dense = general && filtered && (field !== undefined || DOCUMENT_SORT_INDEX[key] !== undefined) &&
    total >= DENSE_SHARE * (db.prepare('SELECT (SELECT max(id) FROM documents) - (SELECT min(id) FROM documents) + 1').pluck().get() as number)
  // one facet value alone, by id: its partial index (value, document_id) is in that order already; through
  // documents, SQLite built the list of all it keeps first (83,825 ids for one format at 200,000: 7.7 ms)
  if (key === 'id' && b.facet?.encoded.length === 1 && b.where.length === 1 && b.joins.size === 0) {
    return db.prepare(`SELECT document_id FROM fields INDEXED BY fields_facet_${b.facet.field} WHERE field_id = '${b.facet.field}' AND value = ? ORDER BY document_id ${q.desc ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?`)
      .pluck().all(b.facet.encoded[0], limit, offset) as number[]
  }
  const by = dense ? build(db, q, true, probeSearch) : b
  const where = by.where.length ? `WHERE ${by.where.join(' AND ')}` : ''
  const joins = [...by.joins].map(fieldJoin).join(' ')
  if (field) return fieldSortedPage(db, by, field, q.desc ?? false, limit, offset, total, dense)
  const from = q.sort === 'warnings' ? WARNINGS_ORDER : dense ? `documents d INDEXED BY ${DOCUMENT_SORT_INDEX[key]}` : 'documents d'
  return (db.prepare(`SELECT d.id FROM ${from} ${joins} ${where} ${orderBy(q)} LIMIT ? OFFSET ?`).all(...by.params, limit, offset) as { id: number }[]).map((r) => r.id)
}

interface Page { total: number; ids: number[]; estimated?: true }

/** A sorted page with a search probes the index per document when at least this share of the filtered documents match… */
const PROBE_SHARE = 0.5
/** …and the page needs at most about this many probes (80–190 µs each). */
const MAX_PROBES = 400

/** The exact total and the page's ids of `q`, every filter and sort. */
function pageOf(db: Db, q: ListQuery, limit: number, offset: number): Page {
  const narrowed = searchNarrowed(db, q)
  if (narrowed && (q.sort ?? 'id') === 'id') {
    const ids = q.desc ? [...narrowed.ids].reverse() : narrowed.ids
    return { total: ids.length, ids: ids.slice(offset, offset + limit) }
  }
  // sorted otherwise, the page walks the sort's index and tests each document: against a short list of ids
  // cheaply, against a long one less so than against the search index itself
  const b = narrowed && narrowed.ids.length <= MAX_LISTED_IDS ? narrowed.b : build(db, q)
  const total = narrowed ? narrowed.ids.length : countBuilt(db, b)
  return { total, ids: sortedPage(db, q, b, limit, offset, total, b !== narrowed?.b) }
}

/**
 * A list with a search (search-walk.ts): from the search's few matches tested against the other filters, or
 * from a walk of the id range in windows, whose total is an estimate when it stops short of the end. null
 * where the general path serves (no search, a query only a scan of the texts answers, a field condition).
 */
function searchPage(db: Db, q: ListQuery, limit: number, offset: number): Page | null {
  const search = q.search?.trim()
  if (!search) return null
  const expr = ftsExpression(db, search)
  if (expr === null) return null
  const rest = build(db, { ...q, search: undefined }, true)
  if (rest.scans) return null
  const filter: Filter | null = rest.where.length > 0 || rest.joins.size > 0
    ? { from: `documents d ${[...rest.joins].map(fieldJoin).join(' ')}`, where: rest.where, params: rest.params }
    : null
  const like = likePattern(search)
  const sort = q.sort ?? 'id'
  const few = fewMatches(db, expr, like)
  if (few !== null) {
    const ids = keptAmong(db, few, filter)
    if (sort === 'id') return { total: ids.length, ids: (q.desc ? [...ids].reverse() : ids).slice(offset, offset + limit) }
    const listed = JSON.stringify(ids)
    const b: Built = { where: ['d.id IN (SELECT value FROM json_each(?))'], params: [listed], joins: new Set(), listed }
    return { total: ids.length, ids: sortedPage(db, q, b, limit, offset, ids.length) }
  }
  const filteredTotal = (): number => countList(db, { ...q, search: undefined })
  const byId = sort === 'id'
  const walked = walkMatches(db, expr, like, filter, byId && (q.desc ?? false), byId ? offset + limit : 0, filteredTotal)
  if (byId) return { total: walked.total, ids: walked.ids.slice(offset, offset + limit), ...(walked.estimated ? { estimated: true } : {}) }
  // sorted otherwise: the sort's index walked, each document tested against the search index's hits (read once);
  // an estimated total must not cut short the documents without the sort's value, which come last
  // nearly every filtered document matches and the page is near the top: ~a page of probes beats reading every hit
  const probe = walked.share >= PROBE_SHARE && (offset + limit) / walked.share <= MAX_PROBES
  const ids = sortedPage(db, q, build(db, q), limit, offset, walked.estimated ? Number.MAX_SAFE_INTEGER : walked.total, true, probe)
  // a page short of its limit is the list's end: its total is known
  if (walked.estimated && ids.length < limit && (ids.length > 0 || offset === 0)) return { total: offset + ids.length, ids }
  return walked.estimated ? { total: Math.max(walked.total, offset + ids.length), ids, estimated: true } : { total: walked.total, ids }
}

export function listDocuments(db: Db, q: ListQuery = {}): ListResult {
  const limit = q.limit ?? DEFAULT_LIMIT
  const offset = q.offset ?? 0
  const { total, ids, estimated } = searchPage(db, q, limit, offset) ?? pageOf(db, q, limit, offset)
  const flag = estimated ? { estimated } : {}
  if (ids.length === 0) return { total, rows: [], ...flag }
  const rows = db.prepare(
    `SELECT d.id, d.file_name, d.kind, d.encoding, d.status, d.imported_at,
       (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'title') AS title,
       (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'agency') AS agency,
       (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'region') AS region,
       (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'report_year') AS report_year,
       (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'format') AS format,
       (SELECT count(*) FROM warnings WHERE document_id = d.id AND severity = 'error' AND state = 'open') AS errors,
       (SELECT count(*) FROM warnings WHERE document_id = d.id AND severity = 'warning' AND state = 'open') AS warnings,
       (SELECT group_concat(tag_id) FROM (SELECT tag_id FROM document_tags WHERE document_id = d.id ORDER BY tag_id)) AS tags,
       (SELECT clean_length FROM texts WHERE document_id = d.id) AS text_length
     FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as PageRow[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  return { total, rows: ids.map((id) => toRow(byId.get(id) as PageRow)), ...flag }
}

function text(v: string | null): string | null {
  const d = v === null ? null : decodeValue(v)
  return d === null ? null : String(d)
}

function toRow(r: PageRow): DocumentRow {
  const year = r.report_year === null ? null : decodeValue(r.report_year)
  return {
    id: r.id, file_name: r.file_name, kind: r.kind, encoding: r.encoding,
    title: text(r.title), agency: text(r.agency), region: text(r.region),
    report_year: typeof year === 'number' ? year : null,
    format: text(r.format) as ReportFormat | null,
    status: r.status, errors: r.errors, warnings: r.warnings,
    tags: r.tags ? r.tags.split(',').map(Number) : [],
    imported_at: r.imported_at, text_length: r.text_length ?? 0,
  }
}
