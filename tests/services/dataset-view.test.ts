/**
 * The dataset view and saved searches through the service map (issue 13), on a real library imported from
 * real files: facet counts that combine (each facet counted without its own choice), the coverage grid,
 * the figures per year kept by migration 11's triggers, and saved searches re-evaluated as the library changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { tempDir } from '../import/fixtures'
import type { DatasetView, Facet, ListResult, SavedSearch } from '../../src/shared/contract'

let dir: string
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const ids: Record<string, number> = {}

const report = (agency: string, year: number, n: number): string =>
  `${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息${n}条。\n` +
  `二、存在的问题\n信息公开的及时性还需进一步提高，${agency}将继续加强培训。\n`

const facet = (v: DatasetView, name: string): Facet => v.facets.find((f) => f.name === name) as Facet
const count = (f: Facet, value: unknown): number | undefined => f.values.find((x) => x.value === value)?.count

beforeAll(async () => {
  dir = tempDir('annalist-dsview-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  const files: Record<string, string> = {
    'gz19.txt': report('广州市民政局', 2019, 120),
    'gz21.txt': report('广州市民政局', 2021, 98),
    'sz19.txt': report('深圳市财政局', 2019, 45),
    'cs20.txt': report('长沙市教育局', 2020, 77),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text)
  const path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  for (const i of s.imported) ids[i.file.split('/').pop()!] = i.id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
  // the values a person settled, so that the counts below do not depend on what the extractor found
  const set = (names: string[], field: string, value: string | number) => call('fields.set', { ids: names.map((n) => ids[n]), field, value })
  await set(['gz19.txt', 'gz21.txt'], 'agency', '广州市民政局')
  await set(['sz19.txt'], 'agency', '深圳市财政局')
  await set(['cs20.txt'], 'agency', '长沙市教育局')
  await set(['gz19.txt', 'sz19.txt'], 'report_year', 2019)
  await set(['cs20.txt'], 'report_year', 2020)
  await set(['gz21.txt'], 'report_year', 2021)
  await set(['gz19.txt', 'gz21.txt'], 'region', '广东省广州市')
  await set(['sz19.txt'], 'region', '广东省深圳市')
  await set(['cs20.txt'], 'region', '湖南省长沙市')
  await set(['gz19.txt'], 'applications_received', 30)
  await set(['sz19.txt'], 'applications_received', 12)
  await set(['gz21.txt'], 'applications_received', 150)
})
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('dataset view', () => {
  it('counts each facet over the library', async () => {
    const v = (await call('dataset.view', {})) as DatasetView
    expect(v.total).toBe(4)
    expect(count(facet(v, 'year'), 2019)).toBe(2)
    expect(count(facet(v, 'year'), 2020)).toBe(1)
    expect(count(facet(v, 'agency'), '广州市民政局')).toBe(2)
    expect(count(facet(v, 'region'), '湖南省长沙市')).toBe(1)
    expect(count(facet(v, 'kind'), 'txt')).toBe(4)
    expect(facet(v, 'status').values.reduce((a, x) => a + x.count, 0)).toBe(4)
  })

  it('combines facets, each counted without its own choice', async () => {
    const v = (await call('dataset.view', { filter: { year: [2019], region: ['广东省广州市'] } })) as DatasetView
    expect(v.total).toBe(1)
    // the year facet ignores the year chosen: 2021 can still be added (the Guangzhou report of 2021)
    expect(count(facet(v, 'year'), 2019)).toBe(1)
    expect(count(facet(v, 'year'), 2021)).toBe(1)
    // the region facet ignores the region chosen: Shenzhen 2019 is there to add
    expect(count(facet(v, 'region'), '广东省深圳市')).toBe(1)
    // another facet counts within both choices
    expect(facet(v, 'agency').values).toEqual([{ value: '广州市民政局', count: 1 }])
    const both = (await call('dataset.view', { filter: { year: [2019, 2021], region: ['广东省广州市'] } })) as DatasetView
    expect(both.total).toBe(2)
  })

  it('draws the coverage grid: which years each agency has, which are verified', async () => {
    await call('documents.setStatus', { ids: [ids['gz19.txt']], status: 'verified', override: true })
    const v = (await call('dataset.view', {})) as DatasetView
    expect(v.grid.years).toEqual([2019, 2020, 2021])
    expect(v.grid.agencies).toBe(3)
    const gz = v.grid.rows.find((r) => r.agency === '广州市民政局')
    expect(gz?.cells).toEqual([
      { year: 2019, documents: 1, verified: 1, id: ids['gz19.txt'] },
      { year: 2021, documents: 1, verified: 0, id: ids['gz21.txt'] },
    ])
    // most reports first
    expect(v.grid.rows[0].agency).toBe('广州市民政局')
    const page2 = (await call('dataset.view', { gridOffset: 1, gridLimit: 1 })) as DatasetView
    expect(page2.grid.rows).toHaveLength(1)
    expect(page2.grid.rows[0].agency).not.toBe('广州市民政局')
  })

  it('sums the headline figures per year, following every correction', async () => {
    let v = (await call('dataset.view', {})) as DatasetView
    const y2019 = v.years.find((y) => y.year === 2019)
    expect(y2019?.documents).toBe(2)
    expect(y2019?.sums.applications_received).toBe(42)
    expect(y2019?.reporting.applications_received).toBe(2)
    await call('fields.set', { ids: [ids['sz19.txt']], field: 'applications_received', value: 20 })
    v = (await call('dataset.view', { filter: { region: ['广东省广州市', '广东省深圳市'] } })) as DatasetView
    expect(v.years.find((y) => y.year === 2019)?.sums.applications_received).toBe(50)
    expect(v.years.find((y) => y.year === 2021)?.sums.applications_received).toBe(150)
    expect(v.years.find((y) => y.year === 2020)).toBeUndefined()
  })
})

describe('saved searches', () => {
  it('saves a named set of conditions, counts it and lists its documents, re-evaluated live', async () => {
    const saved = (await call('saved.save', {
      name: '广东 2019',
      filter: { conditions: [{ field: 'report_year', op: 'eq', value: 2019 }, { field: 'region', op: 'starts', value: '广东' }] },
    })) as SavedSearch
    expect(saved.count).toBe(2)
    const list = (await call('documents.list', { saved: saved.id })) as ListResult
    expect(list.rows.map((r) => r.id).sort()).toEqual([ids['gz19.txt'], ids['sz19.txt']].sort())
    // a correction moves a document out of the smart list at once
    await call('fields.set', { ids: [ids['sz19.txt']], field: 'report_year', value: 2018 })
    const after = (await call('saved.list')) as SavedSearch[]
    expect(after.find((s) => s.name === '广东 2019')?.count).toBe(1)
    // the dataset view takes the saved search as its filter
    const v = (await call('dataset.view', { filter: { saved: saved.id } })) as DatasetView
    expect(v.total).toBe(1)
    // and scopes an export (the export panel's "current filter")
    expect(await call('export.count', { format: 'csv', scope: 'filter', filter: { saved: saved.id } })).toEqual({ documents: 1 })
    await call('fields.set', { ids: [ids['sz19.txt']], field: 'report_year', value: 2019 })
  })

  it('compares numbers as numbers, finds empty fields, warnings and who verified', async () => {
    const n = async (conditions: unknown[]): Promise<number> => ((await call('documents.list', { conditions })) as ListResult).total
    expect(await n([{ field: 'applications_received', op: 'gt', value: 100 }])).toBe(1)
    expect(await n([{ field: 'applications_received', op: 'ge', value: 20 }])).toBe(3)
    expect(await n([{ field: 'applications_received', op: 'empty' }])).toBe(1)
    expect(await n([{ field: 'agency', op: 'contains', value: '民政' }])).toBe(2)
    expect(await n([{ field: 'verified_by', op: 'eq', value: '王五' }])).toBe(1)
    expect(await n([{ field: 'verified_by', op: 'eq', value: '李四' }])).toBe(0)
    expect(await n([{ field: 'status', op: 'ne', value: 'verified' }])).toBe(3)
    const warned = ((await call('documents.list', { hasWarnings: true })) as ListResult).total
    expect(await n([{ field: 'warning', op: 'present' }])).toBe(warned)
  })

  it('saving under a used name replaces the search; delete removes it', async () => {
    const a = (await call('saved.save', { name: '大数', filter: { conditions: [{ field: 'applications_received', op: 'gt', value: 100 }] } })) as SavedSearch
    const b = (await call('saved.save', { name: '大数', filter: { conditions: [{ field: 'applications_received', op: 'gt', value: 10 }] } })) as SavedSearch
    expect(b.id).toBe(a.id)
    expect(b.count).toBe(3)
    await call('saved.delete', { id: a.id })
    expect(((await call('saved.list')) as SavedSearch[]).map((s) => s.name)).not.toContain('大数')
    await expect(call('documents.list', { saved: a.id })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('refuses a condition it cannot run, with a reason, and keeps nothing', async () => {
    await expect(call('saved.save', { name: 'x', filter: { conditions: [{ field: 'no_such_field', op: 'eq', value: 1 }] } })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('no_such_field') })
    await expect(call('saved.save', { name: 'x', filter: { conditions: [{ field: 'applications_received', op: 'gt', value: '很多' }] } })).rejects.toMatchObject({ code: 'bad_request' })
    await expect(call('saved.save', { name: 'x', filter: { conditions: [{ field: 'region', op: 'empty', value: 'x' }] } })).rejects.toMatchObject({ code: 'bad_request' })
    await expect(call('saved.save', { name: '  ', filter: {} })).rejects.toMatchObject({ code: 'bad_request' })
    expect(((await call('saved.list')) as SavedSearch[]).map((s) => s.name)).not.toContain('x')
  })
})
