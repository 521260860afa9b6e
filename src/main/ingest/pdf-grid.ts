/**
 * Tables from their drawn borders ("lattice"): the rules a page paints (pdf-text keeps straight lines and
 * thin rectangles) are joined into connected grids; each grid's distinct rule positions give its base
 * rows and columns, and a missing border between two base cells merges them. Text goes into the cell
 * its centre falls in, so a cell whose text wraps over several lines stays one cell, which position
 * alone (pdf-layout) cannot tell from several rows. Rows come out as the DOCX and HTML readers give
 * them: spans expanded into a full grid, the text in a span's top-left slot, covered slots ''.
 */
import { buildLines, joinWords, type PositionedText } from './pdf-layout'

export interface Rule {
  x0: number
  y0: number
  x1: number
  y1: number
  /** drawn as a thin filled rectangle */
  thin?: boolean
}

export interface Grid {
  /** column boundaries, left to right */
  xs: number[]
  /** row boundaries, top to bottom (PDF y grows upwards, so descending) */
  ys: number[]
  /** for each base cell [row][col], the id of the merged cell it belongs to */
  owner: number[][]
}

/** Rule ends this close (points) meet; positions this close are one boundary. */
const TOL = 1.5
/** a rule shorter than this is a tick or a glyph-like mark, not a border */
const MIN_RULE = 2

interface Seg {
  /** y of a horizontal rule, x of a vertical one */
  at: number
  a: number
  b: number
}

function segments(rules: Rule[]): { h: Seg[]; v: Seg[] } {
  const h: Seg[] = []
  const v: Seg[] = []
  for (const r of rules) {
    const dx = Math.abs(r.x1 - r.x0)
    const dy = Math.abs(r.y1 - r.y0)
    if (dy <= 0.5 && dx >= MIN_RULE) h.push({ at: (r.y0 + r.y1) / 2, a: Math.min(r.x0, r.x1), b: Math.max(r.x0, r.x1) })
    else if (dx <= 0.5 && dy >= MIN_RULE) v.push({ at: (r.x0 + r.x1) / 2, a: Math.min(r.y0, r.y1), b: Math.max(r.y0, r.y1) })
  }
  return { h: mergeCollinear(h), v: mergeCollinear(v) }
}

/** Pieces of one line (same position, touching or overlapping) become one rule. */
function mergeCollinear(segs: Seg[]): Seg[] {
  segs.sort((p, q) => p.at - q.at || p.a - q.a)
  const out: Seg[] = []
  for (const s of segs) {
    const last = out[out.length - 1]
    if (last && Math.abs(s.at - last.at) <= TOL && s.a <= last.b + TOL) last.b = Math.max(last.b, s.b)
    else out.push({ ...s })
  }
  return out
}

function crosses(h: Seg, v: Seg): boolean {
  return v.at >= h.a - TOL && v.at <= h.b + TOL && h.at >= v.a - TOL && h.at <= v.b + TOL
}

/** Distinct positions, nearby ones averaged. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[][] = []
  for (const x of sorted) {
    const last = out[out.length - 1]
    if (last && x - last[last.length - 1] <= TOL) last.push(x)
    else out.push([x])
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length)
}

class UnionFind {
  private readonly parent: number[]
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]]
      i = this.parent[i]
    }
    return i
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b)
  }
}

/** The grids a page's rules draw: connected rules with at least two cells between them. */
export function findGrids(rules: Rule[]): Grid[] {
  const { h, v } = segments(rules)
  if (h.length < 2 || v.length < 2) return []
  const uf = new UnionFind(h.length + v.length)
  for (let i = 0; i < h.length; i++) for (let j = 0; j < v.length; j++) if (crosses(h[i], v[j])) uf.union(i, h.length + j)
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>()
  h.forEach((s, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] }
    g.h.push(s)
    groups.set(uf.find(i), g)
  })
  v.forEach((s, j) => {
    const g = groups.get(uf.find(h.length + j)) ?? { h: [], v: [] }
    g.v.push(s)
    groups.set(uf.find(h.length + j), g)
  })
  const grids: Grid[] = []
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue
    const xs = cluster(g.v.map((s) => s.at))
    const ys = cluster(g.h.map((s) => s.at)).reverse()
    if (xs.length < 2 || ys.length < 2 || (xs.length === 2 && ys.length === 2)) continue // a frame, not a table
    grids.push({ xs, ys, owner: mergedCells(xs, ys, g.h, g.v) })
  }
  return grids
}

