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

const WS = /[ \u00a0\u3000\u2002\u2003\u2009\r\f\v]/
const KEEP_GAP = /[A-Za-z0-9]/

/** A space survives only between two Latin letters or digits, so that numbers never merge. */
export function makeView(clean: CleanText): TextView {
  const src = clean.text
  const out: string[] = []
  const map: number[] = []
  const n = src.length
  let i = 0
  while (i < n) {
    const ch = src[i]
    if (WS.test(ch)) {
      let j = i
      while (j < n && WS.test(src[j])) j++
      const before = out.length ? out[out.length - 1] : ''
      const after = j < n ? src[j] : ''
      if (KEEP_GAP.test(before) && KEEP_GAP.test(after)) { out.push(' '); map.push(i) }
      i = j
      continue
    }
    out.push(ch); map.push(i)
    i++
  }
  map.push(n)
  return { text: out.join(''), toClean: Int32Array.from(map), clean }
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
