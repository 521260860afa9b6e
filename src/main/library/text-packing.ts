/**
 * How a document's texts are kept in `text_bodies` (issue 15: each thing stored once). A document used to
 * hold its raw text, its clean text and its structure (the blocks, each with a copy of its text) side by
 * side: the text three times over. Now:
 * - raw:       'O' + how to decode it from the original (a UTF-8 or UTF-16 TXT: the original *is* the raw
 *              text), else 'Z' + the UTF-8 text deflated.
 * - clean:     'D' + the characters where the clean text differs from the raw character its offset map
 *              points at (the cleaner mostly drops and folds; it rarely writes new characters), deflated;
 *              else 'Z' + the UTF-8 clean text deflated (no map, or a text too long for a string).
 * - structure: 'S' + the structure JSON deflated, with every block text and table cell that is a span of
 *              the raw text written as its offsets instead.
 * A raw or clean pack is unpacked again before it is trusted: what does not come back exactly is stored deflated.
 * GB18030 and Big5 texts are never rebuilt from their originals: ICU's tables for them change between
 * versions (GB18030-2022), and the raw text, whose offsets every value points into, must never change.
 */
// (through the guard: a parse worker packs texts and may be stopped mid-call, zlib-guard.ts)
import { deflateRawSync, inflateRawSync } from './zlib-guard'
import type { Block } from '../../shared/document'
import { RUNS_TAG, blobToMap } from './codec'

const TAG_DEFLATE = 0x5a // 'Z'
const TAG_ORIGINAL = 0x4f // 'O'
const TAG_DELTA = 0x44 // 'D'
const TAG_STRUCTURE = 0x53 // 'S'

/** flags of an 'O' raw text */
const BOM_STRIPPED = 1
const LINES_UNIFIED = 2

const STABLE_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be'] as const
const BOMS: Record<(typeof STABLE_ENCODINGS)[number], number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] }

function tagged(tag: number, payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(payload.length + 1)
  out[0] = tag
  out.set(payload, 1)
  return out
}

/** UTF-8 bytes (a string or bytes already in UTF-8), deflated behind a 'Z'. */
export function packDeflated(text: string | Uint8Array): Buffer {
  return tagged(TAG_DEFLATE, deflateRawSync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { level: 6 }))
}

function inflated(packed: Uint8Array): string {
  return inflateRawSync(packed.subarray(1)).toString('utf8')
}

function hasBom(bytes: Uint8Array, bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b)
}

const decoders = new Map<string, TextDecoder>()

function decodeOriginal(original: Uint8Array, encoding: (typeof STABLE_ENCODINGS)[number], flags: number): string {
  const body = flags & BOM_STRIPPED ? original.subarray(BOMS[encoding].length) : original
  let decoder = decoders.get(encoding)
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { ignoreBOM: true })))
  const text = decoder.decode(body)
  return flags & LINES_UNIFIED && text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** The raw text, packed: as a recipe over the original when decoding the original gives it exactly. */
export function packRaw(raw: string, original: Uint8Array | null, encoding: string | null): Buffer {
  const enc = STABLE_ENCODINGS.find((e) => e === encoding)
  if (original && enc) {
    const flags = (hasBom(original, BOMS[enc]) ? BOM_STRIPPED : 0) | LINES_UNIFIED
    if (decodeOriginal(original, enc, flags) === raw) return Buffer.concat([Buffer.from([TAG_ORIGINAL, flags]), Buffer.from(enc, 'latin1')])
  }
  return packDeflated(raw)
}

/** Does this packed raw text need the original to be read? (The SQL view passes the original only then.) */
export function rawNeedsOriginal(packed: Uint8Array): boolean {
  return packed[0] === TAG_ORIGINAL
}

export function unpackRaw(packed: Uint8Array, original: Uint8Array | null): string {
  if (packed[0] === TAG_DEFLATE) return inflated(packed)
  if (packed[0] === TAG_ORIGINAL) {
    const enc = STABLE_ENCODINGS.find((e) => e === Buffer.from(packed.subarray(2)).toString('latin1'))
    if (!enc || !original) throw new Error('a raw text kept as its original cannot be read without the original')
    return decodeOriginal(original, enc, packed[1])
  }
  throw new Error(`unknown raw text packing ${packed[0]}`)
}

type MapLike = ArrayLike<number>

