// Ruled tables: cells from drawn borders, wrapped cell text kept in its cell, merged cells as the DOCX
// reader gives them (text in the top-left slot), runs that cross a border cut there.
import { describe, expect, it } from 'vitest'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { findGrids, gridRows, inGrid, type Rule } from '../../src/main/ingest/pdf-grid'
import type { PositionedText } from '../../src/main/ingest/pdf-layout'
import { joinRowsSplitAtPageBreaks, type PageLayout, type PageTable } from '../../src/main/ingest/pdf-page-layout'
import { parseDocument } from '../../src/main/ingest'
import { readPdf } from '../../src/main/ingest/read-pdf'
import type { TableBlock } from '../../src/shared/document'

/** Cell borders of a grid with row tops `ys` (descending) and column lefts `xs`; `skip` leaves borders out. */
function borders(xs: number[], ys: number[], skip: (r: Rule) => boolean = () => false): Rule[] {
  const out: Rule[] = []
  for (let r = 0; r + 1 < ys.length; r++) for (let c = 0; c + 1 < xs.length; c++) {
    out.push({ x0: xs[c], y0: ys[r], x1: xs[c + 1], y1: ys[r] }, { x0: xs[c], y0: ys[r + 1], x1: xs[c + 1], y1: ys[r + 1] })
    out.push({ x0: xs[c], y0: ys[r + 1], x1: xs[c], y1: ys[r] }, { x0: xs[c + 1], y0: ys[r + 1], x1: xs[c + 1], y1: ys[r] })
  }
  return out.filter((r) => !skip(r))
}

const text = (str: string, x: number, y: number, size = 10): PositionedText => ({
  str, x, y, size, width: [...str].length * size, offsets: [...str].map((_, i) => i * size),
})

describe('ruled grids', () => {
  it('keeps a cell whose text wraps over three lines as one cell', () => {
    const g = findGrids(borders([0, 40, 100], [100, 40, 20]))
    expect(g).toHaveLength(1)
    const items = [text('（二）', 2, 85), text('部分公', 2, 72), text('开', 2, 59), text('5', 50, 85), text('合计', 2, 25), text('6', 50, 25)]
    expect(items.every((it) => inGrid(g[0], it))).toBe(true)
    expect(gridRows(g[0], items)).toEqual([['（二）部分公开', '5'], ['合计', '6']])
  })

  it('puts a merged cell\'s text in its top-left slot and leaves the covered slots empty', () => {
    // the border between rows 1 and 2 is missing in column 0: one cell spanning two rows
    const rules = borders([0, 50, 100], [90, 60, 30], (r) => r.y0 === 60 && r.y1 === 60 && r.x1 <= 50)
    const [g] = findGrids(rules)
    expect(gridRows(g, [text('三、结果', 2, 55), text('1', 60, 70), text('2', 60, 40)])).toEqual([['三、结果', '1'], ['', '2']])
  })

  it('cuts a text run that crosses a column border into the two cells', () => {
    const [g] = findGrids(borders([0, 30, 60], [50, 20, 0]))
    expect(gridRows(g, [text('规章12', 8, 30), text('a', 5, 5)])).toEqual([['规章', '12'], ['a', '']])
  })

  it('ignores a single box (a frame around text is no table) and stray short marks', () => {
    expect(findGrids(borders([0, 200], [100, 0]))).toEqual([])
    expect(findGrids([{ x0: 0, y0: 0, x1: 2, y1: 0 }, { x0: 0, y0: 0, x1: 0, y1: 2 }])).toEqual([])
  })

  it('reads a double border (Chromium draws each cell\'s own, 0.75 pt apart) as one, and keeps an empty row 3 pt tall', () => {
    const doubled = (ys: number[]): Rule[] => [...borders([0, 50, 100], ys), ...borders([0, 50, 100], ys.map((y) => y - 0.75))]
    const [g] = findGrids(doubled([100, 60, 20, 17]))
    expect(g.ys).toHaveLength(4)
    expect(gridRows(g, [text('维持', 2, 75), text('1', 60, 35)])).toEqual([['维持', ''], ['', '1'], ['', '']])
  })

  it('joins border pieces that do not quite meet (LibreOffice draws them 0.25 pt apart)', () => {
    const rules = borders([66.6, 179.1, 291.6], [476.3, 458.6, 440.8]).map((r) =>
      r.y0 === r.y1 ? { ...r, x0: r.x0 + 0.25, x1: r.x1 - 0.25 } : { ...r, y0: r.y0 + 0.25, y1: r.y1 - 0.25 })
    const [g] = findGrids(rules)
    expect(g.xs).toHaveLength(3)
    expect(g.ys).toHaveLength(3)
  })
})

