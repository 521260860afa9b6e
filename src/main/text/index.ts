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
import { sliceTracked, trackRaw, trimTracked, withChars, type Tracked } from './tracked'

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
  // folding is char for char, so the folded text is still tracked as itself
  let doc: Tracked = new IdentityTracked(foldLookalikes(raw))
  doc = stripMarkup(doc)
  doc = stripPinyin(doc)

  // every line is cleaned on its own first, so PDF joins are planned between the lines that stay
  const kept = new KeptPieces(doc.s.length)
  const candidates: JoinCandidate[] = []
  let afterCrumb = false
  forEachLine(doc, raw.length, (line) => {
    let t = line.t
    if (hasTraditional(t.s)) t = withChars(t, toSimplified(t.s))
    t = trimTracked(normalizeSpaces(t), isSpace)
    // a PDF page number between two halves of a wrapped sentence must not keep them apart
    if (PAGE_NUMBER_RE.test(t.s)) return
    if (t.s.length === 0) {
      if (candidates.length > 0) candidates[candidates.length - 1].blankAfter = true
      return
    }
    const cleaned = cleanLine(t, afterCrumb)
    afterCrumb = cleaned.crumb
    const pieces = splitAtBreaks(cleaned.t)
    for (let p = 0; p < pieces.length; p++) {
      const last = p === pieces.length - 1
      const piece = pieces[p]
      // the '\n' after it when it is not joined to the next line: the raw line break, or the break a rule cut
      if (last) kept.push(piece.t, line.nlStart, line.nlEnd)
      else kept.push(piece.t, piece.after.st[0], piece.after.en[0])
      // a lost table between two pieces is a hard boundary: never joined across
      candidates.push({ raw: raw.slice(line.rawStart, line.rawEnd), text: piece.t.s, blankAfter: false, hardBreakAfter: !last })
    }
  })
  return kept.join(planJoins(candidates), raw.length)
}

/**
 * The kept line pieces of a document, their offsets packed into one pair of growing Int32Arrays with a
 * slot left after each piece for what will go between it and the next (a line break, a space, or
 * nothing: decided only once every line is known). Per-piece JS objects for a 16 M-character text held
 * hundreds of megabytes (issue 10); this holds 8 bytes per character plus the piece strings.
 */
class KeptPieces {
  private st: Int32Array
  private en: Int32Array
  private length = 0
  private readonly texts: string[] = []
  /** where each piece starts in st/en; its separator slot is at starts[k] + texts[k].length */
  private starts: Int32Array = new Int32Array(1024)

  constructor(capacity: number) {
    this.st = new Int32Array(capacity + 1)
    this.en = new Int32Array(capacity + 1)
  }

  push(t: Tracked, breakStart: number, breakEnd: number): void {
    const need = this.length + t.s.length + 1
    if (need > this.st.length) {
      const cap = Math.max(need, Math.ceil(this.st.length * 1.5))
      this.st = grow(this.st, cap)
      this.en = grow(this.en, cap)
    }
    if (this.texts.length === this.starts.length) this.starts = grow(this.starts, this.starts.length * 2)
    this.starts[this.texts.length] = this.length
    this.texts.push(t.s)
    this.st.set(t.st, this.length)
    this.en.set(t.en, this.length)
    this.length += t.s.length
    this.st[this.length] = breakStart
    this.en[this.length] = breakEnd
    this.length++
  }

