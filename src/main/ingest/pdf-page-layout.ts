/**
 * A PDF page as blocks: text inside a ruled grid becomes that table's cells (pdf-grid), the rest goes
 * to lines and paragraphs (pdf-layout), and the tables are placed among the paragraphs by their top
 * edge. Across pages, a table row that a page break cut in two is joined again.
 */
import { findGrids, gridRows, gridTop, inGrid } from './pdf-grid'
import { buildLines, layoutPage, NUMERIC, type Line, type PageBlock, type PositionedText } from './pdf-layout'
import type { PdfTextPage } from './pdf-text'

export interface PageTable {
  top: number
  bottom: number
  /** column boundaries, to tell a table continued on the next page */
  xs: number[]
  rows: string[][]
}

/** A page's lines outside ruled tables, and those tables. */
export interface PageLayout {
  lines: Line[]
  tables: PageTable[]
}

/** With `rules` false the rules are ignored, so the result compares with pdfjs's (which has no rules). */
export function pageLayout(page: PdfTextPage, rules: boolean): PageLayout {
  const grids = rules ? findGrids(page.rules) : []
  const inside = grids.map(() => [] as PositionedText[])
  const outside: PositionedText[] = []
  for (const it of page.items) {
    const k = it.str.trim() === '' ? -1 : grids.findIndex((g) => inGrid(g, it))
    if (k >= 0) inside[k].push(it)
    else outside.push(it)
  }
  const tables = grids
    .map((g, k) => ({ top: gridTop(g), bottom: g.ys[g.ys.length - 1], xs: g.xs, rows: inside[k].length > 0 ? gridRows(g, inside[k]) : [] }))
    .filter((t) => t.rows.some((row) => row.some((c) => c !== '')))
  return { lines: buildLines(outside), tables }
}

/** Blocks that stand at `top` on the page (PDF y, upwards), read from elsewhere: a picture read by OCR. */
export interface PlacedBlocks {
  top: number
  blocks: PageBlock[]
}

/**
 * A page's blocks in reading order: ruled tables, and `pictures` (the text of images on the page), placed
 * among the paragraphs by their top edge.
 */
export function pageBlocks(page: PageLayout, right: number, pictures: PlacedBlocks[] = []): PageBlock[] {
  if (page.tables.length === 0 && pictures.length === 0) return page.lines.length > 0 ? layoutPage(page.lines, right) : []
  const left = page.lines.length > 0 ? Math.min(...page.lines.map((l) => l.segments[0].x0)) : 0
  const out: PageBlock[] = []
  let i = 0
  const placed: PlacedBlocks[] = [...page.tables.map((t) => ({ top: t.top, blocks: [{ type: 'table' as const, rows: t.rows }] })), ...pictures]
  for (const t of placed.sort((a, b) => b.top - a.top)) {
    const above: Line[] = []
    while (i < page.lines.length && page.lines[i].y > t.top) above.push(page.lines[i++])
    if (above.length > 0) out.push(...layoutPage(above, right, left))
    out.push(...t.blocks)
  }
  if (i < page.lines.length) out.push(...layoutPage(page.lines.slice(i), right, left))
  return out
}

/** At most a page number or a running header between a table and the page edge. */
function nothingBut(lines: Line[]): boolean {
  return lines.length <= 1 && lines.every((l) => l.segments.map((s) => s.text).join('').length <= 12)
}

/** The same table's width: its outer borders in the same place (inner columns may differ row by row). */
function sameWidth(a: number[], b: number[]): boolean {
  return Math.abs(a[0] - b[0]) <= 2 && Math.abs(a[a.length - 1] - b[b.length - 1]) <= 2
}

/** The slot of `xs` whose span holds the middle of slot `i` of `other`. */
function slotAt(xs: number[], other: number[], i: number): number {
  const mid = (other[i] + other[i + 1]) / 2
  let k = 0
  while (k < xs.length - 2 && mid > xs[k + 1]) k++
  return k
}

/**
 * Word and LibreOffice let a table row break across pages: the label's first line stays with the
 * values on one page, the rest of the label opens the next page as a row of text with no values.
 * When a page ends with a table and the next begins with one as wide, and that first row holds only
 * text while the last one held numbers, the two are one row: each cell joins the cell above it.
 */
export function joinRowsSplitAtPageBreaks(pages: PageLayout[]): PageLayout[] {
  for (let k = 1; k < pages.length; k++) {
    const prev = pages[k - 1]
    const cur = pages[k]
    if (prev.tables.length === 0 || cur.tables.length === 0) continue
    const last = prev.tables.reduce((a, b) => (b.bottom < a.bottom ? b : a))
    const first = cur.tables.reduce((a, b) => (b.top > a.top ? b : a))
    if (!sameWidth(last.xs, first.xs) || first.rows.length < 2 || last.rows.length === 0) continue
    if (!nothingBut(prev.lines.filter((l) => l.y < last.bottom)) || !nothingBut(cur.lines.filter((l) => l.y > first.top))) continue
    const tail = last.rows[last.rows.length - 1]
    const head = first.rows[0]
    const headText = head.filter((c) => c !== '')
    if (headText.length === 0 || headText.some((c) => NUMERIC.test(c)) || !tail.some((c) => NUMERIC.test(c))) continue
    const joined = [...tail]
    head.forEach((c, i) => {
      if (c === '') return
      const k = slotAt(last.xs, first.xs, i)
      joined[k] = joined[k] + c
    })
    last.rows[last.rows.length - 1] = joined
    first.rows = first.rows.slice(1)
  }
  return pages
}
