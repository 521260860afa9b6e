// TXT: every encoding the reports come in, detected and decoded, and the encoding recorded.
import { describe, expect, it } from 'vitest'
import { encodeText } from '../../scripts/lib/text-writer'
import { parseDocument } from '../../src/main/ingest'
import { REPORT_LINES, REPORT_TEXT, traditional } from './fixtures'

describe('TXT encodings', () => {
  const cases = [
    ['utf-8', 'utf-8', REPORT_TEXT],
    ['utf-8-bom', 'utf-8', REPORT_TEXT],
    ['utf-16le', 'utf-16le', REPORT_TEXT],
    ['utf-16be', 'utf-16be', REPORT_TEXT],
    ['gb18030', 'gb18030', REPORT_TEXT],
    ['big5', 'big5', traditional(REPORT_TEXT)],
  ] as const

  for (const [written, detected, text] of cases) {
    it(`reads ${written} and says ${detected}`, async () => {
      const doc = await parseDocument(encodeText(text, written), 'report.txt')
      expect(doc.kind).toBe('txt')
      expect(doc.encoding).toBe(detected)
      expect(doc.text).toBe(text)
      expect(doc.warnings).toEqual([])
      expect(doc.blocks).toHaveLength(REPORT_LINES.length)
      for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.type === 'paragraph' ? b.text : '')
    })
  }

  it('tells GBK from Big5 for traditional text written in GBK too', async () => {
    const doc = await parseDocument(encodeText(traditional(REPORT_TEXT), 'gb18030'), 'report.txt')
    expect(doc.encoding).toBe('gb18030')
    expect(doc.text).toBe(traditional(REPORT_TEXT))
  })

  it('unifies CRLF line endings and trims blocks', async () => {
    const doc = await parseDocument(Buffer.from('  第一行  \r\n\r\n第二行\r第三行'), 'a.txt')
    expect(doc.text).toBe('  第一行  \n\n第二行\n第三行')
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['第一行', '第二行', '第三行'])
    expect(doc.blocks[0]).toMatchObject({ start: 2, end: 5 })
  })

  it('reads UTF-8 with a few broken bytes as UTF-8, with a decode warning', async () => {
    const good = Buffer.from(REPORT_TEXT.repeat(3))
    const bad = Buffer.concat([good.subarray(0, 100), Buffer.from([0xff, 0xfe, 0x80]), good.subarray(100)])
    const doc = await parseDocument(bad, 'broken.txt')
    expect(doc.encoding).toBe('utf-8')
    expect(doc.text).toContain(REPORT_TITLE_PART)
    expect(doc.warnings.map((w) => w.code)).toContain('decode')
    const w = doc.warnings.find((x) => x.code === 'decode')
    expect(w?.message).toMatch(/无法/)
    expect(w?.message_en).toMatch(/could not be decoded/)
  })

  it('reads UTF-16 without a BOM when the text is mostly ASCII', async () => {
    const doc = await parseDocument(Buffer.from('Report 2022: 12 requests, 政府信息公开\n'.repeat(5), 'utf16le'), 'a.txt')
    expect(doc.encoding).toBe('utf-16le')
    expect(doc.text).toContain('政府信息公开')
  })
})

const REPORT_TITLE_PART = '政府信息公开工作年度报告'
