/**
 * document_origins (migration 9, issue 14): a document's own format and web-archive capture, written with
 * the document and read for the desk and the exports. A document without a row has no origin to tell.
 */
import type { Db } from './db'
import type { DocumentOrigin } from '../../shared/document'
import { stmt } from './statements'

export function insertOrigin(db: Db, id: number, o: DocumentOrigin): void {
  const a = o.archive
  stmt(
    db,
    `INSERT INTO document_origins (document_id, format, url, captured_at, archive_name, archive_sha256, archive_entry, record_offset, record_id, payload_digest, content_type)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, o.format, o.url, o.captured_at, a?.name ?? null, a?.sha256 ?? null, a?.entry ?? null, a?.offset ?? null, a?.record_id ?? null, a?.payload_digest ?? null, a?.content_type ?? null)
}

interface OriginRow {
  document_id: number; format: DocumentOrigin['format']; url: string | null; captured_at: string | null; archive_name: string | null
  archive_sha256: string | null; archive_entry: string | null; record_offset: number | null; record_id: string | null
  payload_digest: string | null; content_type: string | null
}

function fromRow(r: OriginRow): DocumentOrigin {
  return {
    format: r.format, url: r.url, captured_at: r.captured_at,
    archive: r.archive_name === null ? null : {
      name: r.archive_name, sha256: r.archive_sha256 ?? '', entry: r.archive_entry, offset: r.record_offset ?? 0,
      record_id: r.record_id, payload_digest: r.payload_digest, content_type: r.content_type,
    },
  }
}

export function getOrigin(db: Db, id: number): DocumentOrigin | null {
  const r = stmt(db, 'SELECT * FROM document_origins WHERE document_id = ?').get(id) as OriginRow | undefined
  return r ? fromRow(r) : null
}

/** Origins of many documents at once (exports): id → origin, only those that have one. */
export function originsOf(db: Db, ids: readonly number[]): Map<number, DocumentOrigin> {
  const out = new Map<number, DocumentOrigin>()
  const rows = stmt(db, 'SELECT * FROM document_origins WHERE document_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as OriginRow[]
  for (const r of rows) out.set(r.document_id, fromRow(r))
  return out
}
