/**
 * A small PDF writer, from scratch, for fixtures and samples: pages of Chinese text lines and table rows
 * in a non-embedded CID font (STSong-Light, Adobe-GB1, UniGB-UCS2-H: readable only with pdfjs's CMaps,
 * like many real government PDFs) or, as Word and WPS write them, an Identity-H font whose text is
 * known only from its ToUnicode map; optionally with a cross-reference stream and object streams
 * (PDF 1.5), encrypted with the standard security handler (RC4 128-bit, revision 3, or AES-128,
 * revision 4), or with no text
 * layer at all (a stand-in for a scanned PDF).
 */
import { createCipheriv, createHash } from 'node:crypto'
import { rc4 } from '../../src/main/ingest/pdf-text/crypt'
import { deflateSync } from 'node:zlib'

/** Raw pixels of a picture drawn on a page (issue 14: tables posted as images, logos, seals). */
export interface PdfPicture {
  /** row after row, `channels` bytes a pixel */
  pixels: Uint8Array
  channels: 1 | 3
  width: number
  height: number
  /** how many pixels an inch: the picture's size on the page */
  dpi: number
}

export interface PdfPage {
  /**
   * a string is a line of text; {cells} is a table row laid out in columns; {picture} an image drawn at the
   * left margin (or `x` points from the page's left edge) as tall as its pixels and resolution make it
   */
  lines: (string | { cells: string[] } | { picture: PdfPicture; x?: number })[]
  /**
   * /Rotate: the page is stored turned back (a landscape MediaBox for 90 and 270) with its content drawn
   * sideways, so that once a viewer turns it clockwise it shows the same upright A4 layout as an unturned
   * page: the way landscape statistics tables come in real reports.
   */
  rotate?: 90 | 180 | 270
}

export interface PdfOptions {
  /**
   * 'cid-noembed' (default): Type0 STSong-Light, Adobe-GB1, Encoding UniGB-UCS2-H, not embedded.
   * 'identity-tounicode': Type0 Identity-H, each character a glyph number in order of appearance,
   * the text only in the ToUnicode CMap (the font program itself is left out: no reader here draws).
   */
  font?: 'cid-noembed' | 'identity-tounicode'
  /** a cross-reference stream (with a PNG predictor) and the dictionaries packed in an object stream */
  objectStreams?: boolean
  /** standard security handler, RC4 128-bit (V2, R3) */
  /**
   * An empty user password with an owner password is the common "protected against editing" report:
   * anyone can open it. `aes` uses AES-128 (V4, R4, AESV2) instead of RC4 128-bit (V2, R3).
   */
  encrypt?: { userPassword: string; ownerPassword?: string; aes?: boolean }
  /** each page holds only a drawn rectangle, no text: a "scanned" PDF */
  emptyText?: boolean
}

const PAGE_W = 595
const PAGE_H = 842
const MARGIN = 56
const FONT_SIZE = 12
const LEADING = 20
const ROW_H = 22
/** line distance of wrapped text inside a table cell */
const CELL_LEADING = 15
const CELL_PAD = 6

/** Width of one character in font units/1000: ASCII is half-width in Adobe-GB1 (CIDs 1..95 via /W), the rest full. */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0
  return c >= 0x20 && c <= 0x7e ? 0.5 : 1
}

function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += charWidth(ch)
  return w * FONT_SIZE
}

/** UCS-2 big-endian hex, as UniGB-UCS2-H expects; characters outside the BMP become U+3013 (geta mark). */
function ucs2Hex(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0x3013
    out += (c > 0xffff ? 0x3013 : c).toString(16).padStart(4, '0')
  }
  return out
}

/** Wrap a line to the printable width, breaking anywhere (Chinese has no word spaces). */
function wrap(line: string, maxWidth: number): string[] {
  if (line === '') return ['']
  const out: string[] = []
  let cur = ''
  let w = 0
  for (const ch of line) {
    const cw = charWidth(ch) * FONT_SIZE
    if (w + cw > maxWidth && cur !== '') {
      out.push(cur)
      cur = ''
      w = 0
    }
    cur += ch
    w += cw
  }
  out.push(cur)
  return out
}

type PlacedItem =
  | { kind: 'text'; text: string; x: number; y: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'image'; picture: PdfPicture; x: number; y: number; w: number; h: number }

/**
 * Column widths: each column as wide as its widest cell; when that is too wide for the page, the wide
 * columns give up their excess (over room for two characters) in proportion, so no column is too
 * narrow for one character.
 */
