/**
 * Saved searches (smart lists, issue 13): a name and the filters of a list query, kept in the library
 * (saved_searches) and evaluated each time they are used, so their counts and documents are always now.
 */
import type { Db } from '../library/db'
import type { SavedFilter, SavedSearch } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { countList } from './list-query'

interface Row { id: number; name: string; filter: string; created_at: string }

/** A saved search's filters; an unknown id is an error the caller can show (the list may be stale). */
export function savedFilter(db: Db, id: number): SavedFilter {
  const r = db.prepare('SELECT filter FROM saved_searches WHERE id = ?').get(id) as { filter: string } | undefined
  if (!r) throw new ApiError('not_found', `没有这个已保存的搜索 no saved search ${id}`)
  return JSON.parse(r.filter) as SavedFilter
}

export function savedByName(db: Db, name: string): number | null {
  const r = db.prepare('SELECT id FROM saved_searches WHERE name = ?').get(name) as { id: number } | undefined
  return r ? r.id : null
}

function withCount(db: Db, r: Row): SavedSearch {
  const filter = JSON.parse(r.filter) as SavedFilter
  return { id: r.id, name: r.name, filter, created_at: r.created_at, count: countList(db, filter) }
}

export function listSaved(db: Db): SavedSearch[] {
  const rows = db.prepare('SELECT id, name, filter, created_at FROM saved_searches ORDER BY name').all() as Row[]
  return rows.map((r) => withCount(db, r))
}

/** Save under `name`; a name in use keeps its id and takes the new filters (saving again is an update). */
export function saveSearch(db: Db, name: string, filter: SavedFilter): SavedSearch {
  const trimmed = name.trim()
  if (!trimmed) throw new ApiError('bad_request', '请给搜索起个名字 a saved search needs a name')
  // refuse a filter that cannot run now (a bad condition), before it is kept
  countList(db, filter)
  db.prepare(`INSERT INTO saved_searches (name, filter, created_at) VALUES (?, ?, ?)
    ON CONFLICT(name) DO UPDATE SET filter = excluded.filter`).run(trimmed, JSON.stringify(filter), new Date().toISOString())
  const r = db.prepare('SELECT id, name, filter, created_at FROM saved_searches WHERE name = ?').get(trimmed) as Row
  return withCount(db, r)
}

export function deleteSaved(db: Db, id: number): void {
  const r = db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id)
  if (r.changes === 0) throw new ApiError('not_found', `没有这个已保存的搜索 no saved search ${id}`)
}
