/**
 * documents.reocr (issue 14): a document whose text layer is useless is read again by OCR from the desk, as a
 * job with progress per page; its text and automatic values are replaced, a value a person set stays.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ApiEvents, DocumentDetail } from '../../src/shared/contract'
import { importPaths } from '../../src/main/import/index'
import { openLibrary } from '../../src/main/library/db'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { codeOf } from './service-fixtures'

const SCAN = join(import.meta.dirname, '../fixtures/scans/s21-02-province-pdf-scan150.pdf')
const TXT = join(import.meta.dirname, '../fixtures/reports/s19-01-county-txt.txt')

let dir: string
let app: OpenServices
let scanId: number
let txtId: number

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-reocr-'))
  const path = join(dir, 'lib.annalist')
  copyFileSync(SCAN, join(dir, 'scan.pdf'))
  const db = openLibrary(path, { create: true })
  // imported with OCR off: kept as before, a scan with no text (what a library made before issue 14 holds)
  const s = await importPaths(db, [join(dir, 'scan.pdf'), TXT], { workers: 1, ocr: false })
  db.close()
  scanId = s.imported.find((i) => i.kind === 'pdf')?.id as number
  txtId = s.imported.find((i) => i.kind === 'txt')?.id as number
  app = openServices({ path, mode: 'browser' })
}, 120_000)

afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

it('reads a stored PDF again by OCR: pages reported, text and values replaced, a person\'s value kept', async () => {
  const before = (await app.services.call('documents.get', { id: scanId })) as DocumentDetail
  expect(before.raw_text).toBe('')
  await app.services.call('fields.set', { ids: [scanId], field: 'report_year', value: 2022, reason: 'read from the scan by eye' })

  const events: { name: string; payload: unknown }[] = []
  const off = app.services.ctx.events.subscribe((name, payload) => events.push({ name, payload }))
  const { job } = (await app.services.call('documents.reocr', { id: scanId })) as { job: string }
  const end = await new Promise<ApiEvents['job.end']>((resolve) => {
    const stop = app.services.ctx.events.subscribe((name, payload) => {
      if (name === 'job.end' && (payload as ApiEvents['job.end']).job === job) { stop(); resolve(payload as ApiEvents['job.end']) }
    })
  })
  off()
  expect(end).toEqual({ job, kind: 'reocr', summary: { id: scanId, pages: 3 } })
  const pages = events.filter((e) => e.name === 'job.progress').map((e) => (e.payload as ApiEvents['job.progress']).pages).filter((p) => p)
  expect(pages[pages.length - 1]).toEqual({ done: 3, total: 3 })

  const after = (await app.services.call('documents.get', { id: scanId })) as DocumentDetail
  expect(after.raw_text).toContain('甘肃省水利厅')
  const value = (f: string) => after.fields.find((x) => x.field === f)
  expect(value('agency')?.value).toBe('甘肃省水利厅')
  expect(value('t3.new.total')?.value).toBe(225)
  expect(value('report_year')).toMatchObject({ value: 2022, origin: 'corrected', span: null })
  const codes = after.warnings.filter((w) => w.source === 'import').map((w) => w.code)
  expect(codes).toContain('ocr')
  expect(codes).not.toContain('scanned')
  // the search finds the new text
  const hits = (await app.services.call('search.query', { q: '水利厅' })) as { id: number }[]
  expect(hits.map((h) => h.id)).toContain(scanId)
}, 600_000)

it('refuses a document that is not a PDF or an image, and an unknown one', async () => {
  expect(await codeOf(app.services.call('documents.reocr', { id: txtId }))).toBe('bad_request')
  expect(await codeOf(app.services.call('documents.reocr', { id: 9999 }))).toBe('not_found')
  expect(await codeOf(app.services.call('documents.reocr', { id: 'x' } as never))).toBe('bad_request')
})
