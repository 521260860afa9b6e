/**
 * A PDF file's object graph, read the straightforward way (7.5): startxref, cross-reference tables and
 * streams (with /Prev and hybrid /XRefStm), object streams, and the page tree with inherited resources.
 * No repair: a file whose offsets do not hold what the table says is Unsupported (pdfjs rebuilds those),
 * and so is one encrypted with a real user password (pdfjs reports it). An empty user password, the
 * usual "protection" against editing, is opened (crypt.ts).
 */
import { emptyPasswordDecryptor, type Decryptor } from './crypt'
import { decodeFilters } from './filters'
import { EOF, isDict, Lexer, nameOf, numberOf, PdfCmd, PdfRef, PdfStream, Unsupported, type PdfDict, type PdfValue } from './objects'

type XrefEntry = { type: 1; offset: number; gen: number } | { type: 2; stream: number; index: number }

export interface PdfPageInfo {
  resources: PdfDict
  /** the visible area [x0, y0, x1, y1]: CropBox within MediaBox, as pdfjs's page.view (it drops text outside) */
  view: [number, number, number, number]
  /** the page's content streams, in order (a page may split its content over several) */
  contents: PdfStream[]
  /** /Rotate (inherited), as given: pdf-rotation.ts reads it as pdfjs does */
  rotate: number
}

type Rect = [number, number, number, number]

/** pdfjs's page.view: the CropBox cut to the MediaBox when they differ and overlap; US Letter without either. */
function viewOf(media: Rect | undefined, crop: Rect | undefined): Rect {
  const m: Rect = media && media[2] > media[0] && media[3] > media[1] ? media : [0, 0, 612, 792]
  if (!crop) return m
  const box: Rect = [Math.max(m[0], crop[0]), Math.max(m[1], crop[1]), Math.min(m[2], crop[2]), Math.min(m[3], crop[3])]
  return box[2] > box[0] && box[3] > box[1] ? box : m
}

const MAX_REF_DEPTH = 32
const MAX_PAGES = 100_000
const MAX_TOTAL_DECODED = 1024 * 1024 * 1024

const latin1 = new TextDecoder('latin1')

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

