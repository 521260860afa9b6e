/**
 * Where an archive's bytes are: a file on disk (streamed, never read whole: a crawl can be many GB) or an
 * upload already in memory. Streams start at a byte offset, so one record is read without the rest.
 */
import { createReadStream } from 'node:fs'
import type yauzl from 'yauzl'
import { openZip } from './archive-kind'

export type ArchiveBytes = { path: string | Buffer } | { bytes: Uint8Array }

/** The archive (or one WARC inside a WACZ) from `start` on. */
export async function openAt(src: ArchiveBytes, entry: string | null, start = 0): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>> {
  if (entry === null) {
    if ('bytes' in src) return [src.bytes.subarray(start)]
    return createReadStream(src.path, { start, highWaterMark: 256 * 1024 })
  }
  const zip = await openZip(src)
  const found = await new Promise<yauzl.Entry | null>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => (e.fileName === entry ? resolve(e) : zip.readEntry()))
    zip.on('end', () => resolve(null))
    zip.on('error', reject)
    zip.readEntry()
  })
  if (!found) {
    zip.close()
    throw new Error(`${entry} is missing from the WACZ (WACZ 中缺少 ${entry})`)
  }
  // a stored entry (WACZ writers store their WARCs) can start anywhere; a deflated one only at its start
  const stored = found.compressionMethod === 0
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(found, { decompress: null, decrypt: null, start: stored ? start : null, end: null }, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s))),
  )
  stream.on('end', () => zip.close())
  stream.on('close', () => zip.close())
  return skipBytes(stream as AsyncIterable<Uint8Array>, stored ? 0 : start)
}

/** Drops the first `n` bytes of a stream (a deflated entry read from its start up to a record). */
async function* skipBytes(stream: AsyncIterable<Uint8Array>, n: number): AsyncIterable<Uint8Array> {
  let left = n
  for await (const chunk of stream) {
    if (left >= chunk.byteLength) {
      left -= chunk.byteLength
      continue
    }
    yield left > 0 ? chunk.subarray(left) : chunk
    left = 0
  }
}
