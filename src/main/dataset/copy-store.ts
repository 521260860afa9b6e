/**
 * The library's groups of copies (issue 13), stored (migration 10) and kept up to date: triggers mark them
 * stale when a document, a clean text, an agency, a year or a pin changes; `refreshCopyGroups` regroups from
 * the stored text samples (computing only the missing ones) and every read refreshes first when stale. So
 * import, re-extraction, a correction of agency or year, an undo and a delete all leave right groups
 * without calling anything, and the import calls the refresh itself so the groups are found there.
 *
 * A person's decision (split, join) is a pin: pinned documents form the groups their pins say, and
 * automatic grouping never touches them; it survives re-import (same bytes = same document) and
 * re-extraction (a pin is not a value).
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../library/db'
import type { CopyGroup } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { nowIso } from '../library/codec'
import { agencyKeyResolver } from './agency-decisions'
import { type Doc, groupDocs, sampleSimilarity, textSample } from './copies'

/** Above this many changed documents a whole regrouping is cheaper than looking around each. */
const LOCAL_LIMIT = 2000

function isStale(db: Db): boolean {
  const full = db.prepare('SELECT full FROM copy_groups_state WHERE id = 1').pluck().get() as number | undefined
  return full !== 0 || db.prepare('SELECT 1 FROM copy_dirty LIMIT 1').get() !== undefined
}

function sampleBlob(s: Uint32Array): Buffer {
  return Buffer.from(s.buffer, s.byteOffset, s.byteLength)
}

function blobSample(b: Buffer): Uint32Array {
  // a copy: the blob's bytes need not be 4-byte aligned
  const out = new Uint32Array(b.byteLength / 4)
  new Uint8Array(out.buffer).set(b)
  return out
}

function decodeJson(text: string | null): unknown {
  if (text === null) return null
  try { return JSON.parse(text) } catch { return null }
}

const json = (ids: Iterable<number>): string => JSON.stringify([...ids])
/** `ids` null: every document */
const among = (ids: number[] | null, col: string): string => (ids === null ? '1' : `${col} IN (SELECT value FROM json_each(@ids))`)

/** Samples for documents that have none yet (new, or re-extracted): stored unless the library is read-only. */
function missingSamples(db: Db, ids: number[] | null): Map<number, Uint32Array> {
  const made = new Map<number, Uint32Array>()
  const rows = db.prepare(
    `SELECT t.document_id AS id, t.clean_text AS text FROM texts t
      WHERE ${among(ids, 't.document_id')} AND NOT EXISTS (SELECT 1 FROM copy_samples s WHERE s.document_id = t.document_id)`,
  )
  for (const r of rows.iterate(ids === null ? {} : { ids: json(ids) }) as Iterable<{ id: number; text: string }>) made.set(r.id, textSample(r.text))
  if (!db.readonly && made.size > 0) {
    const ins = db.prepare('INSERT OR REPLACE INTO copy_samples (document_id, sample) VALUES (?, ?)')
    for (const [id, s] of made) ins.run(id, sampleBlob(s))
  }
  return made
}

/** The agency keys and years of `ids` (null: all) as they are now, stored in copy_keys for the next lookups. */
function updateKeys(db: Db, ids: number[] | null): void {
  const rows = db.prepare(
    `SELECT t.document_id AS id, k.agency AS agency, k.year AS year FROM texts t LEFT JOIN report_keys k ON k.document_id = t.document_id
      WHERE ${among(ids, 't.document_id')}`,
  ).all(ids === null ? {} : { ids: json(ids) }) as { id: number; agency: string | null; year: string | null }[]
  const keyOf = agencyKeyResolver(db) // a person's split of an agency name applies to its copies too
  const ins = db.prepare('INSERT OR REPLACE INTO copy_keys (document_id, agency_key, year) VALUES (?, ?, ?)')
  for (const r of rows) {
    const name = decodeJson(r.agency)
    const year = decodeJson(r.year)
    const agency = typeof name === 'string' ? keyOf(name) : ''
    ins.run(r.id, agency, typeof year === 'number' && Number.isSafeInteger(year) ? year : null)
  }
}

