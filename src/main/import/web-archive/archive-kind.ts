/**
 * Is this file a web archive, and which (issue 14)? A WARC starts with its version line; a WARC.gz is
 * gzip whose first member inflates to one; a WACZ is a zip holding WARCs under archive/. Decided from
 * the content (a .warc.gz renamed .gz, a .wacz renamed .zip are still found), before the file goes to
 * the document readers, since one archive holds many documents.
 */
import { constants } from 'node:zlib'
// (through the guard: a parse worker may be stopped mid-call, library/zlib-guard.ts)
import { gunzipSync } from '../../library/zlib-guard'
import yauzl from 'yauzl'
import type { ArchiveBytes } from './archive-bytes'

export type WebArchiveKind = 'warc' | 'warc.gz' | 'wacz'

const startsWithWarc = (b: Uint8Array): boolean => Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 8)).toString('latin1').startsWith('WARC/')

/** The WARC files inside a WACZ (its archive/ folder), or null when the zip is not one. */
export async function waczWarcs(src: ArchiveBytes): Promise<string[] | null> {
  const zip = await openZip(src)
  try {
    const names: string[] = []
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        if (/^archive\/[^/]+\.warc(\.gz)?$/i.test(e.fileName)) names.push(e.fileName)
        zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', reject)
      zip.readEntry()
    })
    return names.length > 0 ? names.sort() : null
  } finally {
    zip.close()
  }
}

export function openZip(src: ArchiveBytes): Promise<yauzl.ZipFile> {
  const opts = { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, autoClose: false }
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile): void => (err || !zip ? reject(err ?? new Error('not a zip')) : resolve(zip))
    if ('bytes' in src) yauzl.fromBuffer(Buffer.from(src.bytes.buffer, src.bytes.byteOffset, src.bytes.byteLength), opts, done)
    else yauzl.open(src.path as string, opts, done)
  })
}

/** Bytes of a file's start that tell whether it may be a web archive at all (mayBeWebArchive). */
export const ARCHIVE_SNIFF_BYTES = 5

/**
 * Could a file starting with these bytes be a web archive (a WARC, gzip or zip)? False for nearly every
 * report, which then needs no longer read (webArchiveKind).
 */
export function mayBeWebArchive(start: Uint8Array): boolean {
  return startsWithWarc(start) || isGzip(start) || isZip(start)
}

const isGzip = (b: Uint8Array): boolean => b[0] === 0x1f && b[1] === 0x8b
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

/** `head`: the file's first bytes (64 KB is plenty). */
export async function webArchiveKind(head: Uint8Array, src: ArchiveBytes): Promise<WebArchiveKind | null> {
  if (startsWithWarc(head)) return 'warc'
  if (isGzip(head)) {
    try {
      return startsWithWarc(gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH })) ? 'warc.gz' : null
    } catch {
      return null
    }
  }
  if (isZip(head)) {
    try {
      return (await waczWarcs(src)) ? 'wacz' : null
    } catch {
      return null
    }
  }
  return null
}
