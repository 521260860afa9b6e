/**
 * The text the rules read: the clean text with layout spaces squeezed out (`2017 年度` → `2017年度`, as
 * pdftotext writes it) and an offset map back to the clean text, so every match still has a raw span.
 * Line breaks and tabs stay: lines carry titles and signatures, tabs separate table cells.
 */
import { rawSpan, type CleanText } from '../text/index'
import { LARGE_TEXT_CHARS } from '../ingest/text-limit'

export type { CleanText }

export interface TextView {
  text: string
  /** view offset → clean-text offset, for offsets 0..text.length */
  toClean: ViewMap
  clean: CleanText
  /** the view before the vocabulary fold, when the fold changed something (same length as `text`) */
  written?: string
  /** half-width marks were folded to full width (foldHalfWidthPunctuation): `asWritten` reads them back from the clean text */
  marksFolded?: true
}

/**
 * The view's map to the clean text as runs: run k maps view offsets from viewStarts[k] on to cleanStarts[k]
 * on, one for one, until the next run. A new run starts only where spaces were squeezed, so a 16 M-character
 * text needs a few thousand runs instead of 64 MB of offsets (issue 10).
 */
export class ViewMap {
  constructor(readonly viewStarts: Int32Array, readonly cleanStarts: Int32Array, readonly length: number) {}

  /** the clean offset of view offset i (0 <= i < length) */
  at(i: number): number {
    const vs = this.viewStarts
    let lo = 0
    let hi = vs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (vs[mid] <= i) lo = mid
      else hi = mid - 1
    }
    return this.cleanStarts[lo] + i - vs[lo]
  }
}

/** Collects the runs of a ViewMap as offsets are appended in view order. */
class ViewMapBuilder {
  private vs: Int32Array = new Int32Array(64)
  private cs: Int32Array = new Int32Array(64)
  private runs = 0
  private length = 0
  private next = -1

  /** view offset `length` maps to clean offset c */
  push(c: number): void {
    if (c !== this.next) {
      if (this.runs === this.vs.length) {
        this.vs = growInt32(this.vs)
        this.cs = growInt32(this.cs)
      }
      this.vs[this.runs] = this.length
      this.cs[this.runs] = c
      this.runs++
    }
    this.length++
    this.next = c + 1
  }

  finish(): ViewMap {
    return new ViewMap(this.vs.slice(0, this.runs), this.cs.slice(0, this.runs), this.length)
  }
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
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
 * Built from slices of the clean text between space runs and a map of runs, never one JS value per
 * character (issue 10: a 16 M-character text took over a gigabyte that way).
 */
export function makeView(clean: CleanText): TextView {
  const src = clean.text
  const n = src.length
  const map = new ViewMapBuilder()
  const parts: string[] = []
  let runStart = 0
  let i = 0
  while (i < n) {
    if (!isLayoutSpace(src.charCodeAt(i))) {
      map.push(i++)
      continue
    }
    let j = i + 1
    while (j < n && isLayoutSpace(src.charCodeAt(j))) j++
    if (i > runStart) parts.push(src.slice(runStart, i))
    // the char before the run is always kept (runs are maximal), so it is the view's last char
    if (i > 0 && j < n && keepsGap(src.charCodeAt(i - 1)) && keepsGap(src.charCodeAt(j))) {
      parts.push(' ')
      map.push(i)
    }
    runStart = j
    i = j
  }
  map.push(n)
  if (runStart < n && runStart > 0) parts.push(src.slice(runStart))
  const written = runStart === 0 ? src : parts.join('')
  const words = foldTaiwanTerms(written)
  const text = foldHalfWidthPunctuation(words)
  // (the marks' fold keeps no second copy of the text: most pages have a half-width comma somewhere, and a 16 M-character
  // text would be held twice; the vocabulary fold is rare and keeps its copy)
  return { text, toClean: map.finish(), clean, ...(words !== written ? { written } : {}), ...(text !== words ? { marksFolded: true as const } : {}) }
}

/**
 * A value read in the view as the text writes it: the vocabulary fold (资讯 → 信息) is for matching only,
 * so a title or a name keeps the text's own words. `start`/`end`: the view range the value was read in.
 */
export function asWritten(view: TextView, value: string, start: number, end: number): string {
  if (!view.written && !view.marksFolded) return value
  const at = view.text.slice(start, end) === value ? start : view.text.indexOf(value, start)
  if (at < 0 || at + value.length > Math.max(end, start + value.length)) return value
  if (view.written) return view.written.slice(at, at + value.length)
  // a folded mark (，；：。) that was half-width in the text: the clean text's own character at that place
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    const was = FOLDED.has(c) ? view.clean.text[view.toClean.at(at + i)] : c
    out += was !== undefined && HALF_OF[c] === was ? was : c
  }
  return out
}

