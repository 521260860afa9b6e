/**
 * The quick side of OCR inside text PDFs (issue 14 point 1), without reading any picture: a blank page among
 * typed ones stays quiet (nothing to read, nothing to say), OCR off keeps the old behaviour, a cancel stops
 * before the first page, and only values inside what OCR read lose confidence. One small picture is read by
 * OCR (a few seconds), beside a red seal that must not be.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import sharp from 'sharp'
import { makePdf, type PdfPicture } from '../../../scripts/lib/pdf-writer'
import { parseDocument } from '../../../src/main/ingest'
import { lowerOcrConfidence, OCR_CONFIDENCE_FACTOR } from '../../../src/main/ingest/ocr/ocr-confidence'
import { mayHoldImages, typedCharsInside } from '../../../src/main/ingest/ocr/pdf-ocr-regions'
import type { ExtractionResult, ParsedDocument } from '../../../src/shared/document'

const SCANS = join(import.meta.dirname, '../../fixtures/scans')

it('a blank page among typed pages is neither read nor reported with OCR on; with OCR off it is reported as before', async () => {
  const bytes = makePdf([{ lines: ['甘肃省水利厅2022年政府信息公开工作年度报告', '一、总体情况'] }, { lines: [] }, { lines: ['二、主动公开政府信息情况'] }])
  const calls: number[] = []
  const on = await parseDocument(bytes, 'blank.pdf', { ocr: { onPage: (done) => calls.push(done) } })
  expect(on.warnings.map((w) => w.code)).toEqual([])
  expect(on.ocr).toBeUndefined()
  expect(calls).toEqual([])
  const off = await parseDocument(bytes, 'blank.pdf', { ocr: false })
  expect(off.warnings.find((w) => w.code === 'scanned')?.message_en).toMatch(/pages 2 have no text layer/)
})

it('with OCR off, a scanned page inside a text PDF and a picture of a table are left as before', async () => {
  const page = await parseDocument(readFileSync(join(SCANS, 's21-02-province-pdf-scanned-page2.pdf')), 'a.pdf', { ocr: false })
  expect(page.warnings.find((w) => w.code === 'scanned')?.message_en).toMatch(/pages 2 have no text layer/)
  expect(page.ocr).toBeUndefined()
  expect(page.pageStarts?.[1]).toBe(page.pageStarts?.[2])
  const picture = await parseDocument(readFileSync(join(SCANS, 's21-02-province-pdf-table-picture.pdf')), 'b.pdf', { ocr: false })
  expect(picture.ocr).toBeUndefined()
  expect(picture.text).not.toMatch(/本年新收/)
})

it('a cancel stops OCR of the scanned page, with the cancel error', async () => {
  const signal = AbortSignal.abort()
  await expect(parseDocument(readFileSync(join(SCANS, 's21-02-province-pdf-scanned-page2.pdf')), 'a.pdf', { ocr: { signal } }))
    .rejects.toMatchObject({ code: 'cancelled' })
})

it('in a document only partly read by OCR, only values inside what OCR read are less certain', () => {
  const text = '行政许可 | 1614\n本年新收政府信息公开申请数 | 225'
  const doc: ParsedDocument = {
    kind: 'pdf', encoding: null, pageCount: 2, text, blocks: [], warnings: [],
    boxes: [{ start: 23, end: 41, page: 2, x: 0, y: 0, w: 1, h: 0.1, confidence: 0.9 }],
    ocr: { pages: 1, meanConfidence: 0.9, regions: [{ start: 16, end: text.length, confidence: 0.9 }] },
  }
  const field = (name: string, span: [number, number] | null) => ({ field: name, value: 1, span, confidence: 1, rule: 'test' })
  const extraction = { fields: [field('t2.licensing.decisions', [7, 11]), field('t3.new.total', [text.length - 3, text.length]), field('derived', null)] } as unknown as ExtractionResult
  const out = lowerOcrConfidence(extraction, doc).fields.map((f) => [f.field, f.confidence])
  expect(out).toEqual([['t2.licensing.decisions', 1], ['t3.new.total', Math.round(OCR_CONFIDENCE_FACTOR * 0.9 * 1000) / 1000], ['derived', 1]])
})

it('a text PDF that names no image is not opened for OCR at all; one with a picture is', () => {
  const typed = makePdf([{ lines: ['一、总体情况'] }])
  expect(mayHoldImages(typed)).toBe(false)
  // a ProcSet's /ImageB names no image
  expect(mayHoldImages(Buffer.from('<< /ProcSet [/PDF /Text /ImageB /ImageC] >>', 'latin1'))).toBe(false)
  const picture = { pixels: new Uint8Array(16).fill(255), channels: 1 as const, width: 4, height: 4, dpi: 72 }
  expect(mayHoldImages(makePdf([{ lines: ['一、总体情况', { picture }] }]))).toBe(true)
  expect(mayHoldImages(readFileSync(join(SCANS, 's21-02-province-pdf-table-picture.pdf')))).toBe(true)
})

it('counts the text layer over a picture: the hidden text of a searchable scan means its picture is already read', () => {
  // an A4 page; a picture over its upper half; one line inside it, one below it (PDF y grows upwards)
  const page = {
    view: [0, 0, 595, 842] as [number, number, number, number],
    items: [
      { str: '本年新收政府信息公开申请数', x: 60, y: 700, width: 156, size: 12 },
      { str: '四、政府信息公开行政复议', x: 60, y: 300, width: 144, size: 12 },
    ],
  }
  const picture = { x: 50, y: 50, w: 500, h: 350 }
  expect(typedCharsInside(page, picture)).toBe(13)
  expect(typedCharsInside(page, { ...picture, y: 450 })).toBe(12)
  expect(typedCharsInside(undefined, picture)).toBe(0)
})

/** A picture of `inches` square at 72 dpi, drawn from SVG by sharp: what a report might paste into a page. */
async function svgPicture(svg: string, inches: number): Promise<PdfPicture> {
  const size = inches * 72
  const { data, info } = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${svg}</svg>`))
    .flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true })
  return { pixels: data, channels: 3, width: info.width, height: info.height, dpi: 72 }
}

it('a large picture of text is read where it stands; a large red seal is not read at all', async () => {
  // 4 inches square: 16% of an A4 page, over the size a logo or a seal usually has
  const text = await svgPicture('<text x="20" y="150" font-family="Noto Sans CJK SC" font-size="22" fill="#000">申请数合计二百二十五件</text>', 4)
  const seal = await svgPicture('<circle cx="144" cy="144" r="130" fill="none" stroke="#d81e06" stroke-width="10"/><polygon points="144,60 165,125 234,125 178,165 199,230 144,190 89,230 110,165 54,125 123,125" fill="#d81e06"/>', 4)
  const progress: [number, number][] = []
  const doc = await parseDocument(makePdf([{ lines: ['一、总体情况', { picture: text }, '二、主动公开政府信息情况', { picture: seal }, '甘肃省水利厅'] }]), 'pictures.pdf', {
    ocr: { onPage: (done, total) => progress.push([done, total]) },
  })
  expect(progress).toEqual([[0, 1], [1, 1]])
  expect(doc.text).toMatch(/^一、总体情况\n.*二百二十五件\n二、主动公开政府信息情况\n甘肃省水利厅$/)
  expect(doc.ocr?.pages).toBe(1)
}, 120_000)