export class PdfFile {
  private readonly xref = new Map<number, XrefEntry>()
  private readonly objects = new Map<number, PdfValue>()
  private readonly objectStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> }>()
  /** bytes decoded so far: a file that inflates to more than this is not a report, and pdfjs may judge it */
  private decodedBytes = 0
  trailer: PdfDict = new Map()
  private decryptor: Decryptor | null = null

  constructor(readonly bytes: Uint8Array) {
    this.readXref()
    const enc = this.trailer.get('Encrypt')
    if (enc !== undefined) {
      // read before the decryptor exists: the encryption dictionary itself is never encrypted
      const dict = this.dict(enc)
      const ids = this.resolve(this.trailer.get('ID'))
      const id0 = Array.isArray(ids) ? this.resolve(ids[0]) : undefined
      if (!dict || !(id0 instanceof Uint8Array)) throw new Unsupported('encrypted without an encryption dictionary or file ID')
      this.decryptor = emptyPasswordDecryptor(dict, id0, (v) => this.resolve(v))
    }
  }

  /** Strings and streams of an object read from the file are decrypted with that object's key. */
  private decryptValue(v: PdfValue, num: number, gen: number, depth = 0): PdfValue {
    const d = this.decryptor
    if (!d || depth > 64) return v
    if (v instanceof Uint8Array) return d.decrypt(v, num, gen, 'string')
    if (Array.isArray(v)) return v.map((x) => this.decryptValue(x, num, gen, depth + 1))
    if (isDict(v)) {
      for (const [k, x] of v) v.set(k, this.decryptValue(x, num, gen, depth + 1))
      return v
    }
    if (v instanceof PdfStream) {
      this.decryptValue(v.dict, num, gen, depth + 1)
      if (nameOf(v.dict.get('Type')) !== 'XRef') v.encryptedAs = { num, gen }
    }
    return v
  }

  private readXref(): void {
    const b = this.bytes
    // the last startxref, and only in the file's tail (one further up belongs to an earlier revision)
    const at = asBuffer(b).lastIndexOf('startxref', undefined, 'latin1')
    if (at < Math.max(0, b.length - 2048)) throw new Unsupported('no startxref')
    const lx = new Lexer(b, at + 9)
    const first = lx.token()
    if (typeof first !== 'number') throw new Unsupported('bad startxref')
    const pending = [first]
    const seen = new Set<number>()
    let newest = true
    while (pending.length > 0) {
      const offset = pending.shift() as number
      if (seen.has(offset) || offset < 0 || offset >= b.length) {
        if (seen.has(offset)) continue
        throw new Unsupported('xref offset outside the file')
      }
      seen.add(offset)
      const l = new Lexer(b, offset)
      const t = l.token()
      let trailer: PdfDict
      if (t instanceof PdfCmd && t.cmd === 'xref') trailer = this.readXrefTable(l)
      else if (typeof t === 'number') trailer = this.readXrefStream(offset)
      else throw new Unsupported('no xref at startxref')
      if (newest) {
        this.trailer = trailer
        newest = false
      } else for (const [k, v] of trailer) if (!this.trailer.has(k)) this.trailer.set(k, v)
      const stm = numberOf(trailer.get('XRefStm'))
      if (stm !== undefined && !seen.has(stm)) {
        seen.add(stm)
        this.readXrefStream(stm)
      }
      const prev = numberOf(trailer.get('Prev'))
      if (prev !== undefined) pending.push(prev)
    }
    if (!this.trailer.has('Root')) throw new Unsupported('no Root')
  }

  private readXrefTable(l: Lexer): PdfDict {
    for (;;) {
      const t = l.token()
      if (t instanceof PdfCmd && t.cmd === 'trailer') {
        const d = l.readObject(true)
        if (!isDict(d)) throw new Unsupported('bad trailer')
        return d
      }
      const count = l.token()
      if (typeof t !== 'number' || typeof count !== 'number') throw new Unsupported('bad xref subsection')
      for (let i = 0; i < count; i++) {
        const offset = l.token()
        const gen = l.token()
        const kind = l.token()
        if (typeof offset !== 'number' || typeof gen !== 'number' || !(kind instanceof PdfCmd)) throw new Unsupported('bad xref entry')
        const num = t + i
        if (this.xref.has(num)) continue
        if (kind.cmd === 'n' && offset > 0) this.xref.set(num, { type: 1, offset, gen })
        else if (kind.cmd === 'f' || kind.cmd === 'n') this.xref.set(num, { type: 1, offset: 0, gen: -1 })
        else throw new Unsupported('bad xref entry type')
      }
    }
  }

  private readXrefStream(offset: number): PdfDict {
    const obj = this.parseIndirectAt(offset, undefined)
    if (!(obj instanceof PdfStream) || nameOf(obj.dict.get('Type')) !== 'XRef') throw new Unsupported('not an xref stream')
    const data = this.streamBytes(obj)
    const w = obj.dict.get('W')
    if (!Array.isArray(w) || w.length < 3 || w.some((x) => typeof x !== 'number')) throw new Unsupported('bad xref W')
    const [w0, w1, w2] = w as number[]
    const size = numberOf(obj.dict.get('Size')) ?? 0
    const index = obj.dict.get('Index')
    const ranges = Array.isArray(index) ? (index as number[]) : [0, size]
    const rowLen = w0 + w1 + w2
    let p = 0
    const field = (width: number, dflt: number): number => {
      if (width === 0) return dflt
      let v = 0
      for (let k = 0; k < width; k++) v = v * 256 + data[p++]
      return v
    }
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const start = ranges[r]
      const count = ranges[r + 1]
      for (let i = 0; i < count; i++) {
        if (p + rowLen > data.length) throw new Unsupported('xref stream too short')
        const type = field(w0, 1)
        const f2 = field(w1, 0)
        const f3 = field(w2, 0)
        const num = start + i
        if (this.xref.has(num)) continue
        if (type === 1) this.xref.set(num, { type: 1, offset: f2, gen: f3 })
        else if (type === 2) this.xref.set(num, { type: 2, stream: f2, index: f3 })
        else this.xref.set(num, { type: 1, offset: 0, gen: -1 })
      }
    }
    return obj.dict
  }

  /** The object at a file offset: `num gen obj <value> [stream ... endstream]`. */
  private parseIndirectAt(offset: number, expect: number | undefined): PdfValue {
    const l = new Lexer(this.bytes, offset)
    const num = l.token()
    const gen = l.token()
    const kw = l.token()
    if (typeof num !== 'number' || typeof gen !== 'number' || !(kw instanceof PdfCmd) || kw.cmd !== 'obj') {
      throw new Unsupported('xref offset does not point at an object')
    }
    if (expect !== undefined && num !== expect) throw new Unsupported('xref offset points at another object')
    const value = l.readObject(true)
    if (value === EOF || value instanceof PdfCmd) throw new Unsupported('bad object')
    if (!isDict(value)) return value
    const save = l.pos
    const next = l.token()
    if (!(next instanceof PdfCmd) || next.cmd !== 'stream') {
      l.pos = save
      return value
    }
    let start = l.pos
    if (this.bytes[start] === 0x0d) start++
    if (this.bytes[start] === 0x0a) start++
    const declared = this.resolve(value.get('Length'))
    let end = typeof declared === 'number' ? start + declared : -1
    if (end < start || end > this.bytes.length || !this.endstreamAt(end)) {
      // a wrong /Length is common enough: trust the endstream keyword
      const e = asBuffer(this.bytes).indexOf('endstream', start, 'latin1')
      if (e < 0) throw new Unsupported('stream without endstream')
      end = e
      while (end > start && (this.bytes[end - 1] === 0x0a || this.bytes[end - 1] === 0x0d)) end--
    }
    return new PdfStream(value, this.bytes.subarray(start, end))
  }

  private endstreamAt(pos: number): boolean {
    let p = pos
    while (p < this.bytes.length && (this.bytes[p] === 0x0a || this.bytes[p] === 0x0d || this.bytes[p] === 0x20)) p++
    return latin1.decode(this.bytes.subarray(p, p + 9)) === 'endstream'
  }

  private loadObject(num: number): PdfValue {
    const e = this.xref.get(num)
    if (!e || (e.type === 1 && e.gen < 0)) return null
    // objects inside an object stream are not encrypted again: the object stream was
    if (e.type === 1) return this.decryptValue(this.parseIndirectAt(e.offset, num), num, e.gen)
    let os = this.objectStreams.get(e.stream)
    if (!os) {
      const s = this.get(e.stream)
      if (!(s instanceof PdfStream)) throw new Unsupported('object stream missing')
      const data = this.streamBytes(s)
      const n = numberOf(s.dict.get('N')) ?? 0
      const first = numberOf(s.dict.get('First')) ?? 0
      const l = new Lexer(data, 0, first)
      const offsets = new Map<number, number>()
      for (let i = 0; i < n; i++) {
        const on = l.token()
        const oo = l.token()
        if (typeof on !== 'number' || typeof oo !== 'number') throw new Unsupported('bad object stream header')
        offsets.set(on, first + oo)
      }
      os = { data, offsets }
      this.objectStreams.set(e.stream, os)
    }
    const at = os.offsets.get(num)
    if (at === undefined) throw new Unsupported('object not in its object stream')
    const v = new Lexer(os.data, at).readObject(true)
    if (v === EOF || v instanceof PdfCmd) throw new Unsupported('bad object in object stream')
    return v
  }

  get(num: number): PdfValue {
    if (this.objects.has(num)) return this.objects.get(num) as PdfValue
    this.objects.set(num, null) // a reference cycle resolves to null instead of recursing
    const v = this.loadObject(num)
    this.objects.set(num, v)
    return v
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    let cur = v
    for (let k = 0; cur instanceof PdfRef; k++) {
      if (k >= MAX_REF_DEPTH) throw new Unsupported('reference chain too long')
      cur = this.get(cur.num)
    }
    return cur
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const r = this.resolve(v)
    return isDict(r) ? r : r instanceof PdfStream ? r.dict : undefined
  }

  /** A stream's decoded bytes. Not cached (a page's content is read once), so memory stays one page deep. */
  streamBytes(s: PdfStream): Uint8Array {
    const raw = this.decryptor && s.encryptedAs ? this.decryptor.decrypt(s.raw, s.encryptedAs.num, s.encryptedAs.gen, 'stream') : s.raw
    const d = decodeFilters(raw, s.dict, (v) => this.resolve(v))
    this.decodedBytes += d.length
    if (this.decodedBytes > MAX_TOTAL_DECODED) throw new Unsupported('the file inflates to more than the reader allows')
    return d
  }

  pages(): PdfPageInfo[] {
    const root = this.dict(this.trailer.get('Root'))
    const top = root?.get('Pages')
    if (!root || !top) throw new Unsupported('no page tree')
    const out: PdfPageInfo[] = []
    const seen = new Set<PdfDict>()
    interface Inherited { resources?: PdfDict; mediaBox?: Rect; cropBox?: Rect; rotate?: number }
    const walk = (ref: PdfValue | undefined, inherited: Inherited, depth: number): void => {
      const node = this.dict(ref)
      if (!node || seen.has(node) || depth > 64) throw new Unsupported('bad page tree')
      seen.add(node)
      const own: Inherited = {
        resources: this.dict(node.get('Resources')) ?? inherited.resources,
        mediaBox: this.rect(node.get('MediaBox')) ?? inherited.mediaBox,
        cropBox: this.rect(node.get('CropBox')) ?? inherited.cropBox,
        rotate: numberOf(this.resolve(node.get('Rotate'))) ?? inherited.rotate,
      }
      const resources = own.resources
      const kids = this.resolve(node.get('Kids'))
      if (Array.isArray(kids) && nameOf(node.get('Type')) !== 'Page') {
        for (const k of kids) walk(k, own, depth + 1)
        return
      }
      if (out.length >= MAX_PAGES) throw new Unsupported('too many pages')
      const c = this.resolve(node.get('Contents'))
      const list = Array.isArray(c) ? c.map((x) => this.resolve(x)) : c === undefined || c === null ? [] : [c]
      const contents: PdfStream[] = []
      for (const s of list) {
        if (s instanceof PdfStream) contents.push(s)
        else if (s !== null && s !== undefined) throw new Unsupported('page contents is not a stream')
      }
      out.push({ resources: resources ?? new Map(), contents, view: viewOf(own.mediaBox, own.cropBox), rotate: own.rotate ?? 0 })
    }
    walk(top, {}, 0)
    return out
  }

  /** A rectangle array, normalised so x0 < x1 and y0 < y1; undefined when it is not four numbers. */
  private rect(v: PdfValue | undefined): Rect | undefined {
    const a = this.resolve(v)
    if (!Array.isArray(a) || a.length !== 4) return undefined
    const n = a.map((x) => this.resolve(x))
    if (!n.every((x): x is number => typeof x === 'number')) return undefined
    return [Math.min(n[0], n[2]), Math.min(n[1], n[3]), Math.max(n[0], n[2]), Math.max(n[1], n[3])]
  }
}
