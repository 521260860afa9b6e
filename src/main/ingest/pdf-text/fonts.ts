/**
 * Fonts as a text reader sees them (9.5-9.10): how a shown string splits into codes, each code's text
 * and advance width. The font program itself is never read: widths come from the font dictionary,
 * text from ToUnicode, a predefined CMap's character collection, or the encoding's glyph names.
 * A glyph whose text cannot be known this way makes the page Unsupported, so pdfjs (which also
 * reads the font program) takes the file; wrong text is worse than slower text.
 */
import { loadPackedCMap, readCharCode, type CodespaceRange, type PackedCMap } from './bcmap'
import { parseTextCMap, type TextCMap } from './cmap-text'
import type { PdfFile } from './file'
import { baseEncodingText, glyphNameToUnicode, type BaseEncoding } from './glyph-names'
import { isDict, nameOf, numberOf, PdfName, PdfStream, Unsupported, type PdfDict, type PdfValue } from './objects'

export interface Glyph {
  text: string
  /** advance in text space units per unit of font size (glyph width / 1000 for most fonts) */
  width: number
  /** a single-byte code 32: word spacing (Tw) applies to it */
  wordSpace: boolean
}

export interface TextFont {
  /** Calls `each` for every glyph of a shown string, in order. */
  decode(bytes: Uint8Array, each: (g: Glyph) => void): void
}

const BASE_ENCODINGS = new Set(['StandardEncoding', 'WinAnsiEncoding', 'MacRomanEncoding'])

/** FontDescriptor /Flags bit 3: the font uses its own glyph set, not the standard Latin one. */
const SYMBOLIC = 4

function missing(code: number): never {
  throw new Unsupported(`no text for glyph code ${code}`)
}

class SimpleFont implements TextFont {
  private readonly glyphs: (Glyph | null)[] = new Array(256).fill(null)

  constructor(
    texts: (string | undefined)[],
    private readonly widths: number[],
  ) {
    for (let c = 0; c < 256; c++) {
      const t = texts[c]
      if (t !== undefined) this.glyphs[c] = { text: t, width: widths[c], wordSpace: c === 32 }
    }
  }

  decode(bytes: Uint8Array, each: (g: Glyph) => void): void {
    for (let i = 0; i < bytes.length; i++) {
      const g = this.glyphs[bytes[i]]
      // a code with no text that the font draws as nothing (width 0) is skipped, as pdfjs does
      if (g === null) {
        if (this.widths[bytes[i]] === 0) continue
        missing(bytes[i])
      }
      each(g)
    }
  }
}

class CompositeFont implements TextFont {
  private readonly cache = new Map<number, Glyph>()

  constructor(
    private readonly codespaces: CodespaceRange[],
    private readonly toCid: (code: number) => number | undefined,
    private readonly toText: (code: number, cid: number | undefined) => string | undefined,
    private readonly widthOf: (cid: number) => number,
  ) {}

  decode(bytes: Uint8Array, each: (g: Glyph) => void): void {
    let i = 0
    while (i < bytes.length) {
      const { code, length } = readCharCode(this.codespaces, bytes, i)
      i += length
      let g = this.cache.get(code)
      if (!g) {
        const cid = this.toCid(code)
        const text = this.toText(code, cid)
        if (text === undefined) missing(code)
        g = { text, width: this.widthOf(cid ?? 0), wordSpace: length === 1 && code === 32 }
        this.cache.set(code, g)
      }
      each(g)
    }
  }
}

/** Parses CID widths (/W): `c [w1 w2 ...]` and `cfirst clast w`. */
function cidWidths(file: PdfFile, w: PdfValue | undefined): Map<number, number> {
  const out = new Map<number, number>()
  const arr = file.resolve(w)
  if (!Array.isArray(arr)) return out
  let i = 0
  while (i < arr.length) {
    const first = file.resolve(arr[i])
    const next = file.resolve(arr[i + 1])
    if (typeof first !== 'number') break
    if (Array.isArray(next)) {
      next.forEach((v, k) => {
        const n = file.resolve(v)
        if (typeof n === 'number') out.set(first + k, n)
      })
      i += 2
    } else {
      const last = next
      const width = file.resolve(arr[i + 2])
      if (typeof last !== 'number' || typeof width !== 'number') break
      if (last - first > 0x10000) throw new Unsupported('bad /W range')
      for (let c = first; c <= last; c++) out.set(c, width)
      i += 3
    }
  }
  return out
}

