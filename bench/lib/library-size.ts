/**
 * What a library file holds, per document and per byte of the originals it keeps (issue 15): the pages in
 * use after a checkpoint (free pages and the WAL do not count), by table from SQLite's dbstat.
 */
import type { Db } from '../../src/main/library/db'

export interface LibrarySize {
  documents: number
  originalBytes: number
  fileBytes: number
  /** bytes per table or index, largest first */
  parts: { name: string; bytes: number }[]
}

export function librarySize(db: Db): LibrarySize {
  db.pragma('wal_checkpoint(TRUNCATE)')
  const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  const originalBytes = (db.prepare('SELECT coalesce(sum(size), 0) FROM documents').pluck().get() as number)
  const parts = db.prepare("SELECT name, pgsize AS bytes FROM dbstat('main', 1) ORDER BY bytes DESC").all() as { name: string; bytes: number }[]
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const fileBytes = ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) * pageSize
  return { documents, originalBytes, fileBytes, parts }
}

const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`

export function describeSize(label: string, s: LibrarySize, goalRatio?: number): string {
  const per = s.documents ? s.fileBytes / s.documents : 0
  const ratio = s.originalBytes ? s.fileBytes / s.originalBytes : 0
  const lines = [
    `${label}: ${s.documents} documents, originals ${kb(s.originalBytes / Math.max(1, s.documents))} each; library ${kb(per)} per document = ${ratio.toFixed(2)}x the originals' bytes${goalRatio ? `   (goal <= ${goalRatio}x: ${ratio <= goalRatio ? 'met' : 'NOT met'})` : ''}`,
    `  largest parts per document: ${s.parts.slice(0, 6).map((p) => `${p.name} ${kb(p.bytes / Math.max(1, s.documents))}`).join(', ')}`,
  ]
  return lines.join('\n')
}