/** The offset map as runs [clean start, raw start, length] where consecutive clean characters map onto consecutive raw ones. */
function mapRuns(map: MapLike, length: number): number[] {
  const runs: number[] = []
  let i = 0
  while (i < length) {
    let j = i + 1
    while (j < length && map[j] === map[j - 1] + 1) j++
    runs.push(i, map[i], j - i)
    i = j
  }
  return runs
}

/** The runs of a stored map blob (codec.ts mapToBlob's run-length form, or a plain Int32 array). */
function blobRuns(blob: Buffer, length: number): number[] {
  if (blob.length >= 4 && blob.readInt32LE(0) === RUNS_TAG) {
    const runs: number[] = []
    for (let k = 4; k + 12 <= blob.length; k += 12) {
      const cs = blob.readInt32LE(k)
      if (cs >= length) break
      runs.push(cs, blob.readInt32LE(k + 4), Math.min(blob.readInt32LE(k + 8), length - cs))
    }
    return runs
  }
  return mapRuns(blobToMap(blob), length)
}

/** raw[map[i]] for every clean position i, by runs. */
function mapped(raw: string, runs: number[], length: number): string {
  const parts: string[] = []
  let at = 0
  for (let k = 0; k < runs.length; k += 3) {
    const [cs, rs, len] = [runs[k], runs[k + 1], runs[k + 2]]
    if (cs !== at) return ''
    const piece = raw.slice(rs, rs + len)
    // past the raw end (a map's last slot): a character of its own, listed among the differences
    parts.push(piece.length === len ? piece : piece.padEnd(len, '\0'))
    at = cs + len
  }
  return at === length ? parts.join('') : ''
}

/**
 * The clean text as its differences from raw[map[i]]: "length\npositions (base 36, each from the previous
 * one)\ncharacters", deflated. Checked by unpacking; a clean text that does not come back is deflated whole.
 */
export function packClean(clean: string, raw: string, map: MapLike | null): Buffer {
  if (map && map.length >= clean.length) {
    const runs = mapRuns(map, clean.length)
    const base = mapped(raw, runs, clean.length)
    if (base.length === clean.length) {
      const positions: string[] = []
      let chars = ''
      let last = 0
      if (base !== clean) {
        for (let i = 0; i < clean.length; i++) {
          if (base.charCodeAt(i) === clean.charCodeAt(i)) continue
          positions.push((i - last).toString(36))
          chars += clean[i]
          last = i
        }
      }
      const packed = tagged(TAG_DELTA, deflateRawSync(Buffer.from(`${clean.length}\n${positions.join(',')}\n${chars}`, 'utf8')))
      if (applyDifferences(differences(packed), base) === clean) return packed
    }
  }
  return packDeflated(clean)
}

interface Differences { length: number; positions: string; chars: string }

function differences(packed: Uint8Array): Differences {
  const body = inflated(packed)
  const nl1 = body.indexOf('\n')
  const nl2 = body.indexOf('\n', nl1 + 1)
  return { length: Number(body.slice(0, nl1)), positions: body.slice(nl1 + 1, nl2), chars: body.slice(nl2 + 1) }
}

function applyDifferences(d: Differences, base: string): string {
  if (d.positions === '') return base
  const parts: string[] = []
  let at = 0
  let from = 0
  let k = 0
  for (const p of d.positions.split(',')) {
    at += parseInt(p, 36)
    parts.push(base.slice(from, at), d.chars[k++])
    from = at + 1
  }
  parts.push(base.slice(from))
  return parts.join('')
}

export function unpackClean(packed: Uint8Array, raw: string, mapBlob: Buffer | null): string {
  if (packed[0] === TAG_DEFLATE) return inflated(packed)
  if (packed[0] === TAG_DELTA) {
    if (!mapBlob) throw new Error('a clean text kept as differences cannot be read without its offset map')
    const d = differences(packed)
    return applyDifferences(d, mapped(raw, blobRuns(mapBlob, d.length), d.length))
  }
  throw new Error(`unknown clean text packing ${packed[0]}`)
}

/** A block as packed: texts and cells that are spans of the raw text become [start, length] pairs. */
type PackedRow = (string | number)[]

