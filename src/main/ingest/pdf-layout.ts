/**
 * Rebuilds reading order from positioned PDF text items: items -> lines (by baseline y, then x) ->
 * segments (runs separated by a wide gap) -> table runs (consecutive lines of several segments, cells
 * assigned to columns found from the x extents of the fullest rows) and paragraphs (a line that reaches
 * the right edge continues on the next line when that one is not indented).
 * Pure geometry, no pdfjs: tested with hand-made items as well as real PDFs.
 */

export interface PositionedText {
  str: string
  x: number
  /** baseline, PDF user space (grows upwards) */
  y: number
  width: number
  /** font size (height of the text) */
  size: number
  /** where each UTF-16 unit of str starts, along the text from x (the fast reader knows; pdfjs does not say) */
  offsets?: number[]
}

export interface Segment {
  text: string
  x0: number
  x1: number
}

export interface Line {
  y: number
  size: number
  segments: Segment[]
}

export type PageBlock = { type: 'paragraph'; text: string } | { type: 'table'; rows: string[][] }

/** A gap wider than this many font sizes splits a line into cells. */
const CELL_GAP = 0.8
/** A gap wider than this (but not a cell gap) becomes a space. */
const SPACE_GAP = 0.15

/** A wrapped line is at least this many font sizes wide (a short line that happens to be the longest is not). */
const MIN_WRAPPED_WIDTH = 20

const ASCII_WORD = /[A-Za-z0-9]/

/** Two pieces of one text run on: Latin words and numbers keep a space between them, Chinese does not. */
export function joinWords(a: string, b: string): string {
  if (a === '') return b
  if (b === '') return a
  return ASCII_WORD.test(a[a.length - 1]) && ASCII_WORD.test(b[0]) ? `${a} ${b}` : a + b
}

export function buildLines(items: PositionedText[]): Line[] {
  const usable = items.filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y))
  usable.sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PositionedText[][] = []
  let current: PositionedText[] = []
  let lineY = 0
  let lineSize = 0
  for (const it of usable) {
    const size = it.size > 0 ? it.size : 10
    if (current.length > 0 && Math.abs(it.y - lineY) <= 0.5 * Math.min(size, lineSize)) {
      current.push(it)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [it]
    lineY = it.y
    lineSize = size
  }
  if (current.length > 0) groups.push(current)

  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x)
    const size = Math.max(...g.map((it) => (it.size > 0 ? it.size : 10)))
    const segments: Segment[] = []
    let seg: Segment | null = null
    for (const it of g) {
      const x1 = it.x + Math.max(0, it.width)
      if (seg === null) {
        seg = { text: it.str, x0: it.x, x1 }
        continue
      }
      const gap = it.x - seg.x1
      if (gap > CELL_GAP * size) {
        segments.push(seg)
        seg = { text: it.str, x0: it.x, x1 }
      } else {
        seg.text = gap > SPACE_GAP * size && !/\s$/.test(seg.text) && !/^\s/.test(it.str) ? `${seg.text} ${it.str}` : seg.text + it.str
        seg.x1 = Math.max(seg.x1, x1)
      }
    }
    if (seg) segments.push(seg)
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim()
    return { y: g[0].y, size, segments: segments.filter((s) => s.text !== '') }
  }).filter((l) => l.segments.length > 0)
}

/** A cell that holds a number (with thousands separators, a sign, a percent) */
export const NUMERIC = /^[-+]?[\d,，.]+%?$/

function lineText(l: Line): string {
  return l.segments.map((s) => s.text).join(' ')
}