function columnWidths(run: string[][], nCols: number, maxWidth: number): number[] {
  const min = 2 * FONT_SIZE + 2 * CELL_PAD
  const natural = new Array<number>(nCols).fill(min)
  for (const row of run) row.forEach((c, k) => (natural[k] = Math.max(natural[k], textWidth(c) + 2 * CELL_PAD)))
  const total = natural.reduce((a, b) => a + b, 0)
  if (total <= maxWidth) return natural
  const excess = total - nCols * min
  const room = Math.max(0, maxWidth - nCols * min)
  return natural.map((w) => min + ((w - min) * room) / excess)
}

/** Lay one logical page out into one or more physical pages (overflow continues on a new page). */
function layoutPage(page: PdfPage): PlacedItem[][] {
  const pages: PlacedItem[][] = []
  let items: PlacedItem[] = []
  let y = PAGE_H - MARGIN - FONT_SIZE
  const maxWidth = PAGE_W - 2 * MARGIN
  const newPage = (): void => {
    pages.push(items)
    items = []
    y = PAGE_H - MARGIN - FONT_SIZE
  }
  const lines = page.lines
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    if (typeof line === 'string') {
      for (const part of wrap(line, maxWidth)) {
        if (y < MARGIN) newPage()
        if (part !== '') items.push({ kind: 'text', text: part, x: MARGIN, y })
        y -= LEADING
      }
      i++
      continue
    }
    if ('picture' in line) {
      const w = (line.picture.width * 72) / line.picture.dpi
      const h = (line.picture.height * 72) / line.picture.dpi
      // its top where the next line's text would start
      if (y + FONT_SIZE - h < MARGIN) newPage()
      items.push({ kind: 'image', picture: line.picture, x: line.x ?? MARGIN, y: y + FONT_SIZE - h, w, h })
      y -= h + 8
      i++
      continue
    }
    // a run of table rows shares column widths
    const run: string[][] = []
    while (i < lines.length && typeof lines[i] !== 'string' && 'cells' in (lines[i] as object)) {
      run.push((lines[i] as { cells: string[] }).cells)
      i++
    }
    const nCols = Math.max(1, ...run.map((r) => r.length))
    const widths = columnWidths(run, nCols, maxWidth)
    y -= 4
    for (const row of run) {
      // a cell wraps inside its column, as word processors do; the row is as tall as its tallest cell
      const cellLines = widths.map((w, k) => (row[k] ? wrap(row[k], w - 2 * CELL_PAD) : []))
      const rowH = ROW_H + (Math.max(1, ...cellLines.map((l) => l.length)) - 1) * CELL_LEADING
      if (y - rowH < MARGIN) newPage()
      let x = MARGIN
      const top = y + FONT_SIZE + 4
      for (let k = 0; k < nCols; k++) {
        items.push({ kind: 'rect', x, y: top - rowH, w: widths[k], h: rowH })
        cellLines[k].forEach((part, n) => items.push({ kind: 'text', text: part, x: x + CELL_PAD, y: top - 16 - n * CELL_LEADING }))
        x += widths[k]
      }
      y -= rowH
    }
    y -= 4
  }
  pages.push(items)
  return pages
}

/** How a line of text becomes the hex string of a Tj operand. */
type Encode = (s: string) => string

function contentStream(items: PlacedItem[], emptyText: boolean, encode: Encode): string {
  const ops: string[] = []
  if (emptyText) {
    // what a scan looks like to a text extractor: marks on the page, nothing to read
    ops.push('0.85 g', `${MARGIN} ${MARGIN} ${PAGE_W - 2 * MARGIN} ${PAGE_H - 2 * MARGIN} re f`, '0 g')
    return ops.join('\n')
  }
  const rects = items.filter((it) => it.kind === 'rect')
  if (rects.length > 0) {
    ops.push('0.5 w')
    for (const r of rects) if (r.kind === 'rect') ops.push(`${fmt(r.x)} ${fmt(r.y)} ${fmt(r.w)} ${fmt(r.h)} re S`)
  }
  // pictures as /Im0, /Im1 … in the order they were placed (makePdf names them the same way)
  items.filter((it) => it.kind === 'image').forEach((it, k) => {
    if (it.kind === 'image') ops.push(`q ${fmt(it.w)} 0 0 ${fmt(it.h)} ${fmt(it.x)} ${fmt(it.y)} cm /Im${k} Do Q`)
  })
  for (const it of items) {
    if (it.kind !== 'text') continue
    ops.push(`BT /F1 ${FONT_SIZE} Tf ${fmt(it.x)} ${fmt(it.y)} Td <${encode(it.text)}> Tj ET`)
  }
  return ops.join('\n')
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2)
}

