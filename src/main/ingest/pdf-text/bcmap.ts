/**
 * Reader for pdfjs-dist's packed binary CMaps (`cmaps/*.bcmap`): the predefined CMaps a Type0 font names
 * by /Encoding (code -> CID, e.g. UniGB-UCS2-H, GBK-EUC-H) and the `<Registry>-<Ordering>-UCS2` CMaps
 * (CID -> UTF-16 text, e.g. Adobe-GB1-UCS2). pdfjs's own reader is internal, so this is a clean re-reading
 * of the same format (pdfjs `src/core/binary_cmap.js`, written by `external/cmapscompress/compress.mjs`).
 *
 * Format, as the reader decodes it (not quite as pdfjs's README describes it: every "next start" is
 * previous end + 1 + delta, not previous end + delta):
 *   header byte: bit 0 = WMode (vertical), bits 2-1 = CMapType (1 CID, 2 ToUnicode).
 *   records: a byte whose bits 7-5 are the type. Type 7 is metadata (bits 4-0: 0 comment, 1 usecmap, body
 *   a string). Types 0-5 (codespacerange, notdefrange, cidchar, cidrange, bfchar, bfrange): bit 4 =
 *   "sequence" (the next item starts right after the previous one, no delta stored), bits 3-0 = byte width
 *   minus 1 of the codes (of the destination, for bf records, whose source is always a 2-byte CID), then
 *   an item count, then items. Numbers are big-endian 7-bit groups with bit 7 meaning "more follow";
 *   fixed-width deltas are such numbers truncated to the width; signed ones are zigzag (low bit = sign).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface CodespaceRange { bytes: number; low: number; high: number }

export interface PackedCMap {
  name: string
  vertical: boolean
  codespaces: CodespaceRange[] // for splitting a byte string into codes
  /** code -> CID (for CID CMaps like UniGB-UCS2-H, GBK-EUC-H) or code -> Unicode string (for *-UCS2 CMaps such as Adobe-GB1-UCS2, where the "code" is a CID and the value is the UTF-16 text) */
  lookup(code: number): number | string | undefined
  /**
   * The CID a notdefrange gives a code that `lookup` leaves unmapped (PDF 32000 9.7.6.3), else undefined.
   * pdfjs reads and drops these records; kept here for widths of unmapped codes.
   */
  notdef(code: number): number | undefined
}

const MAX_WIDTH = 16 // bytes a record's numbers may span (4 bits of width)
const MAX_CODE_BYTES = 4 // codes are at most 4 bytes (PDF 32000 9.7.6.2)
const UCS2_SOURCE_WIDTH = 2 // bf records' sources are CIDs, always 2 bytes in this format
const MAX_RANGE = 2 ** 24 - 1 // same guard as pdfjs: a larger range is a corrupt file, not data
const MAX_USECMAP_DEPTH = 8
const DENSE_LIMIT = 0x10000

class BCMapFormatError extends Error {
  override name = 'BCMapFormatError'
}

/** A fixed-width big-endian unsigned integer, wrapping like the writer's hex arithmetic. */
type Bytes = Uint8Array

function addInto(a: Bytes, b: Bytes, width: number): void {
  let carry = 0
  for (let i = width - 1; i >= 0; i--) {
    carry += a[i] + b[i]
    a[i] = carry & 0xff
    carry >>= 8
  }
}

function increment(a: Bytes, width: number): void {
  for (let i = width - 1; i >= 0; i--) {
    a[i] = (a[i] + 1) & 0xff
    if (a[i] !== 0) return
  }
}

function toCode(a: Bytes, width: number): number {
  let n = 0
  for (let i = 0; i < width; i++) n = n * 256 + a[i]
  return n
}

/** The destination of a bf record is UTF-16BE; an odd byte count (never seen) is read as if zero-padded in front. */
function toUtf16(a: Bytes, width: number): string {
  const units: number[] = []
  let i = 0
  if (width & 1) units.push(a[i++])
  for (; i < width; i += 2) units.push((a[i] << 8) | a[i + 1])
  return String.fromCharCode(...units)
}

class Reader {
  private pos = 0
  private readonly groups: number[] = []
  constructor(private readonly data: Uint8Array, private readonly name: string) {}

