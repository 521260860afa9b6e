/**
 * Revisions for the targets the services own ('status', 'note', 'tags'), the history read, and the undone
 * flag. Encoding follows field-store.ts: values as JSON text of a FieldValue. A 'tags' value is the
 * document's tag ids, sorted and comma-joined ('' for none), so that undo can restore the exact set.
 */
import type { Db } from '../library/db'
import type { FieldOrigin, Revision } from '../../shared/contract'
import type { FieldValue } from '../../shared/fields'
import { decodeValue, encodeValue, nowIso } from '../library/codec'

export interface RevisionRow {
  id: number; document_id: number; target: string; old_value: string | null; new_value: string | null
  old_origin: FieldOrigin | null; new_origin: FieldOrigin | null; reason: string; at: string; batch: string | null; undoes: number | null
  old_meta: string | null; new_meta: string | null; reviewer: string
}

export interface NewRevision {
  documentId: number
  target: string
  oldValue: FieldValue
  newValue: FieldValue
  reason?: string
  batch: string | null
  undoes?: number | null
  at?: string
  reviewer?: string
}

/** For targets without an origin (status, note, tags). The caller holds the transaction. */
export function addRevision(db: Db, r: NewRevision): number {
  const info = db.prepare(
    'INSERT INTO revisions (document_id, target, old_value, new_value, reason, at, batch, undoes, reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(r.documentId, r.target, encodeValue(r.oldValue), encodeValue(r.newValue), r.reason ?? '', r.at ?? nowIso(), r.batch, r.undoes ?? null, r.reviewer ?? '')
  return Number(info.lastInsertRowid)
}

export function tagsValue(tagIds: readonly number[]): string {
  return [...tagIds].sort((a, b) => a - b).join(',')
}

export function parseTagsValue(v: FieldValue): number[] {
  if (typeof v !== 'string' || v === '') return []
  return v.split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0)
}

/**
 * Which revisions are undone: a revision is undone when a later revision undoes it and that one is not
 * itself undone (a redo is the undo of an undo). Needs every revision of the documents concerned.
 */
export function undoneSet(rows: readonly Pick<RevisionRow, 'id' | 'undoes'>[]): Set<number> {
  const undoers = new Map<number, number[]>()
  for (const r of rows) if (r.undoes !== null) undoers.set(r.undoes, [...(undoers.get(r.undoes) ?? []), r.id])
  const memo = new Map<number, boolean>()
  const isUndone = (id: number): boolean => {
    const known = memo.get(id)
    if (known !== undefined) return known
    memo.set(id, false) // cycles cannot happen (undoes points back in time); this keeps a corrupt file from looping
    const result = (undoers.get(id) ?? []).some((u) => !isUndone(u))
    memo.set(id, result)
    return result
  }
  const out = new Set<number>()
  for (const r of rows) if (isUndone(r.id)) out.add(r.id)
  return out
}

export function toRevision(r: RevisionRow, undone: boolean): Revision {
  return {
    id: r.id, document_id: r.document_id, target: r.target,
    old_value: decodeValue(r.old_value), new_value: decodeValue(r.new_value),
    old_origin: r.old_origin, new_origin: r.new_origin,
    reason: r.reason, at: r.at, batch: r.batch, undoes: r.undoes, undone, reviewer: r.reviewer,
  }
}

export function documentRevisions(db: Db, documentId: number): RevisionRow[] {
  return db.prepare('SELECT * FROM revisions WHERE document_id = ? ORDER BY id').all(documentId) as RevisionRow[]
}

/** Newest first, as a history panel reads. */
export function listHistory(db: Db, documentId: number): Revision[] {
  const rows = documentRevisions(db, documentId)
  const undone = undoneSet(rows)
  return rows.reverse().map((r) => toRevision(r, undone.has(r.id)))
}
