/**
 * Word 97–2003 (.doc) and WPS Office (.wps, the same OLE binary format) reader. word-extractor gives the
 * body text with each table cell ending in '\t' and (with doc-paragraphs.ts) each table row ending in
 * '\n': a line ending in a tab is a table row, consecutive rows are one table, anything else a paragraph.
 * The result has the shape of the DOCX reader's (paragraphs and tables of rows of cells), so extraction
 * and table 三 work the same. A horizontally merged cell is one cell in the binary format; the rows' cell
 * boundaries (sprmTDefTable) put it back on the table's grid with '' in the slots it covers, as in DOCX.
 */
import type { ParsedDocument } from '../../shared/document'
import { IngestError } from './errors'
import { TextBuilder } from './text-builder'

export type WordBinaryFormat = 'doc' | 'wps'

/** Loaded on first use, like mammoth for DOCX: a worker that never meets a .doc does not pay for it. */
let wordModules: Promise<[typeof import('./doc-paragraphs'), typeof import('word-extractor/lib/buffer-reader.js')]> | null = null
function loadWord(): Promise<[typeof import('./doc-paragraphs'), typeof import('word-extractor/lib/buffer-reader.js')]> {
  wordModules ??= Promise.all([import('./doc-paragraphs'), import('word-extractor/lib/buffer-reader.js')])
  return wordModules
}

const FORMAT_NAME: Record<WordBinaryFormat, { en: string; zh: string }> = {
  doc: { en: 'Word 97–2003 document (.doc)', zh: 'Word 97–2003 文档（.doc）' },
  wps: { en: 'WPS document (.wps)', zh: 'WPS 文档（.wps）' },
}

/** Boundaries closer than this (twips, 1/20 pt) are one grid line: Word rounds cell widths per row. */
const SAME_LINE = 30

/**
 * A table's rows on one grid: the union of every row's cell boundaries gives the columns, and a cell
 * wider than one column (a horizontal merge) is followed by '' in the slots it covers, as the DOCX reader
 * writes it. A row whose boundaries are unknown or do not match its cells is kept as it is.
 */
export function alignToGrid(rows: string[][], bounds: (number[] | null)[]): string[][] {
  const fits = (r: number): boolean => bounds[r]?.length === rows[r].length + 1
  const lines: number[] = []
  rows.forEach((_, r) => {
    if (fits(r)) for (const x of bounds[r] ?? []) if (!lines.some((l) => Math.abs(l - x) < SAME_LINE)) lines.push(x)
  })
  lines.sort((a, c) => a - c)
  const column = (x: number): number => lines.findIndex((l) => Math.abs(l - x) < SAME_LINE)
  return rows.map((cells, r) => {
    const b = bounds[r]
    if (!b || !fits(r)) return cells
    const out: string[] = []
    cells.forEach((c, i) => {
      const from = column(b[i])
      const to = column(b[i + 1])
      out.push(c)
      for (let k = from + 1; k < to; k++) out.push('')
    })
    return out
  })
}

/**
 * Body text as lines → paragraphs and tables. Field codes are already reduced to their results.
 * `rowCells`: each table row's cell boundaries in body order (doc-paragraphs.ts), for merged cells.
 */
export function appendWordBody(body: string, b: TextBuilder, rowCells: (number[] | null)[] = []): void {
  let rows: string[][] = []
  let bounds: (number[] | null)[] = []
  let next = 0
  const flush = (): void => {
    if (rows.length > 0) b.table(alignToGrid(rows, bounds))
    rows = []
    bounds = []
  }
  for (const line of body.split('\n')) {
    if (line.endsWith('\t')) {
      rows.push(line.slice(0, -1).split('\t'))
      bounds.push(rowCells[next++] ?? null)
      continue
    }
    flush()
    b.paragraph(line.replace(/\t/g, ' '))
  }
  flush()
}

export async function readDoc(bytes: Uint8Array, format: WordBinaryFormat): Promise<ParsedDocument> {
  const name = FORMAT_NAME[format]
  let body: string
  let rowCells: (number[] | null)[]
  const [{ TableAwareWordExtractor }, { default: BufferReader }] = await loadWord()
  try {
    const extractor = new TableAwareWordExtractor()
    const doc = await extractor.extract(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))
    body = doc.getBody({ filterUnicode: false })
    rowCells = extractor.rowCells
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new IngestError('corrupt', `${name.en} could not be read: ${why} (${name.zh}无法读取，文件可能已损坏或不是 Word 文档)`, { cause: e })
  }
  const b = new TextBuilder()
  appendWordBody(body, b, rowCells)
  const text = b.build()
  if (text.trim() === '') throw new IngestError('empty', `${name.en} contains no text (${name.zh}没有任何文字内容)`)
  return { kind: 'docx', format, encoding: null, pageCount: null, text, blocks: b.blocks, warnings: [] }
}
