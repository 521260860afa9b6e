/**
 * Issue 11, the review desk as a verification station, against a real library file: every change
 * re-validates the document, dismissals with a reason, a per-document undo stack that survives a restart
 * and restores provenance, a queue that moves forward, and the reviewer on every revision.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDetail, DocumentRow, HistoryStep, ListResult, Revision } from '../../src/shared/contract'
import { importPaths } from '../../src/main/import/index'
import { openLibrary } from '../../src/main/library/db'
import { type OpenServices, openServices } from '../../src/main/services/open-library'

/** No agency the rules can find (agency_missing), a report year, and a signature dated before the year ended. */
const NO_AGENCY = [
  '2019年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '本年度主动公开政府信息三百一十二条，全年收到政府信息公开申请12件，均已按时办结。',
  '',
  '2019年6月1日',
].join('\n')

/** A report the rules read whole: agency, region, year. */
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
let path: string
let app: OpenServices
const ids: Record<string, number> = {}
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const get = async (id: number): Promise<DocumentDetail> => (await call('documents.get', { id })) as DocumentDetail
const field = (d: DocumentDetail, f: string) => d.fields.find((x) => x.field === f)
const codes = (d: DocumentDetail, state: 'open' | 'dismissed' = 'open') => d.warnings.filter((w) => (w.state ?? 'open') === state).map((w) => w.code)
const row = async (id: number): Promise<DocumentRow> => ((await call('documents.list', { limit: 100 })) as ListResult).rows.find((r) => r.id === id)!
const history = async (id: number): Promise<Revision[]> => (await call('history.list', { id })) as Revision[]
const steps = async (id: number) => (await call('history.steps', { id })) as { undo: HistoryStep | null; redo: HistoryStep | null }

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-verify-'))
  const files = { a: 'a-no-agency.txt', b: 'b-with-agency.txt', c: 'c-no-agency.txt' }
  writeFileSync(join(dir, files.a), NO_AGENCY)
  writeFileSync(join(dir, files.b), WITH_AGENCY)
  writeFileSync(join(dir, files.c), NO_AGENCY.replace('三百一十二', '二百'))
  path = join(dir, 'library.annalist')
  const db = openLibrary(path, { create: true })
  try {
    const s = await importPaths(db, Object.values(files).map((f) => join(dir, f)), { workers: 1 })
    for (const [k, f] of Object.entries(files)) ids[k] = s.imported.find((i) => i.file.endsWith(f))!.id
  } finally {
    db.close()
  }
  app = openServices({ path, mode: 'browser', reviewer: 'default-person' })
})
afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('every change re-validates the document', () => {
  it('setting the agency by hand clears agency_missing, its count, the filter and the export', async () => {
    const before = await get(ids.a)
    expect(codes(before)).toContain('agency_missing')
    const warningsBefore = (await row(ids.a)).warnings
    await call('fields.set', { ids: [ids.a], field: 'agency', value: '某某县人民政府办公室' })
    const after = await get(ids.a)
    expect(codes(after)).not.toContain('agency_missing')
    expect((await row(ids.a)).warnings).toBe(warningsBefore - 1)
    // undo brings the warning back with the old (absent) value
    await call('history.undo', { document: ids.a })
    expect(codes(await get(ids.a))).toContain('agency_missing')
    await call('history.redo', { document: ids.a })
    expect(codes(await get(ids.a))).not.toContain('agency_missing')
  })

  it('a value check follows the values: a signature date after the year ends clears date_before_year_end', async () => {
    expect(codes(await get(ids.c))).toContain('date_before_year_end')
    await call('fields.set', { ids: [ids.c], field: 'signed_date', value: '2020-01-15' })
    expect(codes(await get(ids.c))).not.toContain('date_before_year_end')
    await call('history.undo', { document: ids.c })
  })

  it('a dismissed warning stops counting, is in the history, and returns when its values change', async () => {
    const d = await get(ids.c)
    const w = d.warnings.find((x) => x.code === 'date_before_year_end')!
    const withIt = (await row(ids.c)).warnings
    await call('warnings.dismiss', { id: ids.c, warning: w.id, reason: '报告确于年中发布', reviewer: '李四' })
    const after = await get(ids.c)
    expect(codes(after, 'dismissed')).toContain('date_before_year_end')
    expect(after.warnings.find((x) => x.code === 'date_before_year_end')?.dismissal).toMatchObject({ reason: '报告确于年中发布', reviewer: '李四' })
    expect((await row(ids.c)).warnings).toBe(withIt - 1)
    const rev = (await history(ids.c)).find((r) => r.target.startsWith('dismissal:'))
    expect(rev).toMatchObject({ new_value: '报告确于年中发布', reviewer: '李四' })
    // another value of a field it concerns: the warning (a new date) is open again
    await call('fields.set', { ids: [ids.c], field: 'signed_date', value: '2019-07-01' })
    expect(codes(await get(ids.c))).toContain('date_before_year_end')
    // undo of that edit: the values are those the dismissal was made on again
    await call('history.undo', { document: ids.c })
    expect(codes(await get(ids.c), 'dismissed')).toContain('date_before_year_end')
  })

  it('a region edit re-derives region_code and admin_level as automatic values with their rule', async () => {
    await call('fields.set', { ids: [ids.a], field: 'region', value: '龙山县' })
    const d = await get(ids.a)
    expect(field(d, 'region_code')).toMatchObject({ value: '433130', origin: 'auto' })
    expect(field(d, 'region_code')?.rule).toMatch(/^region_code\./)
    expect(field(d, 'admin_level')).toMatchObject({ value: 'county', origin: 'auto' })
    await call('history.undo', { document: ids.a })
    expect(field(await get(ids.a), 'region_code')).toBeUndefined()
  })
})