/**
 * Taiwan-vocabulary converters on mirror sites write 資訊 for 信息, 入口網站 for 门户网站, 釋出 for 发布 and 聯絡 for 联系 (corpus/pages
 * README, issue 12); simplified, these read 资讯 / 入口网站, and no rule of the genre would find 政府资讯公开.
 * The rules read them as the mainland words: word for word, the same length, so offsets stay exact.
 */
const TAIWAN_TERMS = /资讯|入口网站|释出|联络/g
// 释出机构 is a page's 发布机构 row, 请联络 its 请联系 line: where the agency is named (issue 12)
const MAINLAND: Record<string, string> = { 资讯: '信息', 入口网站: '门户网站', 释出: '发布', 联络: '联系' }

export function foldTaiwanTerms(s: string): string {
  return s.replace(TAIWAN_TERMS, (w) => MAINLAND[w])
}

/**
 * Half-width , ; : written in Chinese prose (全年公开信息186条,同比增长12%;在住建局网站…: mirrors, converters and many
 * sites' own editors) read as the full-width marks the genre's rules were written around, where a Chinese character
 * or mark stands on either side; 1,234 and 10:30 keep theirs. A half-width full stop after a Chinese character that
 * ends a sentence (…33條.同時,…) is 。; 1.属于 and 1.2万 keep theirs. One character for one, so offsets stay exact; values
 * are read as written (`asWritten`).
 */
const HALF_WIDTH_MARK = /(?<=[\u4e00-\u9fa5\u3001-\u303f\uff01-\uff60])[,;:]|[,;:](?=[\u4e00-\u9fa5\u3001-\u303f\uff01-\uff60])|(?<=[\u4e00-\u9fa5”’）》」])\.(?=[\u4e00-\u9fa5\d“‘（《「\n]|$)/g
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '.': '。' }

const FOLDED = new Set(Object.values(FULL_WIDTH))
const HALF_OF: Record<string, string> = Object.fromEntries(Object.entries(FULL_WIDTH).map(([half, full]) => [full, half]))

export function foldHalfWidthPunctuation(s: string): string {
  return s.replace(HALF_WIDTH_MARK, (c) => FULL_WIDTH[c])
}

/** Raw-text span of view range [start, end). */
export function rawSpanOf(view: TextView, start: number, end: number): [number, number] {
  const cs = view.toClean.at(start)
  const ce = end > start ? view.toClean.at(end - 1) + 1 : cs
  return rawSpan(view.clean, cs, ce)
}

export interface Line { text: string; start: number; end: number }

/**
 * A line or sentence of a very long view: its offsets, its text sliced from the view when read. A
 * 16 M-character text has about 900,000 of them, and one string kept for each took ~50 MB (issue 10).
 */
class ViewSpan implements Line {
  constructor(private readonly of: string, readonly start: number, readonly end: number) {}
  get text(): string {
    return this.of.slice(this.start, this.end)
  }
}

/** Lines and sentences of a view this long are ViewSpans; shorter views keep plain objects. */
const LAZY_SPANS_CHARS = LARGE_TEXT_CHARS

function spanMaker(t: string): (start: number, end: number) => Line {
  return t.length > LAZY_SPANS_CHARS
    ? (start, end) => new ViewSpan(t, start, end)
    : (start, end) => ({ text: t.slice(start, end), start, end })
}

/** Lines of a view, with their view offsets. */
export function linesOf(view: TextView): Line[] {
  const out: Line[] = []
  let s = 0
  const t = view.text
  const span = spanMaker(t)
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === '\n') {
      out.push(span(s, i))
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
  const span = spanMaker(t)
  let s = 0
  for (let i = 0; i <= t.length; i++) {
    const c = t[i]
    if (i === t.length || c === '\n' || c === '。' || c === '！' || c === '？' || c === '；' || c === ';') {
      const e = i === t.length || c === '\n' ? i : i + 1
      if (e > s) out.push(span(s, e))
      s = i + 1
    }
  }
  return out
}
