/**
 * Undo and redo, by revision or by batch. Nothing is ever deleted from the history: an undo is a NEW
 * revision that puts the old value back and points at what it undoes (`undoes`); a redo is the undo of
 * that undo. So both survive a restart, and the history shows them as what they are.
 *
 * Field values are put back with their origin (an 'auto' value comes back as 'auto', a value that did not
 * exist is removed again); the span and confidence of an extracted value are not kept in revisions, so a
 * restored 'auto' value has none (re-extraction brings them back).
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../library/db'
import type { DocStatus, FieldOrigin } from '../../shared/contract'
import { ApiError, DOC_STATUSES } from '../../shared/contract'
import { isFieldId } from '../../shared/fields'
import { decodeValue, encodeValue, nowIso } from '../library/codec'
import { type RevisionRow, documentRevisions, parseTagsValue, tagsValue, undoneSet } from './revisions'

interface Restore { value: string | null; origin: FieldOrigin | null }

function currentOf(db: Db, documentId: number, target: string): Restore {
  if (isFieldId(target)) {
    const r = db.prepare('SELECT value, origin FROM fields WHERE document_id = ? AND field_id = ?').get(documentId, target) as { value: string; origin: FieldOrigin } | undefined
    return r ? { value: r.value, origin: r.origin } : { value: null, origin: null }
  }
  if (target === 'status' || target === 'note') {
    const r = db.prepare(`SELECT ${target} AS v FROM documents WHERE id = ?`).get(documentId) as { v: string }
    return { value: encodeValue(r.v), origin: null }
  }
  if (target === 'tags') {
    const ids = (db.prepare('SELECT tag_id FROM document_tags WHERE document_id = ?').all(documentId) as { tag_id: number }[]).map((r) => r.tag_id)
    return { value: encodeValue(tagsValue(ids)), origin: null }
  }
  throw new ApiError('conflict', `cannot undo a change of '${target}'`)
}

function apply(db: Db, documentId: number, target: string, to: Restore, at: string): void {
  if (isFieldId(target)) {
    if (to.value === null) {
      db.prepare('DELETE FROM fields WHERE document_id = ? AND field_id = ?').run(documentId, target)
      return
    }
    db.prepare(
      `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at)
       VALUES (?, ?, ?, 0, NULL, NULL, NULL, 'undo', ?, ?)
       ON CONFLICT (document_id, field_id) DO UPDATE SET value = excluded.value, approximate = 0, span_start = NULL, span_end = NULL,
         confidence = NULL, rule = 'undo', origin = excluded.origin, updated_at = excluded.updated_at`,
    ).run(documentId, target, to.value, to.origin ?? 'corrected', at)
    return
  }
  const v = to.value === null ? null : decodeValue(to.value)
  if (target === 'status') {
    if (typeof v !== 'string' || !(DOC_STATUSES as readonly string[]).includes(v)) throw new ApiError('conflict', `revision holds an unknown status ${String(v)}`)
    db.prepare('UPDATE documents SET status = ? WHERE id = ?').run(v as DocStatus, documentId)
  } else if (target === 'note') {
    db.prepare('UPDATE documents SET note = ? WHERE id = ?').run(typeof v === 'string' ? v : '', documentId)
  } else if (target === 'tags') {
    db.prepare('DELETE FROM document_tags WHERE document_id = ?').run(documentId)
    // a tag deleted since is not brought back
    const ins = db.prepare('INSERT INTO document_tags (document_id, tag_id) SELECT ?, id FROM tags WHERE id = ?')
    for (const t of parseTagsValue(v)) ins.run(documentId, t)
  }
}

/** Write the revision that moves `target` to `to`, marking it as undoing `undoes`. */
function revert(db: Db, r: RevisionRow, to: Restore, undoes: number, batch: string, reason: string, at: string): void {
  const cur = currentOf(db, r.document_id, r.target)
  apply(db, r.document_id, r.target, to, at)
  db.prepare(
    'INSERT INTO revisions (document_id, target, old_value, new_value, old_origin, new_origin, reason, at, batch, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(r.document_id, r.target, cur.value, to.value, cur.origin, to.origin, reason, at, batch, undoes)
}

function rowsFor(db: Db, sel: { revision?: number; batch?: string }): RevisionRow[] {
  if (sel.revision !== undefined) {
    const r = db.prepare('SELECT * FROM revisions WHERE id = ?').get(sel.revision) as RevisionRow | undefined
    if (!r) throw new ApiError('not_found', `no revision ${sel.revision}`)
    return [r]
  }
  const rows = db.prepare('SELECT * FROM revisions WHERE batch = ? ORDER BY id').all(sel.batch) as RevisionRow[]
  if (rows.length === 0) throw new ApiError('not_found', `no changes in batch ${sel.batch}`)
  return rows
}

/** Every revision of the documents concerned, for the undone flags. */
function undoneFor(db: Db, rows: readonly RevisionRow[]): { undone: Set<number>; all: Map<number, RevisionRow> } {
  const all = new Map<number, RevisionRow>()
  for (const doc of new Set(rows.map((r) => r.document_id))) for (const r of documentRevisions(db, doc)) all.set(r.id, r)
  return { undone: undoneSet([...all.values()]), all }
}

export function undo(db: Db, sel: { revision?: number; batch?: string }): { undone: number; batch: string } {
  const batch = randomUUID()
  let n = 0
  db.transaction(() => {
    const rows = rowsFor(db, sel)
    const { undone } = undoneFor(db, rows)
    if (sel.revision !== undefined && undone.has(rows[0].id)) throw new ApiError('conflict', `revision ${rows[0].id} is already undone`)
    const at = nowIso()
    // newest first, so that two changes of one value in a batch unwind to the first old value
    for (const r of [...rows].reverse()) {
      if (undone.has(r.id)) continue
      revert(db, r, { value: r.old_value, origin: r.old_origin }, r.id, batch, `undo #${r.id}`, at)
      n++
    }
  }).immediate()
  return { undone: n, batch }
}

export function redo(db: Db, sel: { revision?: number; batch?: string }): { redone: number; batch: string } {
  const batch = randomUUID()
  let n = 0
  db.transaction(() => {
    const rows = rowsFor(db, sel)
    const { undone, all } = undoneFor(db, rows)
    if (sel.revision !== undefined && !undone.has(rows[0].id)) throw new ApiError('conflict', `revision ${rows[0].id} is not undone`)
    const at = nowIso()
    for (const r of rows) {
      if (!undone.has(r.id)) continue
      // the live undo of r (the one not itself undone): the redo undoes it
      const undoer = [...all.values()].filter((u) => u.undoes === r.id && !undone.has(u.id)).pop()
      if (!undoer) continue
      revert(db, r, { value: r.new_value, origin: r.new_origin }, undoer.id, batch, `redo #${r.id}`, at)
      n++
    }
  }).immediate()
  return { redone: n, batch }
}
