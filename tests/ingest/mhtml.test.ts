// MHTML (issue 14): a browser's single-file page imports like an HTML page (charset, quoted-printable, the
// HTML part), and each picture it carries is recorded where it stood, with a warning that it needs OCR.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/main/ingest'
import type { ParagraphBlock, TableBlock } from '../../src/shared/document'
import { extract, valuesOf } from '../extract/helpers'
import { encodeGb18030 } from '../../scripts/samples/encode'
import { makeMhtml } from './helpers/mhtml'

const REPORT = readFileSync(join(__dirname, '../fixtures/reports/s21-03-county-html.html'))

describe('MHTML reader', () => {
  it('reads the page like its HTML: same text, tables and fields', async () => {
    const mht = makeMhtml(REPORT, 'utf-8', [])
    const doc = await parseDocument(mht, 'report.mhtml')
    const html = await parseDocument(REPORT, 'report.html')
    expect(doc.kind).toBe('html')
    expect(doc.format).toBe('mhtml')
    expect(doc.encoding).toBe('utf-8')
    expect(doc.text).toBe(html.text)
    expect(valuesOf(extract(doc))).toEqual(valuesOf(extract(html)))
  })

  it('decodes a GBK page by the part’s charset', async () => {
    const encoded = encodeGb18030('<html><body><p>某县人民政府2021年政府信息公开工作年度报告</p></body></html>')
    const doc = await parseDocument(makeMhtml(encoded, 'gb2312', []), 'page.mht')
    expect(doc.encoding).toBe('gb18030')
    expect(doc.text).toBe('某县人民政府2021年政府信息公开工作年度报告')
  })

  it('records each picture where it stood, with a warning that it needs OCR', async () => {
    const html = Buffer.from(
      '<html><head><meta charset="utf-8"></head><body><p>一、总体情况</p>' +
        '<p><img src="https://www.example.gov.cn/images/table3.png"></p><p>二、主动公开政府信息情况</p>' +
        '<img src="https://www.example.gov.cn/images/table4.png"><img src="https://elsewhere.example/not-saved.png"><p>三、其他</p></body></html>',
    )
    const doc = await parseDocument(
      makeMhtml(html, 'utf-8', [{ location: 'https://www.example.gov.cn/images/table3.png' }, { location: 'https://www.example.gov.cn/images/table4.png' }]),
      'page.mhtml',
    )
    expect(doc.text.split('\n')).toEqual(['一、总体情况', '[图片 1：需 OCR]', '二、主动公开政府信息情况', '[图片 2：需 OCR]', '三、其他'])
    const images = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.image !== undefined)
    expect(images.map((b) => b.image)).toEqual([
      { index: 1, ref: 'https://www.example.gov.cn/images/table3.png' },
      { index: 2, ref: 'https://www.example.gov.cn/images/table4.png' },
    ])
    for (const b of images) expect(doc.text.slice(b.start, b.end)).toBe(b.text)
    expect(doc.warnings.map((w) => w.message)).toEqual(['页面中有 2 张图片（表格可能是图片），需 OCR'])
    expect(doc.blocks.filter((b): b is TableBlock => b.type === 'table')).toEqual([])
  })

  it('an MHTML file without a page fails with a message naming the format', async () => {
    const bad = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n')
    await expect(parseDocument(bad, 'x.mhtml')).rejects.toThrow(/MHTML 文件中没有网页内容/)
  })
})
