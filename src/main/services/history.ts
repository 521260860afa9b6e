/**
 * Undo and redo, by revision or by batch. Nothing is ever deleted from the history: an undo is a NEW
 * revision that puts the old value back and points at what it undoes (`undoes`); a redo is the undo of
 * that undo. So both survive a restart, and the history shows them as what they are.
 *
 * Field values are put back with their origin and provenance (span, rule, confidence, approximate: the
 * revision's old_meta / new_meta, migration 5); a value that did not exist is removed again. Revisions
 * written before migration 5 have no meta: such a value comes back with rule 'undo' and no span.
 *
 * A document's own stack (Ctrl+Z in the review desk, issue 11) is derived from its revisions, so it
 * survives a restart: undo takes its newest change (batch) not yet undone; redo takes the change undone
 * most recently, as long as no new change came after that undo.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../library/db'
import type { DocStatus, FieldOrigin, HistoryStep } from '../../shared/contract'
import { ApiError, DOC_STATUSES } from '../../shared/contract'
import { isFieldId } from '../../shared/fields'
import { decodeValue, encodeValue, nowIso } from '../library/codec'
import { type FieldMeta, decodeMeta, encodeMeta, metaOf } from '../library/field-store'
import { dismissalTarget } from '../library/dismissals'
import { CONFIRM_TARGET, decodeOrigins, encodeOrigins } from '../library/confirmation'
import { type RevisionRow, documentRevisions, parseTagsValue, tagsValue, undoneSet } from './revisions'

interface Restore { value: string | null; origin: FieldOrigin | null; meta: FieldMeta | null }

/** A confirmation's fields as they are now (their origins), in the shape of the revision's values. */
function currentOrigins(db: Db, documentId: number, like: string | null): Restore {
  const fields = decodeOrigins(like === null ? '' : String(decodeValue(like) ?? ''))
  const get = db.prepare('SELECT origin FROM fields WHERE document_id = ? AND field_id = ?')
  const now = fields.map(([f]): [string, FieldOrigin | null] => [f, (get.get(documentId, f) as { origin: FieldOrigin } | undefined)?.origin ?? null])
  return { value: encodeValue(encodeOrigins(now)), origin: null, meta: null }
}

/**
 * Put a confirmation's origins back: a field that had no row loses the empty one the confirmation wrote, and
 * gets it again on redo ("confirmed: there is none").
 */
function applyOrigins(db: Db, documentId: number, to: Restore, at: string): void {
  const list = decodeOrigins(to.value === null ? '' : String(decodeValue(to.value) ?? ''))
  for (const [f, origin] of list) {
    if (origin === null) {
      db.prepare("DELETE FROM fields WHERE document_id = ? AND field_id = ? AND value = 'null'").run(documentId, f)
      continue
    }
    const r = db.prepare('UPDATE fields SET origin = ?, updated_at = ? WHERE document_id = ? AND field_id = ?').run(origin, at, documentId, f)
    if (r.changes === 0) {
      db.prepare("INSERT INTO fields (document_id, field_id, value, rule, origin, updated_at) VALUES (?, ?, 'null', 'manual', ?, ?)").run(documentId, f, origin, at)
    }
  }
}

function currentOf(db: Db, documentId: number, target: string, like: string | null = null): Restore {
  if (target === CONFIRM_TARGET) return currentOrigins(db, documentId, like)
  if (isFieldId(target)) {
    const r = db.prepare('SELECT value, origin, approximate, span_start, span_end, confidence, rule, source_document FROM fields WHERE document_id = ? AND field_id = ?')
      .get(documentId, target) as ({ value: string; origin: FieldOrigin } & Parameters<typeof metaOf>[0]) | undefined
    return r ? { value: r.value, origin: r.origin, meta: metaOf(r) } : { value: null, origin: null, meta: null }
  }
  const dismissal = dismissalTarget(target)
  if (dismissal !== null) {
    const r = db.prepare('SELECT reason, active FROM warning_dismissals WHERE id = ? AND document_id = ?').get(dismissal, documentId) as { reason: string; active: number } | undefined
    if (!r) throw new ApiError('conflict', `no dismissal ${dismissal}`)
    return { value: r.active ? encodeValue(r.reason) : null, origin: null, meta: null }
  }
  if (target === 'status' || target === 'note') {
    const r = db.prepare(`SELECT ${target} AS v FROM documents WHERE id = ?`).get(documentId) as { v: string }
    return { value: encodeValue(r.v), origin: null, meta: null }
  }
  if (target === 'tags') {
    const ids = (db.prepare('SELECT tag_id FROM document_tags WHERE document_id = ?').all(documentId) as { tag_id: number }[]).map((r) => r.tag_id)
    return { value: encodeValue(tagsValue(ids)), origin: null, meta: null }
  }
  throw new ApiError('conflict', `cannot undo a change of '${target}'`)
}