  /**
   * The clean text: the pieces with a line break between two of them, or the glue of a joined pair,
   * compacted in place (every piece moves left or stays); the last piece's slot is dropped.
   */
  join(joinNext: boolean[], rawLength: number): CleanText {
    const { st, en, texts, starts } = this
    const out: string[] = []
    let o = 0
    for (let k = 0; k < texts.length; k++) {
      const s = texts[k]
      const from = starts[k]
      if (o !== from) {
        st.copyWithin(o, from, from + s.length)
        en.copyWithin(o, from, from + s.length)
      }
      out.push(s)
      o += s.length
      if (k === texts.length - 1) break
      if (!joinNext[k]) {
        st[o] = st[from + s.length]
        en[o] = en[from + s.length]
        out.push('\n')
        o++
      } else if (glueSpace(s, texts[k + 1])) {
        // the space covers the raw gap: the line break and whatever was dropped there
        const gapStart = en[o - 1]
        st[o] = gapStart
        en[o] = Math.max(gapStart, st[starts[k + 1]])
        out.push(' ')
        o++
      }
    }
    this.texts.length = 0
    const text = out.join('')
    // map needs one more slot (the raw end); keep the buffers unless most of them would be wasted
    const map = st.length >= o + 1 && st.length <= (o + 1) * 1.25 + 64 ? st.subarray(0, o + 1) : st.slice(0, o + 1)
    map[o] = rawLength
    const ends = en.length <= o * 1.25 + 64 ? en.subarray(0, o) : en.slice(0, o)
    return { text, map, ends }
  }
}

function grow(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity)
  b.set(a)
  return b
}

/** Two lines joined after PDF wrapping get a space only between two Latin letters. */
function glueSpace(prev: string, next: string): boolean {
  return /[A-Za-z]$/.test(prev) && /^[A-Za-z]/.test(next)
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

/**
 * A text tracked as itself (char i came from raw [i, i+1)) whose offset arrays are made only when a rule
 * asks for them. Most texts pass the whole-text rules untouched, and are then tracked line by line
 * (forEachLine): a 16 M-character text no longer needs 128 MB of offsets up front (issue 10).
 */
class IdentityTracked implements Tracked {
  private arrays: Tracked | null = null
  constructor(readonly s: string) {}
  get st(): Int32Array { return (this.arrays ??= trackRaw(this.s)).st }
  get en(): Int32Array { return (this.arrays ??= trackRaw(this.s)).en }
  /** still without arrays: a slice can be tracked on its own */
  get lazy(): boolean { return this.arrays === null }
}

/** Cut the document at line breaks (\n, \r\n, \r), remembering each break's raw span; one line at a time. */
function forEachLine(doc: Tracked, rawLength: number, visit: (line: Line) => void): void {
  const s = doc.s
  if (doc instanceof IdentityTracked && doc.lazy) {
    forEachIdentityLine(s, visit)
    return
  }
  let start = 0
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i)
    if (i < s.length && c !== 10 && c !== 13) continue
    let breakLen = 0
    if (i < s.length) breakLen = c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1
    const t = sliceTracked(doc, start, i)
    const rawStart = start < s.length ? doc.st[start] : rawLength
    const rawEnd = i > start ? doc.en[i - 1] : rawStart
    const nlStart = breakLen > 0 ? doc.st[i] : rawEnd
    const nlEnd = breakLen > 0 ? doc.en[i + breakLen - 1] : rawEnd
    visit({ t, rawStart, rawEnd: Math.max(rawEnd, rawStart), nlStart, nlEnd })
    if (breakLen === 0) break
    i += breakLen - 1
    start = i + 1
  }
}

/**
 * forEachLine over a text tracked as itself. Each line's offsets are written into one scratch pair that
 * every line reuses: nothing keeps a line's arrays after its visit (KeptPieces copies what it keeps), and
 * a million lines then leave no million small buffers for the collector.
 */
function forEachIdentityLine(s: string, visit: (line: Line) => void): void {
  let st = new Int32Array(256)
  let en = new Int32Array(256)
  let start = 0
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i)
    if (i < s.length && c !== 10 && c !== 13) continue
    let breakLen = 0
    if (i < s.length) breakLen = c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1
    const n = i - start
    if (n > st.length) {
      st = new Int32Array(n * 2)
      en = new Int32Array(n * 2)
    }
    for (let k = 0; k < n; k++) {
      st[k] = start + k
      en[k] = start + k + 1
    }
    const t: Tracked = { s: s.slice(start, i), st: st.subarray(0, n), en: en.subarray(0, n) }
    visit({ t, rawStart: start, rawEnd: i, nlStart: i, nlEnd: i + breakLen })
    if (breakLen === 0) break
    i += breakLen - 1
    start = i + 1
  }
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
