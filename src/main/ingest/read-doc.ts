/**
 * Word 97–2003 (.doc) and WPS Office (.wps, the same OLE binary format) reader. word-extractor gives the
 * body text with each table cell ending in '\t' and (with doc-paragraphs.ts) each table row ending in
 * '\n': a line ending in a tab is a table row, consecutive rows are one table, anything else a paragraph.
 * The result has the shape of the DOCX reader's (paragraphs and tables of rows of cells), so extraction
 * and table 三 work the same. A horizontally merged cell is one cell here (the binary format keeps no
 * covered slots), so such a row is narrower than its DOCX twin and is padded at its end.
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

/** Body text as lines → paragraphs and tables. Field codes are already reduced to their results. */
export function appendWordBody(body: string, b: TextBuilder): void {
  let rows: string[][] = []
  const flush = (): void => {
    if (rows.length > 0) b.table(rows)
    rows = []
  }
  for (const line of body.split('\n')) {
    if (line.endsWith('\t')) {
      rows.push(line.slice(0, -1).split('\t'))
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
  const [{ TableAwareWordExtractor }, { default: BufferReader }] = await loadWord()
  try {
    const doc = await new TableAwareWordExtractor().extract(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))
    body = doc.getBody({ filterUnicode: false })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new IngestError('corrupt', `${name.en} could not be read: ${why} (${name.zh}无法读取，文件可能已损坏或不是 Word 文档)`, { cause: e })
  }
  const b = new TextBuilder()
  appendWordBody(body, b)
  const text = b.build()
  if (text.trim() === '') throw new IngestError('empty', `${name.en} contains no text (${name.zh}没有任何文字内容)`)
  return { kind: 'docx', format, encoding: null, pageCount: null, text, blocks: b.blocks, warnings: [] }
}
