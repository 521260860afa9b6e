// A very long text keeps its paragraph blocks implicit (issue 10): the reader leaves them out, the library
// stores that, and the document's detail still lists every block, while re-extraction gets the compact form.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lineBlocks, readTxt } from '../../src/main/ingest/read-txt'
import { LARGE_TEXT_CHARS } from '../../src/main/ingest/text-limit'
import { withImplicitParagraphs } from '../../src/main/ingest/implicit-paragraphs'
import { openLibrary, type Db } from '../../src/main/library/db'
import { getDocument, getParsed, insertDocument } from '../../src/main/library/documents'
import { cleanText } from '../../src/main/text'
import type { ParsedDocument, TableBlock } from '../../src/shared/document'

let dir: string | null = null
let db: Db | null = null
afterEach(() => {
  db?.close()
  db = null
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

function store(parsed: ParsedDocument, sha: string): number {
  dir ??= mkdtempSync(join(tmpdir(), 'annalist-implicit-'))
  db ??= openLibrary(join(dir, 'lib.annalist'), { create: true })
  const bytes = new TextEncoder().encode(parsed.text)
  return insertDocument(db, { sha256: sha, size: bytes.byteLength, fileName: 'a.txt', filePath: null, bytes, parsed, clean: cleanText(parsed.text), extraction: null }).id
}

describe('implicit paragraph blocks', () => {
  it('a TXT longer than the threshold has no per-line blocks, and they can be made again exactly', () => {
    const unit = '  第一行，有空格  \r\n\r\n第二行\u3000\n\t\n第三行 | 数字 12\n'
    // with its line endings unified (CRLF to LF) it is still longer than the threshold
    const text = unit.repeat(Math.ceil((LARGE_TEXT_CHARS * 1.2) / unit.length))
    const doc = readTxt(new TextEncoder().encode(text))
    expect(doc.implicitParagraphs).toBe(true)
    expect(doc.blocks).toEqual([])
    expect(withImplicitParagraphs(doc.text, doc.blocks)).toEqual(lineBlocks(doc.text))
  })

  it('a short TXT keeps its blocks', () => {
    const doc = readTxt(new TextEncoder().encode('一\n二\n'))
    expect(doc.implicitParagraphs).toBeUndefined()
    expect(doc.blocks).toHaveLength(2)
  })

  it('the library stores the flag: the detail lists every block, re-extraction gets the tables only', () => {
    const text = '标题\n甲 | 乙\n1 | 2\n  末行  '
    const table: TableBlock = { type: 'table', rows: [['甲', '乙'], ['1', '2']], start: 3, end: 14 }
    const id = store({ kind: 'html', encoding: 'utf-8', pageCount: null, text, blocks: [table], warnings: [], implicitParagraphs: true }, 'a'.repeat(64))
    expect(getDocument(db as Db, id)?.blocks).toEqual([
      { type: 'paragraph', text: '标题', start: 0, end: 2 },
      table,
      { type: 'paragraph', text: '末行', start: 17, end: 19 },
    ])
    const parsed = getParsed(db as Db, id)
    expect(parsed?.implicitParagraphs).toBe(true)
    expect(parsed?.blocks).toEqual([table])
  })

  it('a document with its blocks is stored as before', () => {
    const text = '一\n二'
    const id = store({ kind: 'txt', encoding: 'utf-8', pageCount: null, text, blocks: lineBlocks(text), warnings: [] }, 'b'.repeat(64))
    const row = (db as Db).prepare('SELECT structure FROM texts WHERE document_id = ?').get(id) as { structure: string }
    expect(JSON.parse(row.structure)).toEqual({ blocks: lineBlocks(text), pageStarts: null })
    expect(getParsed(db as Db, id)?.implicitParagraphs).toBeUndefined()
  })
})
