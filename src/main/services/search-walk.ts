/**
 * Where a search meets a list (issue 15, at 1,000,000 documents): the page and the total of "documents whose
 * text or file name holds the query, among those the other filters keep", read from the smaller side.
 * - few text hits (a rare phrase): the hits and the file-name matches are listed, the other filters tested on
 *   them alone; the total is exact.
 * - many (a phrase in most reports: 政府信息公开 takes ~1.3 µs a document in the index, 1.3 s for a million):
 *   the id range is walked in windows, the index's hits and the filtered documents of each window merged, until
 *   the page is full and walkLimits.budget more ids are walked. The page is exact (every document before it
 *   was walked); the total is exact when the walk reached the end, else the share found so far times the
 *   filtered documents' count, flagged `estimated` (the list shows 约 / about).
 * Per-document tests of the search index (MATCH with rowid =) cost 80–190 µs each on an index of 26 segments:
 * walking the index's ranges is the cheap direction.
 */
import type { Db } from '../library/db'

/**
 * fewHits: at most this many text hits are listed, the other filters tested on them (exact total).
 * fewNames: at most this many file-name matches are listed beside them; more, and the walk tests names window by window.
 * budget: ids walked past the page before the total is extrapolated instead of counted: each costs its text hits
 * (1.5–2 µs a document for a phrase in every report), whatever the filter keeps of it.
 * Tests shrink them to walk a small library.
 */
export const walkLimits = { fewHits: 5000, fewNames: 200, firstWindow: 512, maxWindow: 2048, budget: 2048 }

/** `share`: of the filtered documents walked, the share that match */
export interface Answer { total: number; estimated: boolean; ids: number[]; share: number }

/** The other filters as one SELECT of document ids, `d` the documents, each predicate per document (no IN-subquery to rebuild per window). */
export interface Filter { from: string; where: string[]; params: unknown[] }

export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => '\\' + c)}%`
}

/**
 * Documents whose file name matches `like` (likePattern's), at most `limit`. A phrase of 3 characters or more
 * with nothing escaped is looked up in the names' trigram index (migration 15: 0.7 ms where the scan of every
 * name took 17 ms at 200,000); SQLite checks each candidate's LIKE again, so the answer is the scan's.
 */
export function fileNamesLike(db: Db, like: string, limit: number): number[] {
  const inner = like.slice(1, -1)
  if ([...inner].length >= 3 && !/[\\%_]/.test(inner)) {
    return db.prepare('SELECT rowid FROM file_names_fts WHERE file_name LIKE ? ORDER BY rowid LIMIT ?').pluck().all(like, limit) as number[]
  }
  return db.prepare("SELECT id FROM documents WHERE file_name LIKE ? ESCAPE '\\' LIMIT ?").pluck().all(like, limit) as number[]
}

/**
 * Every document the search finds (text hits and file-name matches), in id order, when they are few; null when
 * either side is many. `expr` '' means no text can hold it (file names only).
 */
export function fewMatches(db: Db, expr: string, like: string): number[] | null {
  const hits = expr === '' ? [] : db.prepare('SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rowid LIMIT ?').pluck().all(expr, walkLimits.fewHits + 1) as number[]
  if (hits.length > walkLimits.fewHits) return null
  const names = fileNamesLike(db, like, walkLimits.fewNames + 1)
  if (names.length > walkLimits.fewNames) return null
  return [...new Set([...hits, ...names])].sort((a, b) => a - b)
}

/**
 * The filtered documents the search finds: `rows` (id, whether the file name matches) and the text `hits`, both in
 * id order, merged in one pass.
 */
export function mergeMatches(rows: [number, number][], hits: number[]): number[] {
  const out: number[] = []
  let i = 0
  for (const [id, byName] of rows) {
    while (i < hits.length && hits[i] < id) i++
    if (byName || (i < hits.length && hits[i] === id)) out.push(id)
  }
  return out
}

/** The documents among `ids` (id order) that the filter keeps, in id order. */
export function keptAmong(db: Db, ids: number[], filter: Filter | null): number[] {
  if (!filter || ids.length === 0) return ids
  const where = ['d.id IN (SELECT value FROM json_each(?))', ...filter.where].join(' AND ')
  return db.prepare(`SELECT d.id FROM ${filter.from} WHERE ${where} ORDER BY d.id`).pluck().all(JSON.stringify(ids), ...filter.params) as number[]
}

/**
 * Walk the id range in windows (descending when `desc`) until `need` matches are found and `walkLimits.budget` more ids
 * walked, or the range ends. `filteredTotal` (how many documents the filter keeps) scales the share of the
 * filtered documents seen that match into the estimate.
 */
export function walkMatches(db: Db, expr: string, like: string, filter: Filter | null, desc: boolean, need: number, filteredTotal: () => number): Answer {
  // two subqueries: SQLite reads one end of the table for a lone min() or max(), but scans it all for both at once
  const range = db.prepare('SELECT (SELECT min(id) FROM documents) AS lo, (SELECT max(id) FROM documents) AS hi').get() as { lo: number | null; hi: number | null }
  if (range.lo === null || range.hi === null) return { total: 0, estimated: false, ids: [], share: 0 }
  const hitsIn = expr === '' ? null : db.prepare('SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid').pluck()
  const where = [...(filter?.where ?? []), 'd.id BETWEEN ? AND ?'].join(' AND ')
  const rowsIn = db.prepare(`SELECT d.id, d.file_name LIKE ? ESCAPE '\\' FROM ${filter?.from ?? 'documents d'} WHERE ${where} ORDER BY d.id`).raw()
  const found: number[] = []
  let seen = 0
  let walkedAfter = 0
  let window = walkLimits.firstWindow
  let lo = desc ? range.hi - window + 1 : range.lo
  let hi = desc ? range.hi : range.lo + window - 1
  for (;;) {
    const a = Math.max(lo, range.lo)
    const b = Math.min(hi, range.hi)
    // as integers: FTS5 ignores a rowid bound that comes as a double (a JS number binds as one) and reads its whole list
    const hits = hitsIn ? (hitsIn.all(expr, BigInt(a), BigInt(b)) as number[]) : []
    const rows = rowsIn.all(like, ...(filter?.params ?? []), a, b) as [number, number][]
    const inWindow = mergeMatches(rows, hits)
    if (desc) inWindow.reverse()
    for (const id of inWindow) found.push(id)
    seen += rows.length
    if (found.length >= need) walkedAfter += b - a + 1
    const ended = desc ? a <= range.lo : b >= range.hi
    const share = found.length / Math.max(seen, 1)
    if (ended) return { total: found.length, estimated: false, ids: found, share }
    if (found.length >= need && walkedAfter >= walkLimits.budget) {
      const estimate = Math.round(share * filteredTotal())
      return { total: Math.max(estimate, found.length), estimated: true, ids: found, share }
    }
    window = Math.min(window * 2, walkLimits.maxWindow)
    if (desc) { hi = a - 1; lo = hi - window + 1 } else { lo = b + 1; hi = lo + window - 1 }
  }
}
