/**
 * SQLite's own check of the file, for check.ts. By default `quick_check` table by table (each table's b-tree
 * and its indexes' pages, records and order): a step per table, so the check reports and can stop between
 * them, and on a read connection it never holds the write lock. At 200,000 documents the tables took 8 s
 * one by one, where the whole-file quick_check took 24–27 s of CPU (it also walks the search index's own
 * structure) in one call. `deep`: the full integrity_check in one call (also every page accounted for and
 * every index against its table: 104 s at 200,000 documents).
 *
 * A message naming "Tree N" gets the table's name; when the check itself stops (a damaged root page) each
 * table is checked on its own, to say which ones fail.
 */
import type { Db } from './db'

/** `sound`: the tables whose check found nothing (every page of theirs and their indexes' read and whole). */
export interface IntegrityResult { lines: string[]; failures: string[]; sound: Set<string> }

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]
const quote = (t: string): string => `"${t.replace(/"/g, '""')}"`

export function* integritySteps(db: Db, opts: { deep: boolean; onProgress?: (p: { done: number; total: number }) => void }): Generator<void, IntegrityResult> {
  const lines: string[] = []
  const failures: string[] = []
  const sound = new Set<string>()
  // root page -> table or index name, so that "Tree 7 page 12" says which table is damaged
  const roots = new Map<number, string>()
  let tables: string[] = []
  try {
    for (const r of db.prepare('SELECT type, name, rootpage FROM sqlite_master WHERE rootpage > 0 ORDER BY rootpage').all() as { type: string; name: string; rootpage: number }[]) {
      roots.set(r.rootpage, r.name)
      if (r.type === 'table') tables.push(r.name)
    }
    tables = ['sqlite_schema', ...tables]
  } catch (e) {
    failures.push(`schema: ${firstLine(e)}`)
  }
  const name = (m: string): string => m.replace(/\bTree (\d+)\b/g, (t, n: string) => (roots.has(Number(n)) ? `${t} (${roots.get(Number(n))})` : t))
  const messages = (rows: Record<string, string>[]): string[] => rows.flatMap((r) => String(Object.values(r)[0]).split('\n')).filter((m) => m !== '' && m !== 'ok')
  const report = (found: string[], prefix: string): void => {
    for (const m of found.slice(0, 20)) failures.push(`${prefix}${name(m)}`)
    if (found.length > 20) failures.push(`${prefix}… ${found.length - 20} more`)
  }

  /** Each table alone (after the whole check stopped, or as the default quick check). */
  function* tableByTable(pragma: 'quick_check' | 'integrity_check', after: boolean): Generator<void, string[]> {
    const found: string[] = []
    for (const [i, t] of tables.entries()) {
      try {
        const m = messages(db.pragma(`${pragma}(${quote(t)})`) as Record<string, string>[])
        if (m.length > 0) {
          if (after) failures.push(`integrity of ${t}: ${name(m[0])}`)
          else found.push(...m)
        } else sound.add(t)
      } catch (e) {
        failures.push(`integrity of ${t}: ${firstLine(e)}`)
      }
      opts.onProgress?.({ done: i + 1, total: tables.length })
      yield
    }
    return found
  }

  if (!opts.deep && tables.length > 0) {
    const before = failures.length
    const found = yield* tableByTable('quick_check', false)
    report(found, 'integrity: ')
    if (failures.length === before) lines.push(`ok   SQLite integrity check (quick_check of ${tables.length} tables and their indexes, one by one; check --deep runs the full integrity_check)`)
    return { lines, failures, sound }
  }
  opts.onProgress?.({ done: 0, total: 1 })
  try {
    // one row may hold several messages, one per line
    const found = messages(db.pragma('integrity_check') as Record<string, string>[])
    if (found.length === 0) {
      lines.push('ok   SQLite integrity check (full integrity_check)')
      for (const t of tables) sound.add(t)
    } else report(found, 'integrity: ')
    opts.onProgress?.({ done: 1, total: 1 })
  } catch (e) {
    // the check itself stopped (a damaged root page): check table by table to say which ones fail
    failures.push(`SQLite integrity check: ${firstLine(e)}`)
    yield* tableByTable('integrity_check', true)
  }
  return { lines, failures, sound }
}
