/**
 * A very long text through the whole import (issue 10): the worker hands its texts over as UTF-8 bytes and
 * its map as the stored runs, and leaves the per-line paragraph blocks implicit. What the library holds must
 * be exactly what the strings would have given: the raw and clean texts (as text, not blobs), the offset
 * map, every block in the detail, and a search hit at the very end of the text.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateReport } from '../../bench/lib/report-text'
import { importPaths } from '../../src/main/import/index'
import { lineBlocks } from '../../src/main/ingest/read-txt'
import { LARGE_TEXT_CHARS } from '../../src/main/ingest/text-limit'
import { checkLibrary } from '../../src/main/library/check'
import { openLibrary, type Db } from '../../src/main/library/db'
import { getDocument } from '../../src/main/library/documents'
import { searchIds } from '../../src/main/services/search'
import { cleanText } from '../../src/main/text'
import { tempDir } from './fixtures'

let dir: string
let db: Db
beforeEach(() => {
  dir = tempDir()
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a very long text', () => {
  it('is stored exactly as the strings would have been, its blocks still all there', async () => {
    const parts: string[] = []
    let n = 0
    for (let seed = 1; n <= LARGE_TEXT_CHARS; seed++) {
      const t = generateReport(seed).text
      parts.push(t)
      n += t.length
    }
    parts.push('全文末尾的独特词语甲乙丙\n')
    const text = parts.join('')
    const file = join(dir, 'long.txt')
    writeFileSync(file, text)
    const s = await importPaths(db, [file], { workers: 1 })
    expect(s.failed).toEqual([])
    const id = s.imported[0].id
    const row = db.prepare('SELECT raw_text, clean_text, typeof(raw_text) AS rt, typeof(clean_text) AS ct FROM texts WHERE document_id = ?').get(id) as
      { raw_text: string; clean_text: string; rt: string; ct: string }
    expect([row.rt, row.ct]).toEqual(['text', 'text'])
    expect(row.raw_text === text).toBe(true)
    const clean = cleanText(text)
    expect(row.clean_text === clean.text).toBe(true)
    const doc = getDocument(db, id)
    expect(doc?.clean_map.length).toBe(clean.map.length)
    expect(doc?.clean_map.every((v, i) => v === clean.map[i])).toBe(true)
    expect(doc?.blocks).toEqual(lineBlocks(text))
    expect(searchIds(db, '独特词语甲乙丙')).toEqual([id])
    expect(checkLibrary(db).ok).toBe(true)
  }, 120_000)
})
