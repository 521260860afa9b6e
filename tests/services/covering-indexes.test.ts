/**
 * What migration 15 adds for the list at scale (issue 15): a year with a status (and kind) counted in
 * dataset_rows(year, status, kind), the authority list's region codes read from fields' region_code index, and
 * the documents per facet value kept in facet_value_counts (a list filtered by one facet counted there), and
 * the file names holding a phrase found in their trigram index.
 * On a real imported library, each gives the answer worked out from every document's own rows, after import,
 * a correction and a deletion; and SQLite reads the index for them (the plan), not the wide rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateReport } from '../../bench/lib/report-text'
import { importPaths } from '../../src/main/import/index'
import { openLibrary, type Db } from '../../src/main/library/db'
import { listDocuments } from '../../src/main/services/list-query'
import { buildAuthority } from '../../src/main/dataset/authority'
import { fileNamesLike, likePattern } from '../../src/main/services/search-walk'
import type { DocStatus } from '../../src/shared/contract'
import type { ReportFormat } from '../../src/shared/fields'

let dir: string
let db: Db
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-covering-'))
  const files: string[] = []
  for (let i = 0; i < 30; i++) {
    const r = generateReport(300 + i, 900)
    const p = join(dir, r.name)
    writeFileSync(p, r.text)
    files.push(p)
  }
  db = openLibrary(join(dir, 'library.annalist'), { create: true })
  const s = await importPaths(db, files, { workers: 1 })
  if (s.failed.length > 0) throw new Error(JSON.stringify(s.failed))
  db.prepare("UPDATE documents SET status = 'verified' WHERE id % 3 = 0").run()
  db.prepare("UPDATE documents SET status = 'flagged' WHERE id % 5 = 0").run()
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** How many documents have this report year and one of these statuses, each document's own rows read. */
function plainCount(year: number, status: DocStatus[]): number {
  return (db.prepare("SELECT d.status, (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'report_year') AS y FROM documents d").all() as { status: string; y: string | null }[])
    .filter((d) => d.y === String(year) && status.includes(d.status as DocStatus)).length
}

/** Per agency as written: its documents and its most used region code, from every document's own fields. */
function plainAgencies(): Map<string, { documents: number; codes: Map<string, number> }> {
  const docs = db.prepare(`SELECT (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'agency') AS agency,
      (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'region_code') AS code FROM documents d`).all() as { agency: string | null; code: string | null }[]
  const out = new Map<string, { documents: number; codes: Map<string, number> }>()
  for (const d of docs) {
    const name = d.agency === null ? null : JSON.parse(d.agency)
    if (typeof name !== 'string') continue
    const a = out.get(name) ?? { documents: 0, codes: new Map() }
    out.set(name, a)
    a.documents++
    const code = d.code === null ? null : JSON.parse(d.code)
    if (typeof code === 'string' && code) a.codes.set(code, (a.codes.get(code) ?? 0) + 1)
  }
  return out
}

function expectAuthorityPlain(): void {
  const plain = plainAgencies()
  const entries = buildAuthority(db)
  expect(entries.reduce((n, e) => n + e.documents, 0)).toBe([...plain.values()].reduce((n, a) => n + a.documents, 0))
  for (const e of entries) {
    const codes = new Map<string, number>()
    for (const v of e.variants) {
      expect(v.documents).toBe(plain.get(v.name)?.documents)
      for (const [c, n] of plain.get(v.name)!.codes) codes.set(c, (codes.get(c) ?? 0) + n)
    }
    const top = Math.max(0, ...codes.values())
    if (top === 0) expect(e.region_code).toBeNull()
    else expect(codes.get(e.region_code as string)).toBe(top)
  }
}

function expectCountsPlain(): void {
  const years = db.prepare("SELECT DISTINCT CAST(value AS INTEGER) FROM fields WHERE field_id = 'report_year' AND value != 'null'").pluck().all() as number[]
  expect(years.length).toBeGreaterThan(2)
  for (const y of years) {
    for (const status of [['new'], ['verified', 'flagged'], ['flagged']] as DocStatus[][]) {
      expect(listDocuments(db, { year: [y], status, limit: 5 }).total).toBe(plainCount(y, status))
      expect(listDocuments(db, { year: [y], status, kind: ['txt'], limit: 5 }).total).toBe(plainCount(y, status))
    }
  }
}

