/**
 * Years side by side (issue 13 point 3): one agency's three reports imported from real files into a real
 * library; documents.years gives the middle one's previous and next year in columns, the fields a neighbour
 * has, and the order-of-magnitude jump marked on the field concerned, against the right neighbour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { tempDir } from '../import/fixtures'
import type { YearsComparison } from '../../src/shared/contract'

let dir: string
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const ids: Record<string, number> = {}

const report = (agency: string, year: number, n: number): string =>
  `${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息${n}条，` +
  `其中通过门户网站公开${n - 3}条。全年共收到政府信息公开申请${n % 7}件，均已按时答复。\n二、存在的问题\n信息公开的及时性还需进一步提高，${agency}将继续加强培训。\n`

beforeAll(async () => {
  dir = tempDir('annalist-years-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  // 2019's proactive disclosures are more than ten times 2018's; 2020 is close to 2019
  const files: Record<string, string> = {
    '2018.txt': report('永宁市财政局', 2018, 120),
    '2019.txt': report('永宁市财政局', 2019, 1500),
    '2020.txt': report('永宁市财政局', 2020, 1400),
    'other.txt': report('永宁市教育局', 2019, 80),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text)
  const path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  for (const i of s.imported) ids[i.file.split('/').pop()!] = i.id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
})
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('documents.years', () => {
  it('puts the previous and next year beside this one, with the jump on the field concerned', async () => {
    const y = (await call('documents.years', { id: ids['2019.txt'] })) as YearsComparison
    expect(y.previous?.id).toBe(ids['2018.txt'])
    expect(y.current.id).toBe(ids['2019.txt'])
    expect(y.next?.id).toBe(ids['2020.txt'])
    expect(y.previous?.fields['proactive_disclosures']?.value).toBe(120)
    expect(y.current.fields['proactive_disclosures']?.value).toBe(1500)
    expect(y.next?.fields['proactive_disclosures']?.value).toBe(1400)
    expect(y.fields).toContain('proactive_disclosures')
    expect(y.fields).toContain('report_year')
    // the jump is between 2018 and 2019 only: 2020 against 2019 is an ordinary year
    expect(y.warnings.map((w) => [w.against, w.code, w.fields])).toEqual([['previous', 'year_jump', ['proactive_disclosures']]])
  })

  it('has no previous column for the first year, and the jump against the next one', async () => {
    const y = (await call('documents.years', { id: ids['2018.txt'] })) as YearsComparison
    expect(y.previous).toBeNull()
    expect(y.next?.id).toBe(ids['2019.txt'])
    expect(y.warnings.map((w) => [w.against, w.code])).toEqual([['next', 'year_jump']])
  })

  it('shows no neighbours and no fields for an agency with one report', async () => {
    const y = (await call('documents.years', { id: ids['other.txt'] })) as YearsComparison
    expect([y.previous, y.next, y.fields, y.warnings]).toEqual([null, null, [], []])
  })

  it('refuses a document that does not exist and a bad id', async () => {
    await expect(call('documents.years', { id: 999999 })).rejects.toMatchObject({ code: 'not_found' })
    await expect(call('documents.years', { id: 'x' })).rejects.toMatchObject({ code: 'bad_request' })
  })
})
