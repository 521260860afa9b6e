/**
 * The text the rules read: the clean text with layout spaces squeezed out (`2017 年度` → `2017年度`, as
 * pdftotext writes it) and an offset map back to the clean text, so every match still has a raw span.
 * Line breaks and tabs stay: lines carry titles and signatures, tabs separate table cells.
 */
import { rawSpan, type CleanText } from '../text/index'

export type { CleanText }

export interface TextView {
  text: string
  /** view offset → clean-text offset; length text.length + 1 */
  toClean: Int32Array
  clean: CleanText
}

/** The layout spaces a view squeezes: ' ', NBSP, ideographic and other odd spaces, CR, FF, VT. */
function isLayoutSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x0d || c === 0x0c || c === 0x0b
}

/** [A-Za-z0-9] */
function keepsGap(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/**
 * A space survives only between two Latin letters or digits, so that numbers never merge.
 * Built from slices of the clean text between space runs and one Int32Array, never one JS value per
 * character (issue 10: a 16 M-character text took over a gigabyte that way).
 */
export function makeView(clean: CleanText): TextView {
  const src = clean.text
  const n = src.length
  const map = new Int32Array(n + 1)
  const parts: string[] = []
  let o = 0
  let runStart = 0
  let i = 0
  while (i < n) {
    if (!isLayoutSpace(src.charCodeAt(i))) {
      map[o++] = i++
      continue
    }
    let j = i + 1
    while (j < n && isLayoutSpace(src.charCodeAt(j))) j++
    if (i > runStart) parts.push(src.slice(runStart, i))
    // the char before the run is always kept (runs are maximal), so it is the view's last char
    if (i > 0 && j < n && keepsGap(src.charCodeAt(i - 1)) && keepsGap(src.charCodeAt(j))) {
      parts.push(' ')
      map[o++] = i
    }
    runStart = j
    i = j
  }
  map[o] = n
  if (runStart === 0) return { text: src, toClean: map, clean }
  if (runStart < n) parts.push(src.slice(runStart))
  return { text: parts.join(''), toClean: map.slice(0, o + 1), clean }
}

/** Raw-text span of view range [start, end). */
export function rawSpanOf(view: TextView, start: number, end: number): [number, number] {
  const cs = view.toClean[start]
  const ce = end > start ? view.toClean[end - 1] + 1 : cs
  return rawSpan(view.clean, cs, ce)
}

export interface Line { text: string; start: number; end: number }

/** Lines of a view, with their view offsets. */
export function linesOf(view: TextView): Line[] {
  const out: Line[] = []
  let s = 0
  const t = view.text
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === '\n') {
      out.push({ text: t.slice(s, i), start: s, end: i })
      s = i + 1
    }
  }
  return out
}

export interface Sentence { text: string; start: number; end: number }

/** Sentences: split at 。！？；and line breaks; the punctuation stays with its sentence. */
export function sentencesOf(view: TextView): Sentence[] {
  const out: Sentence[] = []
  const t = view.text
  let s = 0
  for (let i = 0; i <= t.length; i++) {
    const c = t[i]
    if (i === t.length || c === '\n' || c === '。' || c === '！' || c === '？' || c === '；' || c === ';') {
      const e = i === t.length || c === '\n' ? i : i + 1
      if (e > s) out.push({ text: t.slice(s, e), start: s, end: e })
      s = i + 1
    }
  }
  return out
}