// ---- encryption: standard security handler, revisions 3 (RC4) and 4 (AES-128) ----

const PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
)

function md5(...parts: Buffer[]): Buffer {
  const h = createHash('md5')
  for (const p of parts) h.update(p)
  return h.digest()
}

function padPassword(pw: string): Buffer {
  const b = Buffer.from(pw, 'latin1').subarray(0, 32)
  return Buffer.concat([b, PAD.subarray(0, 32 - b.length)])
}

function rc4Rounds(key: Buffer, data: Buffer): Buffer {
  let out = Buffer.from(rc4(key, data))
  for (let i = 1; i <= 19; i++) {
    const k = Buffer.from(key.map((b) => b ^ i))
    out = Buffer.from(rc4(k, out))
  }
  return out
}

interface Encryption {
  key: Buffer
  O: Buffer
  U: Buffer
  P: number
  id: Buffer
  aes: boolean
}

function setupEncryption(userPassword: string, ownerPassword: string, aes: boolean): Encryption {
  const n = 16
  const P = -3904 // print, copy etc. allowed; the point is the password, not the permissions
  const id = md5(Buffer.from(`annalist-fixture:${userPassword}:${ownerPassword}`))
  // Algorithm 3: O
  let h = md5(padPassword(ownerPassword || userPassword))
  for (let i = 0; i < 50; i++) h = md5(h)
  const O = rc4Rounds(h.subarray(0, n), padPassword(userPassword))
  // Algorithm 2: the file key
  const p = Buffer.alloc(4)
  p.writeInt32LE(P)
  let key = md5(padPassword(userPassword), O, p, id)
  for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n))
  key = key.subarray(0, n)
  // Algorithm 5: U
  const U = Buffer.concat([rc4Rounds(key, md5(PAD, id)), Buffer.alloc(16)])
  return { key, O, U, P, id, aes }
}

function objectKey(enc: Encryption, num: number, gen: number): Buffer {
  const extra = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff])
  return md5(enc.key, extra, enc.aes ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0)).subarray(0, Math.min(enc.key.length + 5, 16))
}

/** A string's or stream's bytes encrypted for object `num`: RC4, or AES-128-CBC behind its IV (made from the key, so output is reproducible). */
function encryptFor(enc: Encryption, num: number, data: Buffer): Buffer {
  const key = objectKey(enc, num, 0)
  if (!enc.aes) return Buffer.from(rc4(key, data))
  const iv = md5(key, Buffer.from('iv', 'latin1'))
  const c = createCipheriv('aes-128-cbc', key, iv)
  return Buffer.concat([iv, c.update(data), c.final()])
}

/** The encryption dictionary's body. */
function encryptDict(enc: Encryption): string {
  const common = `/P ${enc.P} /O <${enc.O.toString('hex')}> /U <${enc.U.toString('hex')}>`
  return enc.aes
    ? `<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF ${common} >>`
    : `<< /Filter /Standard /V 2 /R 3 /Length 128 ${common} >>`
}

// ---- fonts ----

interface FontObjects {
  encode: Encode
  /** the Type0 font dictionary (object 3), its descendant (4, given the string writer), the ToUnicode CMap (6) if any */
  type0: string
  cidFont: (str: (s: string) => string) => string
  toUnicode: string | null
}

const DESCRIPTOR =
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
  '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'

function cidNoEmbed(): FontObjects {
  return {
    encode: ucs2Hex,
    type0: '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    cidFont: (str) =>
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      `/CIDSystemInfo << /Registry ${str('Adobe')} /Ordering ${str('GB1')} /Supplement 4 >> ` +
      '/FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>',
    toUnicode: null,
  }
}

/**
 * Glyph numbers in order of appearance, as a subsetting producer assigns them; the digits come first as
 * one block, so the ToUnicode map has a bfrange as well as bfchar entries.
 */