function packBlocks(blocks: Block[], raw: string): unknown[] {
  return blocks.map((b) => {
    if (b.type === 'paragraph') {
      if (raw.slice(b.start, b.end) === b.text) {
        const { text: _t, ...rest } = b
        return { ...rest, type: 'p' }
      }
      return b
    }
    if (b.type === 'table') {
      let cursor = b.start
      const rows: PackedRow[] = b.rows.map((row) => {
        const out: PackedRow = []
        for (const cell of row) {
          const at = cell === '' ? -1 : raw.indexOf(cell, cursor)
          if (at >= 0 && at + cell.length <= b.end) {
            out.push(at, cell.length)
            cursor = at + cell.length
          } else out.push(cell)
        }
        return out
      })
      return { ...b, rows }
    }
    return b
  })
}

function unpackBlocks(blocks: unknown[], raw: string): Block[] {
  return blocks.map((v) => {
    const b = v as Record<string, unknown>
    if (b.type === 'p') {
      const { type: _p, ...rest } = b
      return { type: 'paragraph', text: raw.slice(b.start as number, b.end as number), ...rest } as Block
    }
    if (b.type === 'table') {
      const rows = (b.rows as PackedRow[]).map((row) => {
        const cells: string[] = []
        for (let i = 0; i < row.length; i++) {
          const c = row[i]
          if (typeof c === 'string') cells.push(c)
          else {
            cells.push(raw.slice(c, c + (row[i + 1] as number)))
            i++
          }
        }
        return cells
      })
      return { ...b, rows } as Block
    }
    return b as unknown as Block
  })
}

/**
 * The structure ({ blocks, pageStarts, ... }: documents.ts), packed. Keys other than blocks (the page geometry
 * another change adds, anything later) are kept as they are; only the blocks' texts become offsets, and only
 * where the raw text holds them exactly (so unpacking gives the same blocks by construction).
 */
export function packStructure(structure: string | Record<string, unknown>, raw: string): Buffer {
  const v = typeof structure === 'string' ? (JSON.parse(structure) as Record<string, unknown>) : structure
  const packedJson = JSON.stringify(Array.isArray(v.blocks) ? { ...v, blocks: packBlocks(v.blocks as Block[], raw) } : v)
  return tagged(TAG_STRUCTURE, deflateRawSync(Buffer.from(packedJson, 'utf8')))
}

export function unpackStructure(packed: Uint8Array, raw: string): string {
  if (packed[0] !== TAG_STRUCTURE) throw new Error(`unknown structure packing ${packed[0]}`)
  const v = JSON.parse(inflated(packed)) as Record<string, unknown>
  return JSON.stringify(Array.isArray(v.blocks) ? { ...v, blocks: unpackBlocks(v.blocks, raw) } : v)
}

/** original_bodies.packing: how the original's bytes are kept (the `originals` view gives them back as they came). */
export const ORIGINAL_AS_IS = 2
export const ORIGINAL_DEFLATED = 1

/**
 * An original, deflated when that saves at least a tenth (a TXT or a web page: about half; a PDF or DOCX is
 * compressed already, which a quick try on its first 64 KB shows without deflating it all).
 */
export function packOriginal(bytes: Uint8Array): { bytes: Buffer; packing: number } {
  const asIs = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length > 65536 && deflateRawSync(asIs.subarray(0, 65536), { level: 1 }).length > 65536 * 0.9) return { bytes: asIs, packing: ORIGINAL_AS_IS }
  const deflated = deflateRawSync(asIs, { level: 6 })
  return deflated.length <= bytes.length * 0.9 ? { bytes: deflated, packing: ORIGINAL_DEFLATED } : { bytes: asIs, packing: ORIGINAL_AS_IS }
}

/**
 * `size`, when known (fixity: the size recorded at import), sizes zlib's output buffer to the original at once:
 * one allocation instead of 16 KB pieces joined at the end (a sixth less time inflating generated reports). A
 * wrong size costs nothing but that: zlib grows or trims the output as it must.
 */
export function unpackOriginal(bytes: Buffer, packing: number, size?: number | null): Buffer {
  if (packing !== ORIGINAL_DEFLATED) return bytes
  // one byte more than the original: zlib ends the stream only while it still has room in its output
  return size && size > 0 ? inflateRawSync(bytes, { chunkSize: Math.min(Math.max(size + 1, 64), 64 * 2 ** 20) }) : inflateRawSync(bytes)
}