interface Read { docs: Doc[]; pins: Map<string, Doc[]> }

function readDocs(db: Db, ids: number[] | null, made: Map<number, Uint32Array>): Read {
  const rows = db.prepare(
    `SELECT k.document_id AS id, s.sample AS sample, k.agency_key AS agency, k.year AS year, p.pin AS pin
       FROM copy_keys k LEFT JOIN copy_samples s ON s.document_id = k.document_id
       LEFT JOIN copy_pins p ON p.document_id = k.document_id
      WHERE ${among(ids, 'k.document_id')} ORDER BY k.document_id`,
  )
  const docs: Doc[] = []
  const pins = new Map<string, Doc[]>()
  for (const r of rows.iterate(ids === null ? {} : { ids: json(ids) }) as Iterable<{ id: number; sample: Buffer | null; agency: string; year: number | null; pin: string | null }>) {
    const sample = made.get(r.id) ?? (r.sample ? blobSample(r.sample) : new Uint32Array(0))
    const d: Doc = { id: r.id, year: r.year, agency: r.agency, sample }
    if (r.pin === null) docs.push(d)
    else {
      const p = pins.get(r.pin)
      if (p) p.push(d)
      else pins.set(r.pin, [d])
    }
  }
  return { docs, pins }
}

/** A person's group: its weakest link is the least alike pair with its first document. */
function pinnedGroups(pins: Map<string, Doc[]>): CopyGroup[] {
  const out: CopyGroup[] = []
  for (const members of pins.values()) {
    if (members.length < 2) continue
    const [first, ...rest] = members
    const similarity = Math.min(...rest.map((d) => sampleSimilarity(first.sample, d.sample)))
    out.push({ id: first.id, documents: members.map((d) => d.id), similarity: Math.round(similarity * 1000) / 1000, pinned: true })
  }
  return out
}

function computeGroups(db: Db, ids: number[] | null): CopyGroup[] {
  const { docs, pins } = readDocs(db, ids, missingSamples(db, ids))
  return [...groupDocs(docs), ...pinnedGroups(pins)].sort((a, b) => a.id - b.id)
}

/**
 * The documents whose groups a change of `changed` can touch: themselves, the groups they were in, the
 * documents that could be their copies (same year and agency key, or one of them unknown: the only ones
 * `compatible` lets through), the groups those are in, and everyone sharing a pin with any of these.
 * null when a changed document knows neither its agency nor its year (anything may be its copy).
 */
function neighbourhood(db: Db, changed: number[]): number[] | null {
  const u = new Set<number>()
  const key = db.prepare('SELECT agency_key AS agency, year FROM copy_keys WHERE document_id = ?')
  // each an index lookup (a disjunction would scan the table: 2,000 changed documents × 100,000 rows)
  const sameBoth = db.prepare(`SELECT document_id FROM copy_keys WHERE year = @year AND agency_key IN (@agency, '')
    UNION ALL SELECT document_id FROM copy_keys WHERE year IS NULL AND agency_key IN (@agency, '')`).pluck()
  const anyYear = db.prepare(`SELECT document_id FROM copy_keys WHERE agency_key IN (@agency, '')`).pluck()
  const anyAgency = db.prepare(`SELECT document_id FROM copy_keys WHERE year = @year UNION ALL SELECT document_id FROM copy_keys WHERE year IS NULL`).pluck()
  for (const id of changed) {
    u.add(id)
    const k = key.get(id) as { agency: string; year: number | null } | undefined
    if (!k) continue // deleted: its old group comes in below
    if (k.agency === '' && k.year === null) return null
    const near = k.year === null ? anyYear.all({ agency: k.agency }) : k.agency === '' ? anyAgency.all({ year: k.year }) : sameBoth.all(k)
    for (const d of near as number[]) u.add(d)
  }
  const groupsOf = db.prepare('SELECT document_id FROM copy_groups WHERE group_id IN (SELECT group_id FROM copy_groups WHERE document_id IN (SELECT value FROM json_each(?)))').pluck()
  for (const d of groupsOf.all(json(u)) as number[]) u.add(d)
  const pinMates = db.prepare('SELECT document_id FROM copy_pins WHERE pin IN (SELECT pin FROM copy_pins WHERE document_id IN (SELECT value FROM json_each(?)))').pluck()
  for (const d of pinMates.all(json(u)) as number[]) u.add(d)
  return [...u]
}