function apply(db: Db, documentId: number, target: string, to: Restore, at: string): void {
  if (target === CONFIRM_TARGET) {
    applyOrigins(db, documentId, to, at)
    return
  }
  if (isFieldId(target)) {
    if (to.value === null) {
      db.prepare('DELETE FROM fields WHERE document_id = ? AND field_id = ?').run(documentId, target)
      return
    }
    const m = to.meta ?? { approximate: false, span: null, confidence: null, rule: 'undo' }
    db.prepare(
      `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at, source_document)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (document_id, field_id) DO UPDATE SET value = excluded.value, approximate = excluded.approximate, span_start = excluded.span_start,
         span_end = excluded.span_end, confidence = excluded.confidence, rule = excluded.rule, origin = excluded.origin, updated_at = excluded.updated_at,
         source_document = excluded.source_document`,
    ).run(documentId, target, to.value, m.approximate ? 1 : 0, m.span ? m.span[0] : null, m.span ? m.span[1] : null, m.confidence, m.rule, to.origin ?? 'corrected', at, m.source ?? null)
    return
  }
  const dismissal = dismissalTarget(target)
  if (dismissal !== null) {
    db.prepare('UPDATE warning_dismissals SET active = ? WHERE id = ?').run(to.value === null ? 0 : 1, dismissal)
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
function revert(db: Db, r: RevisionRow, to: Restore, undoes: number, batch: string, reason: string, at: string, reviewer: string): void {
  const cur = currentOf(db, r.document_id, r.target, to.value)
  apply(db, r.document_id, r.target, to, at)
  db.prepare(
    `INSERT INTO revisions (document_id, target, old_value, new_value, old_origin, new_origin, reason, at, batch, undoes, old_meta, new_meta, reviewer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.document_id, r.target, cur.value, to.value, cur.origin, to.origin, reason, at, batch, undoes, encodeMeta(cur.meta), encodeMeta(to.meta), reviewer)
}

export interface HistorySelection { revision?: number; batch?: string; document?: number; reviewer?: string }

/** A change = a batch (a revision without one is its own change). */
const changeKey = (r: Pick<RevisionRow, 'id' | 'batch'>): string => r.batch ?? `#${r.id}`

/**
 * A document's own stack, derived from its revisions: the change Ctrl+Z undoes (its newest change with a
 * revision still in force) and the one Ctrl+Shift+Z redoes (the change undone last, unless a new change
 * came after that undo: a new change empties the redo side, as in any editor).
 */
export function documentSteps(db: Db, documentId: number): { undo: RevisionRow[]; redo: RevisionRow[] } {
  const rows = documentRevisions(db, documentId)
  const undone = undoneSet(rows)
  const roots = rows.filter((r) => r.undoes === null)
  const live = roots.filter((r) => !undone.has(r.id))
  const undoKey = live.length ? changeKey(live[live.length - 1]) : null
  const lastNew = roots.length ? roots[roots.length - 1].id : 0
  // for each undone change: its live undo (the newest revision undoing it that is not itself undone)
  let redoKey: string | null = null
  let redoAt = lastNew
  for (const r of roots) {
    if (!undone.has(r.id)) continue
    const undoer = rows.filter((u) => u.undoes === r.id && !undone.has(u.id)).pop()
    if (undoer && undoer.id > redoAt) { redoAt = undoer.id; redoKey = changeKey(r) }
  }
  return {
    undo: undoKey === null ? [] : live.filter((r) => changeKey(r) === undoKey),
    redo: redoKey === null ? [] : roots.filter((r) => undone.has(r.id) && changeKey(r) === redoKey),
  }
}

function step(rows: RevisionRow[]): HistoryStep | null {
  if (rows.length === 0) return null
  return { batch: changeKey(rows[0]), targets: [...new Set(rows.map((r) => r.target))], revisions: rows.length }
}

export function historySteps(db: Db, documentId: number): { undo: HistoryStep | null; redo: HistoryStep | null } {
  const s = documentSteps(db, documentId)
  return { undo: step(s.undo), redo: step(s.redo) }
}

function rowsFor(db: Db, sel: HistorySelection, side: 'undo' | 'redo'): RevisionRow[] {
  if (sel.revision !== undefined) {
    const r = db.prepare('SELECT * FROM revisions WHERE id = ?').get(sel.revision) as RevisionRow | undefined
    if (!r) throw new ApiError('not_found', `no revision ${sel.revision}`)
    return [r]
  }
  if (sel.batch === undefined && sel.document !== undefined) {
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(sel.document)) throw new ApiError('not_found', `no document ${sel.document}`)
    return documentSteps(db, sel.document)[side]
  }
  const rows = sel.document === undefined
    ? db.prepare('SELECT * FROM revisions WHERE batch = ? ORDER BY id').all(sel.batch) as RevisionRow[]
    : db.prepare('SELECT * FROM revisions WHERE batch = ? AND document_id = ? ORDER BY id').all(sel.batch, sel.document) as RevisionRow[]
  if (rows.length === 0) throw new ApiError('not_found', `no changes in batch ${sel.batch}`)
  return rows
}

/** Every revision of the documents concerned, for the undone flags. */
function undoneFor(db: Db, rows: readonly RevisionRow[]): { undone: Set<number>; all: Map<number, RevisionRow> } {
  const all = new Map<number, RevisionRow>()
  for (const doc of new Set(rows.map((r) => r.document_id))) for (const r of documentRevisions(db, doc)) all.set(r.id, r)
  return { undone: undoneSet([...all.values()]), all }
}

export interface HistoryResult { batch: string; documents: number[]; targets: string[] }

export function undo(db: Db, sel: HistorySelection): { undone: number } & HistoryResult {
  const batch = randomUUID()
  let n = 0
  const docs = new Set<number>()
  const targets = new Set<string>()
  db.transaction(() => {
    const rows = rowsFor(db, sel, 'undo')
    const { undone } = undoneFor(db, rows)
    if (sel.revision !== undefined && undone.has(rows[0].id)) throw new ApiError('conflict', `revision ${rows[0].id} is already undone`)
    const at = nowIso()
    // newest first, so that two changes of one value in a batch unwind to the first old value
    for (const r of [...rows].reverse()) {
      if (undone.has(r.id)) continue
      revert(db, r, { value: r.old_value, origin: r.old_origin, meta: decodeMeta(r.old_meta) }, r.id, batch, `undo #${r.id}`, at, sel.reviewer ?? '')
      docs.add(r.document_id); targets.add(r.target)
      n++
    }
  }).immediate()
  return { undone: n, batch, documents: [...docs], targets: [...targets] }
}

export function redo(db: Db, sel: HistorySelection): { redone: number } & HistoryResult {
  const batch = randomUUID()
  let n = 0
  const docs = new Set<number>()
  const targets = new Set<string>()
  db.transaction(() => {
    const rows = rowsFor(db, sel, 'redo')
    const { undone, all } = undoneFor(db, rows)
    if (sel.revision !== undefined && !undone.has(rows[0].id)) throw new ApiError('conflict', `revision ${rows[0].id} is not undone`)
    const at = nowIso()
    for (const r of rows) {
      if (!undone.has(r.id)) continue
      // the live undo of r (the one not itself undone): the redo undoes it
      const undoer = [...all.values()].filter((u) => u.undoes === r.id && !undone.has(u.id)).pop()
      if (!undoer) continue
      revert(db, r, { value: r.new_value, origin: r.new_origin, meta: decodeMeta(r.new_meta) }, undoer.id, batch, `redo #${r.id}`, at, sel.reviewer ?? '')
      docs.add(r.document_id); targets.add(r.target)
      n++
    }
  }).immediate()
  return { redone: n, batch, documents: [...docs], targets: [...targets] }
}
