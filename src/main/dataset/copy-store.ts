/**
 * The library's groups of copies (issue 13), stored (migration 9) and kept up to date: triggers mark them
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
import { agencyKey } from './agency-key'
import { type Doc, groupDocs, sampleSimilarity, textSample } from './copies'

function isStale(db: Db): boolean {
  return (db.prepare('SELECT dirty FROM copy_groups_state WHERE id = 1').pluck().get() as number | undefined) !== 0
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

/** Samples for documents that have none yet (new, or re-extracted): stored unless the library is read-only. */
function missingSamples(db: Db): Map<number, Uint32Array> {
  const made = new Map<number, Uint32Array>()
  const rows = db.prepare(
    `SELECT t.document_id AS id, t.clean_text AS text FROM texts t
      WHERE NOT EXISTS (SELECT 1 FROM copy_samples s WHERE s.document_id = t.document_id)`,
  )
  for (const r of rows.iterate() as Iterable<{ id: number; text: string }>) made.set(r.id, textSample(r.text))
  if (!db.readonly && made.size > 0) {
    const ins = db.prepare('INSERT OR REPLACE INTO copy_samples (document_id, sample) VALUES (?, ?)')
    for (const [id, s] of made) ins.run(id, sampleBlob(s))
  }
  return made
}

interface Read { docs: Doc[]; pins: Map<string, Doc[]> }

function readDocs(db: Db, made: Map<number, Uint32Array>): Read {
  const rows = db.prepare(
    `SELECT t.document_id AS id, s.sample AS sample, k.agency AS agency, k.year AS year, p.pin AS pin
       FROM texts t LEFT JOIN copy_samples s ON s.document_id = t.document_id
       LEFT JOIN report_keys k ON k.document_id = t.document_id
       LEFT JOIN copy_pins p ON p.document_id = t.document_id
      ORDER BY t.document_id`,
  )
  const docs: Doc[] = []
  const pins = new Map<string, Doc[]>()
  const keys = new Map<string, string>() // agencyKey is the costly part: one call per distinct name
  for (const r of rows.iterate() as Iterable<{ id: number; sample: Buffer | null; agency: string | null; year: string | null; pin: string | null }>) {
    const name = decodeJson(r.agency)
    const year = decodeJson(r.year)
    let agency = ''
    if (typeof name === 'string') {
      agency = keys.get(name) ?? agencyKey(name)
      keys.set(name, agency)
    }
    const sample = made.get(r.id) ?? (r.sample ? blobSample(r.sample) : new Uint32Array(0))
    const d: Doc = { id: r.id, year: typeof year === 'number' ? year : null, agency, sample }
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

function computeGroups(db: Db): CopyGroup[] {
  const { docs, pins } = readDocs(db, missingSamples(db))
  return [...groupDocs(docs), ...pinnedGroups(pins)].sort((a, b) => a.id - b.id)
}

/** Regroup when stale (or always with `force`); returns whether it did. One transaction. */
export function refreshCopyGroups(db: Db, force = false): boolean {
  if (db.readonly || (!force && !isStale(db))) return false
  db.transaction(() => {
    const groups = computeGroups(db)
    db.prepare('DELETE FROM copy_groups').run()
    const ins = db.prepare('INSERT INTO copy_groups (document_id, group_id, similarity, pinned) VALUES (?, ?, ?, ?)')
    for (const g of groups) for (const id of g.documents) ins.run(id, g.id, g.similarity, g.pinned ? 1 : 0)
    db.prepare('UPDATE copy_groups_state SET dirty = 0 WHERE id = 1').run()
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

/** Every group of two or more copies, ordered by its first document. */
export function copyGroups(db: Db): CopyGroup[] {
  // a read-only library that was left stale: computed in memory, not stored
  if (db.readonly && isStale(db)) return computeGroups(db)
  refreshCopyGroups(db)
  return readStored(db)
}

/** The group a document belongs to, or null when it has no copy. */
export function copyGroupOf(db: Db, id: number): CopyGroup | null {
  if (db.readonly && isStale(db)) return computeGroups(db).find((g) => g.documents.includes(id)) ?? null
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
