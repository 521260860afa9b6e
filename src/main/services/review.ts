/**
 * Review state of documents: status (new → in_review → verified | flagged), the note, and the review queue.
 * Every change writes a revision, in one transaction per call.
 *
 * "Open" error: an error-severity warning is open unless every field it names has been corrected or
 * confirmed by a person (a warning about no field stays open). Verifying a document with open errors
 * needs `override`, which is written into the revision's reason.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../library/db'
import type { DocStatus } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { nowIso } from '../library/codec'
import { addRevision } from './revisions'

/** Error warnings still open on a document. */
export function openErrors(db: Db, id: number): number {
  const rows = db.prepare("SELECT fields FROM warnings WHERE document_id = ? AND severity = 'error' AND state = 'open'").all(id) as { fields: string }[]
  if (rows.length === 0) return 0
  const checked = new Set(
    (db.prepare("SELECT field_id FROM fields WHERE document_id = ? AND origin IN ('corrected', 'confirmed')").all(id) as { field_id: string }[]).map((r) => r.field_id),
  )
  let open = 0
  for (const r of rows) {
    const fields = JSON.parse(r.fields) as string[]
    if (fields.length === 0 || fields.some((f) => !checked.has(f))) open++
  }
  return open
}

export interface StatusResult { changed: number; refused: { id: number; reason: string }[]; batch: string; changedIds: number[] }

export interface StatusOptions {
  override?: boolean
  reason?: string
  reviewer?: string
  /** join an existing change (the review a field change starts is part of that change) */
  batch?: string
  /** change only documents whose status is this one */
  onlyFrom?: DocStatus
}

export function setStatus(db: Db, ids: number[], status: DocStatus, opts: StatusOptions = {}): StatusResult {
  const batch = opts.batch ?? randomUUID()
  const refused: { id: number; reason: string }[] = []
  const changedIds: number[] = []
  const get = db.prepare('SELECT status FROM documents WHERE id = ?')
  const upd = db.prepare('UPDATE documents SET status = ? WHERE id = ?')
  db.transaction(() => {
    const at = nowIso()
    for (const id of new Set(ids)) {
      const row = get.get(id) as { status: DocStatus } | undefined
      if (!row) { refused.push({ id, reason: `no document ${id}` }); continue }
      if (row.status === status || (opts.onlyFrom !== undefined && row.status !== opts.onlyFrom)) continue
      let reason = opts.reason ?? ''
      if (status === 'verified') {
        const open = openErrors(db, id)
        if (open > 0 && !opts.override) {
          refused.push({ id, reason: `${open} open error${open > 1 ? 's' : ''}: correct or confirm the fields concerned, or verify with override` })
          continue
        }
        if (open > 0) reason = `${reason ? reason + '; ' : ''}verified over ${open} open error${open > 1 ? 's' : ''}`
      }
      upd.run(status, id)
      addRevision(db, { documentId: id, target: 'status', oldValue: row.status, newValue: status, reason, batch, at, reviewer: opts.reviewer })
      changedIds.push(id)
    }
  }).immediate()
  return { changed: changedIds.length, refused, batch, changedIds }
}

/**
 * A person changing a new document's values has started its review: new → in_review, in the same change
 * (batch), so that undoing the change brings the document back to where it was.
 */
export function startReview(db: Db, ids: number[], batch: string, reviewer?: string): number[] {
  return setStatus(db, ids, 'in_review', { batch, reviewer, onlyFrom: 'new' }).changedIds
}

export function setNote(db: Db, id: number, note: string, reviewer?: string): boolean {
  let changed = false
  db.transaction(() => {
    const row = db.prepare('SELECT note FROM documents WHERE id = ?').get(id) as { note: string } | undefined
    if (!row) throw new ApiError('not_found', `no document ${id}`)
    if (row.note === note) return
    db.prepare('UPDATE documents SET note = ? WHERE id = ?').run(note, id)
    addRevision(db, { documentId: id, target: 'note', oldValue: row.note, newValue: note, batch: randomUUID(), reviewer })
    changed = true
  }).immediate()
  return changed
}

/** An extracted value below this confidence puts its document in the second tier of the queue. */
export const LOW_CONFIDENCE = 0.7

/** 0: has an error warning; 1: has an extracted value of low confidence; 2: the rest. */
type Tier = 0 | 1 | 2
const HAS_ERROR = "EXISTS (SELECT 1 FROM warnings w WHERE w.document_id = d.id AND w.severity = 'error' AND w.state = 'open')"
const HAS_LOW = `EXISTS (SELECT 1 FROM fields f WHERE f.document_id = d.id AND f.origin = 'auto' AND f.confidence < ${LOW_CONFIDENCE})`
/**
 * The first document of a tier after an id. Tiers 0 and 1 walk the warnings or fields that put a document
 * there (in document order, stopping at the first hit), not the documents: with the partial indexes of
 * library/schema-v3.sql.ts and schema-v5.sql.ts that is a few index pages, whatever the size of the library.
 * The last parameter is a JSON list of ids never to give (the current one and those passed this session).
 */
