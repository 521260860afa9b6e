/**
 * Where each line of a PDF page sits, as TextBox[] over the document's raw text (issue 11 point 5): the
 * review desk outlines a field's source on the rendered page from these alone, as it will for OCR's boxes.
 * One box per line segment (a run of prose, or a table cell's line), found in the page's stretch of the raw
 * text in reading order. The reader writes segment text verbatim into the raw text (paragraphs join lines,
 * tables join cells with ' | '), so a forward search finds it; a segment the layout reordered (a wrapped
 * cell) is looked for again from the page's start; one that cannot be found gets no box rather than a wrong one.
 */
import type { TextBox } from '../../shared/text-box'
import type { Line } from './pdf-layout'

/** pdfjs's page.view: [x0, y0, x1, y1] in PDF user space (y grows upwards). */
export type PageView = [number, number, number, number]

/** Text sits this far above its baseline, and below it, in font sizes (CJK fonts' usual ascent and descent). */
const ASCENT = 0.88
const DESCENT = 0.18

const round4 = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 10000) / 10000

/**
 * The boxes of one page. `text` is the whole raw text; [from, to) the page's stretch of it; `lines` the
 * page's lines built from all of its items (those inside ruled tables included).
 */
export function pageBoxes(text: string, from: number, to: number, page: number, view: PageView, lines: Line[]): TextBox[] {
  const [vx0, vy0, vx1, vy1] = view
  const width = vx1 - vx0
  const height = vy1 - vy0
  if (!(width > 0 && height > 0)) return []
  const taken: [number, number][] = []
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b)
  const find = (needle: string, at: number): number => {
    for (let i = text.indexOf(needle, at); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
      if (free(i, i + needle.length)) return i
    }
    return -1
  }
  const out: TextBox[] = []
  let cursor = from
  const place = (str: string, x0: number, x1: number, l: Line): void => {
    let at = find(str, cursor)
    if (at < 0) at = find(str, from)
    else cursor = at + str.length
    if (at < 0) return
    taken.push([at, at + str.length])
    const top = l.y + ASCENT * l.size
    out.push({
      start: at, end: at + str.length, page,
      x: round4((x0 - vx0) / width), y: round4((vy1 - top) / height),
      w: round4((x1 - x0) / width), h: round4(((ASCENT + DESCENT) * l.size) / height),
    })
  }
  for (const l of lines) {
    for (const s of l.segments) {
      if (find(s.text, from) >= 0) {
        place(s.text, s.x0, s.x1, l)
        continue
      }
      // a segment that spans two ruled cells ("252 12" written "252 | 12"): its words, placed by their share of its width
      const words = s.text.split(' ')
      const total = s.text.length
      let pos = 0
      for (const w of words) {
        const x0 = s.x0 + ((s.x1 - s.x0) * pos) / total
        const x1 = s.x0 + ((s.x1 - s.x0) * (pos + w.length)) / total
        if (w !== '') place(w, x0, x1, l)
        pos += w.length + 1
      }
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
