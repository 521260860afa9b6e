/**
 * An image file read by OCR (issue 14): page 2 of the generated report s21-02 as a PNG (a table posted as a
 * picture). Its table 三 is rebuilt from the positions of the recognised pieces and the rules in the pixels,
 * and every piece keeps its box on the page.
 */
import { expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from '../../../src/main/ingest'
import { readPdf } from '../../../src/main/ingest/read-pdf'
import type { TableBlock } from '../../../src/shared/document'

const PNG = join(import.meta.dirname, '../../fixtures/scans/s21-02-province-pdf-page2.png')
const SOURCE = join(import.meta.dirname, '../../fixtures/reports/s21-02-province-pdf.pdf')

/** Table 三's number rows (from 一、本年新收 to 四、结转), numbers only, full-width digits folded. */
function t3Numbers(tables: TableBlock[]): string[][] {
  const t = tables.find((x) => x.rows.some((r) => r[0].includes('本年新收')))
  if (!t) return []
  const from = t.rows.findIndex((r) => r[0].includes('本年新收'))
  const to = t.rows.findIndex((r) => r[0].includes('结转下年度'))
  return t.rows.slice(from, to + 1).map((r) => r.slice(1).map((c) => c.normalize('NFKC')))
}

it('reads a PNG of table 三 into its rows of cells, with a box for every piece', async () => {
  const pages: number[] = []
  const doc = await parseDocument(readFileSync(PNG), 'table.png', { ocr: { onPage: (done) => pages.push(done) } })
  expect(doc.kind).toBe('image')
  expect(doc.pageCount).toBe(1)
  expect(pages).toEqual([0, 1])
  expect(doc.warnings.map((w) => w.code)).toContain('ocr')
  expect(doc.ocr?.meanConfidence).toBeGreaterThan(0.8)

  const source = await readPdf(readFileSync(SOURCE))
  const want = t3Numbers(source.blocks.filter((b): b is TableBlock => b.type === 'table'))
  const got = t3Numbers(doc.blocks.filter((b): b is TableBlock => b.type === 'table'))
  expect(want.length).toBe(25)
  let right = 0
  want.forEach((row, r) => row.forEach((c, k) => { if (got[r]?.[k] === c) right++ }))
  expect(right / (want.length * 7)).toBeGreaterThanOrEqual(0.99)

  // boxes: inside the page, on the text they name, in order
  const boxes = doc.boxes ?? []
  expect(boxes.length).toBeGreaterThan(150)
  for (const b of boxes) {
    expect(b.page).toBe(1)
    expect(b.x).toBeGreaterThanOrEqual(0)
    expect(b.x + b.w).toBeLessThanOrEqual(1.0001)
    expect(b.y + b.h).toBeLessThanOrEqual(1.0001)
    expect(b.end).toBeGreaterThan(b.start)
    expect(b.confidence).toBeGreaterThan(0)
  }
  const at = doc.text.indexOf('225')
  const box = boxes.find((b) => b.start === at)
  // 225 is the last cell of the row of new applications: at the right of the page
  expect(box?.x).toBeGreaterThan(0.7)
})
