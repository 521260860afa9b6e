// Word 97–2003 .doc and WPS .wps (issue 14): made by LibreOffice from the project's generated DOCX fixtures
// (scripts/make-word-binary-fixtures.ts); read into the DOCX reader's shape, so the same fields and table 三
// cells come out, and a file that cannot be read fails with a message that names the format.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/main/ingest'
import { alignToGrid } from '../../src/main/ingest/read-doc'
import type { TableBlock } from '../../src/shared/document'
import { extract, valuesOf } from '../extract/helpers'

const DIR = join(__dirname, '../fixtures')
const read = (p: string): Uint8Array => readFileSync(join(DIR, p))

describe('Word 97–2003 and WPS reader', () => {
  for (const [file, format] of [['s19-05-docx.doc', 'doc'], ['s19-05-docx.wps', 'wps']] as const) {
    it(`${file}: the fields and table 三 cells of the DOCX it was made from`, async () => {
      const doc = await parseDocument(read(`word-binary/${file}`), file)
      const docx = await parseDocument(read('reports/s19-05-docx.docx'), 's19-05-docx.docx')
      expect(doc.kind).toBe('docx')
      expect(doc.format).toBe(format)
      expect(doc.warnings).toEqual([])
      const got = valuesOf(extract(doc))
      const want = valuesOf(extract(docx))
      expect(Object.keys(got).length).toBeGreaterThan(40)
      expect(got).toEqual(want)
      const gold = JSON.parse(readFileSync(join(DIR, 'reports/s19-05-docx.gold.json'), 'utf8')) as Record<string, unknown>
      for (const k of ['agency', 'report_year', 'applications_received', 't3.new.person', 't3.granted.total', 't3.total.total']) expect([k, got[k]]).toEqual([k, gold[k]])
      // table 三: each data row one row of cells, the numbers in the same order as in the DOCX
      const rowOf = (d: typeof doc, label: string): string[] => {
        const t = d.blocks.filter((b): b is TableBlock => b.type === 'table').flatMap((b) => b.rows)
        const r = t.find((row) => row.some((c) => c.startsWith(label)))
        return (r ?? []).filter((c) => /^\d+$/.test(c))
      }
      // every table on the same grid as the DOCX's: merged cells followed by '' in the slots they cover
      const tables = (d: typeof doc): string[][][] => d.blocks.filter((b): b is TableBlock => b.type === 'table').map((b) => b.rows)
      expect(tables(doc)).toHaveLength(3)
      expect(tables(doc)).toEqual(tables(docx))
      for (const label of ['一、本年新收', '二、上年结转', '（一）予以公开', '1.属于国家秘密', '（七）总计', '四、结转下年度']) {
        expect(rowOf(doc, label)).toHaveLength(7)
        expect(rowOf(doc, label)).toEqual(rowOf(docx, label))
      }
    })
  }

  it('reads a free-form .doc like its DOCX', async () => {
    const doc = await parseDocument(read('word-binary/ff09-docx-central.doc'), 'ff09.doc')
    const docx = await parseDocument(read('reports/ff09-docx-central.docx'), 'ff09.docx')
    expect(doc.text.replace(/\s+/g, '')).toBe(docx.text.replace(/\s+/g, ''))
    expect(valuesOf(extract(doc))).toEqual(valuesOf(extract(docx)))
  })

  it('puts merged cells on the table grid by their boundaries; a row whose boundaries do not fit stays as it is', () => {
    const rows = [['标题'], ['甲', '乙', '丙'], ['合并', '丁'], ['x', 'y'], ['p', 'q', 'r', 's']]
    // 3010 is the 3000 line (Word rounds per row); the mismatched row adds no line of its own
    const bounds = [[0, 3000], [0, 1000, 2000, 3010], [0, 2000, 3000], [0, 1500, 2500, 3000], [0, 500, 1000, 2000, 3000]]
    expect(alignToGrid(rows, bounds)).toEqual([
      ['标题', '', '', ''],
      ['甲', '', '乙', '丙'],
      ['合并', '', '', '丁'],
      ['x', 'y'],
      ['p', 'q', 'r', 's'],
    ])
    expect(alignToGrid([['a', 'b']], [null])).toEqual([['a', 'b']])
  })

  it('a damaged .doc fails alone with a message naming the format', async () => {
    const bytes = Buffer.from(read('word-binary/s19-05-docx.doc'))
    bytes.fill(0xff, 512, 4096)
    await expect(parseDocument(bytes, '年报.doc')).rejects.toThrow(/Word 97–2003 文档（\.doc）无法读取/)
    await expect(parseDocument(bytes, '年报.wps')).rejects.toThrow(/WPS 文档（\.wps）无法读取/)
  })

  it('a .wps that is not the Word format (an old WPS version) names the format', async () => {
    const bytes = Buffer.alloc(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 32
    await expect(parseDocument(bytes, '旧版.wps')).rejects.toThrow(/WPS 文档（\.wps）不是 Word 97–2003 格式/)
  })

  it('an OLE file that is not a Word document is named as such', async () => {
    const bytes = Buffer.alloc(2048)
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes)
    await expect(parseDocument(bytes, 'table.xls')).rejects.toThrow(/不支持旧版 Excel\/PowerPoint 文件/)
  })
})
