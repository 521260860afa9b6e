// The stored form of text boxes (issue 11 point 5): a round trip keeps every box (to 1/65535 of the page),
// OCR's confidence when there is one, OCR's edges between characters (to 1/255 of the box), and takes about 15 bytes a box; damage loses only what follows it.
import { describe, expect, it } from 'vitest'
import { decodeBoxes, encodeBoxes } from '../../src/main/library/box-codec'
import type { TextBox } from '../../src/shared/text-box'

const boxes: TextBox[] = Array.from({ length: 300 }, (_, i) => ({
  start: i * 40 + (i % 3), end: i * 40 + 30 + (i % 5), page: 1 + Math.floor(i / 60),
  x: 0.1 + (i % 2) * 0.3, y: 0.05 + (i % 60) * 0.015, w: 0.35, h: 0.0142,
}))

describe('box codec', () => {
  it('round-trips the boxes of a report in about 15 bytes a box', () => {
    const s = encodeBoxes(boxes)
    const back = decodeBoxes(s)
    expect(back).toHaveLength(boxes.length)
    back.forEach((b, i) => {
      expect([b.start, b.end, b.page]).toEqual([boxes[i].start, boxes[i].end, boxes[i].page])
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(b[k] - boxes[i][k])).toBeLessThan(1e-4)
      expect(b.confidence).toBeUndefined()
    })
    expect(s.length / boxes.length).toBeLessThan(16)
  })
  it("keeps an OCR box's edges between its characters, to 1/255 of its width, in a byte an edge", () => {
    const ocr: TextBox[] = [
      { start: 0, end: 4, page: 1, x: 0.1, y: 0.1, w: 0.4, h: 0.02, confidence: 0.9, edges: [0.3, 0.41, 0.7] },
      { start: 5, end: 7, page: 1, x: 0.1, y: 0.2, w: 0.4, h: 0.02, confidence: 0.9 },
    ]
    const back = decodeBoxes(encodeBoxes(ocr))
    expect(back).toHaveLength(2)
    back[0].edges?.forEach((e, k) => expect(Math.abs(e - (ocr[0].edges as number[])[k])).toBeLessThanOrEqual(0.5 / 255 + 1e-4))
    expect(back[0].edges).toHaveLength(3)
    expect(back[1].edges).toBeUndefined()
    expect(back[1].confidence).toBe(0.9)
    const plain = encodeBoxes([{ ...ocr[0], edges: undefined }, ocr[1]])
    // a count and a byte an edge for the first box, a count of none for the second
    expect(Buffer.from(encodeBoxes(ocr), 'base64').length - Buffer.from(plain, 'base64').length).toBe(1 + 3 + 1)
  })
  it('keeps OCR confidence, and pages out of order', () => {
    const ocr: TextBox[] = [
      { start: 0, end: 5, page: 2, x: 0, y: 0, w: 1, h: 0.1, confidence: 0.87 },
      { start: 9, end: 12, page: 1, x: 0.5, y: 0.5, w: 0.1, h: 0.1 },
    ]
    const back = decodeBoxes(encodeBoxes(ocr))
    expect(back.map((b) => [b.page, b.confidence])).toEqual([[2, 0.87], [1, undefined]])
  })
  it('a damaged string gives the boxes before the damage', () => {
    const s = Buffer.from(encodeBoxes(boxes), 'base64')
    const cut = decodeBoxes(s.subarray(0, Math.floor(s.length / 2)).toString('base64'))
    expect(cut.length).toBeGreaterThan(100)
    expect(cut.length).toBeLessThan(boxes.length)
    expect(cut[0]).toEqual(decodeBoxes(encodeBoxes(boxes))[0])
    expect(decodeBoxes('')).toEqual([])
  })
})
