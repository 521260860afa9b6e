/**
 * A person's decisions on the authority list of agencies (issue 13), stored (migration 10) and applied
 * wherever agencies are clustered (the list itself, and the copies of one report, whose agencies must agree):
 * - split: a written name is not the agency its key puts it with (two bodies that clean to one key); it
 *   becomes an agency of its own, under a key no cleaned name can have;
 * - rename: the canonical name of an agency (by its key), instead of its most used written form.
 * Merging is not stored here: it rewrites the documents' agency (dataset.mergeAgency, one undoable batch).
 */
import type { Db } from '../library/db'
import { ApiError } from '../../shared/contract'
import { nowIso } from '../library/codec'
import { agencyKey, cleanAgencyName, SPLIT_MARK } from './agency-key'

/** name → clustering key with the split decisions applied (cached per name; one resolver per read). */
export function agencyKeyResolver(db: Db): (name: string) => string {
  const splits = new Set(db.prepare('SELECT name FROM agency_splits').pluck().all() as string[])
  const cache = new Map<string, string>()
  return (name) => {
    let k = cache.get(name)
    if (k === undefined) {
      k = splits.has(name) ? `${SPLIT_MARK}${cleanAgencyName(name)}` : agencyKey(name)
      cache.set(name, k)
    }
    return k
  }
}

export function canonicalNames(db: Db): Map<string, string> {
  return new Map((db.prepare('SELECT agency_key, name FROM agency_names').all() as { agency_key: string; name: string }[]).map((r) => [r.agency_key, r.name]))
}

/** The documents written with `name`: their copies must be regrouped under the new key. */
function markDocuments(db: Db, name: string): void {
  db.prepare(`INSERT INTO copy_dirty SELECT document_id FROM fields f WHERE field_id = 'agency' AND value = ?
    AND NOT EXISTS (SELECT 1 FROM copy_dirty d WHERE d.document_id = f.document_id)`).run(JSON.stringify(name))
}

/** Split a written name out of its agency (`back`: put it back where its key puts it). */
export function splitAgencyName(db: Db, name: string, reviewer: string, back = false): void {
  const used = db.prepare("SELECT 1 FROM fields WHERE field_id = 'agency' AND value = ? LIMIT 1").get(JSON.stringify(name))
  if (!used && !back) throw new ApiError('not_found', `no document has the agency '${name}'`)
  db.transaction(() => {
    if (back) db.prepare('DELETE FROM agency_splits WHERE name = ?').run(name)
    else db.prepare('INSERT OR REPLACE INTO agency_splits (name, reviewer, at) VALUES (?, ?, ?)').run(name, reviewer, nowIso())
    markDocuments(db, name)
  }).immediate()
}

/** Give an agency (by its key) a canonical name; an empty name goes back to the most used written form. */
export function renameAgency(db: Db, key: string, name: string, reviewer: string): void {
  const t = name.trim()
  if (t === '') db.prepare('DELETE FROM agency_names WHERE agency_key = ?').run(key)
  else db.prepare('INSERT OR REPLACE INTO agency_names (agency_key, name, reviewer, at) VALUES (?, ?, ?, ?)').run(key, t, reviewer, nowIso())
}
