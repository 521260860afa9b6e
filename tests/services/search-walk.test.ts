/**
 * documents.list with a search among other filters, at any size (issue 15): the page and total read from the
 * smaller side (a rare search's few matches, or a walk of the id range in windows) are those of the plain
 * answer, worked out here from every document's own row, every text hit and every file name; and where the walk
 * stops short of the end, the total says it is an estimate while the page stays exact. The walk's limits are
 * shrunk so that a library of a few dozen reports takes every path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateReport } from '../../bench/lib/report-text'
import { importPaths } from '../../src/main/import/index'
import { openLibrary, type Db } from '../../src/main/library/db'
import { listDocuments } from '../../src/main/services/list-query'
import { searchIds } from '../../src/main/services/search'
import { walkLimits } from '../../src/main/services/search-walk'
import type { ListQuery, SortKey } from '../../src/shared/contract'

let dir: string
let db: Db
const saved = { ...walkLimits }
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-searchwalk-'))
  const files: string[] = []
  const write = (name: string, text: string): void => { const p = join(dir, name); writeFileSync(p, text); files.push(p) }
  for (let i = 0; i < 36; i++) {
    const r = generateReport(700 + i, 900)
    write(r.name, r.text)
    // now and then a file found by its name alone
    if (i % 9 === 4) write(`行政复议目录-${i}.txt`, `目录${i}：本文件只列标题。`)
  }
  db = openLibrary(join(dir, 'library.annalist'), { create: true })
  const s = await importPaths(db, files, { workers: 1 })
  if (s.failed.length > 0) throw new Error(JSON.stringify(s.failed))
  db.prepare("UPDATE documents SET status = 'verified' WHERE id % 3 = 0").run()
  db.prepare("UPDATE documents SET status = 'flagged' WHERE id % 5 = 0").run()
  const tag = db.prepare("INSERT INTO tags (name) VALUES ('抽查') RETURNING id").pluck().get() as number
  db.prepare('INSERT INTO document_tags (document_id, tag_id) SELECT id, ? FROM documents WHERE id % 4 = 1').run(tag)
})
afterEach(() => Object.assign(walkLimits, saved))
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Doc { id: number; status: string; file_name: string; year: string | null; level: string | null; agency: string | null; agencyRow: number | null; open: number; tags: string | null }

/** The plain answer: every document's row, tested one by one in JS. */
function plain(q: ListQuery): number[] {
  const docs = db.prepare(`SELECT d.id, d.status, d.file_name,
      (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'report_year') AS year,
      (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'admin_level') AS level,
      (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'agency' AND value != 'null') AS agency,
      (SELECT rowid FROM fields WHERE document_id = d.id AND field_id = 'agency' AND value != 'null') AS agencyRow,
      (SELECT count(*) FROM warnings WHERE document_id = d.id AND state = 'open') AS open,
      (SELECT group_concat(tag_id) FROM document_tags WHERE document_id = d.id) AS tags
    FROM documents d ORDER BY d.id`).all() as Doc[]
  const hits = new Set(q.search ? searchIds(db, q.search) : [])
  const kept = docs.filter((d) =>
    (!q.search || hits.has(d.id) || d.file_name.toLowerCase().includes(q.search.toLowerCase())) &&
    (!q.status || q.status.includes(d.status as never)) &&
    (!q.year || q.year.map(String).includes(d.year ?? '')) &&
    (!q.level || q.level.map((l) => JSON.stringify(l)).includes(d.level ?? '')) &&
    (!q.agency || q.agency.map((a) => JSON.stringify(a)).includes(d.agency ?? '')) &&
    (q.hasWarnings === undefined || (d.open > 0) === q.hasWarnings) &&
    (!q.tag || q.tag.every((t) => (d.tags ?? '').split(',').includes(String(t)))))
  const dir = q.desc ? -1 : 1
  const byId = (a: Doc, b: Doc): number => (a.id - b.id) * dir
  if (q.sort === 'agency') {
    // the value's order (as SQLite compares text: bytes), ties by the field row; documents without one last, by id
    const bytes = (s: string): string => Buffer.from(s, 'utf8').toString('latin1')
    const withValue = kept.filter((d) => d.agency !== null)
      .sort((a, b) => (bytes(a.agency!) < bytes(b.agency!) ? -1 : bytes(a.agency!) > bytes(b.agency!) ? 1 : a.agencyRow! - b.agencyRow!) * dir)
    return [...withValue, ...kept.filter((d) => d.agency === null).sort(byId)].map((d) => d.id)
  }
  if (q.sort === 'file_name') return kept.sort((a, b) => (a.file_name < b.file_name ? -1 : a.file_name > b.file_name ? 1 : a.id - b.id) * dir).map((d) => d.id)
  return kept.sort(byId).map((d) => d.id)
}

