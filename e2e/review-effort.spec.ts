/**
 * Issue 11, point 10: the scripted reviewer of `npm run bench` (bench/review-effort-bench.ts) on two small
 * reports in the samples' genre whose extraction misses values a person reads in them: a free-form page
 * without its agency in the title (the agency only in the signature, the request and appeal counts written
 * as statements), and a standard-2021 table 三 with two damaged cells. From the keyboard only, every field
 * is brought to gold and the document verified; the library holds the gold values as corrections, the page
 * saw no mouse event, and keys were counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { AnnalistClient } from '../src/shared/contract'
import type { FieldValue } from '../src/shared/fields'
import { scoreDocument } from '../src/main/eval/score'
import { reviewLibrary } from './support/scripted-reviewer/drive'
import { effortReport } from './support/scripted-reviewer/effort-table'
import { openLibraryWith } from './support/scripted-reviewer/session'
import { startServer, type Server } from './support/server'

const FREE = [
  '首页 > 政务公开 > 年度报告',
  '2018年政府信息公开工作年度报告',
  '发布时间：2019-03-01 点击数：126',
  '2018年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年共主动公开政府信息二百一十二条。',
  '依申请公开方面，本年度共有3名群众来电咨询，未收到书面申请。全年受理行政许可事项152件。',
  '本年度发生行政复议1件，无行政诉讼。',
  '青松县林业局',
].join('\n')
const FREE_GOLD = {
  title: '2018年政府信息公开工作年度报告', agency: '青松县林业局', region: '青松县', report_year: 2018, publish_date: '2019-03-01',
  format: 'free-form', proactive_disclosures: 212, applications_received: 0, admin_reconsiderations: 1, admin_lawsuits: 0,
  notes: 'agency and region from the signature; 来电咨询 are not requests (0); 无行政诉讼 is 0',
}
const row = (label: string, cells: (number | string)[]) => [label, ...cells].join(' | ')
const STANDARD = [
  '白河市生态环境局2022年政府信息公开工作年度报告',
  '',
  '三、收到和处理政府信息公开申请情况',
  row('一、本年新收政府信息公开申请数量', [14, 2, 0, 0, 0, 1, 17]),
  row('二、上年结转政府信息公开申请数量', [1, 1, 0, 0, 0, 0, 2]),
  row('三、本年度办理结果 （一）予以公开', [9, 1, 0, 0, 0, 1, 11]),
  row('（二）部分公开', [2, 0, 0, 0, 0, 0, 2]),
  // a cell lost in the flattening (||) and a letter l for the digit 1: the totals say what they were
  row('（七）总计', [14, 2, 0, 0, 0, 'l', 17]),
  '四、结转下年度继续办理 | 1 || 0 | 0 | 0 | 0 | 2',
  '',
  '白河市生态环境局',
  '2023年1月25日',
].join('\n')
const STANDARD_GOLD = {
  title: '白河市生态环境局2022年政府信息公开工作年度报告', agency: '白河市生态环境局', report_year: 2022, format: 'standard-2021',
  't3.total.other_org': 1, 't3.carry_forward.business': 1, 't3.carry_forward.total': 2, 't3.new.total': 17,
  notes: 'the two damaged cells follow from their rows and columns',
}

let server: Server
let dir: string

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-effort-'))
  writeFileSync(join(dir, 'effort-free.txt'), FREE)
  writeFileSync(join(dir, 'effort-standard.txt'), STANDARD)
  server = await startServer()
})

test.afterAll(async () => {
  await server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function stored(client: AnnalistClient, file: string): Promise<{ values: Record<string, FieldValue>; origins: Record<string, string> }> {
  const list = await client.call('documents.list', { limit: 10 })
  const id = list.rows.find((r) => r.file_name === file)?.id
  if (id === undefined) throw new Error(`${file} not in the library`)
  const d = await client.call('documents.get', { id })
  return { values: Object.fromEntries(d.fields.map((f) => [f.field, f.value])), origins: Object.fromEntries(d.fields.map((f) => [f.field, f.origin])) }
}

test('the scripted reviewer brings two reports to gold from the keyboard alone and counts its keys', async ({ page }) => {
  const client = await openLibraryWith(page, server.url, [join(dir, 'effort-free.txt'), join(dir, 'effort-standard.txt')])
  const golds = new Map<string, Record<string, unknown>>([['effort-free.txt', FREE_GOLD], ['effort-standard.txt', STANDARD_GOLD]])
  const run = await reviewLibrary(page, client, golds)
  console.log(effortReport('e2e', run))
  expect(run.documents.map((d) => d.file).sort()).toEqual(['effort-free.txt', 'effort-standard.txt'])
  expect(run.mouse).toBe(0)
  for (const d of run.documents) {
    expect(d.fields.filter((f) => f.method === 'failed' || f.method === 'unreachable'), d.file).toEqual([])
    expect(d.fields.length, `${d.file} needed corrections`).toBeGreaterThan(0)
    expect(d.keys).toBeGreaterThan(d.fields.length)
    expect(d.fields.every((f) => f.keys > 0)).toBe(true)
    expect(d.verified).toBe(true)
  }
  const free = run.documents.find((d) => d.file === 'effort-free.txt')!
  const cells = run.documents.find((d) => d.file === 'effort-standard.txt')!
  expect(free.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['agency', 'applications_received', 'admin_lawsuits']))
  // the agency is in the text: taken from it (its span kept), not typed
  expect(free.fields.find((f) => f.field === 'agency')?.method).toBe('pick')
  expect(cells.fields.map((f) => f.field).sort()).toEqual(['t3.carry_forward.business', 't3.total.other_org'])
  // what the library holds now, scored by the eval's own rules: every gold field right, set by a person
  for (const [file, gold] of golds) {
    const { values, origins } = await stored(client, file)
    const score = scoreDocument(gold, values)
    expect(score.fields.filter((f) => f.outcome !== 'right'), file).toEqual([])
    for (const f of run.documents.find((d) => d.file === file)!.fields) expect(origins[f.field], `${file} ${f.field}`).toBe('corrected')
  }
  const list = await client.call('documents.list', { limit: 10 })
  expect(list.rows.map((r) => r.status)).toEqual(['verified', 'verified'])
})
