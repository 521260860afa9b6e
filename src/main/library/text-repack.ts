/**
 * The data half of migration 9 (schema-v9.sql.ts): moves every row of texts_legacy into text_bodies, packed,
 * in short transactions of `batch` documents, so a large library is converted in place with progress, a
 * kill loses at most the batch under way (the next open goes on from there), and other writers wait a moment
 * at most. The library stays whole throughout: the `texts` view reads both tables until the last batch, then
 * TEXTS_FINAL drops the empty legacy table in the same transaction as that batch's end.
 */
import type { Database } from 'better-sqlite3'
import { blobToMap } from './codec'
import { packClean, packRaw, packStructure } from './text-packing'
import { TEXTS_FINAL } from './schema-v9.sql'

export interface RepackProgress { done: number; total: number }

export function legacyTextsLeft(db: Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'texts_legacy'").get()
  return has ? (db.prepare('SELECT count(*) FROM texts_legacy').pluck().get() as number) : -1
}

interface LegacyRow { document_id: number; raw_text: string; clean_text: string; structure: string; clean_map: Buffer | null; encoding: string | null; bytes: Buffer | null }

/**
 * Repack until texts_legacy is gone (or `stopAfter` batches: tests stop early to play a kill). Returns how
 * many documents it moved. Nothing to do on a library without texts_legacy.
 */
export function repackLegacyTexts(db: Database, opts: { batch?: number; onProgress?: (p: RepackProgress) => void; stopAfter?: number } = {}): number {
  let left = legacyTextsLeft(db)
  if (left < 0) return 0
  const batch = opts.batch ?? 500
  const total = left
  let done = 0
  let batches = 0
  const read = db.prepare(`SELECT t.document_id, t.raw_text, t.clean_text, t.structure, t.clean_map, d.encoding,
      (SELECT bytes FROM originals o WHERE o.document_id = t.document_id) AS bytes
    FROM texts_legacy t LEFT JOIN documents d ON d.id = t.document_id ORDER BY t.document_id LIMIT ?`)
  const insert = db.prepare('INSERT INTO text_bodies (document_id, raw, clean, clean_length, clean_map, structure) VALUES (?, ?, ?, ?, ?, ?)')
  const remove = db.prepare('DELETE FROM texts_legacy WHERE document_id = ?')
  while (left > 0) {
    if (opts.stopAfter !== undefined && batches >= opts.stopAfter) return done
    const moved = db.transaction(() => {
      const rows = read.all(batch) as LegacyRow[]
      for (const r of rows) {
        const map = r.clean_map && r.clean_map.length > 0 ? blobToMap(r.clean_map) : null
        insert.run(r.document_id, packRaw(r.raw_text, r.bytes, r.encoding), packClean(r.clean_text, r.raw_text, map), r.clean_text.length, r.clean_map,
          packStructure(r.structure, r.raw_text))
        remove.run(r.document_id)
      }
      return rows.length
    }).immediate()
    done += moved
    batches++
    left -= moved
    if (moved === 0) break
    opts.onProgress?.({ done, total })
  }
  db.transaction(() => {
    // a writer could have added legacy rows meanwhile only through the view, which writes text_bodies
    if ((db.prepare('SELECT count(*) FROM texts_legacy').pluck().get() as number) === 0) db.exec(TEXTS_FINAL)
  }).immediate()
  return done
}
