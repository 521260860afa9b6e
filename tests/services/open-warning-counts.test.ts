/**
 * open_warning_counts (issue 15): each document's number of open warnings, kept by triggers so that the list
 * sorted by warnings and filtered by "has warnings" reads an index. It must stay in step with the warnings
 * through every writer: import, a correction, its undo, a dismissal and its undo, a deletion.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDetail, ListResult } from '../../src/shared/contract'
import { importPaths } from '../../src/main/import/index'
import { openLibrary, type Db } from '../../src/main/library/db'
import { type OpenServices, openServices } from '../../src/main/services/open-library'
import { WARNINGS_ORDER } from '../../src/main/services/list-query'

/** No agency the rules can find (agency_missing) and a signature dated before the year ended (date_before_year_end). */
const NO_AGENCY = [
  '2019年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '本年度主动公开政府信息三百一十二条，全年收到政府信息公开申请12件，均已按时办结。',
  '',
  '2019年6月1日',
].join('\n')

const WITH_AGENCY = [
  '龙山县城市管理行政执法局2018年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '本年度龙山县城市管理行政执法局主动公开政府信息120条，全年收到政府信息公开申请8件，均已按时办结。',
  '',
  '龙山县城市管理行政执法局',
  '2019年1月20日',
].join('\n')

let dir: string
let app: OpenServices
let db: Db
const ids: Record<string, number> = {}
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)

/** The kept counts are what counting the warnings themselves gives, for every document and no other. */
function expectInStep(): void {
  const counted = db.prepare("SELECT d.id AS document_id, (SELECT count(*) FROM warnings w WHERE w.document_id = d.id AND w.state = 'open') AS open FROM documents d ORDER BY d.id").all()
  const kept = db.prepare('SELECT document_id, open FROM open_warning_counts ORDER BY document_id').all()
  expect(kept).toEqual(counted)
}
const openCount = (id: number): number => (db.prepare('SELECT open FROM open_warning_counts WHERE document_id = ?').pluck().get(id) as number)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-warncounts-'))
  const files = { a: 'a-no-agency.txt', b: 'b-with-agency.txt', c: 'c-no-agency.txt' }
  writeFileSync(join(dir, files.a), NO_AGENCY)
  writeFileSync(join(dir, files.b), WITH_AGENCY)
  writeFileSync(join(dir, files.c), NO_AGENCY.replace('三百一十二', '二百'))
  const path = join(dir, 'library.annalist')
  const lib = openLibrary(path, { create: true })
  try {
    const s = await importPaths(lib, Object.values(files).map((f) => join(dir, f)), { workers: 1 })
    for (const [k, f] of Object.entries(files)) ids[k] = s.imported.find((i) => i.file.endsWith(f))!.id
  } finally {
    lib.close()
  }
  app = openServices({ path, mode: 'browser', reviewer: 'tester' })
  db = app.db
})
afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('open_warning_counts stays in step with the warnings', () => {
  it('after import', () => {
    expectInStep()
    expect(openCount(ids.a)).toBeGreaterThan(0)
  })

  it('through a correction and its undo', async () => {
    const before = openCount(ids.a)
    await call('fields.set', { ids: [ids.a], field: 'agency', value: '某某县人民政府办公室' })
    expectInStep()
    expect(openCount(ids.a)).toBe(before - 1)
    await call('history.undo', { document: ids.a })
    expectInStep()
    expect(openCount(ids.a)).toBe(before)
  })

  it('through a dismissal, a change that reopens it and the undo of that change', async () => {
    const before = openCount(ids.c)
    const d = (await call('documents.get', { id: ids.c })) as DocumentDetail
    const w = d.warnings.find((x) => x.code === 'date_before_year_end')!
    await call('warnings.dismiss', { id: ids.c, warning: w.id, reason: '报告确于年中发布' })
    expectInStep()
    expect(openCount(ids.c)).toBe(before - 1)
    // another value of a field it concerns: the warning is open again (state dismissed -> open)
    await call('fields.set', { ids: [ids.c], field: 'signed_date', value: '2019-07-01' })
    expectInStep()
    expect(openCount(ids.c)).toBe(before)
    // its undo: the dismissal applies again (open -> dismissed)
    await call('history.undo', { document: ids.c })
    expectInStep()
    expect(openCount(ids.c)).toBe(before - 1)
  })

  it('when a document is deleted', () => {
    db.prepare('DELETE FROM documents WHERE id = ?').run(ids.c)
    expectInStep()
    expect(openCount(ids.c)).toBeUndefined()
  })

  it('and the list sorts and filters by it through its index', async () => {
    const list = async (q: object) => (await call('documents.list', q)) as ListResult
    const sorted = (await list({ sort: 'warnings', desc: true })).rows
    const counted = sorted.map((r) => r.errors + r.warnings)
    expect(counted).toEqual([...counted].sort((x, y) => y - x))
    expect((await list({ hasWarnings: true })).rows.every((r) => r.errors + r.warnings > 0)).toBe(true)
    expect((await list({ hasWarnings: false })).rows.map((r) => r.id)).toEqual([ids.b].filter((id) => openCount(id) === 0))
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM ${WARNINGS_ORDER} ORDER BY wc.open DESC, wc.document_id DESC LIMIT 100`)
      .all() as { detail: string }[]
    expect(plan.map((r) => r.detail).join(' | ')).not.toContain('TEMP B-TREE')
  })
})
