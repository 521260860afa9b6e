/**
 * Export by report (issue 13): one record per group of copies instead of one per document. The documents in
 * scope are gathered into units (a group's copies in scope, or a document without copies); each unit is read
 * with the ordinary RecordReader and its copies are folded into one record:
 *
 * - a value a reviewer chose from a copy (fields.source_document, the desk's side-by-side choice) wins; the
 *   latest choice when several copies carry one;
 * - else a value a person set or confirmed on a copy (the first such copy);
 * - else the value the copies agree on, or the one most copies hold (ties: the lowest document id); a field
 *   whose copies disagree and nobody chose is listed in `unreconciled`.
 *
 * Each value names the copy it came from (`sources`); the record's id, file, status and review are those
 * of the unit's first document, `copies` lists every document of the unit.
 */
import type { Db } from '../library/db'
import type { FieldOrigin } from '../../shared/contract'
import { copyGroups } from '../dataset/copy-store'
import { type ExportRecord, type FieldCell, type FieldProvenance, RecordReader } from './records'

/** What iterateChunks reads from: document ids (or unit ids) in, records out. */
export interface RecordSource { read(ids: readonly number[]): ExportRecord[] }

/** The scope's documents gathered into units, keyed (and ordered) by each unit's first document. */
export function reportUnits(db: Db, ids: readonly number[]): Map<number, number[]> {
  const inScope = new Set(ids)
  const unitOf = new Map<number, number>()
  for (const g of copyGroups(db)) {
    const members = g.documents.filter((d) => inScope.has(d))
    for (const d of members) unitOf.set(d, members[0])
  }
  const units = new Map<number, number[]>()
  for (const id of [...ids].sort((a, b) => a - b)) {
    const u = unitOf.get(id) ?? id
    const m = units.get(u)
    if (m) m.push(id)
    else units.set(u, [id])
  }
  return units
}

interface Choice { source: number; holder: number }

export class GroupedReader implements RecordSource {
  private readonly inner: RecordReader
  private readonly choices

  constructor(db: Db, fieldIds: readonly string[], private readonly provenance: boolean, private readonly units: Map<number, number[]>) {
    this.inner = new RecordReader(db, fieldIds, provenance)
    // ordered so that the last row seen per field is the latest choice
    this.choices = db.prepare(`SELECT document_id, field_id, source_document FROM fields
      WHERE document_id IN (SELECT value FROM json_each(?)) AND source_document IS NOT NULL ORDER BY updated_at, rowid`)
  }

  read(unitIds: readonly number[]): ExportRecord[] {
    const members = unitIds.flatMap((u) => this.units.get(u) ?? [])
    const byId = new Map(this.inner.read(members).map((r) => [r.id, r]))
    const chosen = new Map<number, Map<string, Choice>>()
    for (const c of this.choices.all(JSON.stringify(members)) as { document_id: number; field_id: string; source_document: number }[]) {
      if (!chosen.has(c.document_id)) chosen.set(c.document_id, new Map())
      chosen.get(c.document_id)!.set(c.field_id, { source: c.source_document, holder: c.document_id })
    }
    const out: ExportRecord[] = []
    for (const u of unitIds) {
      const copies = (this.units.get(u) ?? []).map((id) => byId.get(id)).filter((r): r is ExportRecord => r !== undefined)
      if (copies.length > 0) out.push(this.fold(copies, chosen))
    }
    return out
  }

  private fold(copies: ExportRecord[], chosen: Map<number, Map<string, Choice>>): ExportRecord {
    const first = copies[0]
    const fieldIds = new Set(copies.flatMap((c) => [...c.fields.keys()]))
    const fields = new Map<string, FieldCell>()
    const sources = new Map<string, number>()
    const unreconciled: string[] = []
    const prov = this.provenance ? copies.map((c) => JSON.parse(c.provenance ?? '{}') as Record<string, FieldProvenance>) : []
    const merged: Record<string, FieldProvenance & { source: number }> = {}
    for (const f of fieldIds) {
      const pick = pickValue(f, copies, chosen)
      if (pick.unreconciled) unreconciled.push(f)
      const cell = copies[pick.from].fields.get(f)
      if (!cell) continue
      fields.set(f, cell)
      if (cell.value !== null) sources.set(f, pick.source)
      const p = prov[pick.from]?.[f]
      if (p && cell.value !== null) merged[f] = { ...p, source: pick.source }
    }
    return {
      ...first,
      fields,
      jsonValues: undefined,
      provenance: this.provenance ? JSON.stringify(merged) : null,
      group: { copies: copies.map((c) => c.id), sources, unreconciled },
    }
  }
}

const PERSON: ReadonlySet<FieldOrigin> = new Set(['corrected', 'confirmed'])

/** Which copy's cell a field takes (index into copies), the copy named as its source, and whether that was a guess. */
function pickValue(f: string, copies: ExportRecord[], chosen: Map<number, Map<string, Choice>>): { from: number; source: number; unreconciled: boolean } {
  let latest: { from: number; choice: Choice } | null = null
  copies.forEach((c, i) => {
    const ch = chosen.get(c.id)?.get(f)
    if (ch) latest = { from: i, choice: ch }
  })
  if (latest !== null) {
    const l: { from: number; choice: Choice } = latest
    return { from: l.from, source: l.choice.source, unreconciled: false }
  }
  const person = copies.findIndex((c) => { const cell = c.fields.get(f); return cell !== undefined && PERSON.has(cell.origin) })
  if (person >= 0) return { from: person, source: copies[person].id, unreconciled: false }
  const votes = new Map<string, { n: number; from: number }>()
  copies.forEach((c, i) => {
    const cell = c.fields.get(f)
    if (!cell || cell.value === null) return
    const key = JSON.stringify(cell.value)
    const v = votes.get(key)
    if (v) v.n++
    else votes.set(key, { n: 1, from: i })
  })
  if (votes.size === 0) {
    const any = copies.findIndex((c) => c.fields.has(f))
    return { from: any, source: copies[any].id, unreconciled: false }
  }
  let best = { n: -1, from: 0 }
  for (const v of votes.values()) if (v.n > best.n || (v.n === best.n && v.from < best.from)) best = v
  return { from: best.from, source: copies[best.from].id, unreconciled: votes.size > 1 }
}
