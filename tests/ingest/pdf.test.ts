// PDF through pdfjs: Chinese in a non-embedded CID font, pages kept, table rows rebuilt, scanned and encrypted PDFs.
import { describe, expect, it } from 'vitest'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { parseDocument, IngestError } from '../../src/main/ingest'
import type { TableBlock } from '../../src/shared/document'
import { MORE_PROSE, REPORT_TITLE } from './fixtures'

const TABLE = [
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '12'],
  ['行政规范性文件', '5', '1', '48'],
]

const threePages = makePdf([
  { lines: [REPORT_TITLE, '一、总体情况', MORE_PROSE] },
  { lines: ['二、主动公开政府信息情况', ...TABLE.map((cells) => ({ cells })), '三、收到和处理政府信息公开申请情况'] },
  { lines: ['青山县自然资源局', '2023年1月18日'] },
])

describe('PDF reader', () => {
  it('reads Chinese text right (the CMaps are found) and keeps page boundaries', async () => {
    const doc = await parseDocument(threePages, '年报.pdf')
    expect(doc.kind).toBe('pdf')
    expect(doc.pageCount).toBe(3)
    expect(doc.warnings).toEqual([])
    expect(doc.text.startsWith(REPORT_TITLE + '\n一、总体情况\n')).toBe(true)
    // the long paragraph wraps over several PDF lines and is joined again
    expect(doc.text).toContain(MORE_PROSE)
    expect(doc.pageStarts).toHaveLength(3)
    const [p1, p2, p3] = doc.pageStarts ?? []
    expect(p1).toBe(0)
    expect(doc.text.slice(p2, p2 + 12)).toBe('二、主动公开政府信息情况')
    expect(doc.text.slice(p3)).toBe('青山县自然资源局\n2023年1月18日')
  })

  it('rebuilds the table rows from x positions', async () => {
    const doc = await parseDocument(threePages, 'report.pdf')
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table')
    expect(tables).toHaveLength(1)
    expect(tables[0].rows).toEqual(TABLE)
    expect(tables[0].page).toBe(2)
    expect(doc.text.slice(tables[0].start, tables[0].end)).toBe(TABLE.map((r) => r.join(' | ')).join('\n'))
  })

  it('keeps an empty cell as an empty slot in its column', async () => {
    const rows = [
      ['项目', '本年新收', '上年结转', '合计'],
      ['自然人', '7', '', '7'],
      ['法人或其他组织', '', '2', '2'],
    ]
    const doc = await parseDocument(makePdf([{ lines: rows.map((cells) => ({ cells })) }]), 'r.pdf')
    const t = doc.blocks.find((b): b is TableBlock => b.type === 'table')
    expect(t?.rows).toEqual(rows)
  })

  it('gives every block a span of the text and a page', async () => {
    const doc = await parseDocument(threePages, 'report.pdf')
    for (const b of doc.blocks) {
      expect(b.page).toBeGreaterThanOrEqual(1)
      if (b.type === 'paragraph') expect(doc.text.slice(b.start, b.end)).toBe(b.text)
    }
  })

  it('keeps a PDF without a text layer, with a scanned warning (not silently empty)', async () => {
    // with OCR off (issue 14 reads scans by OCR by default: tests/ingest/ocr)
    const doc = await parseDocument(makePdf([{ lines: ['x'] }, { lines: ['y'] }], { emptyText: true }), 'scan.pdf', { ocr: false })
    expect(doc.pageCount).toBe(2)
    expect(doc.text).toBe('')
    const w = doc.warnings.find((x) => x.code === 'scanned')
    expect(w?.severity).toBe('error')
    expect(w?.message_en).toMatch(/no text layer/)
    expect(w?.message).toMatch(/扫描/)
  })

  it('names the pages without text when only some have none (OCR off: with it on, a blank page is quiet)', async () => {
    const doc = await parseDocument(makePdf([{ lines: [REPORT_TITLE] }, { lines: [] }, { lines: ['第三页'] }]), 'mixed.pdf', { ocr: false })
    expect(doc.pageCount).toBe(3)
    expect(doc.text).toBe(`${REPORT_TITLE}\n第三页`)
    expect(doc.pageStarts).toEqual([0, REPORT_TITLE.length + 1, REPORT_TITLE.length + 1])
    const w = doc.warnings.find((x) => x.code === 'scanned')
    expect(w?.severity).toBe('warning')
    expect(w?.message_en).toMatch(/pages 2 /)
  })

  it('refuses an encrypted PDF with code encrypted', async () => {
    const pdf = makePdf([{ lines: [REPORT_TITLE] }], { encrypt: { userPassword: 'secret' } })
    const err = await parseDocument(pdf, 'locked.pdf').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IngestError)
    expect((err as IngestError).code).toBe('encrypted')
    expect((err as IngestError).message).toMatch(/encrypted.*已加密/)
  })

  it('reads a PDF that has only an owner password (opens without one)', async () => {
    const pdf = makePdf([{ lines: [REPORT_TITLE] }], { encrypt: { userPassword: '', ownerPassword: 'owner' } })
    const doc = await parseDocument(pdf, 'restricted.pdf')
    expect(doc.text).toBe(REPORT_TITLE)
  })
})
