/**
 * The dataset view's requests chart split by level or by region (issue 13 point 4), on a real library
 * imported from real files: requests received per year in one series per level or region, the rest (no
 * level or region) in the series with key null, each year's series adding up to the year's total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { tempDir } from '../import/fixtures'
import type { DatasetView } from '../../src/shared/contract'

let dir: string
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const ids: Record<string, number> = {}

const report = (agency: string, year: number, n: number): string =>
  `${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息${n}条。\n` +
  `二、存在的问题\n信息公开的及时性还需进一步提高，${agency}将继续加强培训。\n`

beforeAll(async () => {
  dir = tempDir('annalist-dssplit-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  const files: Record<string, string> = {
    'gz19.txt': report('广州市民政局', 2019, 120),
    'gz20.txt': report('广州市民政局', 2020, 98),
    'sz19.txt': report('深圳市财政局', 2019, 45),
    'cs20.txt': report('长沙县教育局', 2020, 77),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text)
  const path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  for (const i of s.imported) ids[i.file.split('/').pop()!] = i.id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
  // values a person settled, so the sums below do not depend on what the extractor found
  const set = (names: string[], field: string, value: string | number | null) => call('fields.set', { ids: names.map((n) => ids[n]), field, value })
  await set(['gz19.txt', 'sz19.txt'], 'report_year', 2019)
  await set(['gz20.txt', 'cs20.txt'], 'report_year', 2020)
  await set(['gz19.txt', 'gz20.txt'], 'region', '广东省广州市')
  await set(['sz19.txt'], 'region', '广东省深圳市')
  await set(['cs20.txt'], 'region', null)
  await set(['gz19.txt', 'gz20.txt', 'sz19.txt'], 'admin_level', 'prefecture')
  await set(['cs20.txt'], 'admin_level', 'county')
  await set(['gz19.txt'], 'applications_received', 30)
  await set(['sz19.txt'], 'applications_received', 12)
  await set(['gz20.txt'], 'applications_received', 150)
  await set(['cs20.txt'], 'applications_received', 7)
})
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('dataset.view split', () => {
  it('sums the requests received per year and level', async () => {
    const v = (await call('dataset.view', { split: 'level' })) as DatasetView
    expect(v.split).toEqual({ by: 'level', series: [
      { key: 'prefecture', sums: { 2019: 42, 2020: 150 } },
      { key: 'county', sums: { 2020: 7 } },
    ] })
  })

  it('sums them per region, most requests first, a report without a region in the rest', async () => {
    const v = (await call('dataset.view', { split: 'region' })) as DatasetView
    expect(v.split).toEqual({ by: 'region', series: [
      { key: '广东省广州市', sums: { 2019: 30, 2020: 150 } },
      { key: '广东省深圳市', sums: { 2019: 12 } },
      { key: null, sums: { 2020: 7 } },
    ] })
  })

  it('follows the filter, and is absent unless asked; a bad split is refused', async () => {
    const v = (await call('dataset.view', { split: 'level', filter: { year: [2020] } })) as DatasetView
    expect(v.split?.series).toEqual([{ key: 'prefecture', sums: { 2020: 150 } }, { key: 'county', sums: { 2020: 7 } }])
    expect(((await call('dataset.view', {})) as DatasetView).split).toBeUndefined()
    await expect(call('dataset.view', { split: 'agency' })).rejects.toMatchObject({ code: 'bad_request' })
  })
})
