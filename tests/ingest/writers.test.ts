// The fixture writers produce files the real parsers read: pdfjs for makePdf (and only with its CMaps), mammoth for makeDocx.
import { describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { makeDocx } from '../../scripts/lib/docx-writer'
import { encodeText } from '../../scripts/lib/text-writer'
import { pdfjsAssetDirs } from '../../src/main/ingest/read-pdf'
import { REPORT_TITLE } from './fixtures'

async function pdfText(bytes: Buffer, opts: { cmaps: boolean; password?: string }): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const dirs = pdfjsAssetDirs()
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(opts.cmaps ? { cMapUrl: dirs.cMapUrl, cMapPacked: true } : {}),
    standardFontDataUrl: dirs.standardFontDataUrl,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    password: opts.password,
  }).promise
  try {
    const pages: string[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const tc = await (await doc.getPage(p)).getTextContent()
      pages.push(tc.items.map((it) => ('str' in it ? it.str : '')).join(''))
    }
    return pages
  } finally {
    await doc.loadingTask.destroy()
  }
}

describe('makePdf', () => {
  const pages = [{ lines: [REPORT_TITLE, { cells: ['项目', '数量'] }, { cells: ['申请', '12'] }] }, { lines: ['第二页 Page 2'] }]

  it('writes Chinese that pdfjs reads back exactly, with the CMaps', async () => {
    const text = await pdfText(makePdf(pages), { cmaps: true })
    expect(text).toHaveLength(2)
    expect(text[0]).toContain(REPORT_TITLE)
    expect(text[0]).toContain('申请')
    expect(text[1]).toContain('第二页 Page 2')
  })

  it('needs the CMaps: without them the non-embedded font gives no Chinese', async () => {
    const text = await pdfText(makePdf(pages), { cmaps: false })
    expect(text.join('')).not.toContain('政府信息公开')
  })

  it('encrypts with a user password (RC4 128) that opens it again', async () => {
    const pdf = makePdf(pages, { encrypt: { userPassword: 'secret', ownerPassword: 'owner' } })
    expect(pdf.includes(Buffer.from('/Encrypt'))).toBe(true)
    await expect(pdfText(pdf, { cmaps: true })).rejects.toMatchObject({ name: 'PasswordException' })
    const text = await pdfText(pdf, { cmaps: true, password: 'secret' })
    expect(text[0]).toContain(REPORT_TITLE)
  })

  it('writes a page with no text layer', async () => {
    const text = await pdfText(makePdf(pages, { emptyText: true }), { cmaps: true })
    expect(text.join('').trim()).toBe('')
  })

  it('continues on a new page when the lines do not fit', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `第${i + 1}行`)
    const text = await pdfText(makePdf([{ lines: many }]), { cmaps: true })
    expect(text.length).toBeGreaterThan(1)
    expect(text.join('')).toContain('第60行')
  })
})

describe('makeDocx', () => {
  it('writes a DOCX that mammoth reads, merged cells included', async () => {
    const docx = await makeDocx([
      { p: REPORT_TITLE, style: 'Title' },
      { p: '一、总体情况', style: 'Heading1' },
      { table: [[{ text: '申请人情况', colSpan: 2 }], [{ text: '自然人', vMerge: 'restart' }, '5'], [{ text: '', vMerge: 'continue' }, '6']] },
    ])
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
    const { value } = await mammoth.convertToHtml({ buffer: docx })
    expect(value).toContain(REPORT_TITLE)
    expect(value).toContain('<h1>一、总体情况</h1>')
    expect(value).toContain('colspan="2"')
    expect(value).toContain('rowspan="2"')
  })
})

describe('encodeText', () => {
  it('round-trips through TextDecoder for every encoding', () => {
    const s = 'ABC 政府信息公开 123'
    expect(new TextDecoder('gb18030').decode(encodeText(s, 'gb18030'))).toBe(s)
    expect(new TextDecoder('big5').decode(encodeText('ABC 政府資訊公開 123', 'big5'))).toBe('ABC 政府資訊公開 123')
    expect(new TextDecoder('utf-16be').decode(encodeText(s, 'utf-16be'))).toBe(s)
    expect(new TextDecoder('utf-16le').decode(encodeText(s, 'utf-16le'))).toBe(s)
  })
})
