/**
 * The search index reads its texts from `texts` (issue 15, migration 8): no second copy of every text, and
 * the index stays right when a text changes (re-extraction), as `check` and the searches show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { APPLICATION_ID, LATEST_VERSION, migrate, userVersion } from '../../src/main/library/migrations'
import { importPaths } from '../../src/main/import/index'
import { storeExtraction } from '../../src/main/library/field-store'
import { checkLibrary } from '../../src/main/library/check'
import { searchIds } from '../../src/main/services/search'
import { cleanText } from '../../src/main/text'
import { extractReport } from '../../src/main/extract'
import { tempDir } from '../import/fixtures'

let dir: string
let db: Db
let first: number
beforeAll(async () => {
  dir = tempDir('annalist-fts-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  writeFileSync(join(inDir, 'a.txt'), '白石县教育局2017年政府信息公开工作年度报告\n一、总体情况\n2017年主动公开政府信息120条。\n')
  writeFileSync(join(inDir, 'b.txt'), '永宁市财政局2016年政府信息公开工作年度报告\n一、总体情况\n2016年主动公开政府信息45条。\n')
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  first = s.imported.find((i) => i.file.endsWith('a.txt'))!.id
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the search index over texts (external content)', () => {
  it('keeps no copy of the texts of its own', () => {
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'texts_fts_content'").get()).toBeUndefined()
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'texts_fts'").pluck().get()).toMatch(/content='texts_search_source'/)
    expect(checkLibrary(db).ok).toBe(true)
  })

  it('stays right when a text changes: the old words are gone, the new found, check passes', () => {
    const text = '青松县民政局2018年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息八十条。\n'
    const clean = cleanText(text)
    const result = extractReport({ kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: [], warnings: [] }, clean)
    storeExtraction(db, first, result, clean)
    expect(searchIds(db, '白石县教育局')).toEqual([])
    expect(searchIds(db, '青松县民政局')).toEqual([first])
    expect(searchIds(db, '财政')).not.toContain(first)
    const r = checkLibrary(db)
    expect(r.lines.filter((l) => l.startsWith('FAIL'))).toEqual([])
  })
})

describe('migration 8', () => {
  it('rebuilds the index of a library made by migration 7 from its texts, and drops the copy', () => {
    const p = join(dir, 'v7.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 7)).toBe(7)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, 'a.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    raw.prepare("INSERT INTO texts (document_id, raw_text, clean_text) VALUES (1, '', '龙山县城市管理行政执法局年度报告')").run()
    raw.prepare("INSERT INTO texts_fts (rowid, text) VALUES (1, '龙山县城市管理行政执法局年度报告' || char(10, 10))").run()
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'texts_fts_content'").get()).toBeTruthy()
    raw.close()

    const lib = openLibrary(p)
    try {
      expect(userVersion(lib)).toBe(LATEST_VERSION)
      expect(lib.prepare("SELECT name FROM sqlite_master WHERE name = 'texts_fts_content'").get()).toBeUndefined()
      expect(searchIds(lib, '行政执法')).toEqual([1])
      expect(searchIds(lib, '龙山')).toEqual([1])
      lib.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)").run()
    } finally {
      lib.close()
    }
  })
})
