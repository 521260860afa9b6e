/**
 * A place standing for its own government is one agency with or without the organ word (session 17; the key in
 * dataset/agency-key.ts, the same body eval counts right): on a real library file, a township's report written
 * 某乡 in one copy and 某乡人民政府 in another is one agency in the authority list, and the two are copies of one report.
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

const report = Array.from({ length: 8 }, (_, i) => `2019年，青溪乡第${i + 1}项工作公开信息${40 * (i + 3)}条，办理${['政策解读', '依申请公开', '平台建设', '监督保障'][i % 4]}事项${12 + i * 7}件。`).join('\n')

beforeAll(async () => {
  dir = tempDir('annalist-place-government-')
  const inDir = join(dir, 'in')
  mkdirSync(inDir)
  writeFileSync(join(inDir, 'a.txt'), `青溪乡2019年政府信息公开工作年度报告\n${report}\n`)
  writeFileSync(join(inDir, 'b.txt'), `青溪乡人民政府2019年政府信息公开工作年度报告\n${report.replace(/，/g, ' ，')}\n`)
  const path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  for (const i of (await importPaths(db, [inDir], { workers: 1 })).imported) ids[i.file.split('/').pop()!] = i.id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
  // each copy's agency as a person would type it from the copy's own title
  await call('fields.set', { ids: [ids['a.txt']], field: 'agency', value: '青溪乡' })
  await call('fields.set', { ids: [ids['b.txt']], field: 'agency', value: '青溪乡人民政府' })
}, 60_000)

afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a place standing for its own government', () => {
  it('is one agency with both written forms, and its two reports are copies of one', async () => {
    const list = (await call('dataset.agencies')) as AgencyEntry[]
    expect(list).toHaveLength(1)
    expect(list[0].variants.map((v) => v.name).sort()).toEqual(['青溪乡', '青溪乡人民政府'])
    const groups = ((await call('dataset.groups')) as CopyGroup[]).map((g) => [...g.documents].sort())
    expect(groups).toEqual([[ids['a.txt'], ids['b.txt']].sort()])
  })
})
