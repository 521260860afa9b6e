/**
 * A web archive given to the import becomes one import source per record that may be a report: its
 * payload, read from the archive when its turn comes (never all at once), is that document's original;
 * the captured URL, capture date and the record's place in the archive go with it as its origin. Records
 * that are not reports are listed as skipped, with the URL and why (issue 14).
 */
import { basename } from 'node:path'
import type { DocumentOrigin } from '../../../shared/document'
import type { ArchiveBytes } from './archive-bytes'
import type { WebArchiveKind } from './archive-kind'
import { readPayloadAt, scanArchive, type ArchiveRecordRef } from './scan-archive'

export interface ArchiveItem {
  /** as the summary shows it: the archive, then the captured URL */
  file: string
  /** a file name for the reader and the library: the URL's last segment */
  name: string
  load(): Promise<Uint8Array>
  /** about the payload's size (the record's length) */
  size: number
  origin: Omit<DocumentOrigin, 'format'>
  /** a web page: imported only if it reads as a report (is-report.ts) */
  reportCheck: boolean
}

export interface ArchiveExpansion {
  items: ArchiveItem[]
  skipped: { file: string; reason: string }[]
  records: number
  /** the walk stopped early (truncated, damaged): the records before are still imported */
  error?: string
}

const EXT_FOR_TYPE: Record<string, string> = {
  'application/pdf': 'pdf', 'application/x-pdf': 'pdf', 'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx', 'text/html': 'html',
  'application/xhtml+xml': 'html', 'text/plain': 'txt',
}

/** The URL's last path segment (decoded), with an extension from the content type when it has none. */
export function nameFromUrl(url: string, contentType: string): string {
  let last = ''
  try {
    const u = new URL(url)
    last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '') || u.hostname
  } catch {
    last = url.split(/[/?#]/).filter(Boolean).pop() ?? 'record'
  }
  const ext = EXT_FOR_TYPE[contentType]
  return /\.[A-Za-z0-9]{2,5}$/.test(last) || !ext ? last : `${last}.${ext}`
}

export async function expandArchive(display: string, src: ArchiveBytes, kind: WebArchiveKind, signal?: AbortSignal): Promise<ArchiveExpansion> {
  const scan = await scanArchive(src, kind, signal)
  const name = basename(display.replace(/\\/g, '/'))
  const item = (ref: ArchiveRecordRef): ArchiveItem => ({
    file: `${display} → ${ref.url}`,
    name: nameFromUrl(ref.url, ref.contentType),
    load: () => readPayloadAt(src, ref),
    size: ref.length,
    reportCheck: ref.take === 'page',
    origin: {
      url: ref.url, captured_at: ref.date,
      archive: { name, sha256: scan.sha256, entry: ref.entry, offset: ref.offset, record_id: ref.recordId, payload_digest: ref.payloadDigest, content_type: ref.contentType },
    },
  })
  return {
    items: scan.candidates.map(item),
    skipped: scan.skipped.map((s) => ({ file: `${display} → ${s.url}`, reason: s.reason })),
    records: scan.records,
    ...(scan.error ? { error: scan.error } : {}),
  }
}
