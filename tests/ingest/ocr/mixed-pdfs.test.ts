/**
 * Text PDFs that OCR has to help with (issue 14 point 1), made by scripts/make-mixed-pdfs.ts from the
 * generated report s21-02-province-pdf: one with its page 2 (table 三) replaced by its scan, one with table 三
 * posted as a picture between typed text, a small logo above the title and a red seal after the signature.
 * Through the real import: every field of the gold right, table 三 cell by cell as the text PDF gives it
 * (at least 99%), only the scanned page or the table picture read by OCR (the logo and the seal left alone),
 * and only the values read by OCR less certain. Slow (two OCR'd images, and the picture once more for its boxes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importPaths } from '../../../src/main/import/index'
import { fieldRecord } from '../../../src/main/import/cross-year'
import { openLibrary, type Db } from '../../../src/main/library/db'
import { scoreDocument } from '../../../src/main/eval/score'
import { parseDocument } from '../../../src/main/ingest'
import { OCR_CONFIDENCE_FACTOR } from '../../../src/main/ingest/ocr/ocr-confidence'
import type { ParsedDocument } from '../../../src/shared/document'

const SCANS = join(import.meta.dirname, '../../fixtures/scans')
const SOURCE = join(import.meta.dirname, '../../fixtures/reports/s21-02-province-pdf.pdf')
const SCANNED_PAGE = join(SCANS, 's21-02-province-pdf-scanned-page2.pdf')
const TABLE_PICTURE = join(SCANS, 's21-02-province-pdf-table-picture.pdf')
const NAMES = [SCANNED_PAGE, TABLE_PICTURE]

let dir: string
let db: Db
const idOf = new Map<string, number>()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-mixed-'))
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const s = await importPaths(db, [SOURCE, ...NAMES], { workers: 2, fileTimeoutMs: 300_000 })
  expect(s.failed).toEqual([])
  for (const i of s.imported) idOf.set(i.file, i.id)
}, 600_000)

afterAll(() => {
  db?.close()
  rmSync(dir, { recursive: true, force: true })
})

const t3 = (id: number): Map<string, unknown> => new Map(Object.entries(fieldRecord(db, id)).filter(([k]) => k.startsWith('t3.')))
const codes = (id: number): string[] =>
  (db.prepare("SELECT code FROM warnings WHERE document_id = ? AND source = 'import'").all(id) as { code: string }[]).map((w) => w.code)
const confidence = (id: number, field: string): number =>
  (db.prepare("SELECT confidence FROM fields WHERE document_id = ? AND field_id = ?").get(id, field) as { confidence: number }).confidence

describe.each(NAMES.map((f) => [f.slice(SCANS.length + 1), f]))('%s', (_name, file) => {
  it('every field of the gold comes out right', () => {
    const gold = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.gold.json'), 'utf8')) as Record<string, unknown>
    const score = scoreDocument(gold, fieldRecord(db, idOf.get(file) as number))
    expect(score.fields.filter((f) => f.outcome !== 'right')).toEqual([])
  })

  it('at least 99% of table 三 cells as the text PDF gives them', () => {
    const want = t3(idOf.get(SOURCE) as number)
    const got = t3(idOf.get(file) as number)
    expect(want.size).toBeGreaterThanOrEqual(100)
    const wrong = [...want].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${k}: ${String(v)} got ${String(got.get(k))}`)
    expect(wrong.length / want.size, wrong.join('\n')).toBeLessThanOrEqual(0.01)
  })

  it('carries the OCR warning, not the scanned one; only values read by OCR are less certain', () => {
    const id = idOf.get(file) as number
    expect(codes(id)).toContain('ocr')
    expect(codes(id)).not.toContain('scanned')
    // table 三 was read from pixels; the title and table 二 on page 1 are typed text
    expect(confidence(id, 't3.new.total')).toBeLessThanOrEqual(OCR_CONFIDENCE_FACTOR)
    expect(confidence(id, 't2.licensing.decisions')).toBe(confidence(idOf.get(SOURCE) as number, 't2.licensing.decisions'))
    expect(confidence(id, 'title')).toBe(confidence(idOf.get(SOURCE) as number, 'title'))
  })
})

it('the scanned page keeps its place: one text, one page numbering', () => {
  const doc = db.prepare('SELECT page_count FROM documents WHERE id = ?').get(idOf.get(SCANNED_PAGE)) as { page_count: number }
  expect(doc.page_count).toBe(3)
  const w = db.prepare("SELECT message, message_en FROM warnings WHERE document_id = ? AND code = 'ocr'").get(idOf.get(SCANNED_PAGE)) as { message: string; message_en: string }
  expect(w.message_en).toMatch(/^text of page 2 \(no text layer\) read by OCR/)
  expect(w.message).toMatch(/第 2 页/)
})

describe('a picture of table 三 on a typed page', () => {
  let doc: ParsedDocument
  const progress: [number, number][] = []
  beforeAll(async () => {
    doc = await parseDocument(readFileSync(TABLE_PICTURE), 'table-picture.pdf', { ocr: { onPage: (done, total) => progress.push([done, total]) } })
  }, 300_000)

  it('is read where it stood, between the heading above it and the text below it on its page', () => {
    const heading = doc.text.indexOf('三、收到和处理政府信息公开申请情况')
    const row = doc.text.search(/本年新收政府信息公开申请数 \| 154 \| 47 \| 3 \| 8 \| 6 \| 7 \| 225/)
    const below = doc.text.indexOf('四、政府信息公开行政复议、行政诉讼情况')
    expect(heading).toBeGreaterThan(0)
    expect(row).toBeGreaterThan(heading)
    expect(below).toBeGreaterThan(row)
    // all three on page 2
    const page2 = [doc.pageStarts?.[1] ?? -1, doc.pageStarts?.[2] ?? -1]
    for (const at of [heading, row, below]) expect(at >= page2[0] && at < page2[1]).toBe(true)
  })

  it('reads only that picture: the logo and the red seal stay pictures', () => {
    expect(doc.ocr?.pages).toBe(1)
    expect(progress).toEqual([[0, 1], [1, 1]])
    expect(doc.text).not.toMatch(/专用章/)
    expect(doc.warnings.find((w) => w.code === 'ocr')?.message_en).toMatch(/1 picture on page 2/)
  })

  it('outlines what OCR read inside the picture on page 2, the typed text by the text layer', () => {
    const region = doc.ocr?.regions?.[0]
    const span = [region?.start ?? 0, region?.end ?? 0]
    const at = doc.text.indexOf('225', span[0])
    const box = doc.boxes?.find((b) => b.start <= at && b.end > at)
    expect(box?.page).toBe(2)
    expect(box?.confidence).toBeGreaterThan(0.5)
    // the picture stands below the heading's line and ends above the next heading's
    const heading = doc.boxes?.find((b) => b.start === doc.text.indexOf('三、收到和处理政府信息公开申请情况'))
    const next = doc.boxes?.find((b) => b.start === doc.text.indexOf('四、政府信息公开行政复议、行政诉讼情况'))
    expect(heading?.confidence).toBeUndefined()
    expect(box?.y).toBeGreaterThan((heading?.y ?? 1) + (heading?.h ?? 0))
    expect((box?.y ?? 1) + (box?.h ?? 0)).toBeLessThan(next?.y ?? 0)
  })
})