export class FontLoader {
  private readonly fonts = new Map<PdfDict, TextFont>()

  constructor(
    private readonly file: PdfFile,
    /** pdfjs-dist's cmaps folder, for predefined CMaps and character collections */
    private readonly cmapDir: string,
  ) {}

  load(fontDict: PdfDict): TextFont {
    let f = this.fonts.get(fontDict)
    if (!f) {
      f = this.build(fontDict)
      this.fonts.set(fontDict, f)
    }
    return f
  }

  private toUnicode(font: PdfDict): TextCMap | null {
    const s = this.file.resolve(font.get('ToUnicode'))
    if (!(s instanceof PdfStream)) return null
    return parseTextCMap(this.file.streamBytes(s))
  }

  private build(font: PdfDict): TextFont {
    const subtype = nameOf(this.file.resolve(font.get('Subtype')))
    if (subtype === 'Type0') return this.composite(font)
    if (subtype === 'Type1' || subtype === 'TrueType' || subtype === 'MMType1' || subtype === 'Type3') return this.simple(font, subtype)
    throw new Unsupported(`font type ${subtype ?? '?'}`)
  }

  private simple(font: PdfDict, subtype: string): TextFont {
    const f = this.file
    const descriptor = f.dict(font.get('FontDescriptor'))
    const flags = numberOf(f.resolve(descriptor?.get('Flags'))) ?? 0
    const widthsArr = f.resolve(font.get('Widths'))
    if (!Array.isArray(widthsArr)) throw new Unsupported('simple font without /Widths (standard 14 metrics)')
    const firstChar = numberOf(f.resolve(font.get('FirstChar'))) ?? 0
    const missingWidth = numberOf(f.resolve(descriptor?.get('MissingWidth'))) ?? 0
    let scale = 0.001
    if (subtype === 'Type3') {
      const m = f.resolve(font.get('FontMatrix'))
      const a = Array.isArray(m) ? f.resolve(m[0]) : undefined
      if (typeof a !== 'number') throw new Unsupported('Type3 font without FontMatrix')
      scale = a
    }
    const widths: number[] = []
    for (let c = 0; c < 256; c++) {
      const w = c >= firstChar ? f.resolve(widthsArr[c - firstChar]) : undefined
      widths.push((typeof w === 'number' ? w : missingWidth) * scale)
    }

    const texts: (string | undefined)[] = new Array(256).fill(undefined)
    const enc = f.resolve(font.get('Encoding'))
    let base: BaseEncoding | null = null
    let differences: PdfValue[] = []
    const encName = nameOf(enc)
    if (encName !== undefined) {
      if (BASE_ENCODINGS.has(encName)) base = encName as BaseEncoding
    } else if (isDict(enc)) {
      const b = nameOf(f.resolve(enc.get('BaseEncoding')))
      if (b !== undefined && BASE_ENCODINGS.has(b)) base = b as BaseEncoding
      const d = f.resolve(enc.get('Differences'))
      if (Array.isArray(d)) differences = d
    }
    // no encoding named: a non-symbolic font is read in StandardEncoding; a symbolic one uses its program's own
    if (base === null && !(flags & SYMBOLIC) && subtype !== 'Type3') base = 'StandardEncoding'
    if (base !== null) for (let c = 0; c < 256; c++) texts[c] = baseEncodingText(base, c)
    let code = 0
    for (const d of differences) {
      const v = f.resolve(d)
      if (typeof v === 'number') code = v
      else if (v instanceof PdfName) {
        if (code >= 0 && code < 256) texts[code] = glyphNameToUnicode(v.name)
        code++
      }
    }
    const tu = this.toUnicode(font)
    if (tu) for (const [c, t] of tu.unicode) if (c >= 0 && c < 256) texts[c] = t
    return new SimpleFont(texts, widths)
  }

