/**
 * Full-text search over the clean texts. The query is folded to simplified script (the clean text is
 * simplified, so a traditional report is found by a simplified query and the other way round). FTS5's
 * trigram index answers 3+ characters as a phrase. A 1–2 character query is not a trigram, but every
 * occurrence begins one (library/search-text.ts), so it becomes the trigrams that begin with it, read
 * from a range of the index's vocabulary: a query that occurs nowhere costs one index seek. When that
 * range is very wide (a common single character), scanning the texts finds the first hits sooner.
 * Hits come in document order: bm25 ranking costs ~90 ms on 10,000 reports for a common phrase and
 * means little among reports of one genre.
 */
import type { Db } from '../library/db'
import type { SearchHit } from '../../shared/contract'
import { decodeValue } from '../library/codec'
import { foldLookalikes, toSimplified } from '../text'
import { hasTraditional } from '../text/simplify'

const DEFAULT_LIMIT = 50
const BEFORE = 24
const AFTER = 56

/** What the stored clean text would hold for this query: the cleaner's own folding (look-alikes, then traditional -> simplified). */
export function foldQuery(q: string): string {
  const folded = foldLookalikes(q.trim())
  return hasTraditional(folded) ? toSimplified(folded) : folded
}

function ftsPhrase(q: string): string {
  return `"${q.replace(/"/g, '""')}"`
}

/** Above this many trigrams, a short query scans the texts instead of OR-ing them all. */
const MAX_PREFIX_TERMS = 400

/**
 * The FTS5 query for `q`: the phrase itself for 3+ characters; for 1–2, the trigrams beginning with it
 * ('' when none: no document holds it); null when a scan serves better.
 */
function matchExpression(db: Db, q: string): string | null {
  if ([...q].length >= 3) return ftsPhrase(q)
  const terms = db.prepare('SELECT term FROM texts_fts_vocab WHERE term >= ? AND term < ? LIMIT ?')
    .pluck().all(q.toLowerCase(), `${q.toLowerCase()}\u{10FFFF}`, MAX_PREFIX_TERMS + 1) as string[]
  if (terms.length > MAX_PREFIX_TERMS) return null
  return terms.map(ftsPhrase).join(' OR ')
}

function matchingIds(db: Db, q: string, limit: number): number[] {
  const expr = matchExpression(db, q)
  if (expr === '') return []
  const rows = expr === null
    ? db.prepare('SELECT rowid AS id FROM texts_fts WHERE instr(text, ?) > 0 ORDER BY rowid LIMIT ?').all(q, limit)
    : db.prepare('SELECT rowid AS id FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rowid LIMIT ?').all(expr, limit)
  return (rows as { id: number }[]).map((r) => r.id)
}

/**
 * The FTS5 MATCH expression for what a person typed (folded as searchIds folds it): '' when no document can
 * hold it, null when only a scan of the texts answers it (a very common single character).
 */
export function ftsExpression(db: Db, query: string): string | null {
  const q = foldQuery(query)
  return q === '' ? '' : matchExpression(db, q)
}

/** Ids of every document whose clean text holds the query, in id order. */
export function searchIds(db: Db, query: string): number[] {
  const q = foldQuery(query)
  if (q === '') return []
  return matchingIds(db, q, -1)
}

function countOf(text: string, q: string): number {
  let n = 0
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + q.length)) n++
  return n
}

function snippetOf(text: string, q: string): string {
  const at = text.indexOf(q)
  if (at === -1) return text.slice(0, BEFORE + AFTER).replace(/\s+/g, ' ')
  const start = Math.max(0, at - BEFORE)
  const end = Math.min(text.length, at + q.length + AFTER)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`
}

/**
 * The first `limit` documents holding the query, with a snippet around the first occurrence and the
 * number of occurrences.
 */
export function searchDocuments(db: Db, query: string, limit = DEFAULT_LIMIT): SearchHit[] {
  const q = foldQuery(query)
  if (q === '') return []
  const ids = matchingIds(db, q, limit)
  if (ids.length === 0) return []
  const detail = db.prepare(
    `SELECT d.id, d.file_name, t.clean_text,
       (SELECT value FROM fields f WHERE f.document_id = d.id AND f.field_id = 'title') AS title
     FROM documents d JOIN texts t ON t.document_id = d.id WHERE d.id = ?`,
  )
  const hits: SearchHit[] = []
  for (const id of ids) {
    const r = detail.get(id) as { id: number; file_name: string; clean_text: string; title: string | null } | undefined
    if (!r) continue
    const title = r.title === null ? null : decodeValue(r.title)
    hits.push({ id: r.id, file_name: r.file_name, title: title === null ? null : String(title), snippet: snippetOf(r.clean_text, q), count: countOf(r.clean_text, q) })
  }
  return hits
}
