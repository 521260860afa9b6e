// Ruled tables: cells from drawn borders, wrapped cell text kept in its cell, merged cells as the DOCX
// reader gives them (text in the top-left slot), runs that cross a border cut there.
import { describe, expect, it } from 'vitest'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { findGrids, gridRows, inGrid, type Rule } from '../../src/main/ingest/pdf-grid'
import type { PositionedText } from '../../src/main/ingest/pdf-layout'
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