function identityToUnicode(pages: PlacedItem[][]): FontObjects {
  const codes = new Map<string, number>()
  for (const d of '0123456789') codes.set(d, codes.size + 1)
  for (const items of pages) for (const it of items) if (it.kind === 'text') for (const ch of it.text) if (!codes.has(ch)) codes.set(ch, codes.size + 1)
  const hex4 = (n: number): string => n.toString(16).padStart(4, '0')
  const utf16Hex = (ch: string): string => Buffer.from(ch, 'utf16le').swap16().toString('hex')
  const chars = [...codes.entries()].filter(([ch]) => !/[0-9]/.test(ch))
  const lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap', '/CMapName /Annalist-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange', '1 beginbfrange', `<0001> <000a> <0030>`, 'endbfrange']
  for (let i = 0; i < chars.length; i += 100) {
    const chunk = chars.slice(i, i + 100)
    lines.push(`${chunk.length} beginbfchar`, ...chunk.map(([ch, c]) => `<${hex4(c)}> <${utf16Hex(ch)}>`), 'endbfchar')
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end')
  const widths = [...codes.entries()].map(([ch]) => charWidth(ch) * 1000)
  return {
    encode: (text) => [...text].map((ch) => hex4(codes.get(ch) ?? 0)).join(''),
    type0: '<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAB+SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    cidFont: (str) =>
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAB+SimSun ' +
      `/CIDSystemInfo << /Registry ${str('Adobe')} /Ordering ${str('Identity')} /Supplement 0 >> ` +
      `/FontDescriptor 5 0 R /DW 1000 /W [1 [${widths.join(' ')}]] /CIDToGIDMap /Identity >>`,
    toUnicode: lines.join('\n'),
  }
}

// ---- assembling the file ----

interface PdfObject {
  /** the dictionary or value */
  body: string
  /** stream data, already compressed (and encrypted) */
  stream?: Buffer
}

function serialize(num: number, o: PdfObject): Buffer {
  if (!o.stream) return Buffer.from(`${num} 0 obj\n${o.body}\nendobj\n`, 'latin1')
  return Buffer.concat([Buffer.from(`${num} 0 obj\n${o.body}\nstream\n`, 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')])
}

export function makePdf(pages: PdfPage[], opts: PdfOptions = {}): Buffer {
  const physical: PlacedItem[][] = []
  const turns: number[] = []
  for (const p of pages.length > 0 ? pages : [{ lines: [] }]) {
    for (const items of layoutPage(p)) {
      physical.push(items)
      turns.push(p.rotate ?? 0)
    }
  }
  if (opts.encrypt && opts.objectStreams) throw new Error('pdf-writer: encryption with object streams is not supported')
  const enc = opts.encrypt ? setupEncryption(opts.encrypt.userPassword, opts.encrypt.ownerPassword ?? '', opts.encrypt.aes === true) : null
  const font = opts.font === 'identity-tounicode' ? identityToUnicode(physical) : cidNoEmbed()

  // object numbers: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, [6 ToUnicode], then (page, content) pairs
  const objects: (PdfObject | null)[] = [null]
  const firstPage = font.toUnicode === null ? 6 : 7
  // pictures after every page and content object: their numbers are taken from the end as pages are written
  let nextObject = firstPage + 2 * physical.length
  const pictureObjects = (items: PlacedItem[]): string => {
    const names: string[] = []
    items.forEach((it) => {
      if (it.kind !== 'image') return
      const num = nextObject++
      const p = it.picture
      let z: Buffer = deflateSync(p.pixels)
      if (enc) z = encryptFor(enc, num, z)
      objects[num] = {
        body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /${p.channels === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Length ${z.length} /Filter /FlateDecode >>`,
        stream: z,
      }
      names.push(`/Im${names.length} ${num} 0 R`)
    })
    return names.length > 0 ? ` /XObject << ${names.join(' ')} >>` : ''
  }
  const pageNums = physical.map((_, k) => firstPage + 2 * k)
  const streamObject = (num: number, data: Buffer): PdfObject => {
    let z: Buffer = deflateSync(data)
    if (enc) z = encryptFor(enc, num, z)
    return { body: `<< /Length ${z.length} /Filter /FlateDecode >>`, stream: z }
  }
  objects[1] = { body: '<< /Type /Catalog /Pages 2 0 R >>' }
  objects[2] = { body: `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${physical.length} >>` }
  objects[3] = { body: font.type0 }
  // strings inside objects are encrypted too (streams and strings, per object key)
  const str = (num: number, s: string): string =>
    enc ? `<${encryptFor(enc, num, Buffer.from(s, 'latin1')).toString('hex')}>` : `(${s})`
  objects[4] = { body: font.cidFont((s) => str(4, s)) }
  objects[5] = { body: DESCRIPTOR }
  if (font.toUnicode !== null) objects[6] = streamObject(6, Buffer.from(font.toUnicode, 'latin1'))
  physical.forEach((items, k) => {
    const pageNum = pageNums[k]
    const contentNum = pageNum + 1
    const turn = turns[k]
    const [mw, mh] = turn === 90 || turn === 270 ? [PAGE_H, PAGE_W] : [PAGE_W, PAGE_H]
    const images = pictureObjects(items)
    objects[pageNum] = {
      body:
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${mw} ${mh}] ${turn ? `/Rotate ${turn} ` : ''}` +
        `/Resources << /Font << /F1 3 0 R >>${images} >> /Contents ${contentNum} 0 R >>`,
    }
    // the shown page's coordinates into the stored page's: the inverse of the viewer's clockwise turn
    const cm = turn === 90 ? `0 1 -1 0 ${mw} 0 cm\n` : turn === 180 ? `-1 0 0 -1 ${mw} ${mh} cm\n` : turn === 270 ? `0 -1 1 0 0 ${mh} cm\n` : ''
    objects[contentNum] = streamObject(contentNum, Buffer.from(cm + contentStream(items, opts.emptyText === true, font.encode), 'latin1'))
  })
  let encryptNum = 0
  if (enc) {
    encryptNum = objects.length
    objects[encryptNum] = {
      body: encryptDict(enc),
    }
  }
  return opts.objectStreams ? withXrefStream(objects) : withXrefTable(objects, enc, encryptNum)
}

function withXrefTable(objects: (PdfObject | null)[], enc: Encryption | null, encryptNum: number): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let pos = chunks[0].length
  const offsets: number[] = []
  for (let n = 1; n < objects.length; n++) {
    const obj = objects[n]
    if (!obj) continue
    const bytes = serialize(n, obj)
    offsets[n] = pos
    chunks.push(bytes)
    pos += bytes.length
  }
  const size = objects.length
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`
  for (let n = 1; n < size; n++) xref += offsets[n] === undefined ? '0000000000 00001 f \n' : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`
  const id = enc ? enc.id : md5(Buffer.concat(chunks))
  const idHex = id.toString('hex')
  let trailer = `trailer\n<< /Size ${size} /Root 1 0 R /ID [<${idHex}> <${idHex}>]`
  if (enc) trailer += ` /Encrypt ${encryptNum} 0 R`
  trailer += ` >>\nstartxref\n${pos}\n%%EOF\n`
  chunks.push(Buffer.from(xref + trailer, 'latin1'))
  return Buffer.concat(chunks)
}

/**
 * PDF 1.5 layout: every dictionary without a stream goes into one object stream; the cross-reference
 * table is itself a stream (W [1 4 2], rows PNG-predicted with the Up filter, as Acrobat writes them).
 */
function withXrefStream(objects: (PdfObject | null)[]): Buffer {
  const packedNum = objects.length
  const xrefNum = packedNum + 1
  const packed: number[] = []
  for (let n = 1; n < objects.length; n++) if (objects[n] && !objects[n]?.stream) packed.push(n)
  let header = ''
  let body = ''
  for (const n of packed) {
    header += `${n} ${body.length} `
    body += `${(objects[n] as PdfObject).body}\n`
  }
  const first = Buffer.byteLength(header, 'latin1')
  const objstm = deflateSync(Buffer.from(header + body, 'latin1'))
  const all: (PdfObject | null)[] = [...objects]
  all[packedNum] = { body: `<< /Type /ObjStm /N ${packed.length} /First ${first} /Length ${objstm.length} /Filter /FlateDecode >>`, stream: objstm }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let pos = chunks[0].length
  const rows: number[][] = [[0, 0, 0xffff]]
  for (let n = 1; n < all.length; n++) {
    const o = all[n]
    if (!o) rows.push([0, 0, 0])
    else if (packed.includes(n)) rows.push([2, packedNum, packed.indexOf(n)])
    else {
      rows.push([1, pos, 0])
      const bytes = serialize(n, o)
      chunks.push(bytes)
      pos += bytes.length
    }
  }
  rows.push([1, pos, 0]) // the xref stream itself
  const raw: number[] = []
  let prev = new Array<number>(7).fill(0)
  for (const [t, f2, f3] of rows) {
    const row = [t, (f2 >>> 24) & 0xff, (f2 >>> 16) & 0xff, (f2 >>> 8) & 0xff, f2 & 0xff, (f3 >>> 8) & 0xff, f3 & 0xff]
    raw.push(2, ...row.map((b, i) => (b - prev[i]) & 0xff))
    prev = row
  }
  const data = deflateSync(Buffer.from(raw))
  const idHex = md5(Buffer.concat(chunks)).toString('hex')
  chunks.push(
    serialize(xrefNum, {
      body:
        `<< /Type /XRef /Size ${xrefNum + 1} /W [1 4 2] /Root 1 0 R /ID [<${idHex}> <${idHex}>] ` +
        `/Length ${data.length} /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> >>`,
      stream: data,
    }),
    Buffer.from(`startxref\n${pos}\n%%EOF\n`, 'latin1'),
  )
  return Buffer.concat(chunks)
}