function store(db: Db, groups: CopyGroup[], replacing: number[] | null): void {
  if (replacing === null) db.prepare('DELETE FROM copy_groups').run()
  else db.prepare('DELETE FROM copy_groups WHERE document_id IN (SELECT value FROM json_each(?))').run(json(replacing))
  const ins = db.prepare('INSERT OR REPLACE INTO copy_groups (document_id, group_id, similarity, pinned) VALUES (?, ?, ?, ?)')
  for (const g of groups) for (const id of g.documents) ins.run(id, g.id, g.similarity, g.pinned ? 1 : 0)
}

/**
 * Regroup when stale (or everything with `force`); returns whether it did. One transaction. A few changed
 * documents are regrouped with their neighbourhood only (a correction in a 100,000-report library); many,
 * or a change nobody can place, regroup everything.
 */
export function refreshCopyGroups(db: Db, force = false): boolean {
  if (db.readonly || (!force && !isStale(db))) return false
  db.transaction(() => {
    const full = force || (db.prepare('SELECT full FROM copy_groups_state WHERE id = 1').pluck().get() as number) !== 0
    const changed = db.prepare('SELECT document_id FROM copy_dirty').pluck().all() as number[]
    let around: number[] | null = null
    if (!full && changed.length <= LOCAL_LIMIT) {
      updateKeys(db, changed)
      around = neighbourhood(db, changed)
    }
    if (around === null) {
      updateKeys(db, null)
      store(db, computeGroups(db, null), null)
    } else {
      // a deleted document has no copy_keys row (foreign key): it is read as gone, and its old rows replaced
      store(db, computeGroups(db, around), around)
    }
    db.prepare('DELETE FROM copy_dirty').run()
    db.prepare('UPDATE copy_groups_state SET full = 0 WHERE id = 1').run()
  }).immediate()
  return true
}

function readStored(db: Db, where = '', ...params: unknown[]): CopyGroup[] {
  const rows = db.prepare(`SELECT document_id, group_id, similarity, pinned FROM copy_groups ${where} ORDER BY group_id, document_id`)
    .all(...params) as { document_id: number; group_id: number; similarity: number; pinned: number }[]
  const out: CopyGroup[] = []
  for (const r of rows) {
    const last = out[out.length - 1]
    if (last && last.id === r.group_id) last.documents.push(r.document_id)
    else out.push({ id: r.group_id, documents: [r.document_id], similarity: r.similarity, ...(r.pinned ? { pinned: true } : {}) })
  }
  return out
}

/** A read-only library left stale (its last writer did not regroup): grouped in memory, nothing stored. */
function computeReadOnly(db: Db): CopyGroup[] {
  const rows = db.prepare(
    `SELECT t.document_id AS id, t.clean_text AS text, k.agency AS agency, k.year AS year, p.pin AS pin FROM texts t
       LEFT JOIN report_keys k ON k.document_id = t.document_id LEFT JOIN copy_pins p ON p.document_id = t.document_id ORDER BY t.document_id`,
  )
  const docs: Doc[] = []
  const pins = new Map<string, Doc[]>()
  const keyOf = agencyKeyResolver(db)
  for (const r of rows.iterate() as Iterable<{ id: number; text: string; agency: string | null; year: string | null; pin: string | null }>) {
    const name = decodeJson(r.agency)
    const year = decodeJson(r.year)
    const d: Doc = { id: r.id, year: typeof year === 'number' ? year : null, agency: typeof name === 'string' ? keyOf(name) : '', sample: textSample(r.text) }
    if (r.pin === null) docs.push(d)
    else pins.set(r.pin, [...(pins.get(r.pin) ?? []), d])
  }
  return [...groupDocs(docs), ...pinnedGroups(pins)].sort((a, b) => a.id - b.id)
}

