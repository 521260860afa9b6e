/**
 * A composed report as a Word document (through scripts/lib/docx-writer) or a PDF (through
 * scripts/lib/pdf-writer). The PDF gets a one-row header where the template merges cells, and row
 * labels written on one line, because the PDF writer lays out plain rows of cells.
 */
import { makeDocx, type DocxBlock, type DocxCell } from '../lib/docx-writer'
import { makePdf, type PdfPage } from '../lib/pdf-writer'
import type { GridCell, ReportBlock, TableBlockModel } from './blocks'

export function renderDocx(blocks: ReportBlock[]): Promise<Buffer> {
  const out: DocxBlock[] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push({ p: b.text, style: 'Title' })
        break
      case 'heading':
        out.push({ p: b.text, style: 'Heading1' })
        break
      case 'nav':
      case 'meta':
      case 'p':
      case 'flat':
        out.push({ p: b.text })
        break
      case 'table':
        out.push({
          table: b.grid.map((row) =>
            row.map((c): DocxCell => (c.colSpan === undefined && c.vMerge === undefined ? c.text : { text: c.text, colSpan: c.colSpan, vMerge: c.vMerge })),
          ),
        })
        break
      case 'signature':
        for (const l of b.lines) out.push({ p: l })
        break
    }
  }
  return makeDocx(out)
}

/** One row of a grid as plain cells: label cells joined into one, merged slots empty. */
function projectRow(row: GridCell[], labelCols: number): string[] {
  const label: string[] = []
  const rest: string[] = []
  let col = 0
  for (const c of row) {
    const text = c.vMerge === 'continue' ? '' : c.text
    if (col < labelCols) {
      if (text !== '') label.push(text)
    } else {
      rest.push(text)
      for (let k = 1; k < (c.colSpan ?? 1); k++) rest.push('')
    }
    col += c.colSpan ?? 1
  }
  return labelCols > 0 ? [label.join(' '), ...rest] : rest
}

/** Width in points as the PDF writer measures it (12 pt, ASCII half width), with the cell padding. */
function cellWidth(s: string): number {
  let w = 0
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) < 0x7f ? 6 : 12
  return Math.max(24, w + 12)
}
const PRINTABLE_WIDTH = 595 - 2 * 56

/**
 * The PDF writer scales every column down when a table is too wide, and then cuts numbers too. Cut the
 * long labels of the first column instead, the way a narrow cell hides the end of a wrapped label.
 */
function fitFirstColumn(rows: string[][]): string[][] {
  const cols = Math.max(...rows.map((r) => r.length))
  let rest = 0
  for (let k = 1; k < cols; k++) rest += Math.max(...rows.map((r) => cellWidth(r[k] ?? '')))
  const budget = PRINTABLE_WIDTH - rest
  return rows.map((r) => {
    let label = r[0] ?? ''
    while (label.length > 1 && cellWidth(label) > budget) label = [...label].slice(0, -1).join('')
    return [label, ...r.slice(1)]
  })
}

export function pdfTableRows(t: TableBlockModel): { cells: string[] }[] {
  const rows = t.compact ?? t.grid.map((r) => projectRow(r, t.labelCols))
  return fitFirstColumn(rows).map((cells) => ({ cells }))
}

export function renderPdf(blocks: ReportBlock[]): Buffer {
  const lines: PdfPage['lines'] = []
  for (const b of blocks) {
    switch (b.kind) {
      case 'table':
        lines.push(...pdfTableRows(b))
        break
      case 'signature':
        lines.push('', ...b.lines)
        break
      default:
        lines.push(b.text)
    }
  }
  return makePdf([{ lines }])
}