const SKIP = 'NOT IN (SELECT value FROM json_each(?))'
const TIER_SQL: Record<Tier, string> = {
  0: `SELECT w.document_id AS id FROM warnings w JOIN documents d ON d.id = w.document_id
      WHERE w.severity = 'error' AND w.state = 'open' AND w.document_id > ? AND w.document_id ${SKIP} AND d.status != 'verified'
      ORDER BY w.document_id LIMIT 1`,
  1: `SELECT f.document_id AS id FROM fields f JOIN documents d ON d.id = f.document_id
      WHERE f.origin = 'auto' AND f.confidence < ${LOW_CONFIDENCE} AND f.document_id > ? AND f.document_id ${SKIP} AND d.status != 'verified'
        AND NOT ${HAS_ERROR}
      ORDER BY f.document_id LIMIT 1`,
  2: `SELECT d.id FROM documents d WHERE d.id > ? AND d.id ${SKIP} AND d.status != 'verified' AND NOT ${HAS_ERROR} AND NOT ${HAS_LOW}
      ORDER BY d.id LIMIT 1`,
}

/** The tier a document is in by its warnings and values (its status aside), null when it does not exist. */
function tierOf(db: Db, id: number): Tier | null {
  const r = db.prepare(`SELECT ${HAS_ERROR} AS e, ${HAS_LOW} AS l FROM documents d WHERE d.id = ?`).get(id) as { e: number; l: number } | undefined
  if (!r) return null
  return r.e ? 0 : r.l ? 1 : 2
}

function firstInTier(db: Db, tier: Tier, afterId: number, skip: string): number | null {
  const r = db.prepare(TIER_SQL[tier]).get(afterId, skip) as { id: number } | undefined
  return r ? r.id : null
}

export interface QueueOptions {
  /** the tier `after` stood in when the reviewer reached it (it may have left it since: corrected, verified) */
  tier?: number
  /** documents already walked this session: never offered again */
  passed?: readonly number[]
}

export interface QueueStep { next: number | null; remaining: number; tier: Tier | null; ahead: number }

/**
 * The review order: documents with errors first, then those with a low-confidence value, then the rest,
 * each tier by id; verified ones are skipped. `after` is the document on screen: the next is the one
 * behind it in that order (issue 11: from where it stood when reached, so verifying or correcting it does
 * not send the walk back to the top), wrapping round to documents not passed yet. Each step is a short
 * indexed walk, never a sort of the library (a full ordering took 1.5 s on 100,000 documents).
 */
export function nextInQueue(db: Db, after?: number, opts: QueueOptions = {}): QueueStep {
  // all minus verified: both counts read an index (documents_verified), not the document rows
  const open = (db.prepare("SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM documents WHERE status = 'verified') AS n").get() as { n: number }).n
  const isOpen = after !== undefined && (db.prepare("SELECT 1 FROM documents WHERE id = ? AND status != 'verified'").get(after) !== undefined)
  const remaining = isOpen ? open - 1 : open
  const skipIds = [...new Set([...(opts.passed ?? []), ...(after === undefined ? [] : [after])])]
  const skip = JSON.stringify(skipIds)
  const given = opts.tier === 0 || opts.tier === 1 || opts.tier === 2 ? opts.tier : undefined
  const at = after === undefined ? null : given ?? tierOf(db, after)
  const tiers: Tier[] = [0, 1, 2]
  const steps: [Tier, number][] = at === null || after === undefined
    ? tiers.map((t): [Tier, number] => [t, 0])
    : [...tiers.filter((t) => t >= at).map((t): [Tier, number] => [t, t === at ? after : 0]), ...tiers.map((t): [Tier, number] => [t, 0])]
  let next: number | null = null
  for (const [tier, from] of steps) {
    next = firstInTier(db, tier, from, skip)
    if (next !== null) break
  }
  // open documents after `next` that this walk has not passed
  const gone = JSON.stringify([...skipIds, ...(next === null ? [] : [next])])
  const goneOpen = (db.prepare(`SELECT count(*) AS n FROM documents WHERE id IN (SELECT value FROM json_each(?)) AND status != 'verified'`).get(gone) as { n: number }).n
  return { next, remaining, tier: next === null ? null : tierOf(db, next), ahead: Math.max(0, open - goneOpen) }
}
