/** The upgrade that lets a library hold image documents (issue 14): the kind's CHECK widened, nothing else touched. */
import { afterEach, beforeEach, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { APPLICATION_ID, LATEST_VERSION, migrate, userVersion } from '../../src/main/library/migrations'

let dir: string
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'annalist-lib-')) })
afterEach(() => { rmSync(dir, { recursive: true, force: true }) })

it('a library made before image documents keeps its rows and children, and takes kind image afterwards', () => {
  const p = join(dir, 'v8.annalist')
  const raw = new Database(p)
  raw.pragma('foreign_keys = ON')
  raw.pragma(`application_id = ${APPLICATION_ID}`)
  expect(migrate(raw, 8)).toBe(8)
  raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, 'a.pdf', 'pdf', '2024-01-01T00:00:00Z')").run()
  raw.prepare("INSERT INTO originals (document_id, bytes) VALUES (1, x'255044')").run()
  expect(() => raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('cd', 3, 'b.png', 'image', '2024-01-01T00:00:00Z')").run()).toThrow(/CHECK/)
  raw.close()

  const db = openLibrary(p)
  expect(userVersion(db)).toBe(LATEST_VERSION)
  db.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('cd', 3, 'b.png', 'image', '2024-01-01T00:00:00Z')").run()
  expect(db.prepare('SELECT kind FROM documents ORDER BY id').all()).toEqual([{ kind: 'pdf' }, { kind: 'image' }])
  expect(db.prepare('SELECT document_id FROM originals').all()).toEqual([{ document_id: 1 }])
  // still a CHECK: an unknown kind is refused as before
  expect(() => db.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ef', 3, 'c', 'gif', '2024-01-01T00:00:00Z')").run()).toThrow(/CHECK/)
  expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }])
  db.close()
})
