/**
 * One scanned page read by OCR into what the PDF layout code takes (ingest/pdf-page-layout.ts): positioned
 * text items and the rules of its tables, so a scanned table is rebuilt by the same grid and column code as
 * a text PDF's, not by a second table builder. The recogniser reads a whole table row as one line with
 * spaces between the cells; the ink along the line says where each cell's text stands.
 */
import sharp from 'sharp'
import type { Rule } from '../pdf-grid'
import type { PositionedText } from '../pdf-layout'
import type { PdfTextPage } from '../pdf-text'
import { estimateSkew, findRules, inkMask, inkRuns, type InkMask } from './ink'
import { ocrImage, type OcrLine, type RawImage } from './ocr-image'

/** A piece of recognised text with its place on the page: a line's shape, in pixels of the (straightened) page image. */
export type OcrToken = OcrLine

export interface OcrPage extends PdfTextPage {
  width: number
  height: number
  tokens: OcrToken[]
  /** degrees the scan was turned back by before reading */
  deskewed: number
}

/** Below this skew (degrees) a page is read as it is. */
const MIN_SKEW = 0.25

async function straighten(img: RawImage, skew: number): Promise<RawImage> {
  const { data, info } = await sharp(img.rgba, { raw: { width: img.width, height: img.height, channels: 4 } })
    .rotate(-skew, { background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }
}

/**
 * Visual width of a character's ink in ems: Latin letters, digits and ASCII punctuation are half as wide;
 * a 1 is narrower than the other digits (which tells its cell from a 0's when a number was not read).
 */
function ems(s: string): number {
  let n = 0
  for (const ch of s) n += ch === '1' ? 0.4 : ch.charCodeAt(0) < 0x2000 ? 0.55 : 1
  return n
}

/**
 * Splits `sizes` (in order) into `targets.length` consecutive non-empty groups whose sums come closest to the
 * targets (least total difference): how many neighbouring words make one ink run, or runs one word.
 * Needs sizes.length >= targets.length. Returns each group's first index, and the length as the end.
 */
export function alignGroups(sizes: number[], targets: number[]): number[] {
  const n = sizes.length
  const m = targets.length
  const prefix = [0]
  for (const x of sizes) prefix.push(prefix[prefix.length - 1] + x)
  // cost[k][i]: the best for the first i sizes in the first k groups
  const cost = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity))
  const from = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0))
  cost[0][0] = 0
  for (let k = 1; k <= m; k++) {
    for (let i = k; i <= n - (m - k); i++) {
      for (let j = k - 1; j < i; j++) {
        if (cost[k - 1][j] === Infinity) continue
        const c = cost[k - 1][j] + Math.abs(prefix[i] - prefix[j] - targets[k - 1])
        if (c < cost[k][i]) {
          cost[k][i] = c
          from[k][i] = j
        }
      }
    }
  }
  const starts = new Array<number>(m)
  let i = n
  for (let k = m; k >= 1; k--) {
    starts[k - 1] = from[k][i]
    i = from[k][i]
  }
  return starts
}

/**
 * More ink runs than words: each word takes one run or several neighbouring ones (a label with a wide gap
 * inside), and a run may be left without a word (a cell whose number the recogniser missed: better a blank
 * cell than every later number one column to the left). Cost: how far a word's width is from the extent of
 * its runs, and the width of every run left out, up to `maxSkip`. Returns each word's [first run, last run + 1).
 */
export function placeWords(runs: [number, number][], widths: number[], maxSkip = Infinity): [number, number][] {
  const n = runs.length
  const m = widths.length
  const cost = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity))
  const back = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1))
  // leaving out a run costs its width, a speck little; but no more than maxSkip: otherwise leaving out the
  // narrowest cell (a 1) would always be cheapest, and the words would be paired with runs by nothing but
  // that. Between equal choices, one in the middle of the line rather than at its ends (which cell lost its
  // number is unknown; the label and the total are kept in their columns)
  const skip = (r: number): number => Math.min(runs[r][1] - runs[r][0], maxSkip) + 0.001 * (n - Math.min(r, n - 1 - r))
  cost[0][0] = 0
  for (let i = 1; i <= n; i++) cost[0][i] = cost[0][i - 1] + skip(i - 1)
  for (let k = 1; k <= m; k++) {
    for (let i = k; i <= n; i++) {
      // run i-1 left without a word
      let best = cost[k][i - 1] + skip(i - 1)
      let from = -1
      for (let j = i - 1; j >= k - 1; j--) {
        if (cost[k - 1][j] === Infinity) continue
        const c = cost[k - 1][j] + Math.abs(runs[i - 1][1] - runs[j][0] - widths[k - 1])
        if (c < best) { best = c; from = j }
      }
      cost[k][i] = best
      back[k][i] = from
    }
  }
  const out = new Array<[number, number]>(m)
  let i = n
  for (let k = m; k >= 1; k--) {
    while (back[k][i] === -1) i--
    out[k - 1] = [back[k][i], i]
    i = back[k][i]
  }
  return out
}

