/**
 * The copies of one report side by side (issue 13), for the desk: each copy's values in a column, and the
 * fields on which they differ (an absent value counts as empty), in the field dictionary's order.
 */
import type { Db } from '../library/db'
import type { CopyColumn, CopyComparison, DocStatus } from '../../shared/contract'
import type { DocumentKind } from '../../shared/document'
import { FIELD_IDS } from '../../shared/fields'
import { decodeValue } from '../library/codec'
import { copyGroupOf } from './copy-store'

/** One document's values as a column of a side-by-side table (copies here, years in compare-years.ts); null: no such document. */
export function documentColumn(db: Db, id: number): CopyColumn | null {
  const r = db.prepare('SELECT id, file_name, kind, status FROM documents WHERE id = ?').get(id) as { id: number; file_name: string; kind: DocumentKind; status: DocStatus } | undefined
  if (!r) return null
  const fields: CopyColumn['fields'] = {}
  for (const f of db.prepare('SELECT field_id, value, approximate, origin, source_document FROM fields WHERE document_id = ?').all(id) as { field_id: string; value: string; approximate: number; origin: CopyColumn['fields'][string]['origin']; source_document: number | null }[]) {
    fields[f.field_id] = { value: decodeValue(f.value), approximate: f.approximate === 1, origin: f.origin, ...(f.source_document !== null ? { source: f.source_document } : {}) }
  }
  return { ...r, fields }
}

export function compareCopies(db: Db, id: number): CopyComparison | null {
  const group = copyGroupOf(db, id)
  if (!group) return null
  const copies: CopyColumn[] = []
  for (const d of group.documents) {
    const c = documentColumn(db, d)
    if (c) copies.push(c)
  }
  const differing = FIELD_IDS.filter((f) => new Set(copies.map((c) => JSON.stringify(c.fields[f]?.value ?? null))).size > 1)
  return { group, copies, differing }
}
