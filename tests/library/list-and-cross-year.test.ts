/** The document list (filters, sort, search) and the cross-year check glue, on a real imported library. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { applyCrossYearWarnings } from '../../src/main/import/cross-year'
import { listDocuments } from '../../src/main/services/list-query'
import { getDocument } from '../../src/main/library/documents'
import { setFieldValues } from '../../src/main/library/field-store'
import { tempDir } from '../import/fixtures'

let dir: string
let db: Db
const ids: Record<string, number> = {}
beforeAll(async () => {
  dir = tempDir('annalist-list-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  const reports: Record<string, string> = {
    'a.txt': '白石县教育局2017年政府信息公开工作年度报告\n一、总体情况\n2017年，白石县教育局主动公开政府信息120条。\n行政复议案件0起。\n',
    'b.txt': '白石县教育局2018年政府信息公开工作年度报告\n一、总体情况\n2018年，白石县教育局主动公开政府信息98条。\n',
    'c.txt': '永宁市财政局2016年政府信息公开工作年度报告\n一、总体情况\n2016年主动公开政府信息45条，收费100%减免。\n',
  }
  for (const [name, text] of Object.entries(reports)) writeFileSync(join(inDir, name), text)
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  for (const i of s.imported) ids[i.file.slice(-5)] = i.id
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('listDocuments', () => {
  it('lists every document with its fields', () => {
    const r = listDocuments(db)
    expect(r.total).toBe(3)
    const a = r.rows.find((x) => x.id === ids['a.txt'])
    expect(a).toMatchObject({ file_name: 'a.txt', kind: 'txt', encoding: 'utf-8', status: 'new', report_year: 2017 })
    expect(a?.text_length).toBeGreaterThan(20)
  })

  it('filters by year and status, sorts, pages', () => {
    expect(listDocuments(db, { year: [2018] }).rows.map((x) => x.id)).toEqual([ids['b.txt']])
    expect(listDocuments(db, { status: ['verified'] }).total).toBe(0)
    const byYear = listDocuments(db, { sort: 'report_year', desc: true }).rows.map((x) => x.report_year)
    expect(byYear).toEqual([2018, 2017, 2016])
    const page = listDocuments(db, { sort: 'id', limit: 1, offset: 1 })
    expect(page.total).toBe(3)
    expect(page.rows).toHaveLength(1)
  })

  it('searches Chinese substrings of any length, and treats search syntax as text', () => {
    expect(listDocuments(db, { search: '白石县教育局' }).total).toBe(2)
    expect(listDocuments(db, { search: '财政' }).rows.map((x) => x.id)).toEqual([ids['c.txt']])
    expect(listDocuments(db, { search: '100%' }).rows.map((x) => x.id)).toEqual([ids['c.txt']])
    expect(listDocuments(db, { search: '"教育 OR' }).total).toBe(0)
    expect(listDocuments(db, { search: '不存在的词语' }).total).toBe(0)
  })
})

describe('cross-year warnings', () => {
  it('compares carried-over requests with the previous year of the same agency, replacing old results', () => {
    const a = ids['a.txt'], b = ids['b.txt']
    setFieldValues(db, [a, b], 'agency', '白石县教育局', {})
    setFieldValues(db, [a], 'report_year', 2017, {})
    setFieldValues(db, [b], 'report_year', 2018, {})
    setFieldValues(db, [a], 't3.carry_forward.total', 5, {})
    setFieldValues(db, [b], 't3.carried.total', 3, {})
    applyCrossYearWarnings(db, [a])
    const codes = (id: number) => (getDocument(db, id)?.warnings ?? []).map((w) => w.code)
    expect(codes(b)).toContain('carry_over_mismatch')
    expect(codes(a)).not.toContain('carry_over_mismatch')
    applyCrossYearWarnings(db, [b])
    expect(codes(b).filter((c) => c === 'carry_over_mismatch')).toHaveLength(1)
    setFieldValues(db, [b], 't3.carried.total', 5, {})
    applyCrossYearWarnings(db, [b])
    expect(codes(b)).not.toContain('carry_over_mismatch')
  })
})

describe('report_keys (issue 15)', () => {
  const keysMatchFields = (): void => {
    const fromFields = db.prepare(`SELECT d.id AS document_id,
        (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'agency') AS agency,
        (SELECT value FROM fields WHERE document_id = d.id AND field_id = 'report_year') AS year
      FROM documents d ORDER BY d.id`).all()
    const kept = db.prepare('SELECT document_id, agency, year FROM report_keys ORDER BY document_id').all()
    expect(kept).toEqual(fromFields)
  }

  it('follows every change of agency and year: import, correction, clearing', () => {
    keysMatchFields()
    setFieldValues(db, [ids['c.txt']], 'agency', '永宁市财政局（本级）', {})
    setFieldValues(db, [ids['c.txt']], 'report_year', 2015, {})
    keysMatchFields()
    setFieldValues(db, [ids['c.txt']], 'agency', null, {})
    keysMatchFields()
  })

  it('finds the year next door by the (agency, year) index, not by walking the agency', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT document_id AS id FROM report_keys WHERE agency = ? AND year = ? AND document_id <> ? ORDER BY document_id LIMIT 1")
      .all('"白石县教育局"', '2017', 0) as { detail: string }[]
    expect(plan.map((r) => r.detail).join(' ')).toMatch(/USING (COVERING )?INDEX report_keys_agency_year/)
  })
})

