/**
 * Confirm-all is one revision (issue 11 point 7): not a row per field whose old value equals its new one.
 * The one revision names each field with the origin it had; per-document undo puts every origin back (a field
 * that had no row loses the empty one again), redo confirms them again, and the export's last change of each
 * confirmed field is that confirmation. Through the service map, on a library imported from real files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { tempDir } from '../import/fixtures'
import type { DocumentDetail, HistoryStep, Revision } from '../../src/shared/contract'

let dir: string
let app: OpenServices
let id: number
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const detail = async (): Promise<DocumentDetail> => (await call('documents.get', { id })) as DocumentDetail
const origins = async (fields: string[]): Promise<(string | null)[]> => {
  const d = await detail()
  return fields.map((f) => d.fields.find((x) => x.field === f)?.origin ?? null)
}

/** the id of the newest revision (the history lists newest first) */
const newest = async (): Promise<number> => Math.max(0, ...((await call('history.list', { id })) as Revision[]).map((r) => r.id))

beforeAll(async () => {
  dir = tempDir('annalist-confirm-all-')
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in', 'a.txt'), '临江市测试局2019年政府信息公开工作年度报告\n一、总体情况\n全年共主动公开政府信息120条。全年共收到政府信息公开申请7件。\n临江市测试局\n2020年1月20日\n')
  const path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  const s = await importPaths(db, [join(dir, 'in')], { workers: 1 })
  id = s.imported[0].id
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '王五' })
})
afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('confirm-all', () => {
  it('writes one revision for all its fields, and undo and redo move every origin; a single confirm keeps its field revision', async () => {
    const auto = (await detail()).fields.filter((f) => f.origin === 'auto').map((f) => f.field)
    expect(auto.length).toBeGreaterThanOrEqual(3)
    const fields = [...auto, 'staff'] // staff was not found: confirming it says "none" (an empty confirmed row)
    expect(await origins(['staff'])).toEqual([null])
    const before = await newest()
    const r = (await call('fields.confirm', { id, fields })) as { changed: number }
    expect(r.changed).toBe(fields.length)
    const revisions = (await call('history.list', { id })) as Revision[]
    const fieldRows = revisions.filter((x) => x.id > before && x.target !== 'status')
    expect(fieldRows).toHaveLength(1)
    expect(fieldRows[0].target).toBe('confirm')
    expect(fieldRows[0].reviewer).toBe('王五')
    expect(new Set(await origins(fields))).toEqual(new Set(['confirmed']))

    const steps = (await call('history.steps', { id })) as { undo: HistoryStep | null }
    expect(steps.undo?.targets).toContain('confirm')
    await call('history.undo', { document: id })
    expect(await origins(auto)).toEqual(auto.map(() => 'auto'))
    expect(await origins(['staff'])).toEqual([null])
    await call('history.redo', { document: id })
    expect(new Set(await origins(fields))).toEqual(new Set(['confirmed']))

    // one field confirmed alone keeps its own revision, as before
    await call('fields.set', { ids: [id], field: 'budget', value: 100 })
    await call('history.undo', { document: id })
    const last = await newest()
    await call('fields.confirm', { id, fields: ['budget'] })
    const rows = ((await call('history.list', { id })) as Revision[]).filter((x) => x.id > last && x.target !== 'status')
    expect(rows.map((x) => x.target)).toEqual(['budget'])
  })
})
