/**
 * How values are written in the library file: field values and revision values as JSON text, the
 * clean-text offset map as a little-endian Int32 blob, times as ISO-8601 UTC strings.
 */
import type { FieldValue } from '../../shared/fields'

/** The cleaner's output as the library stores it (the shape src/main/text's cleanText returns). */
export interface CleanText {
  text: string
  map: Int32Array
}

export function encodeValue(v: FieldValue): string {
  return JSON.stringify(v)
}

export function decodeValue(s: string | null): FieldValue {
  if (s === null) return null
  const v: unknown = JSON.parse(s)
  return typeof v === 'string' || typeof v === 'number' ? v : null
}

/**
 * The offset map, run-length encoded: most clean characters map one-to-one onto consecutive raw
 * characters, so the map is stored as runs (clean start, raw start, length) after a 4-byte tag,
 * ~20x smaller than the plain Int32 array. A blob without the tag is a plain little-endian Int32 array.
 */
export const RUNS_TAG = 0x314d5200 // 'RM1' + version byte 0, little-endian Int32

export function mapToBlob(map: Int32Array): Buffer {
  const runs: number[] = []
  let i = 0
  while (i < map.length) {
    let j = i + 1
    while (j < map.length && map[j] === map[j - 1] + 1) j++
    runs.push(i, map[i], j - i)
    i = j
  }
  const out = Buffer.alloc(4 + runs.length * 4)
  out.writeInt32LE(RUNS_TAG, 0)
  for (let k = 0; k < runs.length; k++) out.writeInt32LE(runs[k], 4 + k * 4)
  return out
}

export function blobToMap(blob: Buffer): number[] {
  if (blob.length >= 4 && blob.readInt32LE(0) === RUNS_TAG) {
    const out: number[] = []
    for (let k = 4; k + 12 <= blob.length; k += 12) {
      const cleanStart = blob.readInt32LE(k), rawStart = blob.readInt32LE(k + 4), len = blob.readInt32LE(k + 8)
      for (let d = 0; d < len; d++) out[cleanStart + d] = rawStart + d
    }
    return out
  }
  const out = new Array<number>(blob.length >> 2)
  for (let k = 0; k < out.length; k++) out[k] = blob.readInt32LE(k * 4)
  return out
}

export function nowIso(): string {
  return new Date().toISOString()
}