/**
 * A line's space-separated words placed on the ink runs along it (rules crossing the line set aside). The
 * words and runs are paired by width: several words on one run are one piece (a label the recogniser put
 * a space in), a word over several runs (a wide gap inside a label) spans them.
 */
export function splitLine(line: OcrLine, mask: InkMask, rules: Rule[] = []): OcrToken[] {
  const words = lineWords(line)
  const one = (ws: Word[], x0: number, x1: number): OcrToken => {
    const text = ws.map((w) => w.text).join(' ')
    const t: OcrToken = { text, confidence: line.confidence, x: x0, y: line.y, w: x1 - x0, h: line.h }
    const chars = joinChars(ws)
    return chars && chars.length === text.length ? { ...t, chars } : t
  }
  if (words.length === 0) return [one([{ text: line.text, chars: line.chars }], line.x, line.x + line.w)]
  if (words.length === 1) return [one(words, line.x, line.x + line.w)]
  const runs = lineRuns(line, mask, rules)
  if (runs.length === 0) return [one(words, line.x, line.x + line.w)]
  const inked = runs.reduce((s, r) => s + r[1] - r[0], 0)
  const unit = inked / words.reduce((s, w) => s + ems(w.text), 0)
  const widths = words.map((w) => ems(w.text) * unit)
  const runWidths = runs.map((r) => r[1] - r[0])
  const out: OcrToken[] = []
  if (words.length >= runs.length) {
    const starts = alignGroups(widths, runWidths)
    starts.forEach((s, k) => {
      const e = k + 1 < starts.length ? starts[k + 1] : words.length
      out.push(one(words.slice(s, e), runs[k][0], runs[k][1]))
    })
  } else {
    // a speck is narrower than a third of the line's height, a digit wider
    placeWords(runs, widths, line.h * 0.3).forEach(([s, e], k) => out.push(one([words[k]], runs[s][0], runs[e - 1][1])))
  }
  return out
}

/** A word of a line, with where each of its characters stands when the recogniser said (OcrLine.chars). */
interface Word { text: string; chars?: [number, number][] }

/** The characters of words joined by spaces: a joining space spans the gap between its words. */
function joinChars(words: Word[]): [number, number][] | undefined {
  const out: [number, number][] = []
  for (const [k, w] of words.entries()) {
    if (!w.chars || w.chars.length !== w.text.length || w.chars.length === 0) return undefined
    if (k > 0) out.push([out[out.length - 1][1], w.chars[0][0]])
    out.push(...w.chars)
  }
  return out
}

/**
 * Where each character ends and the next begins within a token's box, as fractions of its width
 * (TextBox.edges): the recogniser's places, from the first character's left to the last's right, laid
 * on the box (whose ends the ink set), so a value inside a longer piece is outlined alone in the desk.
 */
export function tokenEdges(t: OcrToken): number[] | undefined {
  const c = t.chars
  if (!c || c.length < 2 || c.length !== t.text.length) return undefined
  const left = c[0][0]
  const span = c[c.length - 1][1] - left
  if (!(span > 0)) return undefined
  const edges: number[] = []
  let last = 0
  for (let k = 1; k < c.length; k++) {
    last = Math.min(1, Math.max(last, ((c[k - 1][1] + c[k][0]) / 2 - left) / span))
    edges.push(last)
  }
  return edges
}

