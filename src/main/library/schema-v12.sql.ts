/**
 * Migration 12 (issue 14): documents may be of kind 'image' (a PNG, JPEG or TIFF read by OCR). The kind's
 * CHECK constraint is widened in place, by SQLite's documented procedure for loosening a CHECK constraint
 * (https://sqlite.org/lang_altertable.html, "writable_schema"): no row changes and none is checked against a
 * narrower rule, so rebuilding the table (which would cascade-delete every child row with foreign keys on,
 * and cannot switch them off inside the migration's transaction) is not needed. A function, not SQL text:
 * it bumps schema_version (so every connection reads the new definition) and needs the defensive flag off.
 */
import type { Database } from 'better-sqlite3'
import { LibraryError } from './errors'

const OLD_CHECK = "kind TEXT NOT NULL CHECK (kind IN ('txt','docx','pdf','html'))"
const NEW_CHECK = "kind TEXT NOT NULL CHECK (kind IN ('txt','docx','pdf','html','image'))"

export function schemaV12(db: Database): void {
  const row = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'documents'").get() as { sql: string } | undefined
  if (!row || !row.sql.includes(OLD_CHECK)) throw new LibraryError('corrupt', 'migration 12: the documents table is not as migration 1 made it; the library was not changed')
  const version = db.pragma('schema_version', { simple: true }) as number
  db.unsafeMode(true)
  try {
    db.pragma('writable_schema = ON')
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'documents'").run(row.sql.replace(OLD_CHECK, NEW_CHECK))
    db.pragma(`schema_version = ${version + 1}`)
  } finally {
    db.pragma('writable_schema = OFF')
    db.unsafeMode(false)
  }
  const check = db.pragma('quick_check') as { quick_check: string }[]
  if (check.length !== 1 || check[0].quick_check !== 'ok') throw new LibraryError('corrupt', 'migration 12 left the schema damaged; the library was not changed')
}