/** Column intervals from the rows with the most cells: their cells' x extents, overlapping ones merged. */
function columnsOf(run: Line[]): { cols: [number, number][] } {
  const most = Math.max(...run.map((l) => l.segments.length))
  const spans: [number, number][] = []
  for (const l of run) if (l.segments.length === most) for (const s of l.segments) spans.push([s.x0, s.x1])
  spans.sort((a, b) => a[0] - b[0])
  const cols: [number, number][] = []
  for (const [a, b] of spans) {
    const last = cols[cols.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else cols.push([a, b])
  }
  return { cols }
}

/**
 * A table run as blocks. Several small tables with their own column grids, separated by one-cell lines
 * (第二十条第（五）项 between the 2019 tables, a section heading between two tables), look like one run.
 * When one grid does not fit the whole run (some row has two cells falling into one column), the run
 * is cut at its one-cell lines and stretches are joined back while a common grid still fits them; the
 * one-cell lines where it was cut become paragraphs. A run that fits one grid is one table, as before.
 */
function tableBlocks(run: Line[]): PageBlock[] {
  const whole = columnsOf(run).cols
  if (fits(run, whole)) return [{ type: 'table', rows: tableRows(run, whole) }]
  // stretches: one-cell lines before a stretch of multi-cell lines
  const parts: { lead: Line[]; body: Line[] }[] = []
  let lead: Line[] = []
  let k = 0
  while (k < run.length) {
    if (run[k].segments.length < 2) {
      lead.push(run[k++])
      continue
    }
    let e = k
    while (e < run.length && run[e].segments.length >= 2) e++
    parts.push({ lead, body: run.slice(k, e) })
    lead = []
    k = e
  }
  const out: PageBlock[] = []
  let group: Line[] = []
  const close = (): void => {
    if (group.length) out.push({ type: 'table', rows: tableRows(group, columnsOf(group).cols) })
    group = []
  }
  for (const p of parts) {
    const joined = [...group, ...p.lead, ...p.body]
    if (group.length && fits(joined, columnsOf(joined).cols)) {
      group = joined
      continue
    }
    close()
    for (const l of p.lead) out.push({ type: 'paragraph', text: lineText(l) })
    group = [...p.body]
  }
  close()
  for (const l of lead) out.push({ type: 'paragraph', text: lineText(l) })
  return out
}

/** Which column each of a line's cells falls into: the one it overlaps most, else the nearest. */
function columnIndexes(l: Line, cols: [number, number][]): number[] {
  return l.segments.map((s) => {
    let best = 0
    let bestScore = -Infinity
    cols.forEach(([a, b], k) => {
      const overlap = Math.min(b, s.x1) - Math.max(a, s.x0)
      const score = overlap > 0 ? overlap : -Math.abs((a + b) / 2 - (s.x0 + s.x1) / 2) - 1e6
      if (score > bestScore) {
        bestScore = score
        best = k
      }
    })
    return best
  })
}

/** A grid fits lines when no line has two cells in one column. */
function fits(lines: Line[], cols: [number, number][]): boolean {
  return lines.every((l) => new Set(columnIndexes(l, cols)).size === l.segments.length)
}

/** Rows of a table run: each cell goes into its column; two cells in one column are joined by a space. */
function tableRows(run: Line[], cols: [number, number][]): string[][] {
  return run.map((l) => {
    const row = new Array<string>(cols.length).fill('')
    const idx = columnIndexes(l, cols)
    l.segments.forEach((s, i) => {
      const k = idx[i]
      row[k] = row[k] === '' ? s.text : `${row[k]} ${s.text}`
    })
    return row
  })
}

/** The right edge of the text: the furthest any line reaches (pass the whole document's lines). */
export function textRightEdge(lines: Line[]): number {
  let right = -Infinity
  for (const l of lines) right = Math.max(right, l.segments[l.segments.length - 1].x1)
  return right
}

/**
 * Groups a page's lines into tables and paragraphs, in reading order. `right` is the document's right
 * text edge: a line that reaches it (and is long) was wrapped, so the next unindented line continues it.
 * `leftEdge`, the page's left text edge, is given when the lines are only part of the page.
 */
export function layoutPage(lines: Line[], right = textRightEdge(lines), leftEdge?: number): PageBlock[] {
  const n = lines.length
  const multi = lines.map((l) => l.segments.length >= 2)
  const gapOk = (i: number): boolean => i > 0 && lines[i - 1].y - lines[i].y <= 3 * Math.max(lines[i].size, lines[i - 1].size)
  // table runs: multi-cell lines, and single-cell lines sandwiched between them
  const inTable = new Array<boolean>(n).fill(false)
  let i = 0
  while (i < n) {
    if (!multi[i]) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && gapOk(j) && (multi[j] || (j + 1 < n && multi[j + 1] && gapOk(j + 1)))) j++
    const run = lines.slice(i, j)
    const rows = run.filter((l) => l.segments.length >= 2)
    const hasNumber = run.some((l) => l.segments.some((s) => NUMERIC.test(s.text)))
    if ((rows.length >= 2 && (hasNumber || rows.length >= 3)) || (rows.length === 1 && rows[0].segments.length >= 3 && hasNumber)) {
      for (let k = i; k < j; k++) inTable[k] = true
    }
    i = j
  }

  const left = leftEdge ?? Math.min(...lines.filter((_, k) => !inTable[k]).map((l) => l.segments[0].x0))

  const out: PageBlock[] = []
  let para: { text: string; last: Line } | null = null
  const flush = (): void => {
    if (para) out.push({ type: 'paragraph', text: para.text })
    para = null
  }
  i = 0
  while (i < n) {
    if (inTable[i]) {
      flush()
      let j = i
      while (j < n && inTable[j]) j++
      out.push(...tableBlocks(lines.slice(i, j)))
      i = j
      continue
    }
    const l = lines[i]
    const text = lineText(l)
    if (para !== null) {
      const prev: Line = (para as { text: string; last: Line }).last
      const prevEnd = prev.segments[0].x1
      const prevFull = prev.segments.length === 1 && prevEnd >= right - 2 * prev.size && prevEnd - left >= MIN_WRAPPED_WIDTH * prev.size
      const notIndented = l.segments[0].x0 <= left + 0.5 * l.size
      const close = prev.y - l.y <= 2 * Math.max(prev.size, l.size)
      const sameSize = Math.abs(prev.size - l.size) <= 0.2 * prev.size
      if (prevFull && notIndented && close && sameSize && l.segments.length === 1) {
        para = { text: joinWords(para.text, text), last: l }
        i++
        continue
      }
      flush()
    }
    para = { text, last: l }
    i++
  }
  flush()
  return out
}
