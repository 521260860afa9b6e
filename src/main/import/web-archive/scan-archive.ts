/**
 * Walk a web archive once, streaming (a crawl of many GB never sits in memory), and list the records that
 * may be reports (record-kind.ts) with where they are, and those skipped with why. The archive's SHA-256
 * is computed on the way (a WACZ's over the zip file, in its own pass). Each record's payload is read
 * later, one at a time, by readPayloadAt.
 */
import { createHash } from 'node:crypto'
import { WARCParser, type WARCRecord } from 'warcio'
import { MAX_FILE_BYTES } from '../../ingest/index'
import type { ArchiveBytes } from './archive-bytes'
import { openAt } from './archive-bytes'
import { waczWarcs, type WebArchiveKind } from './archive-kind'
import { recordVerdict } from './record-kind'

export interface ArchiveRecordRef {
  /** the WARC inside a WACZ; null for a WARC file */
  entry: string | null
  offset: number
  url: string
  date: string | null
  recordId: string | null
  payloadDigest: string | null
  contentType: string
  take: 'document' | 'page'
  /** the record's stated length (its payload is a little less): big payloads are read one at a time */
  length: number
}

export interface ArchiveScan {
  sha256: string
  /** captures seen (response, resource and revisit records) */
  records: number
  candidates: ArchiveRecordRef[]
  skipped: { url: string; reason: string }[]
  /** why the walk stopped before the end (a truncated or damaged archive); the records before it are listed */
  error?: string
}

async function* hashing(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, hash: ReturnType<typeof createHash> | null): AsyncIterable<Uint8Array> {
  for await (const chunk of stream) {
    hash?.update(chunk)
    yield chunk
  }
}

const TRUNCATED = 'the archive is truncated: a record ends before its stated length (归档文件不完整：记录被截断)'

/**
 * Reads past a record's content ourselves: warcio's own skip loops forever when the file ends inside a
 * record (a truncated download), since its reader then skips 0 bytes at a time. Its limit left over tells.
 */
async function drain(record: WARCRecord): Promise<void> {
  const reader = record.reader as AsyncIterable<Uint8Array> & { limit?: number }
  for await (const chunk of reader) void chunk
  if ((reader.limit ?? 0) > 0) throw new Error(TRUNCATED)
}

async function scanWarc(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, entry: string | null, out: ArchiveScan, signal?: AbortSignal): Promise<void> {
  const parser = new WARCParser(stream)
  for await (const record of parser) {
    if (signal?.aborted) return
    const verdict = recordVerdict(record)
    const offset = parser.offset
    await drain(record)
    if (verdict === null) continue
    out.records++
    const url = record.warcTargetURI ?? ''
    if ('skip' in verdict) {
      out.skipped.push({ url, reason: verdict.skip })
      continue
    }
    if (record.warcContentLength > MAX_FILE_BYTES) {
      out.skipped.push({ url, reason: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (文件过大)` })
      continue
    }
    out.candidates.push({
      entry, offset, url, date: record.warcDate ?? null, recordId: record.warcHeader('WARC-Record-ID') ?? null,
      payloadDigest: record.warcPayloadDigest ?? null, contentType: verdict.contentType, take: verdict.take,
      length: record.warcContentLength,
    })
  }
}

export async function scanArchive(src: ArchiveBytes, kind: WebArchiveKind, signal?: AbortSignal): Promise<ArchiveScan> {
  const out: ArchiveScan = { sha256: '', records: 0, candidates: [], skipped: [] }
  const hash = createHash('sha256')
  try {
    if (kind !== 'wacz') {
      await scanWarc(hashing(await openAt(src, null), hash), null, out, signal)
    } else {
      for await (const chunk of await openAt(src, null)) hash.update(chunk)
      for (const entry of (await waczWarcs(src)) ?? []) await scanWarc(await openAt(src, entry), entry, out, signal)
    }
  } catch (e) {
    out.error = e instanceof Error ? e.message : String(e)
    // the hash of the whole file, even when the walk stopped early
    if (kind !== 'wacz') {
      const whole = createHash('sha256')
      for await (const chunk of await openAt(src, null)) whole.update(chunk)
      out.sha256 = whole.digest('hex')
      return out
    }
  }
  out.sha256 = hash.digest('hex')
  return out
}

/** One record's payload (HTTP body with its transfer and content encodings undone), read from its offset. */
export async function readPayloadAt(src: ArchiveBytes, ref: ArchiveRecordRef): Promise<Uint8Array> {
  const stream = await openAt(src, ref.entry, ref.offset)
  const parser = new WARCParser(stream)
  const record = await parser.parse()
  if (!record || (record.warcTargetURI ?? '') !== ref.url) throw new Error(`the archive record at ${ref.offset} is not the one scanned (归档记录已变化)`)
  const payload = await record.readFully(true)
  if (((record as unknown as { _reader: { limit?: number } })._reader.limit ?? 0) > 0) throw new Error(TRUNCATED)
  // stop reading the rest of the file
  const s = stream as { destroy?: () => void }
  s.destroy?.()
  return payload
}