const searches = ['行政复议', '政府信息公开', '复议', '诉', '行政复议目录', '不存在的词语']
const filters: ListQuery[] = [{}, { status: ['verified'] }, { tag: [1] }, { tag: [1], status: ['new'] }, { status: ['new', 'flagged'], level: ['county'] }, { year: [2015, 2016, 2017, 2018, 2019] }, { hasWarnings: true }, { hasWarnings: false, status: ['new'] }]
const sorts: (SortKey | undefined)[] = [undefined, 'agency', 'file_name']

function compareAll(expectEstimates: boolean): { estimated: number; answers: number } {
  let estimated = 0
  let answers = 0
  for (const search of searches) {
    for (const f of filters) {
      for (const sort of sorts) {
        for (const desc of [false, true]) {
          const q: ListQuery = { ...f, search, sort, desc }
          const all = plain(q)
          for (const [limit, offset] of [[5, 0], [4, 3], [100, 0]]) {
            const r = listDocuments(db, { ...q, limit, offset })
            const what = JSON.stringify({ ...q, limit, offset })
            expect(r.rows.map((x) => x.id), what).toEqual(all.slice(offset, offset + limit))
            answers++
            if (r.estimated) {
              estimated++
              expect(expectEstimates, what).toBe(true)
              // an estimate is at least what the page shows
              expect(r.total, what).toBeGreaterThanOrEqual(Math.min(all.length, offset + r.rows.length))
            } else {
              expect(r.total, what).toBe(all.length)
            }
          }
        }
      }
    }
  }
  return { estimated, answers }
}

describe('a list with a search', () => {
  it('gives the plain answer\'s pages and exact totals on every path', () => {
    expect(plain({ search: '行政复议目录' })).toHaveLength(4)
    expect(plain({ search: '行政复议', status: ['verified'] }).length).toBeGreaterThan(5)
    // the few-matches path (the default limits: a few dozen documents are few)
    expect(compareAll(false).estimated).toBe(0)
    // the walk, through windows of 2 to 8 ids, counting to the end of the library
    Object.assign(walkLimits, { fewHits: 3, fewNames: 2, firstWindow: 2, maxWindow: 8, budget: 1_000_000 })
    expect(compareAll(false).estimated).toBe(0)
  })

  it('says the total is an estimate when the walk stops short of the end, and keeps the page exact', () => {
    Object.assign(walkLimits, { fewHits: 3, fewNames: 2, firstWindow: 2, maxWindow: 4, budget: 6 })
    const { estimated, answers } = compareAll(true)
    expect(estimated).toBeGreaterThan(answers / 10)
    const r = listDocuments(db, { search: '行政复议', limit: 3 })
    expect(r.estimated).toBe(true)
    const exact = plain({ search: '行政复议' }).length
    // the texts are alike: the share found in the first ids walked is close to the whole library's
    expect(Math.abs(r.total - exact)).toBeLessThanOrEqual(exact / 4)
    // a page that reaches the end of the list knows its total exactly
    const last = listDocuments(db, { search: '行政复议', limit: 100 })
    expect(last.estimated).toBeUndefined()
    expect(last.total).toBe(exact)
  })
})

describe('a list without a search', () => {
  it('gives the plain answer\'s pages and totals for each filter and sort (a filter keeping many walks the sort\'s index)', () => {
    // one agency keeps fewer than 5% of the documents: its page starts from them, not from the sort's index
    const agency = JSON.parse(db.prepare("SELECT value FROM fields WHERE field_id = 'agency' AND value != 'null' ORDER BY document_id LIMIT 1").pluck().get() as string) as string
    expect(plain({ agency: [agency] }).length).toBeLessThan(plain({}).length / 20)
    // every document here is a TXT: the kind filter keeps them all
    for (const f of [{ agency: [agency] }, { agency: [agency], status: ['new', 'verified'] }, ...filters, { year: [2013, 2020], level: ['county'] }, { level: ['county'] }, { year: [2013, 2016, 2019], status: ['verified', 'new'] }, { kind: ['txt'], status: ['flagged'], year: [2014, 2015, 2016, 2017] }] as ListQuery[]) {
      for (const sort of sorts) {
        for (const desc of [false, true]) {
          const all = plain({ ...f, sort, desc })
          for (const [limit, offset] of [[5, 0], [4, 3], [100, 0]]) {
            const r = listDocuments(db, { ...f, sort, desc, limit, offset })
            const what = JSON.stringify({ ...f, sort, desc, limit, offset })
            expect(r.rows.map((x) => x.id), what).toEqual(all.slice(offset, offset + limit))
            expect(r.total, what).toBe(all.length)
            expect(r.estimated, what).toBeUndefined()
          }
        }
      }
    }
  })
})
