/**
 * Builds a reader's raw text and its blocks together, so that every block's [start, end) is exactly its
 * span of the text: paragraphs separated by '\n', a table written one line per row with cells joined by
 * ' | ', merged cells already resolved (every row as wide as the widest, covered slots '').
 */
import type { Block } from '../../shared/document'

export const CELL_SEPARATOR = ' | '

/** One line of cell text: a row is one line in the raw text, so a cell cannot hold a line break. */
export function cleanCell(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

export class TextBuilder {
  private readonly parts: string[] = []
  private length = 0
  readonly blocks: Block[] = []

  /** `paragraphBlocks: false`: record tables only (a very long text, see ParsedDocument.implicitParagraphs) */
  constructor(private readonly opts: { paragraphBlocks?: boolean } = {}) {}

  private push(s: string): void {
    this.parts.push(s)
    this.length += s.length
  }

  private separate(): void {
    if (this.length > 0) this.push('\n')
  }

  /** Where the next block will start (for page starts). */
  nextStart(): number {
    return this.length === 0 ? 0 : this.length + 1
  }

  get textLength(): number {
    return this.length
  }

  /** Adds a paragraph; blank text adds nothing. Line breaks inside become separate paragraphs. */
  paragraph(text: string, page?: number): void {
    const lines = text.includes('\n') ? text.split('\n') : [text]
    for (const raw of lines) {
      const line = raw.trim()
      if (line === '') continue
      this.separate()
      const start = this.length
      this.push(line)
      if (this.opts.paragraphBlocks === false) continue
      this.blocks.push(page === undefined ? { type: 'paragraph', text: line, start, end: this.length } : { type: 'paragraph', text: line, start, end: this.length, page })
    }
  }

  /** Adds a placeholder line for an image where it stood (see ParagraphBlock.image). */
  image(text: string, image: { index: number; ref: string }): void {
    this.separate()
    const start = this.length
    this.push(text)
    this.blocks.push({ type: 'paragraph', text, start, end: this.length, image })
  }

  /** Adds a table; rows are padded to the same width; a table with no text at all adds nothing. */
  table(rows: string[][], page?: number): void {
    const clean = rows.map((r) => r.map(cleanCell))
    const width = Math.max(0, ...clean.map((r) => r.length))
    // a row left blank inside a table is data (templates leave zeros blank), so only a table with no
    // text at all is dropped; blank rows at its top are layout and go
    const first = clean.findIndex((r) => r.some((c) => c !== ''))
    if (first < 0 || width === 0) return
    const kept = clean.slice(first)
    for (const r of kept) while (r.length < width) r.push('')
    this.separate()
    const start = this.length
    this.push(kept.map((r) => r.join(CELL_SEPARATOR)).join('\n'))
    this.blocks.push(page === undefined ? { type: 'table', rows: kept, start, end: this.length } : { type: 'table', rows: kept, start, end: this.length, page })
  }

  build(): string {
    return this.parts.join('')
  }
}
