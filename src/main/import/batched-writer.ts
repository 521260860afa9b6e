/**
 * Write-behind for imported documents. Each document is still its own atomic unit (whole or not at all: a
 * batch that fails is stored again one document a transaction, see flush), but several ready documents share
 * one commit. The full-text index is what makes this worth it: FTS5 writes a segment (and merges) at every
 * commit, and at every savepoint once it is part of the transaction, so a batch's index rows are written
 * together at its end (measured per 5,000-character report: 1.0 ms of index work with a commit each, 0.45 ms
 * in batches with a savepoint each, ~0.25 ms with the rows together).
 *
 * A flush is synchronous, so no transaction ever stays open across an await: a person's correction made
 * through the same connection while an import runs is never part of an import's transaction. A kill loses
 * at most the documents still queued (under `maxDelayMs` of work); running the import again adds them.
 */
import type { Db } from '../library/db'
import { insertDocument, insertSearchEntries, writeDocument, type NewDocument, type PendingSearch } from '../library/documents'
import { spreadSearchMerges } from '../library/search-merges'

interface Queued { doc: NewDocument; resolve(r: { id: number; created: boolean }): void; reject(e: unknown): void }

export interface BatchedWriterOptions {
  /** flush when this many documents wait */
  maxDocs?: number
  /** flush when the oldest waiting document has waited this long */
  maxDelayMs?: number
  /** flush at once when the waiting originals add up to this many bytes (memory stays bounded) */
  maxBytes?: number
}

export class BatchedWriter {
  private queue: Queued[] = []
  private bytes = 0
  private timer: NodeJS.Timeout | null = null
  private readonly maxDocs: number
  private readonly maxDelayMs: number
  private readonly maxBytes: number

  constructor(private readonly db: Db, opts: BatchedWriterOptions = {}) {
    // 48 documents a commit instead of 24: each commit writes every page it touched to the WAL once (the
    // fields' indexes, the search index's new segment), so larger batches cost less per document (issue 15:
    // 0.87 -> 0.79 ms of the main thread's CPU per report from 24 to 96); the parse workers' queues are deep
    // enough to go on meanwhile (worker-pool.ts SMALL_DEPTH)
    this.maxDocs = opts.maxDocs ?? 48
    this.maxDelayMs = opts.maxDelayMs ?? 100
    this.maxBytes = opts.maxBytes ?? 8 * 1024 * 1024
    // the search index merges a little at each of these commits, never the whole index in one of them
    spreadSearchMerges(db)
  }

  /** Resolves once the document is committed (created: false when the same bytes were already there). */
  write(doc: NewDocument): Promise<{ id: number; created: boolean }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ doc, resolve, reject })
      this.bytes += doc.bytes.byteLength
      if (this.queue.length >= this.maxDocs || this.bytes >= this.maxBytes) this.flush()
      else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs)
    })
  }

  /**
   * Commit everything waiting, now. A document that fails is reported alone: the batch is written in one
   * transaction with no savepoint per document (each would journal every page it touches once more); when
   * anything in it fails, nothing of it is kept and each document is stored again in a transaction of its
   * own, so the others are kept and only the failing one rejects. A full disk or a locked library fails
   * the whole batch at once (each document alone would only fail the same way, or wait the lock out again).
   */
  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = this.queue
    this.queue = []
    this.bytes = 0
    if (batch.length === 0) return
    // a very long document's pages go to the WAL as they fill a small cache instead of piling up in the
    // 64 MB one on top of its texts (issue 10); the cache comes back to its size after the commit
    const cacheSize = batch.some((q) => q.doc.utf8) ? (this.db.pragma('cache_size', { simple: true }) as number) : null
    if (cacheSize !== null) this.db.pragma('cache_size = -4096')
    try {
      let results: { id: number; created: boolean }[]
      try {
        results = this.db.transaction(() => {
          const search: PendingSearch[] = []
          const out = batch.map((q) => {
            const { search: entry, ...r } = writeDocument(this.db, q.doc)
            if (entry) search.push(entry)
            return r
          })
          // the batch's search-index rows last, together (documents.ts insertSearchEntries says why)
          insertSearchEntries(this.db, search)
          return out
        }).immediate()
      } catch (e) {
        if (batch.length === 1 || wholeBatchFails(e)) {
          for (const q of batch) q.reject(e)
          return
        }
        for (const q of batch) {
          try {
            q.resolve(insertDocument(this.db, q.doc))
          } catch (e1) {
            q.reject(e1)
          }
        }
        return
      }
      batch.forEach((q, i) => q.resolve(results[i]))
    } finally {
      if (cacheSize !== null) this.db.pragma(`cache_size = ${cacheSize}`)
    }
  }
}

/** Errors of the library rather than of one document: SQLite's full disk, lock, I/O and read-only codes. */
function wholeBatchFails(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  return code === 'ENOSPC' || /^SQLITE_(FULL|BUSY|LOCKED|IOERR|READONLY|NOMEM|CORRUPT)/.test(code)
}