/** Every group of two or more copies, ordered by its first document. */
export function copyGroups(db: Db): CopyGroup[] {
  // a read-only library that was left stale: computed in memory, not stored
  if (db.readonly && isStale(db)) return computeReadOnly(db)
  refreshCopyGroups(db)
  return readStored(db)
}

/** The group a document belongs to, or null when it has no copy. */
export function copyGroupOf(db: Db, id: number): CopyGroup | null {
  if (db.readonly && isStale(db)) return computeReadOnly(db).find((g) => g.documents.includes(id)) ?? null
  refreshCopyGroups(db)
  return readStored(db, 'WHERE group_id = (SELECT group_id FROM copy_groups WHERE document_id = ?)', id)[0] ?? null
}

function requireDocuments(db: Db, ids: readonly number[]): void {
  const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?')
  for (const id of ids) if (!exists.get(id)) throw new ApiError('not_found', `no document ${id}`)
}

function pin(db: Db, ids: readonly number[], reviewer: string): void {
  const key = randomUUID()
  const at = nowIso()
  const ins = db.prepare('INSERT OR REPLACE INTO copy_pins (document_id, pin, reviewer, at) VALUES (?, ?, ?, ?)')
  for (const id of ids) ins.run(id, key, reviewer, at)
}

/**
 * A person says `ids` are not copies of the rest of their group: they become a group of their own (or a
 * document on its own), and the rest stay together. Both sides are pinned, so no regrouping undoes it.
 */
export function splitCopies(db: Db, ids: readonly number[], reviewer: string): CopyGroup[] {
  requireDocuments(db, ids)
  const out = new Set(ids)
  const groups = new Map<number, CopyGroup>()
  for (const id of ids) {
    const g = copyGroupOf(db, id)
    if (g) groups.set(g.id, g)
  }
  db.transaction(() => {
    for (const g of groups.values()) {
      const rest = g.documents.filter((d) => !out.has(d))
      if (rest.length > 0) pin(db, rest, reviewer)
    }
    pin(db, ids, reviewer)
  }).immediate()
  refreshCopyGroups(db)
  return copyGroups(db).filter((g) => g.documents.some((d) => ids.includes(d)))
}

/** A person says these documents (and the groups they are in) are copies of one report: one group, pinned. */
export function joinCopies(db: Db, ids: readonly number[], reviewer: string): CopyGroup {
  requireDocuments(db, ids)
  if (new Set(ids).size < 2) throw new ApiError('bad_request', 'joining needs two documents or more')
  const all = new Set<number>(ids)
  for (const id of ids) for (const d of copyGroupOf(db, id)?.documents ?? []) all.add(d)
  db.transaction(() => pin(db, [...all], reviewer)).immediate()
  refreshCopyGroups(db)
  const g = copyGroupOf(db, ids[0])
  if (!g) throw new ApiError('internal', 'the joined group was not stored')
  return g
}

/** Give documents back to automatic grouping (a person's decision withdrawn). */
export function unpinCopies(db: Db, ids: readonly number[]): void {
  requireDocuments(db, ids)
  const del = db.prepare('DELETE FROM copy_pins WHERE document_id = ?')
  db.transaction(() => { for (const id of ids) del.run(id) }).immediate()
  refreshCopyGroups(db)
}
