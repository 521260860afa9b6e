/**
 * What the pixels of a scanned page say besides its text: where the ink is (a dark mask), the straight
 * rules a table is drawn with, the gaps between the cells of an OCR line, and how far the scan is turned.
 * Pure arithmetic over a mask, so it is tested without OCR.
 */
import type { Rule } from '../pdf-grid'

export interface InkMask {
  width: number
  height: number
  /** 1 where the pixel is dark */
  dark: Uint8Array
}

/** Grey level below which a pixel is ink (0 black .. 255 white). */
const DARK = 160

export function inkMask(rgba: Uint8Array, width: number, height: number): InkMask {
  const dark = new Uint8Array(width * height)
  for (let i = 0, p = 0; i < dark.length; i++, p += 4) {
    const grey = (rgba[p] * 299 + rgba[p + 1] * 587 + rgba[p + 2] * 114) / 1000
    dark[i] = grey < DARK ? 1 : 0
  }
  return { width, height, dark }
}

/** A dark run at least this share of the page's width (or height) long is a rule, not a stroke of a glyph. */
const MIN_RULE_SHARE = 0.04

/**
 * Horizontal and vertical rules: thin runs of dark pixels much longer than any character, in pixels with the
 * y axis turned upwards (as pdf-grid's PDF points are), adjacent rows of one thick line merged.
 */
export function findRules(m: InkMask): Rule[] {
  const rules: Rule[] = []
  const minH = Math.max(20, Math.round(m.width * MIN_RULE_SHARE))
  const minV = Math.max(20, Math.round(m.height * MIN_RULE_SHARE))
  // horizontal runs, row by row
  const hRuns: { y: number; a: number; b: number }[] = []
  for (let y = 0; y < m.height; y++) {
    let x = 0
    const row = y * m.width
    while (x < m.width) {
      if (!m.dark[row + x]) { x++; continue }
      const a = x
      while (x < m.width && m.dark[row + x]) x++
      if (x - a >= minH) hRuns.push({ y, a, b: x - 1 })
    }
  }
  // a rule is thin: a thick dark block (a stamp, a filled bar, a glyph's stroke run together) is not a border
  const maxThick = Math.max(5, Math.round(Math.max(m.width, m.height) * 0.004))
  for (const r of mergeThick(hRuns, maxThick)) rules.push({ x0: r.a, x1: r.b, y0: m.height - r.at, y1: m.height - r.at })
  const vRuns: { y: number; a: number; b: number }[] = []
  for (let x = 0; x < m.width; x++) {
    let y = 0
    while (y < m.height) {
      if (!m.dark[y * m.width + x]) { y++; continue }
      const a = y
      while (y < m.height && m.dark[y * m.width + x]) y++
      if (y - a >= minV) vRuns.push({ y: x, a, b: y - 1 })
    }
  }
  for (const r of mergeThick(vRuns, maxThick)) rules.push({ x0: r.at, x1: r.at, y0: m.height - r.b, y1: m.height - r.a })
  const kept = dropShadows(rules, Math.max(8, maxThick * 2))
  return [...kept, ...openSides(kept)]
}

/**
 * A scan's rule comes with faint copies beside it (JPEG ringing, an enlarged render): parallel runs a few
 * pixels off that overlap it. Of rules this close and overlapping by half, only the longest is a border.
 */
function dropShadows(rules: Rule[], near: number): Rule[] {
  const vertical = (r: Rule): boolean => r.x0 === r.x1
  const at = (r: Rule): number => (vertical(r) ? r.x0 : r.y0)
  const span = (r: Rule): [number, number] => (vertical(r) ? [Math.min(r.y0, r.y1), Math.max(r.y0, r.y1)] : [Math.min(r.x0, r.x1), Math.max(r.x0, r.x1)])
  const len = (r: Rule): number => span(r)[1] - span(r)[0]
  return rules.filter((r) => !rules.some((o) => {
    if (o === r || vertical(o) !== vertical(r) || Math.abs(at(o) - at(r)) > near || len(o) < len(r)) return false
    if (len(o) === len(r) && rules.indexOf(o) > rules.indexOf(r)) return false
    const [a, b] = span(r)
    const [c, d] = span(o)
    return Math.min(b, d) - Math.max(a, c) >= 0.5 * (b - a)
  }))
}

/**
 * A table wider than the page (or a scan cropped at the margin, or one drawn without outer borders) has no
 * rule at its side: its rows' rules just end there, together. Where three or more horizontal rules end at
 * one place and no vertical rule stands there, a border is added, so the last column is still a column of
 * the grid rather than text beside it.
 */
function openSides(rules: Rule[]): Rule[] {
  const h = rules.filter((r) => r.y0 === r.y1)
  const v = rules.filter((r) => r.x0 === r.x1)
  const out: Rule[] = []
  for (const end of [(r: Rule) => Math.max(r.x0, r.x1), (r: Rule) => Math.min(r.x0, r.x1)]) {
    const byEnd = [...h].sort((a, b) => end(a) - end(b))
    let i = 0
    while (i < byEnd.length) {
      let j = i + 1
      while (j < byEnd.length && end(byEnd[j]) - end(byEnd[i]) <= 3) j++
      const group = byEnd.slice(i, j)
      i = j
      if (group.length < 3) continue
      const x = group.reduce((s, r) => s + end(r), 0) / group.length
      // only the rules no drawn border meets at that end
      const open = group.filter((r) => !v.some((b) => Math.abs(b.x0 - x) <= 4 && Math.min(b.y0, b.y1) <= r.y0 + 2 && Math.max(b.y0, b.y1) >= r.y0 - 2))
      if (open.length < 3) continue
      const ys = open.map((r) => r.y0)
      const lo = Math.min(...ys)
      const hi = Math.max(...ys)
      out.push({ x0: x, x1: x, y0: lo, y1: hi })
    }
  }
  return out
}

