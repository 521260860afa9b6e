/**
 * The dataset through the service map (issue 13): the authority list, the copies of one report, and a merge
 * of agency names that is one undoable bulk change, on a real library imported from real files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { tempDir } from '../import/fixtures'
import type { AgencyEntry, CopyGroup } from '../../src/shared/contract'

let dir: string
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const ids: Record<string, number> = {}

const report = (agency: string, year: number, n: number): string =>
  `${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息${n}条，` +
  `其中通过门户网站公开${n - 3}条。全年共收到政府信息公开申请${n % 7}件，均已按时答复。\n二、存在的问题\n信息公开的及时性还需进一步提高，${agency}将继续加强培训。\n`

beforeAll(async () => {
  dir = tempDir('annalist-dataset-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  const files: Record<string, string> = {
    'a.txt': report('海关总署', 2019, 120),
    'b.txt': report('海关总署(本级机关)', 2020, 98),
    'c.txt': report('永宁市财政局', 2019, 45),
    // the same report as a.txt, saved from another site with other line breaks and spacing
    'a-copy.txt': report('海关总署', 2019, 120).replace(/，/g, ' ，').replace(/。/g, '。\n'),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text)
  const path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  for (const i of s.imported) ids[i.file.split('/').pop()!] = i.id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
  // the extractor leaves a bracketed self-suffix alone; a person (or a mirror's copy) wrote it so
  await call('fields.set', { ids: [ids['b.txt']], field: 'agency', value: '海关总署(本级机关)' })
})
afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('dataset services', () => {
  it('lists one agency under its written names', async () => {
    const list = (await call('dataset.agencies')) as AgencyEntry[]
    const customs = list.find((a) => a.name === '海关总署')
    expect(customs?.documents).toBe(3)
    expect(customs?.variants.map((v) => v.name).sort()).toEqual(['海关总署', '海关总署(本级机关)'])
    expect(list.find((a) => a.name === '永宁市财政局')?.documents).toBe(1)
  })

  it('finds the two copies of one report, and nothing else', async () => {
    const groups = (await call('dataset.groups')) as CopyGroup[]
    expect(groups).toEqual([{ id: Math.min(ids['a.txt'], ids['a-copy.txt']), documents: [ids['a.txt'], ids['a-copy.txt']].sort((x, y) => x - y), similarity: expect.any(Number) }])
  })

  it('merges agency names as one bulk change, undone at once', async () => {
    const r = (await call('dataset.mergeAgency', { from: ['海关总署(本级机关)'], to: '海关总署' })) as { changed: number; batch: string; documents: number[] }
    expect(r.documents).toEqual([ids['b.txt']])
    expect(r.changed).toBe(1)
    const agencyOf = async (id: number) => ((await call('documents.get', { id })) as { fields: { field: string; value: unknown }[] }).fields.find((f) => f.field === 'agency')?.value
    expect(await agencyOf(ids['b.txt'])).toBe('海关总署')
    const after = (await call('dataset.agencies')) as AgencyEntry[]
    expect(after.find((a) => a.name === '海关总署')?.variants).toEqual([{ name: '海关总署', documents: 3 }])
    const history = (await call('history.list', { id: ids['b.txt'] })) as { target: string; reason: string }[]
    expect(history.some((h) => h.target === 'agency' && /merged agency names/.test(h.reason))).toBe(true)
    await call('history.undo', { batch: r.batch })
    expect(await agencyOf(ids['b.txt'])).toBe('海关总署(本级机关)')
  })

  it('refuses a merge without names, and names no file', async () => {
    await expect(call('dataset.mergeAgency', { from: [], to: '海关总署' })).rejects.toMatchObject({ code: 'bad_request' })
    await expect(call('dataset.mergeAgency', { from: ['x'], to: '' })).rejects.toMatchObject({ code: 'bad_request' })
  })
})

describe('years side by side', () => {
  it("gives the same agency's report of the year before and after", async () => {
    await call('fields.set', { ids: [ids['b.txt']], field: 'agency', value: '海关总署' })
    const firstOf2019 = Math.min(ids['a.txt'], ids['a-copy.txt'])
    expect(await call('documents.neighbours', { id: ids['a.txt'] })).toEqual({ previous: null, next: ids['b.txt'] })
    expect(await call('documents.neighbours', { id: ids['b.txt'] })).toEqual({ previous: firstOf2019, next: null })
    expect(await call('documents.neighbours', { id: ids['c.txt'] })).toEqual({ previous: null, next: null })
    await expect(call('documents.neighbours', { id: 999 })).rejects.toMatchObject({ code: 'not_found' })
  })
})

