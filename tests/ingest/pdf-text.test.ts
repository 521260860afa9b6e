// The fast text-only PDF reader: it gives the same text as pdfjs on the files it takes, and declines
// (so pdfjs reads them) the files it cannot be sure of.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { makePdf, type PdfOptions, type PdfPage } from '../../scripts/lib/pdf-writer'
import { readPdfText, Unsupported } from '../../src/main/ingest/pdf-text'
import { EOF, Lexer, PdfCmd, PdfName, PdfRef } from '../../src/main/ingest/pdf-text/objects'
import { pdfjsAssetDirs, readPdf } from '../../src/main/ingest/read-pdf'
import { MORE_PROSE, REPORT_TITLE } from './fixtures'

const CMAPS = pdfjsAssetDirs().cMapUrl

const PAGES: PdfPage[] = [
  { lines: [REPORT_TITLE, '一、总体情况', MORE_PROSE, 'Email: gov@example.cn（2023年）'] },
  {
    lines: [
      '二、主动公开政府信息情况',
      { cells: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'] },
      { cells: ['规章', '0', '0', '12'] },
      { cells: ['行政规范性文件', '5', '', '48'] },
    ],
  },
  { lines: ['青山县自然资源局', '2023年1月18日'] },
]

/** Both readers' text, the fast one's ruled tables left aside (pdfjs does not see rules). */
async function bothReaders(bytes: Uint8Array): Promise<{ fast: string; pdfjs: string }> {
  const fast = await readPdf(bytes, { reader: 'fast', rules: false })
  const pdfjs = await readPdf(bytes, { reader: 'pdfjs' })
  expect(fast.pageStarts).toEqual(pdfjs.pageStarts)
  expect(fast.blocks).toEqual(pdfjs.blocks)
  return { fast: fast.text, pdfjs: pdfjs.text }
}

describe('fast PDF reader on the files it takes', () => {
  const variants: [string, PdfOptions][] = [
    ['UniGB-UCS2-H, not embedded, xref table', {}],
    ['UniGB-UCS2-H, not embedded, xref stream and object streams', { objectStreams: true }],
    ['Identity-H with ToUnicode (as Word and WPS write), xref table', { font: 'identity-tounicode' }],
    ['Identity-H with ToUnicode, xref stream and object streams', { font: 'identity-tounicode', objectStreams: true }],
  ]
  for (const [name, opts] of variants) {
    it(`reads ${name} exactly as pdfjs does`, async () => {
      const { fast, pdfjs } = await bothReaders(makePdf(PAGES, opts))
      expect(fast).toBe(pdfjs)
      expect(fast).toContain(MORE_PROSE)
      expect(fast).toContain('行政规范性文件 | 5 |  | 48')
      expect(fast).toContain('Email: gov@example.cn（2023年）')
    })
  }

  for (const aes of [false, true]) {
    it(`opens a file protected by an owner password only (${aes ? 'AES-128' : 'RC4 128-bit'}), as anyone may, exactly as pdfjs does`, async () => {
      const pdf = makePdf(PAGES, { font: 'identity-tounicode', encrypt: { userPassword: '', ownerPassword: 'no-editing', aes } })
      expect(readPdfText(pdf, CMAPS).map((p) => p.items.length).every((n) => n > 0)).toBe(true)
      const { fast, pdfjs } = await bothReaders(pdf)
      expect(fast).toBe(pdfjs)
      expect(fast).toContain(MORE_PROSE)
    })
  }

  const corpus = resolve(__dirname, '../../../shared/corpus/formats')
  it.skipIf(!existsSync(corpus))('reads the corpus PDFs (LibreOffice: simple fonts with ToUnicode) exactly as pdfjs does', async () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.pdf'))
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) {
      const bytes = readFileSync(join(corpus, f))
      const { fast, pdfjs } = await bothReaders(bytes)
      expect(fast, f).toBe(pdfjs)
    }
  })
})

// ---- hand-made files for what the writer does not produce ----

/** A one-page PDF around a content stream, with the given resources and extra objects (numbered from 5). */
function rawPdf(content: string, resources: string, extra: string[] = []): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    ...extra,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

const WINANSI_FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [' + new Array(95).fill(556).join(' ') + '] >>'

