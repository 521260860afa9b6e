/**
 * A field's source on the rendered page, from TextBox[] alone (issue 11 point 5): the PDF reader's boxes and
 * OCR's are the same shape, so the desk needs no matching of pdf.js text items. A span that covers part of
 * a box gets that part of it, by its share of the box's advance: a CJK character one em, an ASCII one half
 * (how Chinese fonts set digits and Latin letters; exact enough to outline a number inside a sentence). An
 * OCR box that knows where its characters stand (TextBox.edges) gives exactly theirs.
 */
import { edgeSpan, type TextBox } from '../../../shared/text-box'
import type { Span } from './span-map'

export interface Outline { page: number; x: number; y: number; w: number; h: number }

/** a character's advance in ems, roughly: half for ASCII, whole for the rest */
const advance = (c: number): number => (c < 0x80 ? 0.5 : 1)

/** the advance of text[from, to) */
function widthOf(text: string, from: number, to: number): number {
  let w = 0
  for (let i = from; i < to; i++) w += advance(text.charCodeAt(i))
  return w
}

export function outlinesFor(boxes: readonly TextBox[], span: Span | null, text: string): Outline[] {
  if (!span || span[1] <= span[0]) return []
  const [s, e] = span
  const out: Outline[] = []
  for (const b of boxes) {
    if (b.end <= s || b.start >= e) continue
    const whole = widthOf(text, b.start, b.end) || 1
    const [a, z] = edgeSpan(b, s, e) ?? [widthOf(text, b.start, Math.max(s, b.start)) / whole, widthOf(text, b.start, Math.min(e, b.end)) / whole]
    out.push({ page: b.page, x: b.x + b.w * a, y: b.y, w: b.w * (z - a), h: b.h })
  }
  return out
}

/** A point in the page's text layer (a span drawn for one box, and an offset in its text) as a raw-text offset. */
export function rawOffsetAt(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const box = el?.closest('[data-start]')
  if (!box) return null
  const start = Number(box.getAttribute('data-start'))
  if (node.nodeType === Node.TEXT_NODE) return start + offset
  // an element boundary: before its first character, or after its last
  return offset === 0 ? start : Number(box.getAttribute('data-end'))
}

/** The page selection inside `root` (the PDF's text layers) in raw-text offsets, or null. */
export function pageSelection(root: HTMLElement | null, rawText: string, sel: Selection | null = window.getSelection()): { text: string; start: number; end: number } | null {
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const r = sel.getRangeAt(0)
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null
  const a = rawOffsetAt(r.startContainer, r.startOffset)
  const b = rawOffsetAt(r.endContainer, r.endOffset)
  if (a === null || b === null) return null
  const [start, end] = a <= b ? [a, b] : [b, a]
  const text = rawText.slice(start, end)
  return text.trim() === '' ? null : { text, start, end }
}
