/**
 * The document list: filters, sort, paging and text search over the library, without reading any blob
 * or whole text. Search: FTS5 trigram for 3+ characters, LIKE for shorter queries (trigram finds nothing there).
 */
import type { Db } from './db'
import type { DocumentRow, DocStatus, ListQuery, ListResult, SortKey } from '../../shared/contract'
import type { DocumentKind } from '../../shared/document'
import type { ReportFormat } from '../../shared/fields'

const fieldCol = (id: string): string => `(SELECT json_extract(f.value, '$') FROM fields f WHERE f.document_id = d.id AND f.field_id = '${id}')`

const SORT_SQL: Record<SortKey, string> = {
  id: 'd.id',
  file_name: 'd.file_name',
  agency: 'agency',
  region: 'region',
  report_year: 'report_year',
  format: 'format',
  status: 'd.status',
  warnings: '(errors + warnings)',
  imported_at: 'd.imported_at',
}

interface Row {
  id: number; file_name: string; kind: DocumentKind; encoding: string | null; title: string | null; agency: string | null; region: string | null
  report_year: number | null; format: ReportFormat | null; status: DocStatus; errors: number; warnings: number; tags: string | null
  imported_at: string; text_length: number
}

/** An FTS5 phrase: the query in double quotes, its own quotes doubled, so no user input is read as FTS syntax. */
function ftsPhrase(q: string): string {
  return `"${q.replace(/"/g, '""')}"`
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`
}

export function listDocuments(db: Db, q: ListQuery = {}): ListResult {
  const where: string[] = []
  const params: (string | number)[] = []
  if (q.status?.length) {
    where.push(`d.status IN (${q.status.map(() => '?').join(',')})`)
    params.push(...q.status)
  }
  if (q.year?.length) {
    where.push(`report_year IN (${q.year.map(() => '?').join(',')})`)
    params.push(...q.year)
  }
  if (q.format?.length) {
    const named = q.format.filter((f) => f !== 'unknown')
    const parts: string[] = []
    if (named.length) { parts.push(`format IN (${named.map(() => '?').join(',')})`); params.push(...named) }
    if (q.format.includes('unknown')) parts.push('format IS NULL')
    where.push(`(${parts.join(' OR ')})`)
  }
  if (q.tag?.length) {
    where.push(`EXISTS (SELECT 1 FROM document_tags dt WHERE dt.document_id = d.id AND dt.tag_id IN (${q.tag.map(() => '?').join(',')}))`)
    params.push(...q.tag)
  }
  if (q.hasWarnings !== undefined) where.push(q.hasWarnings ? '(errors + warnings) > 0' : '(errors + warnings) = 0')
  const search = q.search?.trim()
  if (search) {
    if ([...search].length >= 3) {
      where.push('(d.id IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?) OR d.file_name LIKE ? ESCAPE \'\\\')')
      params.push(ftsPhrase(search), likePattern(search))
    } else {
      where.push('(t.clean_text LIKE ? ESCAPE \'\\\' OR d.file_name LIKE ? ESCAPE \'\\\')')
      params.push(likePattern(search), likePattern(search))
    }
  }
  const base = `
    SELECT * FROM (
      SELECT d.id, d.file_name, d.kind, d.encoding, d.status, d.imported_at,
        ${fieldCol('title')} AS title, ${fieldCol('agency')} AS agency, ${fieldCol('region')} AS region,
        ${fieldCol('report_year')} AS report_year, ${fieldCol('format')} AS format,
        (SELECT count(*) FROM warnings w WHERE w.document_id = d.id AND w.severity = 'error') AS errors,
        (SELECT count(*) FROM warnings w WHERE w.document_id = d.id AND w.severity = 'warning') AS warnings,
        (SELECT group_concat(tag_id) FROM document_tags dt WHERE dt.document_id = d.id) AS tags,
        length(t.raw_text) AS text_length
      FROM documents d JOIN texts t ON t.document_id = d.id
    ) d`
  // the search and status filters refer to d.* and t.*: keep t reachable through a join on the outer level
  const from = search && [...search].length < 3 ? `${base} JOIN texts t ON t.document_id = d.id` : base
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (db.prepare(`SELECT count(*) AS n FROM (${from} ${whereSql})`).get(...params) as { n: number }).n
  const order = `${SORT_SQL[q.sort ?? 'id']} ${q.desc ? 'DESC' : 'ASC'}, d.id ${q.desc ? 'DESC' : 'ASC'}`
  const limit = q.limit !== undefined && q.limit >= 0 ? q.limit : -1
  const offset = q.offset !== undefined && q.offset > 0 ? q.offset : 0
  const rows = db.prepare(`${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[]
  return {
    total,
    rows: rows.map((r): DocumentRow => ({
      id: r.id, file_name: r.file_name, kind: r.kind, encoding: r.encoding, title: r.title, agency: r.agency, region: r.region,
      report_year: r.report_year, format: r.format, status: r.status, errors: r.errors, warnings: r.warnings,
      tags: r.tags ? r.tags.split(',').map(Number) : [], imported_at: r.imported_at, text_length: r.text_length,
    })),
  }
}
