/** checkLibrary: a sound library passes; a changed original or a half-written document is found. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { checkLibrary } from '../../src/main/library/check'
import { tempDir, writeReports } from '../import/fixtures'

let dir: string
let db: Db
beforeAll(async () => {
  dir = tempDir('annalist-check-')
  writeReports(join(dir, 'in'), 3, 200)
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  await importPaths(db, [join(dir, 'in')], { workers: 1 })
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('checkLibrary', () => {
  it('passes a sound library', () => {
    const r = checkLibrary(db)
    expect(r.ok).toBe(true)
    expect(r.lines.join('\n')).toMatch(/fixity: 3 originals match/)
  })

  it('detects a tampered original', () => {
    db.prepare("UPDATE originals SET bytes = CAST('篡改过的内容' AS BLOB) WHERE document_id = 2").run()
    const r = checkLibrary(db)
    expect(r.ok).toBe(false)
    // a TXT's raw text is read from its original (migration 9), so its search entry no longer matches either
    // (the chunked search check says so per document: it does not hold the text, or holds another)
    const fails = r.lines.filter((l) => l.startsWith('FAIL'))
    expect(fails.filter((l) => !/search index (does not match|does not hold its text|holds another text)/.test(l))).toHaveLength(1)
    expect(r.lines.join('\n')).toMatch(/document 2 .*original changed since import/)
  })

  it('detects a document without its search entry', () => {
    db.prepare('DELETE FROM texts_fts WHERE rowid = 3').run()
    const r = checkLibrary(db)
    expect(r.ok).toBe(false)
    expect(r.lines.join('\n')).toMatch(/document 3 .*incomplete: no search entry/)
  })
})