describe('ruled tables in PDFs', () => {
  const rows = [
    ['项目', '本年新收', '上年结转', '总计'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '12', '', '12'],
    ['（四）无法提供 1.本机关不掌握相关政府信息', '3', '1', '4'],
  ]
  // a wide first column: its cells wrap over lines, which position alone reads as several rows
  const pdf = makePdf([{ lines: ['三、收到和处理政府信息公开申请情况', ...rows.map((cells) => ({ cells })), '四、行政复议'] }], { font: 'identity-tounicode' })

  it('reads wrapped cells as one row each, the table between its paragraphs', async () => {
    const doc = await parseDocument(pdf, 'r.pdf')
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table')
    expect(tables).toHaveLength(1)
    expect(tables[0].rows).toEqual(rows)
    expect(doc.text.startsWith('三、收到和处理政府信息公开申请情况\n项目 | ')).toBe(true)
    expect(doc.text.endsWith('\n四、行政复议')).toBe(true)
  })

  it('is what the rules add: from positions alone a wrapped cell breaks its row', async () => {
    const byPosition = await readPdf(pdf, { reader: 'fast', rules: false })
    expect(byPosition.text).not.toContain(rows[1].join(' | '))
  })
})

describe('a table row cut by a page break', () => {
  const table = (top: number, bottom: number, xs: number[], rows: string[][]): PageTable => ({ top, bottom, xs, rows })
  const pageOf = (t: PageTable): PageLayout => ({ lines: [], tables: [t] })

  it('is joined again when the next page opens the same table with a row of text only', () => {
    const p1 = pageOf(table(300, 80, [66, 300, 400, 516], [['项目', '自然人', '总计'], ['二、上', '0', '0']]))
    const p2 = pageOf(table(770, 400, [66, 150, 300, 400, 516], [['年结转政府信息公开申请数量', '', '', ''], ['三、本年度办理结果', '（一）予以公开', '5', '5']]))
    const [a, b] = joinRowsSplitAtPageBreaks([p1, p2])
    expect(a.tables[0].rows[1]).toEqual(['二、上年结转政府信息公开申请数量', '0', '0'])
    expect(b.tables[0].rows).toEqual([['三、本年度办理结果', '（一）予以公开', '5', '5']])
  })

  it('is left alone when the next page starts with a row of its own (numbers), or another table', () => {
    const rows = (): string[][] => [['项目', '总计'], ['一、本年新收', '3']]
    const withValues = joinRowsSplitAtPageBreaks([pageOf(table(300, 80, [66, 300, 516], rows())), pageOf(table(770, 600, [66, 300, 516], [['二、上年结转', '1'], ['三、', '2']]))])
    expect(withValues[1].tables[0].rows).toHaveLength(2)
    const narrower = joinRowsSplitAtPageBreaks([pageOf(table(300, 80, [66, 300, 516], rows())), pageOf(table(770, 600, [66, 200, 400], [['说明', ''], ['三、', '2']]))])
    expect(narrower[1].tables[0].rows).toHaveLength(2)
    expect(narrower[0].tables[0].rows[1]).toEqual(['一、本年新收', '3'])
  })
})
