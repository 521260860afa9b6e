/**
 * Reading a library that sits where SQLite cannot create the -shm file a WAL database needs (a read-only
 * medium, a folder without write permission): the file, and its -wal if one was left behind, are copied
 * to a private folder `annalist-readonly-<pid>-XXXXXX` in the system's temporary folder and opened
 * read-only there. The folder goes when the connection closes or the process exits; one left by a
 * crash is removed at the next start (export/leftovers).
 */
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

type Db = import('better-sqlite3').Database

export function openSnapshot(path: string): Db {
  const dir = mkdtempSync(join(tmpdir(), `annalist-readonly-${process.pid}-`))
  const remove = (): void => rmSync(dir, { recursive: true, force: true })
  try {
    const copy = join(dir, basename(path))
    copyFileSync(path, copy)
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`)
    const db = new Database(copy, { readonly: true, fileMustExist: true })
    const close = db.close.bind(db)
    process.once('exit', remove)
    db.close = (): Db => {
      close()
      remove()
      process.off('exit', remove)
      return db
    }
    return db
  } catch (e) {
    remove()
    throw e
  }
}