describe('undo belongs to a document', () => {
  it('undoes only that document’s last change, restores provenance, and works after a restart', async () => {
    const before = field(await get(ids.b), 'agency')!
    expect(before.span).not.toBeNull()
    await call('fields.set', { ids: [ids.b], field: 'agency', value: '龙山县城管局' })
    await call('fields.set', { ids: [ids.a], field: 'title', value: '某县2019年政府信息公开工作年度报告' })
    // the first change of a new document also started its review (same change)
    expect((await steps(ids.b)).undo?.targets).toEqual(['agency', 'status'])
    // restart
    await app.close()
    app = openServices({ path, mode: 'browser', reviewer: 'default-person' })
    expect(await call('history.undo', { document: ids.b })).toEqual({ undone: 2 })
    expect((await get(ids.b)).status).toBe('new')
    const restored = field(await get(ids.b), 'agency')!
    expect(restored).toMatchObject({ value: before.value, origin: 'auto', span: before.span, rule: before.rule, confidence: before.confidence })
    // the other document keeps its change
    expect(field(await get(ids.a), 'title')?.value).toBe('某县2019年政府信息公开工作年度报告')
    expect((await steps(ids.b)).redo?.targets).toEqual(['agency', 'status'])
    // a new change empties the redo side
    await call('fields.set', { ids: [ids.b], field: 'staff', value: 3 })
    expect((await steps(ids.b)).redo).toBeNull()
  })

  it('keeps an approximate number approximate, through undo and redo', async () => {
    await call('fields.set', { ids: [ids.b], field: 'proactive_disclosures', value: 300, approximate: true })
    expect(field(await get(ids.b), 'proactive_disclosures')).toMatchObject({ value: 300, approximate: true })
    await call('fields.set', { ids: [ids.b], field: 'proactive_disclosures', value: 301 })
    await call('history.undo', { document: ids.b })
    expect(field(await get(ids.b), 'proactive_disclosures')).toMatchObject({ value: 300, approximate: true })
  })
})

describe('who did it', () => {
  it('records the reviewer a call names, else the default, on values and status', async () => {
    await call('fields.set', { ids: [ids.b], field: 'budget', value: 5, reviewer: '王五' })
    await call('documents.setStatus', { ids: [ids.b], status: 'verified', override: true })
    const h = await history(ids.b)
    expect(h.find((r) => r.target === 'budget')?.reviewer).toBe('王五')
    expect(h.find((r) => r.target === 'status' && r.new_value === 'verified')?.reviewer).toBe('default-person')
    expect((await get(ids.b)).verified).toMatchObject({ by: 'default-person' })
  })
})

describe('a queue that moves forward', () => {
  it('never offers a document passed this session, and counts what is ahead', async () => {
    const first = (await call('documents.queue', {})) as { next: number; tier: number; ahead: number }
    const second = (await call('documents.queue', { after: first.next, tier: first.tier, passed: [] })) as { next: number | null; ahead: number }
    expect(second.next).not.toBe(first.next)
    // verify the first: the walk still goes on from where it stood, not back to the top
    await call('documents.setStatus', { ids: [first.next], status: 'verified', override: true })
    const again = (await call('documents.queue', { after: first.next, tier: first.tier, passed: [] })) as { next: number | null }
    expect(again.next).toBe(second.next)
    if (second.next !== null) {
      const third = (await call('documents.queue', { after: second.next, passed: [first.next] })) as { next: number | null; ahead: number }
      expect(third.next === null || ![first.next, second.next].includes(third.next)).toBe(true)
    }
  })
})

describe('exports show the review', () => {
  it('CSV, XLSX and JSON Lines carry the note, who verified and when, and the dismissed warnings; the warnings sheet only open ones', async () => {
    const { readFileSync } = await import('node:fs')
    const ExcelJS = (await import('exceljs')).default
    const { runExport } = await import('../../src/main/export')
    await call('documents.setNote', { id: ids.c, note: '年中发布，日期无误' })
    await call('documents.setStatus', { ids: [ids.c], status: 'verified', override: true, reviewer: '赵六' })
    const run = async (format: 'csv' | 'jsonl' | 'xlsx'): Promise<string> => {
      const out = join(dir, `review.${format}`)
      // the engine the export job runs (the contract names no path: issue 10)
      await runExport(app.db, { format, scope: 'ids', ids: [ids.c], out })
      return out
    }
    const csv = readFileSync(await run('csv'), 'utf8')
    expect(csv).toContain('年中发布，日期无误')
    expect(csv).toContain('赵六')
    expect(csv).toContain('date_before_year_end: 报告确于年中发布 (李四)')
    const line = JSON.parse(readFileSync(await run('jsonl'), 'utf8').trim()) as Record<string, unknown>
    expect(line).toMatchObject({ review_note: '年中发布，日期无误', verified_by: '赵六' })
    expect(line.dismissed_warnings).toEqual([expect.objectContaining({ code: 'date_before_year_end', reason: '报告确于年中发布', reviewer: '李四' })])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(await run('xlsx'))
    const sheet = wb.worksheets[0]
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const first = (sheet.getRow(3).values as unknown[]).slice(1)
    expect(first[header.indexOf('verified_by')]).toBe('赵六')
    const warningsSheet = wb.worksheets.find((w) => w.name.includes('warnings'))!
    const codesInSheet: unknown[] = []
    warningsSheet.eachRow((r) => codesInSheet.push(r.getCell(5).value))
    expect(codesInSheet).not.toContain('date_before_year_end')
  })
})
