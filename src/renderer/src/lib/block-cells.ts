/**
 * Where each table cell of a stored block sits in the raw text: the reader wrote a table one line per row,
 * cells joined by ' | ' (ingest/text-builder.ts), so a cell's offsets follow from the rows alone. The block
 * view (DOCX, HTML) draws real tables from them and marks the cell that holds a field's source.
 */
import type { TableBlock } from '../../../shared/document'

/** the text-builder's cell separator */
const SEPARATOR = ' | '

export interface PlacedCell { text: string; start: number; end: number }

export function placedRows(t: TableBlock): PlacedCell[][] {
  let at = t.start
  return t.rows.map((row) => {
    const cells = row.map((text, k) => {
      if (k > 0) at += SEPARATOR.length
      const c = { text, start: at, end: at + text.length }
      at += text.length
      return c
    })
    at += 1 // the row's line break
    return cells
  })
}

/** whether [start, end) holds the span (or, for an empty span, its place) */
export function holds(start: number, end: number, span: [number, number] | null): boolean {
  if (!span) return false
  return span[0] === span[1] ? span[0] >= start && span[0] <= end && end > start : span[0] < end && span[1] > start
}
