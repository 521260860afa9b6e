// Bad input gets a clear IngestError (code + a message in English and Chinese) or a warning, never garbage.
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { makeDocx, makeZip } from '../../scripts/lib/docx-writer'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { encodeText } from '../../scripts/lib/text-writer'
import { detectKind, IngestError, MAX_FILE_BYTES, parseDocument, type IngestErrorCode } from '../../src/main/ingest'
import { pseudoRandomBytes, REPORT_TEXT, REPORT_TITLE } from './fixtures'
import { withImplicitParagraphs } from '../../src/main/ingest/implicit-paragraphs'

async function failure(bytes: Uint8Array, name: string): Promise<IngestError> {
  const err = await parseDocument(bytes, name).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(IngestError)
  const e = err as IngestError
  // one line, English then Chinese in parentheses
  expect(e.message).not.toContain('\n')
  expect(e.message).toMatch(/^[\x20-\x7e].*\(.*[\u4e00-\u9fff].*\)$/)
  return e
}

async function expectCode(bytes: Uint8Array, name: string, code: IngestErrorCode): Promise<IngestError> {
  const e = await failure(bytes, name)
  expect(e.code).toBe(code)
  return e
}

/** A zip whose word/document.xml is `size` zero bytes, streamed so the test never holds them. */
function zeroBomb(size: number): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from('<Types/>'), '[Content_Types].xml')
  let left = size
  const chunk = Buffer.alloc(1024 * 1024)
  const zeros = new Readable({
    read() {
      if (left <= 0) return this.push(null)
      const n = Math.min(left, chunk.length)
      left -= n
      this.push(chunk.subarray(0, n))
    },
  })
  zip.addReadStream(zeros, 'word/document.xml', { size })
  zip.end()
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => parts.push(c))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)))
  })
}

