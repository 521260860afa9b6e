/**
 * warnings.dismiss: a person reviewed a warning and accepts it, with a reason (issue 11). The dismissal
 * (library/dismissals.ts) holds the values of the fields the warning concerns; a revision records it, so it
 * shows in the history and undo/redo take it back and forth.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../library/db'
import { ApiError } from '../../shared/contract'
import { nowIso } from '../library/codec'
import { DISMISSAL_PREFIX, concernsOf } from '../library/dismissals'
import { addRevision } from './revisions'

export function dismissWarning(db: Db, documentId: number, warningId: number, reason: string, reviewer = ''): { batch: string } {
  const batch = randomUUID()
  db.transaction(() => {
    const w = db.prepare('SELECT code, fields, message, state FROM warnings WHERE id = ? AND document_id = ?').get(warningId, documentId) as
      { code: string; fields: string; message: string; state: string } | undefined
    if (!w) throw new ApiError('not_found', `document ${documentId} has no warning ${warningId}`)
    if (w.state === 'dismissed') throw new ApiError('conflict', `warning ${warningId} is already dismissed`)
    const at = nowIso()
    const info = db.prepare('INSERT INTO warning_dismissals (document_id, code, fields, message, concerns, reason, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(documentId, w.code, w.fields, w.message, concernsOf(db, documentId, JSON.parse(w.fields) as string[]), reason, reviewer, at)
    addRevision(db, { documentId, target: `${DISMISSAL_PREFIX}${Number(info.lastInsertRowid)}`, oldValue: null, newValue: reason, reason, batch, at, reviewer })
  }).immediate()
  return { batch }
}
