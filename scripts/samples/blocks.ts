/**
 * The format-neutral shape of a composed report: lines of navigation, the title, a meta line, headings,
 * paragraphs, tables (a grid with merged cells) and the signature. Each renderer (text, HTML, DOCX, PDF)
 * reads this, so a report says the same thing in every format.
 */

export interface GridCell {
  text: string
  colSpan?: number
  /** merged vertically with the cell above ('continue') */
  vMerge?: 'restart' | 'continue'
}

export interface TableBlockModel {
  kind: 'table'
  grid: GridCell[][]
  /** the first n rows are headers */
  headerRows: number
  /** how many grid columns the row labels take */
  labelCols: number
  /**
   * The same table for narrow media without merged cells (PDF): short header words wrapped over two rows
   * as a PDF cell wraps them, one-line row labels. null: project the grid.
   */
  compact: string[][] | null
}

export type ReportBlock =
  | { kind: 'nav'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'p'; text: string }
  /** a table lost in scraping: the line of | it left behind */
  | { kind: 'flat'; text: string }
  | TableBlockModel
  | { kind: 'signature'; lines: string[] }

/** Apply a text transform to every piece of text a block holds. */
export function mapBlockText(blocks: ReportBlock[], f: (s: string) => string): ReportBlock[] {
  return blocks.map((b): ReportBlock => {
    if (b.kind === 'table') return { ...b, grid: b.grid.map((row) => row.map((c) => ({ ...c, text: f(c.text) }))), compact: b.compact?.map((row) => row.map(f)) ?? null }
    if (b.kind === 'signature') return { ...b, lines: b.lines.map(f) }
    return { ...b, text: f(b.text) }
  })
}

/** The number of grid columns a row spans. */
export function rowWidth(row: GridCell[]): number {
  return row.reduce((n, c) => n + (c.colSpan ?? 1), 0)
}
