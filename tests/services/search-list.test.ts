/**
 * A list filtered by a search alone is answered from the search index (issue 15, search-walk.ts): the same
 * documents, order and exact total as the general path (listIds / countList test every document), file-name
 * matches merged in.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateReport } from '../../bench/lib/report-text'
import { importPaths } from '../../src/main/import/index'
import { openLibrary, type Db } from '../../src/main/library/db'
import { countList, listDocuments, listIds } from '../../src/main/services/list-query'
import { searchAmongFiltered } from '../../src/main/services/search-list'

let dir: string
let db: Db
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-searchlist-'))
  const files: string[] = []
  const write = (name: string, text: string): void => { const p = join(dir, name); writeFileSync(p, text); files.push(p) }
  for (let i = 0; i < 9; i++) {
    const r = generateReport(300 + i, 1200)
    write(r.name, r.text)
    // between the reports: a file found by its name alone, its text holds no search below
    if (i % 3 === 1) write(`行政复议汇编说明-${i}.txt`, `说明${i}：本文件只列目录。`)
  }
  db = openLibrary(join(dir, 'library.annalist'), { create: true })
  const s = await importPaths(db, files, { workers: 1 })
  if (s.failed.length > 0) throw new Error(JSON.stringify(s.failed))
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a list filtered by a search alone', () => {
  it('gives the general path\'s documents, order and total, with file-name matches merged in', () => {
    for (const search of ['行政复议', '汇编说明', '复议', '诉', '政府信息公开', '不存在的词语']) {
      const all = listIds(db, { search })
      const total = countList(db, { search })
      for (const desc of [false, true]) {
        const order = desc ? [...all].reverse() : all
        for (const [limit, offset] of [[100, 0], [2, 0], [3, 2], [4, 9], [5, 50]]) {
          const page = listDocuments(db, { search, desc, limit, offset })
          expect(page.total, search).toBe(total)
          expect(page.rows.map((r) => r.id), `${search} ${desc} ${limit} ${offset}`).toEqual(order.slice(offset, offset + limit))
        }
      }
    }
    expect(listIds(db, { search: '汇编说明' })).toHaveLength(3)
    expect(countList(db, { search: '行政复议' })).toBeGreaterThan(3)
  })

  it('is what documents.list answers for a search alone, and steps aside when other filters come with it', () => {
    const r = listDocuments(db, { search: '行政复议', limit: 4, offset: 1 })
    expect(r.total).toBe(countList(db, { search: '行政复议' }))
    expect(r.rows.map((x) => x.id)).toEqual(listIds(db, { search: '行政复议' }).slice(1, 5))
    const withStatus = listDocuments(db, { search: '行政复议', status: ['verified'] })
    expect(withStatus.total).toBe(0)
  })
})

describe('a search among other filters', () => {
  const filtered = (where: string, params: unknown[] = []) => ({ sql: `SELECT d.id, d.file_name LIKE ? ESCAPE '\\' FROM documents d WHERE ${where} ORDER BY d.id`, params })

  it('keeps the filtered documents the search finds, by text or by file name, in id order', () => {
    const all = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]
    const odd = all.filter((id) => id % 2 === 1)
    for (const search of ['行政复议', '汇编说明', '复议', '政府信息公开', '不存在的词语']) {
      const expected = listIds(db, { search }).filter((id) => id % 2 === 1)
      expect(searchAmongFiltered(db, search, filtered('d.id % 2 = 1')), search).toEqual(expected)
    }
    // the file-name matches among them (their texts hold no such words)
    expect(searchAmongFiltered(db, '汇编说明', filtered('1'))).toEqual(listIds(db, { search: '汇编说明' }))
    expect(searchAmongFiltered(db, '行政复议', filtered('d.id IN (?, ?)', [odd[0], odd[1]]))).toEqual([odd[0], odd[1]])
  })

  it('gives documents.list the general path\'s total and pages, in every order', () => {
    db.prepare("UPDATE documents SET status = 'verified' WHERE id % 3 = 0").run()
    try {
      for (const search of ['行政复议', '汇编说明', '复议']) {
        for (const status of [['verified'], ['new', 'verified']] as const) {
          const q = { search, status: [...status] }
          const all = listIds(db, q)
          expect(all.length).toBeGreaterThan(0)
          for (const desc of [false, true]) {
            const r = listDocuments(db, { ...q, desc, limit: 3, offset: 1 })
            expect(r.total, search).toBe(countList(db, q))
            expect(r.rows.map((x) => x.id)).toEqual((desc ? [...all].reverse() : all).slice(1, 4))
            const byName = listDocuments(db, { ...q, desc, sort: 'file_name', limit: 100 })
            expect(byName.total).toBe(all.length)
            expect(new Set(byName.rows.map((x) => x.id))).toEqual(new Set(all))
          }
        }
      }
    } finally {
      db.prepare("UPDATE documents SET status = 'new'").run()
    }
  })
})
