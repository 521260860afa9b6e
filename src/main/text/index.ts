/**
 * The clean text: what the extractor reads. The raw text is never changed; cleaning produces a
 * simplified, furniture-free text plus, for every clean char, the raw span it came from, so any
 * value found in the clean text can be highlighted in the raw one.
 */
import { planJoins, type JoinCandidate } from './line-joins'
import { foldLookalikes } from './lookalikes'
import { stripMarkup, stripPinyin } from './markup'
import { isBreadcrumbTail, navigationKind, stripBullets, stripInlineFurniture } from './furniture'
import { closeNumberSpaces, collapsePipes, normalizeSpaces } from './spacing'
import { hasTraditional, toSimplified } from './simplify'
import { concatTracked, sliceTracked, trackRaw, trimTracked, withChars, type Tracked } from './tracked'

export { toSimplified } from './simplify'
export { foldLookalikes } from './lookalikes'
export { hasTraditional } from './simplify'

export interface CleanText {
  /** the clean text */
  text: string
  /** length text.length + 1; map[i] = raw offset of clean char i; map[text.length] = raw end */
  map: Int32Array
  /**
   * length text.length; ends[i] = raw offset just past the raw chars that produced clean char i
   * (an entity, a pipe run, a line break). Absent on a CleanText built by hand.
   */
  ends?: Int32Array
}

interface Kept {
  t: Tracked
  /** the '\n' that follows it when it is not joined to the next line */
  after: Tracked
}

interface Line {
  t: Tracked
  /** raw span of the line (without its terminator) */
  rawStart: number
  rawEnd: number
  /** raw span of the line break after it; [rawEnd, rawEnd] for the last line */
  nlStart: number
  nlEnd: number
}

const CONTENT_CHAR_RE = /[\p{L}\p{N}]/u
const PAGE_NUMBER_RE = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)$/
const isSpace = (c: string): boolean => c === ' ' || c === '\t'

export function cleanText(raw: string): CleanText {
  let doc = trackRaw(raw)
  doc = withChars(doc, foldLookalikes(doc.s))
  doc = stripMarkup(doc)
  doc = stripPinyin(doc)

  // every line is cleaned on its own first, so PDF joins are planned between the lines that stay
  const kept: Kept[] = []
  const candidates: JoinCandidate[] = []
  let afterCrumb = false
  for (const line of splitLines(doc, raw.length)) {
    let t = line.t
    if (hasTraditional(t.s)) t = withChars(t, toSimplified(t.s))
    t = trimTracked(normalizeSpaces(t), isSpace)
    // a PDF page number between two halves of a wrapped sentence must not keep them apart
    if (PAGE_NUMBER_RE.test(t.s)) continue
    if (t.s.length === 0) {
      if (candidates.length > 0) candidates[candidates.length - 1].blankAfter = true
      continue
    }
    const cleaned = cleanLine(t, afterCrumb)
    afterCrumb = cleaned.crumb
    const pieces = splitAtBreaks(cleaned.t)
    for (let p = 0; p < pieces.length; p++) {
      const last = p === pieces.length - 1
      kept.push({ t: pieces[p].t, after: last ? lineBreak(line.nlStart, line.nlEnd) : pieces[p].after })
      // a lost table between two pieces is a hard boundary: never joined across
      candidates.push({ raw: raw.slice(line.rawStart, line.rawEnd), text: pieces[p].t.s, blankAfter: false, hardBreakAfter: !last })
    }
  }

  const join = planJoins(candidates)
  const out: Tracked[] = []
  for (let i = 0; i < kept.length; i++) {
    if (i > 0) out.push(join[i - 1] ? glue(kept[i - 1].t, kept[i].t) : kept[i - 1].after)
    out.push(kept[i].t)
  }
  const all = concatTracked(out)
  const map = new Int32Array(all.s.length + 1)
  map.set(all.st)
  map[all.s.length] = raw.length
  return { text: all.s, map, ends: all.en.slice() }
}

