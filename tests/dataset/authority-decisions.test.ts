/**
 * The authority list's manual decisions (issue 13) on a real library file: a written name split out of its
 * agency becomes an agency of its own (and its documents stop counting as copies of the other name's
 * reports), a canonical name given by a person is kept across a reopen, and both can be taken back.
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
let path: string
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const ids: Record<string, number> = {}

const report = (agency: string, year: number, n: number): string =>
  Array.from({ length: 8 }, (_, i) => `${year}年，${agency}第${i + 1}项工作公开信息${n * (i + 3)}条，办理${['政策解读', '依申请公开', '平台建设', '监督保障'][i % 4]}事项${n + i * 7}件。`)
    .join('\n') + `\n${agency}${year}年政府信息公开工作年度报告完。\n`

beforeAll(async () => {
  dir = tempDir('annalist-authority-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  writeFileSync(join(inDir, 'a.txt'), `海关总署2019年政府信息公开工作年度报告\n${report('海关总署', 2019, 120)}`)
  writeFileSync(join(inDir, 'a-copy.txt'), `海关总署2019年政府信息公开工作年度报告\n${report('海关总署', 2019, 120).replace(/，/g, ' ，')}`)
  path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  for (const i of (await importPaths(db, [inDir], { workers: 1 })).imported) ids[i.file.split('/').pop()!] = i.id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
  // the mirror wrote the body with its self-suffix: one agency by its key
  await call('fields.set', { ids: [ids['a-copy.txt']], field: 'agency', value: '海关总署(本级机关)' })
}, 60_000)

afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

const agencies = async () => (await call('dataset.agencies')) as AgencyEntry[]
const groups = async () => ((await call('dataset.groups')) as CopyGroup[]).map((g) => g.documents)

describe('authority decisions', () => {
  it('splits a written name out into an agency of its own, its copies with it, and puts it back', async () => {
    expect((await agencies()).map((a) => a.variants.length)).toEqual([2])
    expect(await groups()).toHaveLength(1)
    const list = (await call('dataset.splitAgency', { name: '海关总署(本级机关)' })) as AgencyEntry[]
    expect(list).toHaveLength(2)
    expect(list.find((a) => a.split)?.variants).toEqual([{ name: '海关总署(本级机关)', documents: 1 }])
    // two agencies now: their reports are not copies of one report
    expect(await groups()).toEqual([])
    await call('dataset.splitAgency', { name: '海关总署(本级机关)', back: true })
    expect(await agencies()).toHaveLength(1)
    expect(await groups()).toHaveLength(1)
    await expect(call('dataset.splitAgency', { name: '没有这个机关' })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('keeps a canonical name a person gave, across a reopen, until it is cleared', async () => {
    const [customs] = await agencies()
    await call('dataset.renameAgency', { key: customs.key, name: '中华人民共和国海关总署' })
    await app.close()
    app = openServices({ path, mode: 'browser', reviewer: '王五' })
    expect(await agencies()).toMatchObject([{ name: '中华人民共和国海关总署', renamed: true, documents: 2 }])
    await call('dataset.renameAgency', { key: customs.key, name: '' })
    expect((await agencies())[0]).toMatchObject({ name: customs.name })
    expect((await agencies())[0].renamed).toBeUndefined()
  })
})
