/**
 * Looks inside a zip before anything inflates it: the central directory (names, declared sizes) through
 * yauzl, then a streamed inflate of the parts a DOCX reader will read, counting bytes, so a decompression
 * bomb is refused before mammoth (JSZip) would expand it in memory. yauzl also checks that each entry
 * inflates to exactly its declared size, so a directory that lies is caught too.
 */
import yauzl from 'yauzl'
import { IngestError } from './errors'

export interface ZipEntryInfo {
  name: string
  compressedSize: number
  uncompressedSize: number
}

/** Declared uncompressed total above which a zip is refused. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
/** A large entry that compresses better than this is not a document. */
export const MAX_RATIO = 200
const RATIO_MIN_SIZE = 5 * 1024 * 1024
const MAX_ENTRIES = 20000

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('no zip'))
      else resolve(zip)
    })
  })
}

function corrupt(e: unknown): IngestError {
  const why = e instanceof Error ? e.message : String(e)
  return new IngestError('corrupt', `Zip archive is damaged: ${why} (压缩包已损坏，无法读取)`, { cause: e })
}

function bomb(why: string): IngestError {
  return new IngestError('bomb', `Refused: ${why}; this looks like a decompression bomb (疑似压缩炸弹，已拒绝读取)`)
}

/** Lists the central directory and refuses bombs by their declared sizes. */
export async function listZip(bytes: Uint8Array): Promise<ZipEntryInfo[]> {
  let zip: yauzl.ZipFile
  try {
    zip = await open(bytes)
  } catch (e) {
    throw corrupt(e)
  }
  const entries: ZipEntryInfo[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      let total = 0
      zip.on('entry', (e: yauzl.Entry) => {
        total += e.uncompressedSize
        entries.push({ name: e.fileName, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize })
        if (entries.length > MAX_ENTRIES) return reject(bomb(`more than ${MAX_ENTRIES} entries`))
        if (total > MAX_UNZIPPED_BYTES) return reject(bomb(`declared uncompressed size over ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB`))
        if (e.uncompressedSize > RATIO_MIN_SIZE && e.uncompressedSize > e.compressedSize * MAX_RATIO) {
          return reject(bomb(`${e.fileName} expands ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} times`))
        }
        zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', (err: unknown) => reject(err))
      zip.readEntry()
    })
  } catch (e) {
    throw e instanceof IngestError ? e : corrupt(e)
  } finally {
    zip.close()
  }
  return entries
}

/** Inflates the chosen entries without keeping them, failing on a size that differs from the declared one. */
export async function verifyEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<void> {
  let zip: yauzl.ZipFile
  try {
    zip = await open(bytes)
  } catch (e) {
    throw corrupt(e)
  }
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        if (!wanted(e.fileName) || e.fileName.endsWith('/')) return zip.readEntry()
        zip.openReadStream(e, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('no stream'))
          stream.on('data', () => undefined)
          stream.on('error', (se: unknown) => reject(se))
          stream.on('end', () => zip.readEntry())
        })
      })
      zip.on('end', () => resolve())
      zip.on('error', (err: unknown) => reject(err))
      zip.readEntry()
    })
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    if (/too many bytes|expected \d+|uncompressed/i.test(msg)) throw bomb('an entry inflates to more than its declared size')
    throw corrupt(e)
  } finally {
    zip.close()
  }
}