  private composite(font: PdfDict): TextFont {
    const f = this.file
    const descendants = f.resolve(font.get('DescendantFonts'))
    const cidFont = Array.isArray(descendants) ? f.dict(descendants[0]) : undefined
    if (!cidFont) throw new Unsupported('Type0 font without a descendant')

    // the encoding: how bytes split into codes, and code -> CID
    const enc = f.resolve(font.get('Encoding'))
    let codespaces: CodespaceRange[]
    let toCid: (code: number) => number | undefined
    const encName = nameOf(enc)
    if (encName === 'Identity-H') {
      codespaces = [{ bytes: 2, low: 0, high: 0xffff }]
      toCid = (c) => c
    } else if (encName !== undefined) {
      const packed = this.packed(encName)
      codespaces = packed.codespaces
      toCid = (c) => {
        const v = packed.lookup(c)
        return typeof v === 'number' ? v : undefined
      }
    } else if (enc instanceof PdfStream) {
      const embedded = parseTextCMap(f.streamBytes(enc))
      const parent = embedded.useCMap ? this.packed(embedded.useCMap) : null
      if (nameOf(enc.dict.get('WMode')) === '1' || numberOf(enc.dict.get('WMode')) === 1) throw new Unsupported('vertical writing')
      codespaces = embedded.codespaces.length > 0 ? embedded.codespaces : (parent?.codespaces ?? [])
      if (codespaces.length === 0) throw new Unsupported('embedded CMap without codespace')
      toCid = (c) => {
        const own = embedded.cid.get(c)
        if (own !== undefined) return own
        const v = parent?.lookup(c)
        return typeof v === 'number' ? v : undefined
      }
    } else throw new Unsupported('Type0 font without a usable encoding')

    // the text: ToUnicode by code first, then the character collection's Unicode map by CID
    const tu = this.toUnicode(font)
    const info = f.dict(cidFont.get('CIDSystemInfo'))
    const registry = info ? f.resolve(info.get('Registry')) : undefined
    const ordering = info ? f.resolve(info.get('Ordering')) : undefined
    let collection: PackedCMap | null = null
    if (registry instanceof Uint8Array && ordering instanceof Uint8Array) {
      const r = Buffer.from(registry).toString('latin1')
      const o = Buffer.from(ordering).toString('latin1')
      if (r === 'Adobe' && ['GB1', 'CNS1', 'Japan1', 'Korea1'].includes(o)) collection = loadPackedCMap(this.cmapDir, `Adobe-${o}-UCS2`)
    }
    // a code a Unicode CMap (UniGB-UCS2-H...) does not map is still its own text, as pdfjs reads it
    const unicodeCodes = encName !== undefined && /^Uni\w+-(UCS2|UTF16)-H$/.test(encName)
    const toText = (code: number, cid: number | undefined): string | undefined => {
      const t = tu?.unicode.get(code)
      if (t !== undefined) return t
      if (cid === undefined || cid === 0) return unicodeCodes && !tu ? String.fromCharCode(code) : undefined
      const v = collection?.lookup(cid)
      return typeof v === 'string' ? v : undefined
    }

    const widths = cidWidths(f, cidFont.get('W'))
    const dw = numberOf(f.resolve(cidFont.get('DW'))) ?? 1000
    return new CompositeFont(codespaces, toCid, toText, (cid) => (widths.get(cid) ?? dw) / 1000)
  }

  private packed(name: string): PackedCMap {
    if (name === 'Identity-V' || /-V$/.test(name)) throw new Unsupported('vertical writing')
    const cmap = loadPackedCMap(this.cmapDir, name)
    if (!cmap) throw new Unsupported(`unknown CMap ${name}`)
    if (cmap.vertical) throw new Unsupported('vertical writing')
    return cmap
  }
}
