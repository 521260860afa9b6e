// Text boxes recorded by the PDF reader (issue 11 point 5): each box's raw-text span is text that the
// generated PDF drew where the box says, in page fractions from the top-left, with both readers.
import { describe, expect, it } from 'vitest'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { parseDocument } from '../../src/main/ingest'
import { readPdf } from '../../src/main/ingest/read-pdf'
import type { TextBox } from '../../src/shared/text-box'

// pdf-writer's page: A4 points, text from the top margin at 12 pt, one line every 20 pt
const PAGE_W = 595
const PAGE_H = 842
const MARGIN = 56
const LINE_ONE_BASELINE = PAGE_H - MARGIN - 12

const TITLE = '青山县自然资源局2022年政府信息公开工作年度报告'
const SECOND = '本年共收到政府信息公开申请252件'
const doc = makePdf([
  { lines: [TITLE, SECOND] },
  { lines: ['第二页', { cells: ['项目', '本年新收', '合计'] }, { cells: ['自然人', '7', '19'] }] },
])

/** pdf-writer's advance: ASCII half an em, the rest a full em */
const drawnWidth = (s: string): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x7f ? 6 : 12), 0)

function boxOf(boxes: TextBox[], text: string, needle: string): TextBox {
  const b = boxes.find((x) => text.slice(x.start, x.end).includes(needle))
  if (!b) throw new Error(`no box holds ${needle}`)
  return b
}

describe('PDF text boxes', () => {
  for (const reader of ['fast', 'pdfjs'] as const) {
    it(`records where each line is drawn (${reader} reader)`, async () => {
      const p = await readPdf(doc, { reader })
      const boxes = p.boxes ?? []
      expect(boxes.length).toBeGreaterThanOrEqual(8)
      for (const b of boxes) {
        expect(b.end).toBeGreaterThan(b.start)
        for (const v of [b.x, b.y, b.w, b.h]) expect(v >= 0 && v <= 1).toBe(true)
      }
      const title = boxOf(boxes, p.text, TITLE)
      expect(p.text.slice(title.start, title.end)).toBe(TITLE)
      expect(title.page).toBe(1)
      expect(title.x).toBeCloseTo(MARGIN / PAGE_W, 2)
      expect(title.w).toBeCloseTo(drawnWidth(TITLE) / PAGE_W, 2)
      // the baseline lies inside the box, the next line's box lies below it
      const baseline = (PAGE_H - LINE_ONE_BASELINE) / PAGE_H
      expect(title.y).toBeLessThan(baseline)
      expect(title.y + title.h).toBeGreaterThan(baseline)
      const second = boxOf(boxes, p.text, SECOND)
      expect(second.y - title.y).toBeCloseTo(20 / PAGE_H, 3)
      // a table cell on page 2 has its own box, right of its row label
      const label = boxOf(boxes, p.text, '自然人')
      const count = boxes.find((b) => b.page === 2 && p.text.slice(b.start, b.end) === '19')
      expect(label.page).toBe(2)
      expect(count).toBeDefined()
      expect(count!.x).toBeGreaterThan(label.x + label.w)
      expect(Math.abs(count!.y - label.y)).toBeLessThan(0.01)
    })
  }

  // a page with /Rotate is shown turned (pdf.js, poppler): its boxes are fractions of the page as shown.
  // pdf-writer draws a turned page's content sideways so that it shows the same layout as the unturned
  // page (pdftotext -bbox gives identical word boxes for all four), so the boxes must be the same too.
  const SHOWN = [TITLE, SECOND, { cells: ['项目', '本年新收', '合计'] }, { cells: ['自然人', '7', '19'] }]
  for (const reader of ['fast', 'pdfjs'] as const) {
    it(`a turned page's boxes are where its text is shown (${reader} reader)`, async () => {
      const upright = await readPdf(makePdf([{ lines: SHOWN }]), { reader })
      for (const rotate of [90, 180, 270] as const) {
        const turned = await readPdf(makePdf([{ lines: SHOWN, rotate }]), { reader })
        expect(turned.text, `text at ${rotate}`).toBe(upright.text)
        const boxes = turned.boxes ?? []
        expect(boxes.length, `boxes at ${rotate}`).toBe(upright.boxes?.length)
        boxes.forEach((b, k) => {
          const u = upright.boxes![k]
          expect([b.start, b.end, b.page], `box ${k} at ${rotate}`).toEqual([u.start, u.end, u.page])
          for (const key of ['x', 'y', 'w', 'h'] as const) expect(b[key], `box ${k} ${key} at ${rotate}`).toBeCloseTo(u[key], 3)
        })
        const title = boxOf(boxes, turned.text, TITLE)
        expect(title.x).toBeCloseTo(MARGIN / PAGE_W, 2)
        expect(title.y).toBeLessThan((PAGE_H - LINE_ONE_BASELINE) / PAGE_H)
      }
    })
  }

  it('a scanned PDF has no boxes; TXT has none', async () => {
    // read with OCR off, the subject here being the PDF reader (OCR, on by default since issue 14, has its own boxes)
    const scanned = await parseDocument(makePdf([{ lines: ['x'] }], { emptyText: true }), 's.pdf', { ocr: false })
    expect(scanned.boxes).toBeUndefined()
    const txt = await parseDocument(Buffer.from('报告\n正文'), 'a.txt')
    expect(txt.boxes).toBeUndefined()
  })
})
