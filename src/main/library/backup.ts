/**
 * A consistent copy of a library while it is in use: SQLite's online backup (better-sqlite3 `db.backup`)
 * reads every page through SQLite, so changes still in the -wal file are in the copy, which copying the
 * file misses (issue 10: a copy made while the app ran held none of five corrections). The copy is
 * written as `<out>.partial-…` and renamed into place after its quick_check passes; an existing `out` is
 * refused unless `force`, and the library's own files always.
 */
import Database from 'better-sqlite3'
import { stat } from 'node:fs/promises'
import { ApiError } from '../../shared/contract'
import { writeAtomically } from '../export/atomic-output'
import { libraryFiles } from '../export/protected-paths'
import type { Db } from './db'

export interface BackupSummary { path: string; documents: number; bytes: number }

/** `library` is the path the person named (db.name may be a read-only snapshot of it). */
export async function backupLibrary(db: Db, out: string, opts: { force?: boolean; library?: string } = {}): Promise<BackupSummary> {
  const protect = [...libraryFiles(db.name), ...(opts.library ? libraryFiles(opts.library) : [])]
  return writeAtomically(out, 'file', async (tmp) => {
    await db.backup(tmp)
    // the copy must open and pass SQLite's quick check before it takes the name
    const copy = new Database(tmp, { fileMustExist: true })
    try {
      const check = copy.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new ApiError('internal', `the backup did not pass SQLite's check (${String(check)}); nothing was written`)
      const documents = copy.prepare('SELECT count(*) FROM documents').pluck().get() as number
      copy.close()
      return { path: out, documents, bytes: (await stat(tmp)).size }
    } finally {
      if (copy.open) copy.close()
    }
  }, undefined, { force: opts.force ?? false, protect })
}
