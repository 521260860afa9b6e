/**
 * Migration 16: agency keys fold a place's own government (session 17: 大洲乡 / 大洲乡人民政府 are one agency in the
 * authority list, as eval counts them one body; dataset/agency-key.ts). Keys are computed when read, except two stored
 * ones: a person's canonical name for an agency (agency_names, by key) is moved to its key under the new folding (when
 * two land on one key, the later decision stays), and the copies' keys (copy_keys) are recomputed by marking the
 * groups for a whole regrouping at the next read (stored samples: 1.5 s at 100,000 reports). No document changes.
 * (It folds with today's key: should the key change again, the next migration re-keys from there the same way.)
 */
import type { Database } from 'better-sqlite3'
import { refoldAgencyKey } from '../dataset/agency-key'

export function schemaV16(db: Database): void {
  const rows = db.prepare('SELECT agency_key AS key, name, reviewer, at FROM agency_names ORDER BY at, agency_key').all() as { key: string; name: string; reviewer: string; at: string }[]
  const remove = db.prepare('DELETE FROM agency_names WHERE agency_key = ?')
  const put = db.prepare(`INSERT INTO agency_names (agency_key, name, reviewer, at) VALUES (?, ?, ?, ?)
    ON CONFLICT (agency_key) DO UPDATE SET name = excluded.name, reviewer = excluded.reviewer, at = excluded.at WHERE excluded.at >= agency_names.at`)
  for (const r of rows) {
    const key = refoldAgencyKey(r.key)
    if (key === r.key) continue
    remove.run(r.key)
    put.run(key, r.name, r.reviewer, r.at)
  }
  db.prepare('UPDATE copy_groups_state SET full = 1 WHERE id = 1').run()
}
