/**
 * Write-behind for imported documents. Each document is still its own atomic unit (insertDocument runs
 * as a savepoint: whole or not at all), but several ready documents share one commit. The full-text
 * index is what makes this worth it: FTS5 writes a segment (and merges) at every commit and at every savepoint
 * once it is part of the transaction, so the batch's index rows are written together at its end, after the
 * documents' savepoints (measured: 1.0 ms per 5,000-character report with a commit each, 0.45 ms in
 * batches, ~0.2 ms with the index rows after the savepoints).
 *
 * A flush is synchronous, so no transaction ever stays open across an await: a person's correction made
 * through the same connection while an import runs is never part of an import's transaction. A kill loses
 * at most the documents still queued (under `maxDelayMs` of work); running the import again adds them.
 */
import type { Db } from '../library/db'
import { insertDocument, insertSearchEntries, type NewDocument, type PendingSearch } from '../library/documents'

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
    this.maxDocs = opts.maxDocs ?? 24
    this.maxDelayMs = opts.maxDelayMs ?? 40
    this.maxBytes = opts.maxBytes ?? 8 * 1024 * 1024
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

  /** Commit everything waiting, now. A document that fails is rolled back alone and its promise rejects. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = this.queue
    this.queue = []
    this.bytes = 0
    if (batch.length === 0) return
    const settled: (() => void)[] = []
    // a very long document's pages go to the WAL as they fill a small cache instead of piling up in the
    // 64 MB one on top of its texts (issue 10); the cache comes back to its size after the commit
    const cacheSize = batch.some((q) => q.doc.utf8) ? (this.db.pragma('cache_size', { simple: true }) as number) : null
    if (cacheSize !== null) this.db.pragma('cache_size = -4096')
    try {
      this.db.transaction(() => {
        const search: PendingSearch[] = []
        for (const q of batch) {
          try {
            const { id, created, search: entry } = insertDocument(this.db, q.doc, { searchLater: true }) // nested: a savepoint of this transaction
            if (entry) search.push(entry)
            settled.push(() => q.resolve({ id, created }))
          } catch (e) {
            // SQLite rolls the whole transaction back on a full disk (SQLITE_FULL): nothing of the batch is
            // stored, and going on would write the rest outside any transaction
            if (!this.db.inTransaction) throw e
            settled.push(() => q.reject(e))
          }
        }
        // the batch's search-index rows last, after every savepoint (documents.ts insertSearchEntries says why);
        // a failure here rolls the whole batch back, caught below
        insertSearchEntries(this.db, search)
      }).immediate()
    } catch (e) {
      // the commit itself failed (disk full, library locked): nothing of this batch is stored
      for (const q of batch) q.reject(e)
      return
    } finally {
      if (cacheSize !== null) this.db.pragma(`cache_size = ${cacheSize}`)
    }
    for (const s of settled) s()
  }
}