  get atEnd(): boolean {
    return this.pos >= this.data.length
  }

  byte(): number {
    if (this.pos >= this.data.length) throw new BCMapFormatError(`${this.name}.bcmap: unexpected end of data`)
    return this.data[this.pos++]
  }

  /** Unsigned variable-length number (fits in 2^53; real ones are CIDs, counts and string lengths). */
  number(): number {
    let n = 0
    let b: number
    do {
      b = this.byte()
      n = n * 128 + (b & 0x7f)
    } while (b & 0x80)
    return n
  }

  signed(): number {
    const n = this.number()
    return n % 2 ? -(n - 1) / 2 - 1 : n / 2
  }

  /** Raw fixed-width bytes. */
  fixed(out: Bytes, width: number): void {
    for (let i = 0; i < width; i++) out[i] = this.byte()
  }

  /** A variable-length number stored into `width` big-endian bytes, high bits beyond the width dropped. */
  varFixed(out: Bytes, width: number): void {
    const groups = this.groups
    groups.length = 0
    let b: number
    do {
      b = this.byte()
      groups.push(b & 0x7f)
    } while (b & 0x80)
    let buffer = 0
    let bits = 0
    let i = width - 1
    for (let g = groups.length - 1; g >= 0 && i >= 0; g--) {
      buffer |= groups[g] << bits
      bits += 7
      while (bits >= 8 && i >= 0) {
        out[i--] = buffer & 0xff
        buffer >>>= 8
        bits -= 8
      }
    }
    while (i >= 0) {
      out[i--] = buffer & 0xff
      buffer >>>= 8
    }
  }

  /** Zigzag-signed fixed-width delta, as two's complement in `width` bytes. */
  varFixedSigned(out: Bytes, width: number): void {
    this.varFixed(out, width)
    const negative = out[width - 1] & 1
    let carry = 0
    for (let i = 0; i < width; i++) {
      const v = (carry << 8) | out[i]
      out[i] = (v >> 1) ^ (negative ? 0xff : 0)
      carry = v & 1
    }
  }

  string(): string {
    const length = this.number()
    let s = ''
    for (let i = 0; i < length; i++) s += String.fromCharCode(this.number())
    return s
  }
}

/** One CMap's own mappings. Most CMaps have codes <= 0xFFFF, which go in a flat array; the rest in Maps. */
class MappingTable {
  private dense: Int32Array | null = null // -1 = unmapped
  private sparse: Map<number, number> | null = null
  private text: Map<number, string> | null = null
  private notdefRanges: number[] = [] // low, high, cid triples

  setCid(code: number, cid: number): void {
    if (code < DENSE_LIMIT) {
      if (!this.dense) this.dense = new Int32Array(DENSE_LIMIT).fill(-1)
      this.dense[code] = cid
    } else {
      ;(this.sparse ??= new Map()).set(code, cid)
    }
    // a later record wins over an earlier one of the other kind, as in pdfjs's single map
    this.text?.delete(code)
  }

  setText(code: number, value: string): void {
    ;(this.text ??= new Map()).set(code, value)
    if (code < DENSE_LIMIT) {
      if (this.dense) this.dense[code] = -1
    } else {
      this.sparse?.delete(code)
    }
  }

  addNotdefRange(low: number, high: number, cid: number): void {
    this.notdefRanges.push(low, high, cid)
  }

  get(code: number): number | string | undefined {
    if (code < DENSE_LIMIT) {
      const cid = this.dense ? this.dense[code] : -1
      if (cid >= 0) return cid
    } else {
      const cid = this.sparse?.get(code)
      if (cid !== undefined) return cid
    }
    return this.text?.get(code)
  }

  notdef(code: number): number | undefined {
    const r = this.notdefRanges
    for (let i = 0; i < r.length; i += 3) {
      if (code >= r[i] && code <= r[i + 1]) return r[i + 2]
    }
    return undefined
  }
}

class LoadedCMap implements PackedCMap {
  constructor(
    readonly name: string,
    readonly vertical: boolean,
    readonly codespaces: CodespaceRange[],
    private readonly table: MappingTable,
    private readonly parent: PackedCMap | null,
  ) {}

