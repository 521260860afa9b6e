/**
 * Text boxes as the library stores them (issue 11 point 5, within issue 15's storage budget): a base64 string
 * inside texts.structure, about 11 bytes a box before base64 (15 after). Boxes are sorted by start; each is
 * written as varints (start minus the previous start, length, page minus the previous page) and four u16
 * coordinates (page fractions in 1/65535 steps: 0.01 pt on an A4 page). A first byte says whether every box
 * also carries OCR's confidence (one byte, 0..200 for 0..1, 255 when absent), and whether boxes carry the edges
 * between their characters (OCR, issue 14): a varint count (0: none), then one byte per edge (0..255 of the
 * box's width; a character of a line of 40 is about 6 steps wide) — about one byte a character.
 * A real 5-page report of 3,400 characters with its tables: ~340 boxes, ~5 KB.
 */
import type { TextBox } from '../../shared/text-box'

const SCALE = 65535
const WITH_CONFIDENCE = 1
const WITH_EDGES = 2
const EDGE_STEPS = 255
const NO_CONFIDENCE = 255

const q = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * SCALE)

export function encodeBoxes(boxes: TextBox[]): string {
  const sorted = [...boxes].sort((a, b) => a.start - b.start)
  const conf = sorted.some((b) => b.confidence !== undefined)
  const edges = sorted.some((b) => b.edges !== undefined)
  const out: number[] = [(conf ? WITH_CONFIDENCE : 0) | (edges ? WITH_EDGES : 0)]
  const varint = (n: number): void => {
    let v = Math.max(0, Math.floor(n))
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80)
      v = Math.floor(v / 128)
    }
    out.push(v)
  }
  const u16 = (v: number): void => { out.push(v & 0xff, v >> 8) }
  let start = 0
  let page = 0
  for (const b of sorted) {
    varint(b.start - start)
    varint(b.end - b.start)
    // pages only grow along the text, but a box is never trusted to: a page before the last is written whole, flagged by 0
    if (b.page >= page && b.page - page < 0x7fffffff) varint(b.page - page + 1)
    else { varint(0); varint(b.page) }
    u16(q(b.x)); u16(q(b.y)); u16(q(b.w)); u16(q(b.h))
    if (conf) out.push(b.confidence === undefined ? NO_CONFIDENCE : Math.round(Math.min(1, Math.max(0, b.confidence)) * 200))
    if (edges) {
      const e = b.edges ?? []
      varint(e.length)
      for (const v of e) out.push(Math.round(Math.min(1, Math.max(0, v)) * EDGE_STEPS))
    }
    start = b.start
    page = b.page
  }
  return Buffer.from(out).toString('base64')
}

/** Boxes again; a damaged string gives what could be read (a box is an aid to the eye, never data). */
export function decodeBoxes(s: string): TextBox[] {
  const buf = Buffer.from(s, 'base64')
  const boxes: TextBox[] = []
  if (buf.length === 0) return boxes
  const conf = (buf[0] & WITH_CONFIDENCE) !== 0
  const withEdges = (buf[0] & WITH_EDGES) !== 0
  let at = 1
  const varint = (): number => {
    let v = 0
    let mul = 1
    for (;;) {
      if (at >= buf.length) throw new RangeError('cut short')
      const byte = buf[at++]
      v += (byte & 0x7f) * mul
      if (byte < 0x80) return v
      mul *= 128
    }
  }
  const f = (): number => {
    if (at + 2 > buf.length) throw new RangeError('cut short')
    const v = buf.readUInt16LE(at)
    at += 2
    return Math.round((v / SCALE) * 10000) / 10000
  }
  let start = 0
  let page = 0
  try {
    while (at < buf.length) {
      start += varint()
      const len = varint()
      const p = varint()
      page = p === 0 ? varint() : page + p - 1
      const box: TextBox = { start, end: start + len, page, x: f(), y: f(), w: f(), h: f() }
      if (conf) {
        if (at >= buf.length) break
        const c = buf[at++]
        if (c !== NO_CONFIDENCE) box.confidence = c / 200
      }
      if (withEdges) {
        const k = varint()
        if (at + k > buf.length) break
        if (k > 0) box.edges = Array.from(buf.subarray(at, at + k), (v) => Math.round((v / EDGE_STEPS) * 10000) / 10000)
        at += k
      }
      boxes.push(box)
    }
  } catch {
    // a damaged tail: the boxes read so far stand
  }
  return boxes
}