describe('bad input', () => {
  it('empty file', async () => {
    await expectCode(new Uint8Array(0), 'a.txt', 'empty')
  })

  it('whitespace-only text, in any encoding', async () => {
    await expectCode(Buffer.from(' \r\n\t\u3000\n'), 'a.txt', 'empty')
    await expectCode(encodeText('   \n  ', 'utf-16le'), 'a.txt', 'empty')
  })

  it('random bytes are refused, not imported as garbage text', async () => {
    const e = await expectCode(pseudoRandomBytes(20000), 'report.txt', 'unsupported')
    expect(e.message).toMatch(/binary/)
    expect(detectKind(pseudoRandomBytes(20000), 'report.txt').kind).toBeNull()
  })

  it('a truncated PDF: cut near the end it is repaired with a warning, cut deeper it is corrupt', async () => {
    const pdf = makePdf([{ lines: ['第一页的文字'] }, { lines: ['第二页的文字'] }, { lines: ['第三页的文字'] }])
    const nearEnd = await parseDocument(pdf.subarray(0, Math.floor(pdf.length * 0.95)), 'cut.pdf')
    expect(nearEnd.text).toBe('第一页的文字\n第二页的文字\n第三页的文字')
    expect(nearEnd.warnings.map((w) => w.code)).toContain('pdf_truncated')
    const e = await expectCode(pdf.subarray(0, Math.floor(pdf.length * 0.5)), 'cut.pdf', 'corrupt')
    expect(e.message).toMatch(/damaged/)
  })

  it('a file that only starts like a PDF is corrupt', async () => {
    await expectCode(Buffer.from('%PDF-1.7\nthis is not really a pdf\n'), 'x.pdf', 'corrupt')
  })

  it('an encrypted PDF', async () => {
    await expectCode(makePdf([{ lines: [REPORT_TITLE] }], { encrypt: { userPassword: 'pw' } }), 'x.pdf', 'encrypted')
  })

  it('a zip that is not a DOCX says so', async () => {
    const zip = await makeZip([{ name: 'readme.txt', data: '这不是 Word 文档' }, { name: 'data/table.csv', data: 'a,b\n1,2' }])
    const e = await expectCode(zip, 'report.docx', 'unsupported')
    expect(e.message).toMatch(/not a Word document/)
    expect(detectKind(zip, 'report.docx')).toEqual({ kind: null, mislabelled: false })
  })

  it('a damaged DOCX (zip cut in half) is corrupt', async () => {
    const docx = await makeDocx([{ p: REPORT_TEXT }])
    await expectCode(docx.subarray(0, Math.floor(docx.length / 2)), 'cut.docx', 'corrupt')
  })

  it('a DOCX bomb by declared size (document.xml of 210 MB of zeros) is refused before inflating', async () => {
    const bomb = await zeroBomb(210 * 1024 * 1024)
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const e = await expectCode(bomb, 'bomb.docx', 'bomb')
    expect(e.message).toMatch(/decompression bomb.*压缩炸弹/)
  })

  it('a DOCX bomb by ratio (20 MB of zeros) is refused', async () => {
    const bomb = await zeroBomb(20 * 1024 * 1024)
    await expectCode(bomb, 'bomb.docx', 'bomb')
  })

  it('a file over the size limit is refused before parsing', async () => {
    const e = await expectCode(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.txt', 'too_large')
    expect(e.message).toMatch(/too large/)
  })

  it('an OLE file without a Word stream and images are named in the error', async () => {
    // a real .doc is read since issue 14 (tests/ingest/word-binary.test.ts); an OLE file without WordDocument is not one
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
    expect((await expectCode(ole, 'old.doc', 'unsupported')).message).toMatch(/not a Word document/)
    // a PNG is read by OCR since issue 14: a damaged one says it is an image that cannot be decoded
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandomBytes(200)])
    expect((await expectCode(png, 'scan.png', 'corrupt')).message).toMatch(/image.*图片/)
    // a GIF is not a report (a logo, an animation): still refused, named
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), pseudoRandomBytes(200)])
    expect((await expectCode(gif, 'logo.gif', 'unsupported')).message).toMatch(/image/)
    // with OCR off, an image is refused as before
    const off = await parseDocument(png, 'scan.png', { ocr: false }).catch((e: unknown) => e)
    expect((off as { code?: string }).code).toBe('unsupported')
  })

  it('a 40 MB text imports', async () => {
    const line = REPORT_TEXT.split('\n')[3] + '\n'
    const repeats = Math.ceil((40 * 1024 * 1024) / Buffer.byteLength(line))
    const big = Buffer.from(line.repeat(repeats))
    expect(big.length).toBeGreaterThan(40 * 1024 * 1024)
    const doc = await parseDocument(big, 'big.txt')
    expect(doc.encoding).toBe('utf-8')
    // one paragraph per line, left implicit at this length (issue 10) and made again on demand
    expect(doc.implicitParagraphs).toBe(true)
    expect(doc.blocks).toEqual([])
    expect(withImplicitParagraphs(doc.text, doc.blocks)).toHaveLength(repeats)
    expect(doc.text.length).toBe(line.length * repeats)
  })

  it('a Chinese file name is fine', async () => {
    const doc = await parseDocument(Buffer.from(REPORT_TEXT), '青山县自然资源局（2022年）政府信息公开年报.TXT')
    expect(doc.kind).toBe('txt')
    expect(doc.warnings).toEqual([])
  })

  it('a PDF named .txt is read as a PDF, with a mislabelled warning', async () => {
    const pdf = makePdf([{ lines: [REPORT_TITLE] }])
    expect(detectKind(pdf, '年报.txt')).toEqual({ kind: 'pdf', mislabelled: true })
    const doc = await parseDocument(pdf, '年报.txt')
    expect(doc.kind).toBe('pdf')
    expect(doc.text).toBe(REPORT_TITLE)
    const w = doc.warnings.find((x) => x.code === 'mislabelled')
    expect(w?.message_en).toMatch(/PDF/)
    expect(w?.message).toMatch(/扩展名/)
  })

  it('a DOCX named .doc and a web page named .txt are read as what they are', async () => {
    const docx = await makeDocx([{ p: REPORT_TITLE }])
    expect(detectKind(docx, 'a.doc')).toEqual({ kind: 'docx', mislabelled: true })
    const html = Buffer.from(`<html><body><p>${REPORT_TITLE}</p></body></html>`)
    const doc = await parseDocument(html, 'saved.txt')
    expect(doc.kind).toBe('html')
    expect(doc.text).toBe(REPORT_TITLE)
    expect(doc.warnings.map((w) => w.code)).toEqual(['mislabelled'])
    expect(detectKind(html, 'saved.html')).toEqual({ kind: 'html', mislabelled: false })
    expect(detectKind(Buffer.from(REPORT_TEXT), 'notes')).toEqual({ kind: 'txt', mislabelled: false })
  })
})
