/**
 * The authority list of agencies, built from the library (issue 13): every agency name in use, clustered
 * by agencyKey; per cluster a canonical name (the most used cleaned form, simplified script), its region
 * code (the most used one), the variants as written and how many documents use each.
 * Read-only: merging and renaming apply to the documents through the revision machinery.
 */
import type { Db } from '../library/db'
import { cleanAgencyName } from './agency-key'
import { agencyKeyResolver, canonicalNames } from './agency-decisions'

import type { AgencyEntry } from '../../shared/contract'
export type { AgencyEntry, AgencyVariant } from '../../shared/contract'

interface Row { agency: string; code: string | null; n: number }

/** Most frequent value; ties go to the longer, then the first in code-point order (a stable choice). */
function mostUsed(counts: Map<string, number>): string | null {
  let best: string | null = null
  let bestN = -1
  for (const [v, n] of counts) {
    if (n > bestN || (n === bestN && best !== null && (v.length > best.length || (v.length === best.length && v < best)))) {
      best = v
      bestN = n
    }
  }
  return best
}

export function buildAuthority(db: Db): AgencyEntry[] {
  // one row per distinct (agency, region code): the per-document work stays in SQLite. Both sides read covering
  // partial indexes (migrations 11 and 15), no field's wide row: the agencies in value order, each one's region
  // code by its document (through the primary key and the table: 3.3 s at 1,000,000 documents)
  const rows = db.prepare(
    `SELECT json_extract(a.value, '$') AS agency, json_extract(c.value, '$') AS code, count(*) AS n
       FROM fields a INDEXED BY fields_facet_agency
       LEFT JOIN fields c INDEXED BY fields_region_code ON c.document_id = a.document_id AND c.field_id = 'region_code'
      WHERE a.field_id = 'agency' AND json_type(a.value) = 'text'
      GROUP BY a.value, c.value`,
  ).all() as Row[]
  const keyOf = agencyKeyResolver(db)
  const named = canonicalNames(db)
  const clusters = new Map<string, { variants: Map<string, number>; clean: Map<string, number>; codes: Map<string, number>; documents: number }>()
  for (const r of rows) {
    const key = keyOf(r.agency)
    if (!key) continue
    let c = clusters.get(key)
    if (!c) clusters.set(key, (c = { variants: new Map(), clean: new Map(), codes: new Map(), documents: 0 }))
    c.documents += r.n
    c.variants.set(r.agency, (c.variants.get(r.agency) ?? 0) + r.n)
    const clean = cleanAgencyName(r.agency)
    c.clean.set(clean, (c.clean.get(clean) ?? 0) + r.n)
    if (typeof r.code === 'string' && r.code) c.codes.set(r.code, (c.codes.get(r.code) ?? 0) + r.n)
  }
  const out: AgencyEntry[] = []
  for (const [key, c] of clusters) {
    out.push({
      name: named.get(key) ?? mostUsed(c.clean) ?? key,
      ...(named.has(key) ? { renamed: true } : {}),
      ...(key.startsWith('\u0001') ? { split: true } : {}),
      key,
      region_code: mostUsed(c.codes),
      documents: c.documents,
      variants: [...c.variants].map(([name, documents]) => ({ name, documents })).sort((a, b) => b.documents - a.documents || (a.name < b.name ? -1 : 1)),
    })
  }
  return out.sort((a, b) => b.documents - a.documents || (a.name < b.name ? -1 : 1))
}

/** Documents whose agency is written exactly as one of `names` (the variants a person chose to merge). */
export function documentsWithAgency(db: Db, names: readonly string[]): number[] {
  if (names.length === 0) return []
  const stmt = db.prepare("SELECT document_id FROM fields WHERE field_id = 'agency' AND value = ? ORDER BY document_id").pluck()
  const ids = new Set<number>()
  for (const n of names) for (const id of stmt.all(JSON.stringify(n)) as number[]) ids.add(id)
  return [...ids].sort((a, b) => a - b)
}
