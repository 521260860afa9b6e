/**
 * Text boxes as the library stores them (issue 11 point 5, within issue 15's storage budget): a base64 string
 * inside texts.structure, 12 bytes a box. Starts are delta-coded against the previous box (boxes come sorted
 * by start), coordinates are page fractions in 1/65535 steps (0.01 pt on an A4 page).
 * Layout per box, little-endian: u32 start delta | u16 length | u16 page | u16 x | u16 y | u16 w | u16 h,
 * hence 16 bytes before base64 (about 21 after); a report of 5,000 characters holds a few hundred boxes.
 */
import type { TextBox } from '../../shared/text-box'

const BYTES = 16
const SCALE = 65535

const q = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * SCALE)

export function encodeBoxes(boxes: TextBox[]): string {
  const sorted = [...boxes].sort((a, b) => a.start - b.start)
  const buf = Buffer.alloc(sorted.length * BYTES)
  let prev = 0
  sorted.forEach((b, k) => {
    const o = k * BYTES
    buf.writeUInt32LE(b.start - prev, o)
    buf.writeUInt16LE(Math.min(0xffff, b.end - b.start), o + 4)
    buf.writeUInt16LE(Math.min(0xffff, b.page), o + 6)
    buf.writeUInt16LE(q(b.x), o + 8)
    buf.writeUInt16LE(q(b.y), o + 10)
    buf.writeUInt16LE(q(b.w), o + 12)
    buf.writeUInt16LE(q(b.h), o + 14)
    prev = b.start
  })
  return buf.toString('base64')
}

/** Boxes again; a damaged string gives what could be read (a box is an aid to the eye, never data). */
export function decodeBoxes(s: string): TextBox[] {
  const buf = Buffer.from(s, 'base64')
  const out: TextBox[] = []
  let start = 0
  const f = (v: number): number => Math.round((v / SCALE) * 10000) / 10000
  for (let o = 0; o + BYTES <= buf.length; o += BYTES) {
    start += buf.readUInt32LE(o)
    out.push({ start, end: start + buf.readUInt16LE(o + 4), page: buf.readUInt16LE(o + 6),
      x: f(buf.readUInt16LE(o + 8)), y: f(buf.readUInt16LE(o + 10)), w: f(buf.readUInt16LE(o + 12)), h: f(buf.readUInt16LE(o + 14)) })
  }
  return out
}
