/**
 * Prepared statements cached per connection: the import writes thousands of documents through the same
 * dozen statements, and preparing each one again per document was a measurable share of the main thread.
 */
import type { Statement } from 'better-sqlite3'
import type { Db } from './db'

const cache = new WeakMap<Db, Map<string, Statement>>()

export function stmt(db: Db, sql: string): Statement {
  let m = cache.get(db)
  if (!m) { m = new Map(); cache.set(db, m) }
  let s = m.get(sql)
  if (!s) { s = db.prepare(sql); m.set(sql, s) }
  return s
}
