/**
 * Fixity at disk speed (issue 15): every original re-hashed against the SHA-256 recorded at import, read in
 * large sequential chunks. One statement walks original_bodies in rowid order (its pages lie in that order in
 * the file) and stops after ~CHUNK_BYTES; the caller may yield between chunks (a job stays cancellable and the
 * app keeps answering), and no statement stays open across a yield, so a person's correction is never refused
 * as "connection busy". The old way, one lookup per document through the `originals` view, read 12 MB/s.
 *
 * A chunk that SQLite cannot read (a damaged page) is read again one document at a time, so the FAIL line names
 * the document and the others are still checked.
 */
import { createHash } from 'node:crypto'
import type { Db } from './db'
import { ORIGINAL_DEFLATED, unpackOriginal } from './text-packing'

const CHUNK_BYTES = 32 * 2 ** 20

export interface FixityProgress { done: number; total: number; bytes: number; totalBytes: number }
/** Where the time went (the bench prints it): reading from SQLite, inflating deflated originals, hashing. */
export interface FixityTiming { readMs: number; inflateMs: number; hashMs: number; storedBytes: number; originalBytes: number; deflated: number }
export interface FixityResult { checked: number; bad: number; failures: string[]; timing: FixityTiming }

interface Row { id: number; bytes: Buffer | null; packing: number; file_name: string | null; sha256: string | null; size: number | null }

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]

/** The table the originals are stored in: original_bodies since migration 13; a damaged old library opened raw has `originals`. */
function source(db: Db): string {
  const packed = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'original_bodies'").get()
  return packed ? 'SELECT document_id AS id, bytes, packing FROM original_bodies' : 'SELECT document_id AS id, bytes, 0 AS packing FROM originals'
}

/**
 * The fixity pass as steps: each `next()` checks one chunk. checkLibrary runs them all at once; the job
 * (checkLibraryAsync) lets the event loop run between them.
 */
export function* fixitySteps(db: Db, onProgress?: (p: FixityProgress) => void, chunkBytes = CHUNK_BYTES): Generator<void, FixityResult> {
  const from = source(db)
  // length() of a blob reads its size from the record header, not its pages: the totals cost one walk of the leaves
  const totals = db.prepare(`SELECT count(*) AS n, coalesce(sum(length(bytes)), 0) AS b FROM (${from})`).get() as { n: number; b: number }
  const chunk = db.prepare(
    `SELECT o.id, o.bytes, o.packing, d.file_name, d.sha256, d.size FROM (${from}) o LEFT JOIN documents d ON d.id = o.id WHERE o.id > ? ORDER BY o.id`,
  )
  const idsAfter = db.prepare(`SELECT id FROM (${from}) WHERE id > ? ORDER BY id LIMIT 1000`).pluck()
  const one = db.prepare(`SELECT o.id, o.bytes, o.packing, d.file_name, d.sha256, d.size FROM (${from}) o LEFT JOIN documents d ON d.id = o.id WHERE o.id = ?`)
  const timing: FixityTiming = { readMs: 0, inflateMs: 0, hashMs: 0, storedBytes: 0, originalBytes: 0, deflated: 0 }
  const failures: string[] = []
  let checked = 0
  let done = 0
  let cursor = -Infinity

  const verify = (r: Row): void => {
    done++
    timing.storedBytes += r.bytes?.length ?? 0
    // an original whose document is gone is the foreign-key check's to report
    if (r.bytes === null || r.sha256 === null) return
    let t = performance.now()
    let bytes: Buffer
    try {
      bytes = unpackOriginal(r.bytes, r.packing)
    } catch (e) {
      failures.push(`fixity: the original of document ${r.id} (${r.file_name}) cannot be unpacked: ${firstLine(e)}`)
      return
    }
    if (r.packing === ORIGINAL_DEFLATED) {
      timing.deflated++
      timing.inflateMs += performance.now() - t
    }
    t = performance.now()
    const sha = createHash('sha256').update(bytes).digest('hex')
    timing.hashMs += performance.now() - t
    timing.originalBytes += bytes.length
    checked++
    if (sha !== r.sha256 || bytes.length !== r.size) {
      failures.push(`document ${r.id} (${r.file_name}): original changed since import (SHA-256 ${sha.slice(0, 12)}…, recorded ${r.sha256.slice(0, 12)}…, ${bytes.length} bytes, recorded ${r.size})`)
    }
  }

  /** After a read error: the next documents one at a time, so that the damaged one is named. */
  const oneByOne = (): boolean => {
    const ids = idsAfter.all(cursor) as number[]
    for (const id of ids) {
      cursor = id
      let r: Row | undefined
      try {
        r = one.get(id) as Row | undefined
      } catch (e) {
        done++
        failures.push(`fixity: the original of document ${id} cannot be read: ${firstLine(e)}`)
        continue
      }
      if (r) verify(r)
    }
    return ids.length > 0
  }

  for (;;) {
    // true when the walk reached the last original (a chunk cut at CHUNK_BYTES, or read one by one after an error, goes on)
    let finished = true
    try {
      let read = 0
      let t = performance.now()
      for (const r of chunk.iterate(cursor) as IterableIterator<Row>) {
        timing.readMs += performance.now() - t
        cursor = r.id
        verify(r)
        read += r.bytes?.length ?? 0
        if (read >= chunkBytes) { finished = false; break }
        t = performance.now()
      }
    } catch {
      finished = !oneByOne()
    }
    onProgress?.({ done, total: totals.n, bytes: timing.storedBytes, totalBytes: totals.b })
    if (finished) break
    yield
  }
  return { checked, bad: failures.length, failures, timing }
}