/** Base cells joined where no rule separates them. */
function mergedCells(xs: number[], ys: number[], h: Seg[], v: Seg[]): number[][] {
  const R = ys.length - 1
  const C = xs.length - 1
  const uf = new UnionFind(R * C)
  const ruleAt = (segs: Seg[], at: number, mid: number): boolean => segs.some((s) => Math.abs(s.at - at) <= TOL * 2 && mid >= s.a - TOL && mid <= s.b + TOL)
  for (let r = 0; r < R; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2
    for (let c = 0; c < C; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2
      if (c + 1 < C && !ruleAt(v, xs[c + 1], midY)) uf.union(r * C + c, r * C + c + 1)
      if (r + 1 < R && !ruleAt(h, ys[r + 1], midX)) uf.union(r * C + c, (r + 1) * C + c)
    }
  }
  return Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => uf.find(r * C + c)))
}

export function gridTop(g: Grid): number {
  return g.ys[0]
}

/** Whether a text item belongs to the grid: its middle lies inside the outer border. */
export function inGrid(g: Grid, it: PositionedText): boolean {
  const cx = it.x + it.width / 2
  const cy = it.y + it.size * 0.35
  return cx >= g.xs[0] && cx <= g.xs[g.xs.length - 1] && cy <= g.ys[0] && cy >= g.ys[g.ys.length - 1]
}

/**
 * Cuts an item at the grid's column boundaries it crosses: a text run joined across a border (cells
 * close together) is text of two cells. The cut falls between the characters on either side.
 */
function splitAtColumns(g: Grid, it: PositionedText): PositionedText[] {
  const offs = it.offsets
  if (!offs || it.str.length < 2) return [it]
  const mid = (i: number): number => it.x + (offs[i] + (i + 1 < offs.length ? offs[i + 1] : it.width)) / 2
  const out: PositionedText[] = []
  let start = 0
  for (let i = 1; i < it.str.length; i++) {
    const a = mid(i - 1)
    const b = mid(i)
    // a border between the middles of two neighbouring characters separates them
    if (g.xs.some((x) => x > a && x < b)) {
      out.push(piece(it, start, i))
      start = i
    }
  }
  if (start === 0) return [it]
  out.push(piece(it, start, it.str.length))
  return out
}

function piece(it: PositionedText, from: number, to: number): PositionedText {
  const offs = it.offsets as number[]
  const x = it.x + offs[from]
  const end = to < it.str.length ? it.x + offs[to] : it.x + it.width
  return { str: it.str.slice(from, to).trim(), x, y: it.y, width: end - x, size: it.size }
}

/** The grid's rows of cell text (items are those inGrid gave). */
export function gridRows(g: Grid, items: PositionedText[]): string[][] {
  const R = g.ys.length - 1
  const C = g.xs.length - 1
  const byCell = new Map<number, PositionedText[]>()
  for (const whole of items) {
    for (const it of splitAtColumns(g, whole)) {
      if (it.str === '') continue
      const cx = it.x + it.width / 2
      const cy = it.y + it.size * 0.35
      let c = 0
      while (c < C - 1 && cx > g.xs[c + 1]) c++
      let r = 0
      while (r < R - 1 && cy < g.ys[r + 1]) r++
      const id = g.owner[r][c]
      const list = byCell.get(id) ?? []
      list.push(it)
      byCell.set(id, list)
    }
  }
  const seen = new Set<number>()
  return Array.from({ length: R }, (_, r) =>
    Array.from({ length: C }, (_, c) => {
      const id = g.owner[r][c]
      if (seen.has(id)) return ''
      seen.add(id)
      return cellText(byCell.get(id) ?? [])
    }),
  )
}

/** A cell's lines joined: wrapped Chinese runs on without a space, Latin words keep one. */
function cellText(items: PositionedText[]): string {
  let text = ''
  for (const line of buildLines(items)) text = joinWords(text, line.segments.map((s) => s.text).join(' '))
  return text
}