function plan(sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n')
}

describe('a year with a status counted in dataset_rows(year, status, kind)', () => {
  it('is read from that index alone', () => {
    expect(plan("SELECT count(*) FROM dataset_rows WHERE status IN ('new') AND year IN (2019)")).toMatch(/COVERING INDEX dataset_rows_year_status/)
    expect(plan("SELECT count(*) FROM dataset_rows WHERE status IN ('new') AND year IN (2019) AND kind IN ('txt')")).toMatch(/COVERING INDEX dataset_rows_year_status/)
  })

  it('gives the plain count after import, a correction of the year and a deletion', () => {
    expectCountsPlain()
    const id = db.prepare("SELECT document_id FROM fields WHERE field_id = 'report_year' AND value != 'null' LIMIT 1").pluck().get() as number
    db.prepare("UPDATE fields SET value = '2013', origin = 'corrected' WHERE document_id = ? AND field_id = 'report_year'").run(id)
    db.prepare("UPDATE documents SET status = 'new' WHERE id = ?").run(id)
    expectCountsPlain()
    db.prepare('DELETE FROM documents WHERE id = (SELECT max(id) FROM documents)').run()
    expectCountsPlain()
  })
})

describe('the authority list', () => {
  it('reads the agencies and their region codes from covering indexes', () => {
    expect(db.prepare("SELECT count(*) FROM fields WHERE field_id = 'region_code'").pluck().get()).toBeGreaterThan(0)
    expect(plan(`SELECT a.value, c.value FROM fields a INDEXED BY fields_facet_agency
      LEFT JOIN fields c INDEXED BY fields_region_code ON c.document_id = a.document_id AND c.field_id = 'region_code'
      WHERE a.field_id = 'agency'`)).toMatch(/COVERING INDEX fields_region_code/)
  })

  it('gives each agency its documents and most used region code, after import, a correction and a deletion', () => {
    expectAuthorityPlain()
    const [a, b] = db.prepare("SELECT document_id FROM fields WHERE field_id = 'region_code' ORDER BY document_id LIMIT 2").pluck().all() as number[]
    db.prepare("UPDATE fields SET value = '\"110101\"', origin = 'corrected' WHERE document_id = ? AND field_id = 'region_code'").run(a)
    db.prepare("DELETE FROM fields WHERE document_id = ? AND field_id = 'region_code'").run(b)
    expectAuthorityPlain()
    db.prepare('DELETE FROM documents WHERE id = ?').run(a)
    expectAuthorityPlain()
  })
})

const FACETS = ['report_year', 'format', 'admin_level', 'region', 'agency']

/** The kept counts are count(*) over the fields themselves, for every value in use and no other. */
function expectFacetCountsPlain(): void {
  const counted = db.prepare(`SELECT field_id, value, count(*) AS n FROM fields NOT INDEXED WHERE field_id IN (${FACETS.map(() => '?').join(',')}) GROUP BY field_id, value ORDER BY field_id, value`).all(...FACETS)
  expect(db.prepare('SELECT field_id, value, n FROM facet_value_counts ORDER BY field_id, value').all()).toEqual(counted)
}