  lookup(code: number): number | string | undefined {
    const own = this.table.get(code)
    return own !== undefined ? own : this.parent?.lookup(code)
  }

  notdef(code: number): number | undefined {
    if (this.lookup(code) !== undefined) return undefined
    return this.table.notdef(code) ?? this.parent?.notdef(code)
  }
}

/** Identity-H/V have no file: pdfjs builds them in (2-byte codes, CID = code). */
class IdentityCMap implements PackedCMap {
  readonly codespaces: CodespaceRange[] = [{ bytes: 2, low: 0, high: 0xffff }]
  constructor(readonly name: string, readonly vertical: boolean) {}
  lookup(code: number): number | undefined {
    return Number.isInteger(code) && code >= 0 && code <= 0xffff ? code : undefined
  }
  notdef(): undefined {
    return undefined
  }
}

function checkRange(name: string, low: number, high: number): void {
  if (high < low || high - low > MAX_RANGE) throw new BCMapFormatError(`${name}.bcmap: bad range ${low}..${high}`)
}

interface ParsedCMap {
  vertical: boolean
  codespaces: CodespaceRange[]
  table: MappingTable
  useCMap: string | null
}

function parse(data: Uint8Array, name: string): ParsedCMap {
  const r = new Reader(data, name)
  const vertical = (r.byte() & 1) === 1
  const codespaces: CodespaceRange[] = []
  const table = new MappingTable()
  let useCMap: string | null = null
  const start = new Uint8Array(MAX_WIDTH)
  const end = new Uint8Array(MAX_WIDTH)
  const dst = new Uint8Array(MAX_WIDTH)
  const delta = new Uint8Array(MAX_WIDTH)

  // the first item of a range record stores its start raw; later ones a gap after the previous end
  const readRange = (width: number, first: boolean, sequence: boolean): void => {
    if (first) {
      r.fixed(start, width)
    } else {
      increment(end, width)
      if (sequence) {
        start.set(end)
      } else {
        r.varFixed(start, width)
        addInto(start, end, width)
      }
    }
    r.varFixed(end, width)
    addInto(end, start, width)
  }

  while (!r.atEnd) {
    const head = r.byte()
    const type = head >> 5
    if (type === 7) {
      const body = r.string()
      if ((head & 0x1f) === 1) useCMap = body
      continue // 0 is a comment; other ids are unknown metadata, skipped the same way
    }
    const sequence = (head & 0x10) !== 0
    const width = (head & 0x0f) + 1
    const count = r.number()
    const codeWidth = type === 4 || type === 5 ? UCS2_SOURCE_WIDTH : width
    if (codeWidth > MAX_CODE_BYTES) throw new BCMapFormatError(`${name}.bcmap: ${codeWidth}-byte codes`)

    switch (type) {
      case 0: // codespacerange
        for (let i = 0; i < count; i++) {
          readRange(width, i === 0, false) // the writer never marks codespaces as a sequence
          codespaces.push({ bytes: width, low: toCode(start, width), high: toCode(end, width) })
        }
        break
      case 1: // notdefrange
        for (let i = 0; i < count; i++) {
          readRange(width, i === 0, false)
          const low = toCode(start, width)
          const high = toCode(end, width)
          checkRange(name, low, high)
          table.addNotdefRange(low, high, r.number())
        }
        break
      case 2: {
        // cidchar: CIDs stored as signed steps from previous CID + 1
        let cid = 0
        for (let i = 0; i < count; i++) {
          if (i === 0) {
            r.fixed(start, width)
            cid = r.number()
          } else {
            increment(start, width)
            if (!sequence) {
              r.varFixed(delta, width)
              addInto(start, delta, width)
            }
            cid += 1 + r.signed()
          }
          table.setCid(toCode(start, width), cid)
        }
        break
      }
      case 3: // cidrange
        for (let i = 0; i < count; i++) {
          readRange(width, i === 0, sequence)
          const low = toCode(start, width)
          const high = toCode(end, width)
          checkRange(name, low, high)
          const cid = r.number()
          for (let code = low; code <= high; code++) table.setCid(code, cid + (code - low))
        }
        break
      case 4: // bfchar: source CID, destination UTF-16 stored as a signed step from previous destination + 1
        for (let i = 0; i < count; i++) {
          if (i === 0) {
            r.fixed(start, codeWidth)
            r.fixed(dst, width)
          } else {
            increment(start, codeWidth)
            if (!sequence) {
              r.varFixed(delta, codeWidth)
              addInto(start, delta, codeWidth)
            }
            increment(dst, width)
            r.varFixedSigned(delta, width)
            addInto(dst, delta, width)
          }
          table.setText(toCode(start, codeWidth), toUtf16(dst, width))
        }
        break
      case 5: // bfrange: each destination is raw; within the range it counts up from there
        for (let i = 0; i < count; i++) {
          readRange(codeWidth, i === 0, sequence)
          const low = toCode(start, codeWidth)
          const high = toCode(end, codeWidth)
          checkRange(name, low, high)
          r.fixed(dst, width)
          for (let code = low; code <= high; code++) {
            table.setText(code, toUtf16(dst, width))
            increment(dst, width)
          }
        }
        break
      default:
        throw new BCMapFormatError(`${name}.bcmap: unknown record type ${type}`)
    }
  }
  return { vertical, codespaces, table, useCMap }
}