describe('fast PDF reader, operators and fonts', () => {
  it('places text through q/Q, cm, Tm, TJ kerning, Tc and a form XObject, and skips an inline image', async () => {
    const content = [
      'q 1 0 0 1 0 0 cm BT /F1 12 Tf 72 700 Td (Annual) Tj [( rep) -20 (ort)] TJ ET Q',
      'BI /W 4 /H 1 /BPC 8 /CS /G ID \x00EI\xff\x10 EI',
      'q 2 0 0 2 0 0 cm BT /F1 6 Tf 36 330 Td 1 Tc (2023) Tj ET Q',
      'q 1 0 0 1 72 600 cm /Fm1 Do Q',
    ].join('\n')
    const form = `<< /Type /XObject /Subtype /Form /BBox [0 0 200 50] /Resources << /Font << /F1 6 0 R >> >> /Length 32 >>\nstream\nBT /F1 12 Tf 0 0 Td (footer) Tj ET\nendstream`
    const pdf = rawPdf(content, '<< /Font << /F1 6 0 R >> /XObject << /Fm1 5 0 R >> >>', [form, WINANSI_FONT])
    const pages = readPdfText(pdf, CMAPS)
    expect(pages).toHaveLength(1)
    const strs = pages[0].items.map((p) => p.str)
    expect(strs.join('|')).toBe('Annual report|2 0 2 3|footer')
    const footer = pages[0].items.find((p) => p.str === 'footer')
    expect(footer?.x).toBeCloseTo(72)
    expect(footer?.y).toBeCloseTo(600)
    // the 6 pt text under a 2x matrix is 12 pt on the page, at (72, 660)
    const year = pages[0].items[1]
    expect(year.size).toBeCloseTo(12)
    expect(year.x).toBeCloseTo(72)
    expect(year.y).toBeCloseTo(660)
    const { fast, pdfjs } = await bothReaders(pdf)
    expect(fast).toBe(pdfjs)
  })

  it('leaves out text placed off the page (outside MediaBox/CropBox), as pdfjs does', async () => {
    const content = 'BT /F1 12 Tf 72 700 Td (visible) Tj ET BT /F1 12 Tf -400 700 Td (offpage) Tj ET BT /F1 12 Tf 72 900 Td (above) Tj ET'
    const pdf = rawPdf(content, '<< /Font << /F1 5 0 R >> >>', [WINANSI_FONT])
    expect(readPdfText(pdf, CMAPS)[0].items.map((p) => p.str)).toEqual(['visible'])
    const { fast, pdfjs } = await bothReaders(pdf)
    expect(fast).toBe(pdfjs)
  })

  it('reads a simple font through its Differences glyph names', () => {
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Foo /FirstChar 1 /LastChar 3 /Widths [500 500 500] /Encoding << /Type /Encoding /Differences [1 /uni653F /A /zero] >> >>'
    const pdf = rawPdf('BT /F1 12 Tf 72 700 Td <010203> Tj ET', '<< /Font << /F1 5 0 R >> >>', [font])
    expect(readPdfText(pdf, CMAPS)[0].items.map((p) => p.str)).toEqual(['政A0'])
  })

  it('declines a glyph whose text it cannot know (a name outside the list, no ToUnicode), and pdfjs reads the file', async () => {
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Foo /FirstChar 1 /LastChar 1 /Widths [500] /Encoding << /Differences [1 /g17] >> >>'
    const pdf = rawPdf('BT /F1 12 Tf 72 700 Td <01> Tj ET', '<< /Font << /F1 5 0 R >> >>', [font])
    expect(() => readPdfText(pdf, CMAPS)).toThrow(Unsupported)
    await expect(readPdf(pdf, { reader: 'fast' })).rejects.toThrow(/fast PDF reader does not take/)
    await expect(readPdf(pdf)).resolves.toMatchObject({ kind: 'pdf' })
  })

  it('declines an Identity-H font without ToUnicode, vertical writing, and a font the page does not have', () => {
    const type0 = (enc: string): string =>
      `<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /${enc} /DescendantFonts [6 0 R] >>`
    const cid = '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>'
    for (const enc of ['Identity-H', 'Identity-V', 'UniGB-UCS2-V']) {
      const pdf = rawPdf('BT /F1 12 Tf 72 700 Td <0041> Tj ET', '<< /Font << /F1 5 0 R >> >>', [type0(enc), cid])
      expect(() => readPdfText(pdf, CMAPS), enc).toThrow(Unsupported)
    }
    const missing = rawPdf('BT /F9 12 Tf 72 700 Td (x) Tj ET', '<< /Font << /F1 5 0 R >> >>', [WINANSI_FONT])
    expect(() => readPdfText(missing, CMAPS)).toThrow(Unsupported)
  })

  it('declines encrypted, truncated and bomb files without reading them to the end', () => {
    for (const aes of [false, true]) {
      const enc = makePdf(PAGES, { encrypt: { userPassword: 'pw', ownerPassword: 'owner', aes } })
      expect(() => readPdfText(enc, CMAPS)).toThrow(/encrypted with a user password/)
    }
    const whole = makePdf(PAGES)
    expect(() => readPdfText(whole.subarray(0, Math.floor(whole.length * 0.9)), CMAPS)).toThrow(Unsupported)
    // a content stream that inflates past the cap (64 MB): refused, not decoded
    const bomb = deflateSync(Buffer.alloc(80 * 1024 * 1024, 0x20))
    const head = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Resources << >> /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`
    const o4 = head.lastIndexOf('4 0 obj')
    const body = Buffer.concat([Buffer.from(head, 'latin1'), bomb, Buffer.from('\nendstream\nendobj\n', 'latin1')])
    const offs = [9, head.indexOf('2 0 obj'), head.indexOf('3 0 obj'), o4]
    const tail = `xref\n0 5\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`
    expect(() => readPdfText(Buffer.concat([body, Buffer.from(tail, 'latin1')]), CMAPS)).toThrow(/cap/)
  })
})

describe('fast PDF reader on damaged files', () => {
  it('only ever throws Unsupported (never a TypeError or a hang) on files with random bytes changed', () => {
    let seed = 2026
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    const bases = [makePdf(PAGES, { font: 'identity-tounicode' }), makePdf(PAGES, { objectStreams: true }), makePdf(PAGES, { encrypt: { userPassword: '', ownerPassword: 'o', aes: true } })]
    const unexpected: string[] = []
    let read = 0
    for (let n = 0; n < 600; n++) {
      const b = Buffer.from(bases[n % bases.length])
      for (let i = 0, k = 1 + Math.floor(rnd() * 6); i < k; i++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256)
      try {
        readPdfText(b, CMAPS)
        read++
      } catch (e) {
        if (!(e instanceof Unsupported)) unexpected.push(`${n}: ${String(e)}`)
      }
    }
    expect(unexpected).toEqual([])
    // most changes hit compressed data or offsets and are declined; some land where they change nothing
    expect(read).toBeGreaterThan(0)
  })
})

describe('PDF object lexer', () => {
  it('reads numbers, names, strings, arrays, dictionaries and references', () => {
    const src = Buffer.from('<< /Type /Page /N -3.5 /S (a\\(b\\)c\\101\\n) /H <4E2D 6> /Arr [1 0 R .5 /Na#6De true null] >>', 'latin1')
    const v = new Lexer(src).readObject(true) as Map<string, unknown>
    expect((v.get('Type') as PdfName).name).toBe('Page')
    expect(v.get('N')).toBe(-3.5)
    expect(Buffer.from(v.get('S') as Uint8Array).toString('latin1')).toBe('a(b)cA\n')
    expect([...(v.get('H') as Uint8Array)]).toEqual([0x4e, 0x2d, 0x60])
    const arr = v.get('Arr') as unknown[]
    expect(arr[0]).toBeInstanceOf(PdfRef)
    expect(arr[1]).toBe(0.5)
    expect((arr[2] as PdfName).name).toBe('Name')
    expect(arr.slice(3)).toEqual([true, null])
  })

  it('returns operators as commands in content streams and ends with EOF', () => {
    const lx = new Lexer(Buffer.from('BT /F1 12 Tf [(a) -120 (b)] TJ % comment\nET', 'latin1'))
    const seen: string[] = []
    for (let t = lx.readObject(false); t !== EOF; t = lx.readObject(false)) if (t instanceof PdfCmd) seen.push(t.cmd)
    expect(seen).toEqual(['BT', 'Tf', 'TJ', 'ET'])
  })
})
