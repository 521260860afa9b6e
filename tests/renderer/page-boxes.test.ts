// A field's source outlined on the page from TextBox[] alone (issue 11 point 5): the part of a box its span covers.
import { describe, expect, it } from 'vitest'
import { outlinesFor } from '../../src/renderer/src/lib/page-boxes'
import type { TextBox } from '../../src/shared/text-box'

const TEXT = '标题\n全年共收到申请23件，均已办结。'
const line = TEXT.indexOf('全年')
const BOXES: TextBox[] = [
  { start: 0, end: 2, page: 1, x: 0.1, y: 0.1, w: 0.2, h: 0.02 },
  // 15 characters: 13 CJK (an em each) and two digits (half an em each): 14 ems over 0.7 of the page
  { start: line, end: line + 15, page: 2, x: 0.1, y: 0.5, w: 0.7, h: 0.02 },
]

describe('outlinesFor', () => {
  it('outlines the part of a line that the span covers, digits at half an em', () => {
    const s = TEXT.indexOf('23')
    const [o] = outlinesFor(BOXES, [s, s + 2], TEXT)
    expect(o.page).toBe(2)
    expect(o.x).toBeCloseTo(0.1 + 0.05 * 7, 6)
    expect(o.w).toBeCloseTo(0.05, 6)
    expect(o.y).toBe(0.5)
  })
  it("an OCR box's edges between its characters set the outline, not the usual widths", () => {
    const s = TEXT.indexOf('23')
    const k = s - line
    // the recogniser put the two digits at 0.60..0.70 of the line
    const edges = Array.from({ length: 14 }, (_, i) => (i + 1 < k ? (i + 1) * 0.05 : i + 1 === k ? 0.6 : i + 1 === k + 1 ? 0.65 : i + 1 === k + 2 ? 0.7 : 0.7 + (i - k - 1) * 0.03))
    const [o] = outlinesFor([{ ...BOXES[1], edges }], [s, s + 2], TEXT)
    expect(o.x).toBeCloseTo(0.1 + 0.7 * 0.6, 6)
    expect(o.w).toBeCloseTo(0.7 * 0.1, 6)
  })
  it('a span over two boxes gets one outline on each; none for a span without boxes or no span', () => {
    expect(outlinesFor(BOXES, [0, line + 2], TEXT).map((o) => o.page)).toEqual([1, 2])
    expect(outlinesFor(BOXES, [TEXT.length - 1, TEXT.length], TEXT)).toEqual([])
    expect(outlinesFor(BOXES, null, TEXT)).toEqual([])
  })
})