/** Runs on neighbouring rows (columns) that overlap are one thick rule, placed at their middle. */
function mergeThick(runs: { y: number; a: number; b: number }[], maxThick: number): { at: number; a: number; b: number }[] {
  const out: { first: number; last: number; a: number; b: number }[] = []
  const open: typeof out = []
  for (const r of runs) {
    const hit = open.find((o) => o.last >= r.y - 1 && r.a <= o.b && r.b >= o.a)
    if (hit) {
      hit.last = r.y
      hit.a = Math.min(hit.a, r.a)
      hit.b = Math.max(hit.b, r.b)
    } else {
      const o = { first: r.y, last: r.y, a: r.a, b: r.b }
      open.push(o)
      out.push(o)
    }
    // runs are sorted by row: what ended more than one row ago cannot grow
    for (let i = open.length - 1; i >= 0; i--) if (open[i].last < r.y - 1) open.splice(i, 1)
  }
  return out.filter((o) => o.last - o.first + 1 <= maxThick).map((o) => ({ at: (o.first + o.last) / 2, a: o.a, b: o.b }))
}

/**
 * The stretches of ink along a box, left to right, split where a blank gap is at least `minGap` pixels
 * wide. A column inked over most of the box's height is a table rule crossing it and counts as blank.
 * `cuts`: x positions of vertical rules found on the page (findRules) that cross the box. A straightened
 * scan's rules are jagged and grey at their edges, so a column-by-column test misses part of them: the
 * pixels within `cutHalf` of a cut are blank, and no run goes across a cut (a digit close to a rule is
 * still in the cell the rule bounds).
 */
export function inkRuns(m: InkMask, box: { x: number; y: number; w: number; h: number }, minGap: number, cuts: number[] = [], cutHalf = 3): [number, number][] {
  const x0 = Math.max(0, Math.floor(box.x))
  const x1 = Math.min(m.width - 1, Math.ceil(box.x + box.w))
  const y0 = Math.max(0, Math.floor(box.y))
  const y1 = Math.min(m.height - 1, Math.ceil(box.y + box.h))
  const wide = x1 - x0 + 1
  // rows inked over most of the box's width are a rule the box touches, not text: left out
  const rows: number[] = []
  for (let y = y0; y <= y1; y++) {
    let n = 0
    for (let x = x0; x <= x1; x++) n += m.dark[y * m.width + x]
    if (n < 0.6 * wide) rows.push(y)
  }
  const tall = rows.length
  const runs: [number, number][] = []
  let start = -1
  let lastInk = -Infinity
  const sortedCuts = [...cuts].sort((a, b) => a - b)
  let cut = 0
  for (let x = x0; x <= x1; x++) {
    // passing a cut ends the run before it
    let crossed = false
    while (cut < sortedCuts.length && sortedCuts[cut] + cutHalf < x) {
      crossed = true
      cut++
    }
    if (crossed && start >= 0) {
      runs.push([start, lastInk + 1])
      start = -1
    }
    if (cut < sortedCuts.length && Math.abs(x - sortedCuts[cut]) <= cutHalf) continue
    let n = 0
    for (const y of rows) n += m.dark[y * m.width + x]
    const ink = n > 0 && n < 0.8 * tall
    if (!ink) continue
    if (start >= 0 && x - lastInk - 1 >= minGap) {
      runs.push([start, lastInk + 1])
      start = -1
    }
    if (start < 0) start = x
    lastInk = x
  }
  if (start >= 0) runs.push([start, lastInk + 1])
  return runs
}

/**
 * How many degrees the text lines are turned (positive: clockwise), from -3 to 3: the angle at which the
 * rows' ink counts vary most (lines of text and the blank between them line up). Measured on a sample of
 * the dark pixels, so it costs little on a full page.
 */
export function estimateSkew(m: InkMask): number {
  const pts: number[] = []
  const step = Math.max(1, Math.round(Math.sqrt((m.width * m.height) / 400_000)))
  for (let y = 0; y < m.height; y += step) for (let x = 0; x < m.width; x += step) if (m.dark[y * m.width + x]) pts.push(x, y)
  if (pts.length < 200) return 0
  let best = 0
  let bestScore = -Infinity
  for (let deg = -3; deg <= 3.0001; deg += 0.1) {
    const t = Math.tan((deg * Math.PI) / 180)
    const bins = new Map<number, number>()
    for (let i = 0; i < pts.length; i += 2) {
      const row = Math.round((pts[i + 1] - pts[i] * t) / step)
      bins.set(row, (bins.get(row) ?? 0) + 1)
    }
    let score = 0
    for (const c of bins.values()) score += c * c
    if (score > bestScore + 1e-9) {
      bestScore = score
      best = deg
    }
  }
  return Math.round(best * 10) / 10
}
