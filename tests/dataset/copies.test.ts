/**
 * Copies of one report (issue 13): the project's own held-out reports, each imported as TXT, DOCX, PDF and
 * HTML through the real pipeline, form exactly one group per report, with no group across reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import'
import { sampleSimilarity, textSample } from '../../src/main/dataset/copies'
import { copyGroups } from '../../src/main/dataset/copy-store'
import { buildAuthority } from '../../src/main/dataset/authority'
import { HELDOUT_DIR, renderHeldout } from '../../scripts/heldout-formats'

let dir: string
let db: Db
const REPORTS = 8

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-copies-'))
  const src = join(dir, 'txt')
  mkdirSync(src)
  const names = readdirSync(HELDOUT_DIR).filter((n) => n.endsWith('.txt')).sort().slice(0, REPORTS)
  for (const n of names) {
    copyFileSync(join(HELDOUT_DIR, n), join(src, n))
    copyFileSync(join(HELDOUT_DIR, n.replace(/\.txt$/, '.gold.json')), join(src, n.replace(/\.txt$/, '.gold.json')))
  }
  await renderHeldout(src, join(dir, 'rendered'))
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const r = await importPaths(db, [src, join(dir, 'rendered')], { workers: 1 })
  expect(r.failed).toEqual([])
  expect(r.imported).toHaveLength(REPORTS * 4)
}, 120_000)

afterAll(() => {
  db?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('copyGroups (the stored copies of one report)', () => {
  it('groups the four formats of each report, and nothing else', () => {
    const names = new Map((db.prepare('SELECT id, file_name FROM documents').all() as { id: number; file_name: string }[]).map((r) => [r.id, r.file_name]))
    const groups = copyGroups(db)
    expect(groups).toHaveLength(REPORTS)
    for (const g of groups) {
      expect(g.documents).toHaveLength(4)
      const stems = new Set(g.documents.map((id) => names.get(id)!.replace(/(-(docx|pdf|html))?\.(txt|docx|pdf|html)$/, '')))
      expect(stems.size).toBe(1)
      expect(g.similarity).toBeGreaterThanOrEqual(0.6)
      expect(g.id).toBe(Math.min(...g.documents))
    }
  })

  it('never groups two reports of different agencies or years, however alike their texts', () => {
    const first = db.prepare("SELECT d.id FROM documents d WHERE d.file_name LIKE '%.txt' ORDER BY d.id LIMIT 1").pluck().get() as number
    const agency = db.prepare("SELECT json_extract(value, '$') FROM fields WHERE document_id = ? AND field_id = 'agency'").pluck().get(first) as string
    // one copy says another agency: the four are no longer one report
    db.prepare("UPDATE fields SET value = ? WHERE document_id = ? AND field_id = 'agency'").run(JSON.stringify(agency + '办公室'), first)
    try {
      const g = copyGroups(db).find((x) => x.documents.includes(first))
      expect(g).toBeUndefined()
    } finally {
      db.prepare("UPDATE fields SET value = ? WHERE document_id = ? AND field_id = 'agency'").run(JSON.stringify(agency), first)
    }
  })

  it('estimates similarity from a consistent sample: the same text gives 1, unrelated texts near 0', () => {
    const a = '本年度共主动公开政府信息一千二百条，其中通过政府网站公开八百条，政务微博公开二百条，其他方式公开二百条。'.repeat(4)
    expect(sampleSimilarity(textSample(a), textSample(a.replace(/，/g, ' , ')))).toBe(1)
    expect(sampleSimilarity(textSample(a), textSample('沿江大道两侧的梧桐树在秋天落叶，市民在公园里散步和下棋，孩子们放风筝。'.repeat(4)))).toBeLessThan(0.1)
  })
})

describe('buildAuthority', () => {
  it('lists each agency once with its documents and variants', () => {
    const list = buildAuthority(db)
    expect(list.reduce((n, a) => n + a.documents, 0)).toBe(db.prepare("SELECT count(*) FROM fields WHERE field_id = 'agency' AND json_type(value) = 'text'").pluck().get())
    for (const a of list) expect(a.variants.reduce((n, v) => n + v.documents, 0)).toBe(a.documents)
    expect(list.every((a) => a.documents % 4 === 0)).toBe(true)
  })
})
