/**
 * Stream filters a text reader needs (7.4): Flate (with PNG predictors, as xref streams use them),
 * ASCIIHex and ASCII85. Image filters never matter for text; any other filter on a stream we must
 * read is Unsupported, and pdfjs takes the file. Output is capped so a bomb cannot exhaust memory.
 */
import { constants } from 'node:zlib'
// (through the guard: a parse worker may be stopped mid-call, library/zlib-guard.ts)
import { inflateSync } from '../../library/zlib-guard'
import { isDict, nameOf, numberOf, Unsupported, type PdfDict, type PdfValue } from './objects'

/** No content stream, font program or CMap of a real report comes near this. */
export const MAX_DECODED_BYTES = 64 * 1024 * 1024

function inflate(data: Uint8Array): Uint8Array {
  try {
    // SYNC_FLUSH: a stream cut short (or with a bad checksum) still yields what it holds, as pdfjs reads it
    return inflateSync(data, { maxOutputLength: MAX_DECODED_BYTES, finishFlush: constants.Z_SYNC_FLUSH })
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new Unsupported('stream decodes to more than the cap')
    throw new Unsupported(`flate: ${(e as Error).message}`)
  }
}

function pngPredictor(data: Uint8Array, parms: PdfDict): Uint8Array {
  const colors = numberOf(parms.get('Colors')) ?? 1
  const bpc = numberOf(parms.get('BitsPerComponent')) ?? 8
  const columns = numberOf(parms.get('Columns')) ?? 1
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8))
  const rowBytes = Math.ceil((colors * bpc * columns) / 8)
  const rows = Math.floor(data.length / (rowBytes + 1))
  const out = new Uint8Array(rows * rowBytes)
  let prev = new Uint8Array(rowBytes)
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowBytes + 1)]
    const src = data.subarray(r * (rowBytes + 1) + 1, (r + 1) * (rowBytes + 1))
    const row = out.subarray(r * rowBytes, (r + 1) * rowBytes)
    for (let i = 0; i < rowBytes; i++) {
      const left = i >= bpp ? row[i - bpp] : 0
      const up = prev[i]
      const upLeft = i >= bpp ? prev[i - bpp] : 0
      let v = src[i]
      switch (type) {
        case 0:
          break
        case 1:
          v += left
          break
        case 2:
          v += up
          break
        case 3:
          v += (left + up) >> 1
          break
        case 4: {
          const p = left + up - upLeft
          const pa = Math.abs(p - left)
          const pb = Math.abs(p - up)
          const pc = Math.abs(p - upLeft)
          v += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
          break
        }
        default:
          throw new Unsupported(`PNG predictor ${type}`)
      }
      row[i] = v & 0xff
    }
    prev = row
  }
  return out
}

function asciiHex(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1')
  const end = text.indexOf('>')
  let hex = (end >= 0 ? text.slice(0, end) : text).replace(/\s+/g, '')
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new Unsupported('bad ASCIIHex data')
  if (hex.length % 2) hex += '0'
  return Buffer.from(hex, 'hex')
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = []
  let group = 0
  let n = 0
  for (let i = 0; i < data.length; i++) {
    const c = data[i]
    if (c === 0x7e) break // ~>
    if (c <= 0x20) continue
    if (c === 0x7a && n === 0) {
      out.push(0, 0, 0, 0)
      continue
    }
    if (c < 0x21 || c > 0x75) throw new Unsupported('bad ASCII85 data')
    group = group * 85 + (c - 0x21)
    if (++n === 5) {
      out.push((group >>> 24) & 0xff, (group >>> 16) & 0xff, (group >>> 8) & 0xff, group & 0xff)
      group = 0
      n = 0
    }
  }
  if (n > 1) {
    for (let k = n; k < 5; k++) group = group * 85 + 84
    const bytes = [(group >>> 24) & 0xff, (group >>> 16) & 0xff, (group >>> 8) & 0xff, group & 0xff]
    out.push(...bytes.slice(0, n - 1))
  }
  return Uint8Array.from(out)
}

function asArray(v: PdfValue | undefined): PdfValue[] {
  if (v === undefined || v === null) return []
  return Array.isArray(v) ? v : [v]
}

/** Decodes a stream's bytes through its filters; `resolve` follows indirect Filter/DecodeParms entries. */
export function decodeFilters(raw: Uint8Array, dict: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined): Uint8Array {
  const filters = asArray(resolve(dict.get('Filter') ?? dict.get('F')))
  const parms = asArray(resolve(dict.get('DecodeParms') ?? dict.get('DP')))
  let data = raw
  filters.forEach((f, i) => {
    const name = nameOf(resolve(f))
    const p = resolve(parms[i])
    switch (name) {
      case 'FlateDecode':
      case 'Fl': {
        data = inflate(data)
        const predictor = isDict(p) ? (numberOf(p.get('Predictor')) ?? 1) : 1
        if (predictor >= 10) data = pngPredictor(data, p as PdfDict)
        else if (predictor !== 1) throw new Unsupported(`predictor ${predictor}`)
        break
      }
      case 'ASCIIHexDecode':
      case 'AHx':
        data = asciiHex(data)
        break
      case 'ASCII85Decode':
      case 'A85':
        data = ascii85(data)
        break
      default:
        throw new Unsupported(`filter ${name ?? '?'}`)
    }
  })
  return data
}