/** A clean '\n' standing for the raw line break [start, end). */
function lineBreak(start: number, end: number): Tracked {
  return { s: '\n', st: Int32Array.of(start), en: Int32Array.of(end) }
}

/**
 * What goes between two lines joined after PDF wrapping: nothing, or a space between two Latin
 * letters; it covers the raw gap (the line break and whatever was dropped there).
 */
function glue(prev: Tracked, next: Tracked): Tracked {
  const space = /[A-Za-z]$/.test(prev.s) && /^[A-Za-z]/.test(next.s)
  if (!space) return EMPTY
  const from = prev.en[prev.s.length - 1]
  return { s: ' ', st: Int32Array.of(from), en: Int32Array.of(Math.max(from, next.st[0])) }
}

const EMPTY: Tracked = trackRaw('')

/** Rules for one line, on simplified text. `afterCrumb`: the line before was a breadcrumb. */
function cleanLine(line: Tracked, afterCrumb: boolean): { t: Tracked; crumb: boolean } {
  let t = stripBullets(line)
  t = stripInlineFurniture(t)
  t = trimTracked(t, isSpace)
  const nav = navigationKind(t.s)
  if (nav !== null) return { t: EMPTY, crumb: nav === 'crumb' }
  if (afterCrumb && isBreadcrumbTail(t.s)) return { t: EMPTY, crumb: false }
  t = collapsePipes(t)
  t = closeNumberSpaces(t)
  t = trimTracked(normalizeSpaces(t), isSpace)
  return { t, crumb: false }
}

/** The non-empty, trimmed pieces of a line a rule cut with '\n', each with the break after it. */
function splitAtBreaks(t: Tracked): Array<{ t: Tracked; after: Tracked }> {
  const out: Array<{ t: Tracked; after: Tracked }> = []
  let start = 0
  for (let i = 0; i <= t.s.length; i++) {
    if (i < t.s.length && t.s[i] !== '\n') continue
    const piece = trimTracked(sliceTracked(t, start, i), isSpace)
    if (CONTENT_CHAR_RE.test(piece.s)) out.push({ t: piece, after: sliceTracked(t, i, i + 1) })
    start = i + 1
  }
  return out
}

/** Cut the document at line breaks (\n, \r\n, \r), remembering each break's raw span. */
function splitLines(doc: Tracked, rawLength: number): Line[] {
  const lines: Line[] = []
  const s = doc.s
  let start = 0
  for (let i = 0; i <= s.length; i++) {
    const c = s[i]
    if (i < s.length && c !== '\n' && c !== '\r') continue
    let breakLen = 0
    if (i < s.length) breakLen = c === '\r' && s[i + 1] === '\n' ? 2 : 1
    const t = sliceTracked(doc, start, i)
    const rawStart = start < s.length ? doc.st[start] : rawLength
    const rawEnd = i > start ? doc.en[i - 1] : rawStart
    const nlStart = breakLen > 0 ? doc.st[i] : rawEnd
    const nlEnd = breakLen > 0 ? doc.en[i + breakLen - 1] : rawEnd
    lines.push({ t, rawStart, rawEnd: Math.max(rawEnd, rawStart), nlStart, nlEnd })
    if (breakLen === 0) break
    i += breakLen - 1
    start = i + 1
  }
  return lines
}

/** clean span [start,end) -> raw span [rawStart, rawEnd) covering exactly the raw characters that produced it */
export function rawSpan(ct: CleanText, start: number, end: number): [number, number] {
  const n = ct.text.length
  const a = Math.max(0, Math.min(start, n))
  const b = Math.max(a, Math.min(end, n))
  const rawStart = ct.map[a]
  if (b === a) return [rawStart, rawStart]
  const rawEnd = ct.ends !== undefined ? ct.ends[b - 1] : b < n ? ct.map[b] : ct.map[n]
  return [rawStart, Math.max(rawStart, rawEnd)]
}
