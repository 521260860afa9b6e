/** One row per import batch: when, what was asked, and the outcome (migration 2). */
import type { Db } from './db'
import { nowIso } from './codec'

export function startImportRun(db: Db, paths: string[]): number {
  return Number(db.prepare('INSERT INTO import_runs (started_at, paths) VALUES (?, ?)').run(nowIso(), JSON.stringify(paths)).lastInsertRowid)
}

export function finishImportRun(db: Db, id: number, r: { imported: number; duplicates: number; failed: number; cancelled: boolean }): void {
  db.prepare('UPDATE import_runs SET finished_at = ?, imported = ?, duplicates = ?, failed = ?, cancelled = ? WHERE id = ?')
    .run(nowIso(), r.imported, r.duplicates, r.failed, r.cancelled ? 1 : 0, id)
}