/** Names come from PDF files: anything that could step outside the folder is not a CMap name. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_+-]*(\.[A-Za-z0-9_+-]+)*$/

const cache = new Map<string, PackedCMap | null>()

function load(dir: string, name: string, chain: string[]): PackedCMap | null {
  if (!SAFE_NAME.test(name)) return null
  const key = `${dir}\0${name}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached

  let result: PackedCMap | null
  if (name === 'Identity-H' || name === 'Identity-V') {
    result = new IdentityCMap(name, name === 'Identity-V')
  } else {
    let data: Uint8Array
    try {
      data = readFileSync(path.join(dir, `${name}.bcmap`))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        cache.set(key, null)
        return null
      }
      throw e
    }
    const parsed = parse(data, name)
    let parent: PackedCMap | null = null
    if (parsed.useCMap !== null) {
      if (chain.includes(parsed.useCMap) || chain.length >= MAX_USECMAP_DEPTH) {
        throw new BCMapFormatError(`${name}.bcmap: usecmap loop through ${[...chain, parsed.useCMap].join(' -> ')}`)
      }
      parent = load(dir, parsed.useCMap, [...chain, name])
      if (!parent) throw new BCMapFormatError(`${name}.bcmap: usecmap ${parsed.useCMap} not found in ${dir}`)
    }
    // as pdfjs: a CMap without codespaces of its own uses its parent's
    const codespaces = parsed.codespaces.length > 0 || !parent ? parsed.codespaces : parent.codespaces
    result = new LoadedCMap(name, parsed.vertical, codespaces, parsed.table, parent)
  }
  cache.set(key, result)
  return result
}

/**
 * Loads `<dir>/<name>.bcmap` (and any usecmap parents); null when the file does not exist or the name is
 * not a plain CMap name. Identity-H and Identity-V are built in, as in pdfjs. Results are cached per
 * (dir, name). Throws on a corrupt file or a missing usecmap parent (a broken pdfjs-dist install).
 */
export function loadPackedCMap(dir: string, name: string): PackedCMap | null {
  return load(path.resolve(dir), name, [])
}

/**
 * Splits bytes into codes by the codespace ranges, as pdfjs's CMap.readCharCode: for n = 1..4 bytes, the
 * first range of byte length n whose low..high holds the n-byte big-endian value wins (bounds compared as
 * whole numbers, not byte by byte). With no match, pdfjs answers code 0 of length 1, and so does this.
 * Unlike pdfjs, bytes past the end of the string are never read.
 */
export function readCharCode(codespaces: CodespaceRange[], bytes: Uint8Array, offset: number): { code: number; length: number } {
  let code = 0
  const available = Math.min(MAX_CODE_BYTES, bytes.length - offset)
  for (let n = 1; n <= available; n++) {
    code = code * 256 + bytes[offset + n - 1]
    for (let k = 0; k < codespaces.length; k++) {
      const range = codespaces[k]
      if (range.bytes === n && code >= range.low && code <= range.high) return { code, length: n }
    }
  }
  return { code: 0, length: 1 }
}