/** A line's space-separated words (with their characters' places), stray marks dropped. */
function lineWords(line: OcrLine): Word[] {
  const { text, chars } = restoreSpacesWithChars(line.text, line.chars)
  const out: Word[] = []
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0]
    const word = dropStrayMarks(raw)
    // dropStrayMarks keeps a part of the word, or puts 0 for a lone letter O: its characters follow
    const at = word.length === raw.length ? 0 : raw.indexOf(word)
    const from = m.index + at
    out.push({ text: word, ...(chars && at >= 0 ? { chars: chars.slice(from, from + word.length) } : {}) })
  }
  return out
}

/** restoreSpaces, keeping the characters' places: a restored space takes no width, at the gap it stands for. */
function restoreSpacesWithChars(text: string, chars?: [number, number][]): { text: string; chars?: [number, number][] } {
  const restored = restoreSpaces(text)
  if (!chars || chars.length !== text.length) return { text: restored }
  if (restored === text) return { text, chars }
  const out: [number, number][] = []
  // restoreSpaces only adds spaces: walk both strings together
  for (let i = 0, j = 0; j < restored.length; j++) {
    if (i < text.length && restored[j] === text[i]) out.push(chars[i++])
    else {
      const x = chars[Math.max(0, i - 1)][1]
      out.push([x, x])
    }
  }
  return { text: restored, chars: out }
}

/** The stretches of ink along a line, split at its blank gaps and at the vertical rules crossing it. */
function lineRuns(line: OcrLine, mask: InkMask, rules: Rule[]): [number, number][] {
  return inkRuns(mask, line, Math.max(3, line.h * 0.6), crossingRules(rules, line, mask.height))
}

/**
 * The x of each vertical rule (found on the straightened page) that crosses the middle of a line: the
 * borders between its cells. Rules have the y axis upwards (findRules), lines top-left.
 */
function crossingRules(rules: Rule[], line: OcrLine, pageHeight: number): number[] {
  const mid = pageHeight - (line.y + line.h / 2)
  return rules
    .filter((r) => r.x0 === r.x1 && Math.min(r.y0, r.y1) <= mid && Math.max(r.y0, r.y1) >= mid && r.x0 > line.x && r.x0 < line.x + line.w)
    .map((r) => r.x0)
}

/**
 * PDF-like item from a token: y axis upwards, baseline near the bottom of the box. The box is about one em
 * high (the ink of a line of Chinese), which the layout's spacing rules take as the font size.
 */
function toItem(t: OcrToken, pageHeight: number): PositionedText {
  return { str: t.text, x: t.x, y: pageHeight - (t.y + t.h * 0.85), width: t.w, size: t.h }
}

/**
 * The recogniser drops a wide space inside a line when it reads it as one piece: a date glued to the time
 * after it (发布时间：2023-01-3014:43:30) gets its space back, so the date is read as a date.
 */
export function restoreSpaces(text: string): string {
  return text.replace(/(\d{4}-\d{1,2}-\d{2})(\d{1,2}:\d{2})/g, '$1 $2')
}

/**
 * A number in a ruled cell often comes with a stray mark the recogniser took from the rule or a speck beside
 * it (0: 3| ：5): a piece that is a number but for such marks at its ends is that number.
 */
export function dropStrayMarks(word: string): string {
  // a lone letter O among the numbers of a row is a zero
  if (word === 'O' || word === 'o') return '0'
  const m = /^[:：|丨'"`]*([0-9０-９][0-9０-９,，.]*)[:：|丨'"`]*$/.exec(word)
  return m && m[1] !== word ? m[1].replace(/[.,，]$/, '') : word
}

export async function ocrPage(image: RawImage): Promise<OcrPage> {
  let img = image
  let mask = inkMask(img.rgba, img.width, img.height)
  const skew = estimateSkew(mask)
  if (Math.abs(skew) >= MIN_SKEW) {
    img = await straighten(img, skew)
    mask = inkMask(img.rgba, img.width, img.height)
  }
  const read = await ocrImage(img)
  // the rules of the straightened page: where its cells end, and the grid the layout rebuilds the table by
  const rules = findRules(mask)
  const tokens = read.lines.flatMap((l) => splitLine(l, mask, rules))
  return {
    width: img.width,
    height: img.height,
    tokens,
    items: tokens.map((t) => toItem(t, img.height)),
    rules,
    // the image's own pixels, y measured upwards like PDF user space (toItem flips it)
    view: [0, 0, img.width, img.height],
    deskewed: Math.abs(skew) >= MIN_SKEW ? skew : 0,
  }
}