/** Each facet value's list: its total and first page are those of every document's own row tested. */
function expectFacetListsPlain(): void {
  const docs = db.prepare(`SELECT d.id, (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'format') AS format,
      (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'admin_level') AS level,
      (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'agency') AS agency FROM documents d ORDER BY d.id`).all() as { id: number; format: string | null; level: string | null; agency: string | null }[]
  const asked = new Set<string>()
  for (const d of docs) {
    for (const [key, v] of [['format', d.format], ['level', d.level], ['agency', d.agency]] as const) {
      if (v === null || v === 'null' || asked.has(key + v)) continue
      asked.add(key + v)
      const value = JSON.parse(v) as string
      const ids = docs.filter((x) => (key === 'format' ? x.format : key === 'level' ? x.level : x.agency) === v).map((x) => x.id)
      for (const desc of [false, true]) {
        const r = listDocuments(db, { [key]: [value], limit: 3, offset: 1, desc })
        expect(r.total).toBe(ids.length)
        expect(r.rows.map((x) => x.id)).toEqual((desc ? [...ids].reverse() : ids).slice(1, 4))
      }
    }
  }
  expect(asked.size).toBeGreaterThan(4)
  const twoFormats = [...new Set(docs.map((d) => d.format).filter((f): f is string => f !== null && f !== 'null'))].map((f) => JSON.parse(f) as ReportFormat)
  expect(listDocuments(db, { format: twoFormats, limit: 1 }).total).toBe(docs.filter((d) => d.format !== null && d.format !== 'null').length)
}

describe('the documents per facet value', () => {
  it('are the count over the fields, after import, corrections, an undo-like delete and a deletion', () => {
    expectFacetCountsPlain()
    expectFacetListsPlain()
    const [a, b] = db.prepare("SELECT document_id FROM fields WHERE field_id = 'format' AND value != 'null' ORDER BY document_id LIMIT 2").pluck().all() as number[]
    const other = db.prepare("SELECT value FROM fields WHERE field_id = 'format' AND document_id != ? AND value != (SELECT value FROM fields WHERE document_id = ? AND field_id = 'format') LIMIT 1").pluck().get(a, a) as string | undefined
    db.prepare("UPDATE fields SET value = ?, origin = 'corrected' WHERE document_id = ? AND field_id = 'format'").run(other ?? '"unknown-x"', a)
    db.prepare("UPDATE fields SET value = '\"某某县人民政府\"' WHERE document_id = ? AND field_id = 'agency'").run(b)
    db.prepare("UPDATE fields SET origin = 'confirmed' WHERE document_id = ? AND field_id = 'region'").run(b)
    db.prepare("DELETE FROM fields WHERE document_id = ? AND field_id = 'admin_level'").run(a)
    db.prepare("INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (?, 'admin_level', '\"county\"', 'corrected', '2024-01-01T00:00:00Z') ON CONFLICT (document_id, field_id) DO UPDATE SET value = excluded.value").run(b)
    expectFacetCountsPlain()
    expectFacetListsPlain()
    db.prepare('DELETE FROM documents WHERE id = ?').run(b)
    expectFacetCountsPlain()
    expectFacetListsPlain()
  })
})

describe('the file names found by a phrase', () => {
  const plainNames = (phrase: string): number[] =>
    (db.prepare('SELECT id, file_name FROM documents ORDER BY id').all() as { id: number; file_name: string }[])
      .filter((d) => d.file_name.toLowerCase().includes(phrase.toLowerCase())).map((d) => d.id)
  const phrases = (): string[] => {
    const names = db.prepare('SELECT file_name FROM documents ORDER BY id LIMIT 3').pluck().all() as string[]
    return [...names.map((n) => n.slice(2, 9)), ...names.map((n) => n.slice(0, 3)), 'TXT', '年度', '不在任何文件名里', '.txt']
  }

  it('are read from the trigram index of file names', () => {
    expect(plan("SELECT rowid FROM file_names_fts WHERE file_name LIKE '%报告%'")).toMatch(/VIRTUAL TABLE INDEX/)
  })

  it('are those of a scan of every name, after import, a rename and a deletion', () => {
    const check = (): void => {
      for (const p of phrases()) expect(fileNamesLike(db, likePattern(p), 1000)).toEqual(plainNames(p))
    }
    check()
    const id = db.prepare('SELECT min(id) FROM documents').pluck().get() as number
    db.prepare("UPDATE documents SET file_name = '重命名的年度报告.TXT' WHERE id = ?").run(id)
    check()
    expect(fileNamesLike(db, likePattern('重命名的'), 10)).toEqual([id])
    db.prepare('DELETE FROM documents WHERE id = ?').run(id)
    check()
    expect(fileNamesLike(db, likePattern('重命名的'), 10)).toEqual([])
  })
})
