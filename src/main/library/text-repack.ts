/**
 * The data half of migration 13 (schema-v13.sql.ts): for every document, moves its row of texts_legacy into
 * text_bodies, packed, and deflates its original where that pays, in short transactions of `batch` documents.
 * A large library is so converted in place with progress; a kill loses at most the batch under way (the next
 * open goes on: a document already done costs two lookups), and other writers wait a moment at most. The
 * library stays whole throughout: the `texts` view reads both tables until the end, when TEXTS_FINAL drops
 * the empty legacy table.
 */
import type { Database } from 'better-sqlite3'
import { blobToMap } from './codec'
import { runBetween, runToEnd } from './run-steps'
import { packClean, packOriginal, packRaw, packStructure } from './text-packing'
import { TEXTS_FINAL } from './schema-v13.sql'

export interface RepackProgress { done: number; total: number }

/** Rows still in texts_legacy; -1 when the table is gone (the migration is complete). */
export function legacyTextsLeft(db: Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'texts_legacy'").get()
  return has ? (db.prepare('SELECT count(*) FROM texts_legacy').pluck().get() as number) : -1
}

interface LegacyText { raw_text: string; clean_text: string; structure: string; clean_map: Buffer | null }

/** Convert until nothing is left; returns how many documents it went through. Nothing to do once texts_legacy is gone. */
export function repackLegacyTexts(db: Database, opts: { batch?: number; onProgress?: (p: RepackProgress) => void } = {}): number {
  return runToEnd(repackSteps(db, opts))
}

/**
 * The same, letting other work run between batches (the desktop app and the browser mode open the library at
 * once and upgrade it behind the window, which shows the progress). `stop()` true: stop after the batch under
 * way (the library is closing); the next open goes on.
 */
export async function repackLegacyTextsAsync(db: Database, opts: { batch?: number; onProgress?: (p: RepackProgress) => void; stop?: () => boolean } = {}): Promise<number> {
  return runBetween(repackSteps(db, opts), opts.stop)
}

/** One batch a step; the last step drops the legacy table. */
function* repackSteps(db: Database, opts: { batch?: number; onProgress?: (p: RepackProgress) => void }): Generator<void, number> {
  if (legacyTextsLeft(db) < 0) return 0
  const batch = opts.batch ?? 500
  const total = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  const ids = db.prepare('SELECT id, kind, encoding FROM documents WHERE id > ? ORDER BY id LIMIT ?')
  const original = db.prepare('SELECT bytes, packing FROM original_bodies WHERE document_id = ?')
  const packOriginalRow = db.prepare('UPDATE original_bodies SET bytes = ?, packing = ? WHERE document_id = ?')
  const legacy = db.prepare('SELECT raw_text, clean_text, structure, clean_map FROM texts_legacy WHERE document_id = ?')
  const insert = db.prepare('INSERT INTO text_bodies (document_id, raw, clean, clean_length, clean_map, structure) VALUES (?, ?, ?, ?, ?, ?)')
  const remove = db.prepare('DELETE FROM texts_legacy WHERE document_id = ?')
  let cursor = 0
  let done = 0
  for (;;) {
    const n = db.transaction(() => {
      const docs = ids.all(cursor, batch) as { id: number; kind: string; encoding: string | null }[]
      for (const d of docs) {
        const o = original.get(d.id) as { bytes: Buffer; packing: number } | undefined
        if (o && o.packing === 0) {
          const p = packOriginal(o.bytes)
          packOriginalRow.run(p.bytes, p.packing, d.id)
        }
        const t = legacy.get(d.id) as LegacyText | undefined
        if (t) {
          const map = t.clean_map && t.clean_map.length > 0 ? blobToMap(t.clean_map) : null
          insert.run(d.id, packRaw(t.raw_text, d.kind === 'txt' && o ? o.bytes : null, d.encoding), packClean(t.clean_text, t.raw_text, map), t.clean_text.length,
            t.clean_map, packStructure(t.structure, t.raw_text))
          remove.run(d.id)
        }
      }
      if (docs.length > 0) cursor = docs[docs.length - 1].id
      return docs.length
    }).immediate()
    if (n === 0) break
    done += n
    opts.onProgress?.({ done, total })
    yield
  }
  db.transaction(() => {
    // a row left in texts_legacy (none, unless its document was deleted meanwhile: then it goes too)
    db.exec('DELETE FROM texts_legacy WHERE document_id NOT IN (SELECT id FROM documents)')
    if ((db.prepare('SELECT count(*) FROM texts_legacy').pluck().get() as number) === 0) db.exec(TEXTS_FINAL)
  }).immediate()
  return done
}
