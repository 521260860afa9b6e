/**
 * Dismissed warnings (issue 11): a person reviewed a warning and accepted it, with a reason. The dismissal
 * is a row of warning_dismissals (migration 5) plus a revision whose target is `dismissal:<id>` (so it is in
 * the history and undo/redo switch it off and on). It matches a warning by code, fields and message, and
 * applies only while the fields it concerns hold the values they had when it was made.
 *
 * settleDismissals sets each stored warning of a document to 'dismissed' or 'open' accordingly; it runs
 * after every re-validation, so counts, filters, the queue and exports see only open warnings.
 */
import type { Db } from './db'
import { stmt } from './statements'

export const DISMISSAL_PREFIX = 'dismissal:'

/** The dismissal id a revision target names, or null when the target is something else. */
export function dismissalTarget(target: string): number | null {
  if (!target.startsWith(DISMISSAL_PREFIX)) return null
  const n = Number(target.slice(DISMISSAL_PREFIX.length))
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

/** The values (JSON text as stored, 'null' when absent) of the fields a warning concerns, as JSON text. */
export function concernsOf(db: Db, documentId: number, fields: readonly string[]): string {
  const get = stmt(db, 'SELECT value FROM fields WHERE document_id = ? AND field_id = ?')
  const out: Record<string, string> = {}
  for (const f of [...fields].sort()) out[f] = (get.get(documentId, f) as { value: string } | undefined)?.value ?? 'null'
  return JSON.stringify(out)
}

export interface DismissalInfo { id: number; reason: string; reviewer: string; at: string }

interface DismissalRow extends DismissalInfo { code: string; fields: string; message: string; concerns: string }
interface WarningKeyRow { id: number; code: string; fields: string; message: string }

/** For each warning id of the document: the active dismissal that applies to it now. */
export function applyingDismissals(db: Db, documentId: number): Map<number, DismissalInfo> {
  const out = new Map<number, DismissalInfo>()
  const ds = stmt(db, 'SELECT id, code, fields, message, concerns, reason, reviewer, at FROM warning_dismissals WHERE document_id = ? AND active = 1 ORDER BY id DESC')
    .all(documentId) as DismissalRow[]
  if (ds.length === 0) return out
  const ws = stmt(db, 'SELECT id, code, fields, message FROM warnings WHERE document_id = ?').all(documentId) as WarningKeyRow[]
  for (const w of ws) {
    const d = ds.find((x) => x.code === w.code && x.fields === w.fields && x.message === w.message
      && x.concerns === concernsOf(db, documentId, JSON.parse(w.fields) as string[]))
    if (d) out.set(w.id, { id: d.id, reason: d.reason, reviewer: d.reviewer, at: d.at })
  }
  return out
}

/** Mark the document's warnings dismissed or open from the dismissals that apply now. The caller holds the transaction. */
export function settleDismissals(db: Db, documentId: number): void {
  const applying = applyingDismissals(db, documentId)
  stmt(db, "UPDATE warnings SET state = 'open' WHERE document_id = ? AND state != 'open'").run(documentId)
  const set = stmt(db, "UPDATE warnings SET state = 'dismissed' WHERE id = ?")
  for (const id of applying.keys()) set.run(id)
}
