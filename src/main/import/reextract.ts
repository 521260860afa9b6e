/**
 * Re-run cleaning and extraction over stored documents (in the parse workers) after the rules improved.
 * Only values whose origin is 'auto' are replaced: what a person corrected or confirmed stays
 * (storeExtraction enforces it). Each document is stored in its own transaction.
 */
import type { Db } from '../library/db'
import { allDocumentIds, getParsed, storeBoxes } from '../library/documents'
import { storeExtraction } from '../library/field-store'
import { WorkerPool, defaultPoolSize } from './worker-pool'
import { runBounded } from './run-bounded'
import { applyCrossYearWarnings } from './cross-year'
import { revalidate } from '../services/revalidate'
import { refreshCopyGroups } from '../dataset/copy-store'

export interface ReextractOptions {
  onProgress?(p: { done: number; total: number; current: string | null }): void
  signal?: AbortSignal
  workers?: number
  /** only these documents; default all */
  ids?: number[]
}

/** A stored original's bytes (PDFs without text boxes are read again for them). */
function originalBytes(db: Db, id: number): Uint8Array | undefined {
  const r = db.prepare('SELECT bytes FROM originals WHERE document_id = ?').get(id) as { bytes: Buffer } | undefined
  return r ? new Uint8Array(r.bytes) : undefined
}

export async function reextractAll(db: Db, opts: ReextractOptions = {}): Promise<{ documents: number; failed: { id: number; error: string }[] }> {
  const ids = opts.ids ?? allDocumentIds(db)
  const pool = new WorkerPool({ size: opts.workers ?? defaultPoolSize() })
  const onAbort = (): void => { void pool.destroy() }
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  const failed: { id: number; error: string }[] = []
  const stored: number[] = []
  let done = 0
  try {
    await runBounded(ids, pool.workers * 2, opts.signal, async (id) => {
      opts.onProgress?.({ done, total: ids.length, current: String(id) })
      const parsed = getParsed(db, id)
      if (!parsed) { failed.push({ id, error: 'no such document' }); return }
      try {
        const original = parsed.kind === 'pdf' && !parsed.boxes ? originalBytes(db, id) : undefined
        const res = await pool.run({ type: 'reextract', parsed, ...(original ? { original } : {}) })
        if (opts.signal?.aborted) return
        if (!res.ok) failed.push({ id, error: res.message })
        else if (!res.extraction) failed.push({ id, error: `field extraction failed: ${res.extractError ?? 'unknown error'}` })
        else {
          storeExtraction(db, id, res.extraction, res.clean)
          if (res.boxes) storeBoxes(db, id, parsed.text, res.boxes)
          stored.push(id)
        }
      } catch (e) {
        if (opts.signal?.aborted) return
        failed.push({ id, error: e instanceof Error ? e.message : String(e) })
      }
      done++
      opts.onProgress?.({ done, total: ids.length, current: null })
    })
  } finally {
    opts.signal?.removeEventListener('abort', onAbort)
    await pool.destroy()
  }
  if (stored.length > 0) applyCrossYearWarnings(db, stored)
  // documents a person has worked on: their warnings are settled against their values again (issue 11)
  const worked = stored.filter((id) => db.prepare("SELECT 1 FROM fields WHERE document_id = ? AND origin != 'auto' LIMIT 1").get(id) !== undefined)
  if (worked.length > 0) revalidate(db, worked)
  if (stored.length > 0) refreshCopyGroups(db) // new clean texts, maybe new agencies or years: regroup now
  return { documents: stored.length, failed }
}
