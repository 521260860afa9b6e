/**
 * Fixity at disk speed (issue 15): every original re-hashed against the SHA-256 recorded at import, read in
 * large sequential chunks. One statement walks original_bodies in rowid order (its pages lie in that order in
 * the file) and stops after ~CHUNK_BYTES; the caller may yield between chunks (a job stays cancellable and the
 * app keeps answering), and no statement stays open across a yield, so a person's correction is never refused
 * as "connection busy". The old way, one lookup per document through the `originals` view, read 12 MB/s.
 *
 * A chunk that SQLite cannot read (a damaged page) is read again one document at a time, so the FAIL line names
 * the document and the others are still checked.
 *
 * Reading is cheap; inflating and hashing are the cost (at 200,000 documents ~6 s of CPU for 2.5 GB of
 * originals, one core's worth), so with `hashers` (fixity-hashers.ts) each chunk is inflated and hashed in
 * worker threads, one per core, while this thread reads the next: the generator then yields the promise of the
 * oldest chunk in flight and its driver (check.ts's checkLibraryAsync) hands back what it resolved to.
 */
import { createHash } from 'node:crypto'
import type { Db } from './db'
import { ORIGINAL_DEFLATED, unpackOriginal } from './text-packing'

const CHUNK_BYTES = 32 * 2 ** 20
/** With hash workers: smaller chunks, so that each worker has one while the next is read. */
const PARALLEL_CHUNK_BYTES = 8 * 2 ** 20

export interface FixityProgress { done: number; total: number; bytes: number; totalBytes: number }
/** Where the time went (the bench prints it): reading from SQLite, inflating deflated originals, hashing. */
export interface FixityTiming { readMs: number; inflateMs: number; hashMs: number; storedBytes: number; originalBytes: number; deflated: number }
export interface FixityResult { checked: number; bad: number; failures: string[]; timing: FixityTiming }

interface Row { id: number; bytes: Buffer | null; packing: number; file_name: string | null; sha256: string | null; size: number | null }
/** An original to verify, as read from the library (also what goes to a hash worker). */
export type FixityItem = Row
/** What verifying a run of originals found (merged into the pass's totals in the order they were read). */
export interface FixityOutcome { checked: number; failures: string[]; inflateMs: number; hashMs: number; originalBytes: number; deflated: number }
/** Inflates and hashes runs of originals elsewhere (fixity-hashers.ts); `size`: how many runs it takes at once. */
export interface FixityHashers { size: number; verify(items: FixityItem[]): Promise<FixityOutcome> }

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
export function fixitySteps(db: Db, onProgress?: (p: FixityProgress) => void, chunkBytes?: number): Generator<void, FixityResult, unknown>
export function fixitySteps(
  db: Db, onProgress: ((p: FixityProgress) => void) | undefined, chunkBytes: number | undefined, hashers: FixityHashers | undefined,
): Generator<void | Promise<FixityOutcome>, FixityResult, FixityOutcome | undefined>
export function* fixitySteps(
  db: Db, onProgress?: (p: FixityProgress) => void, chunkBytes = CHUNK_BYTES, hashers?: FixityHashers,
): Generator<void | Promise<FixityOutcome>, FixityResult, FixityOutcome | undefined> {
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
  // bytes of the originals verified so far (with hash workers: of the runs they have answered), for the progress
  let stored = 0

  const merge = (o: FixityOutcome): void => {
    checked += o.checked
    failures.push(...o.failures)
    timing.inflateMs += o.inflateMs
    timing.hashMs += o.hashMs
    timing.originalBytes += o.originalBytes
    timing.deflated += o.deflated
  }
  const verify = (r: Row): void => {
    done++
    timing.storedBytes += r.bytes?.length ?? 0
    stored += r.bytes?.length ?? 0
    merge(verifyOriginals([r]))
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

  if (hashers) {
    // read a run, hand it to a worker; once as many runs are in flight as there are workers, wait for the oldest
    const inFlight: { items: number; bytes: number; outcome: Promise<FixityOutcome> }[] = []
    const settle = function* (): Generator<Promise<FixityOutcome>, void, FixityOutcome | undefined> {
      const oldest = inFlight.shift()!
      const o = yield oldest.outcome
      if (o) merge(o)
      done += oldest.items
      stored += oldest.bytes
      onProgress?.({ done, total: totals.n, bytes: stored, totalBytes: totals.b })
    }
    for (;;) {
      const items: Row[] = []
      let read = 0
      let finished = true
      const t = performance.now()
      try {
        for (const r of chunk.iterate(cursor) as IterableIterator<Row>) {
          cursor = r.id
          items.push(r)
          read += r.bytes?.length ?? 0
          if (read >= (chunkBytes === CHUNK_BYTES ? PARALLEL_CHUNK_BYTES : chunkBytes)) { finished = false; break }
        }
      } catch {
        // a damaged page: what was read goes to a worker, the next documents one by one here (named if unreadable)
        finished = !oneByOne()
      }
      timing.readMs += performance.now() - t
      timing.storedBytes += read
      if (items.length > 0) inFlight.push({ items: items.length, bytes: read, outcome: hashers.verify(items) })
      if (inFlight.length >= hashers.size) yield* settle()
      if (finished) break
    }
    while (inFlight.length > 0) yield* settle()
    // each answered run reported itself; a library without originals still gets its one (empty) report
    if (done === 0) onProgress?.({ done, total: totals.n, bytes: stored, totalBytes: totals.b })
    return { checked, bad: failures.length, failures, timing }
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

/** Inflates and hashes each original and compares it with what was recorded at import (here or in a hash worker). */
export function verifyOriginals(items: FixityItem[]): FixityOutcome {
  const o: FixityOutcome = { checked: 0, failures: [], inflateMs: 0, hashMs: 0, originalBytes: 0, deflated: 0 }
  for (const r of items) {
    // an original whose document is gone is the foreign-key check's to report
    if (r.bytes === null || r.sha256 === null) continue
    let t = performance.now()
    let bytes: Buffer
    try {
      bytes = unpackOriginal(r.bytes, r.packing, r.size)
    } catch (e) {
      o.failures.push(`fixity: the original of document ${r.id} (${r.file_name}) cannot be unpacked: ${firstLine(e)}`)
      continue
    }
    if (r.packing === ORIGINAL_DEFLATED) {
      o.deflated++
      o.inflateMs += performance.now() - t
    }
    t = performance.now()
    const sha = createHash('sha256').update(bytes).digest('hex')
    o.hashMs += performance.now() - t
    o.originalBytes += bytes.length
    o.checked++
    if (sha !== r.sha256 || bytes.length !== r.size) {
      o.failures.push(`document ${r.id} (${r.file_name}): original changed since import (SHA-256 ${sha.slice(0, 12)}…, recorded ${r.sha256.slice(0, 12)}…, ${bytes.length} bytes, recorded ${r.size})`)
    }
  }
  return o
}
