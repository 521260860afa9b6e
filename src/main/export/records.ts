/**
 * Reading the library for an export: which documents are in scope, and each document with its tags and
 * field values, in chunks. Chunks (not one long-lived iterator) because an export awaits the disk between
 * writes and the same connection may meanwhile serve edits; each chunk is read synchronously, so every
 * document is seen whole and consistent, and memory stays bounded by the chunk size.
 */
import type { Db } from '../library/db'
import { ApiError, type DocStatus, type ExportRequest, type FieldOrigin } from '../../shared/contract'
import type { DocumentKind, DocumentOrigin } from '../../shared/document'
import { originsOf } from '../library/origins'
import { FIELD_IDS, type FieldValue } from '../../shared/fields'
import { yieldToLoop, type ExportControl } from './progress'
import { applyingDismissals } from '../library/dismissals'
import { CONFIRM_TARGET, decodeOrigins } from '../library/confirmation'
import { decodeValue } from '../library/codec'
import { SqliteReals, StoredJson } from './field-json'

export const CHUNK = 100

export interface FieldCell {
  value: FieldValue
  approximate: boolean
  origin: FieldOrigin
}

/** Where a value came from, as JSON Lines and the bag write it (per field id, for fields with a value). */
export interface FieldProvenance {
  span: [number, number] | null
  confidence: number | null
  rule: string | null
  origin: FieldOrigin
  approximate: boolean
  /** the latest revision of this field (null when no person ever changed it) */
  last_change: { at: string; reason: string } | null
  /** the copy of the report a reviewer chose the value from (issue 13); absent otherwise */
  source?: number
}

export interface ExportRecord {
  id: number
  fileName: string
  sha256: string
  status: DocStatus
  kind: DocumentKind
  tags: string[]
  /** only the requested fields that have a stored row (empty when the reader was made `valuesOnly`) */
  fields: Map<string, FieldCell>
  /** `valuesOnly` readers: each requested field's value as JSON text, ready to be written as it is */
  jsonValues?: Map<string, string>
  /** JSON text of Record<fieldId, FieldProvenance>; read only when asked for (null otherwise) */
  provenance: string | null
  /** the review (issue 11): the note, who verified it and when (null unless verified), the warnings a person dismissed */
  review?: RecordReview
  /** issue 14: the own format and web-archive capture (null when the document has none to tell) */
  origin?: DocumentOrigin | null
  /** export by report (issue 13): the copies folded into this record, the copy each value came from, the fields nobody reconciled */
  group?: { copies: number[]; sources: Map<string, number>; unreconciled: string[] }
}

export interface DismissedWarning { code: string; message: string; reason: string; reviewer: string; at: string }
export interface RecordReview { note: string; verifiedBy: string | null; verifiedAt: string | null; dismissed: DismissedWarning[] }

/** The document ids an export covers, ascending. */
export function scopeIds(db: Db, req: Pick<ExportRequest, 'scope' | 'ids'>): number[] {
  switch (req.scope) {
    case 'all':
      return db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]
    case 'verified':
      return db.prepare("SELECT id FROM documents WHERE status = 'verified' ORDER BY id").pluck().all() as number[]
    case 'ids': {
      const ids = req.ids ?? []
      if (!Array.isArray(ids) || ids.some((i) => !Number.isSafeInteger(i) || i < 1)) {
        throw new ApiError('bad_request', 'scope "ids" needs a list of document ids (positive integers)')
      }
      return db.prepare('SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
        .pluck().all(JSON.stringify(ids)) as number[]
    }
    default:
      throw new ApiError('bad_request', `unknown export scope: ${String((req as { scope: unknown }).scope)} (all, verified, ids)`)
  }
}

export function chunksOf<T>(items: readonly T[], size: number = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Values (in revisions) are stored as JSON; anything that is not a plain number/string/null is kept as its JSON text. */
export function parseStoredValue(text: string | null): FieldValue {
  if (text === null) return null
  try {
    const v: unknown = JSON.parse(text)
    if (v === null || typeof v === 'number' || typeof v === 'string') return v
    return JSON.stringify(v)
  } catch {
    return text
  }
}

interface DocRow { id: number; file_name: string; sha256: string; status: DocStatus; kind: DocumentKind; note: string; verified: string | null }
/** One stored field row: [document_id, field_id, value (JSON text), approximate, origin, and with provenance: span_start, span_end, confidence, rule, source_document] */
type FieldRow = [number, string, string, number, FieldOrigin, number | null, number | null, number | null, string | null, number | null]

/** Below this share of the dictionary, fields are looked up one by one; above it, each document's rows are scanned. */
const POINT_LOOKUP_SHARE = 0.25

/**
 * A chunk's field rows come as plain rows in document and field order, and the values and provenance JSON
 * are made here (field-json.ts, byte for byte what SQLite's json_object/json_group_object made before):
 * building them with SQLite's JSON functions cost two to three times the reading of the rows (issue 15).
 */
export class RecordReader {
  private readonly docs
  private readonly fieldRows
  private readonly tagRows
  private readonly revisionRows
  private readonly dismissedDocs
  private readonly db: Db
  private readonly params: (key: string) => Record<string, string>
  private readonly wanted: Set<string> | null
  private readonly json: StoredJson
  private readonly reals: SqliteReals
  private readonly quotes = new Map<string, string>()

  /**
   * `provenance`: also build each record's provenance JSON (span, confidence, rule, origin, approximate,
   * last change). `valuesOnly`: only the values, as JSON text in `jsonValues` (JSON Lines has the rest in
   * the provenance): the stored JSON goes to the line without being parsed and written again, which was
   * the hot path of a large JSON Lines export.
   */
  constructor(db: Db, fieldIds: readonly string[], private readonly provenance: boolean, private readonly valuesOnly = false) {
    const fieldKey = JSON.stringify(fieldIds)
    const everything = new Set(fieldIds).size === FIELD_IDS.length
    const pointLookup = fieldIds.length < FIELD_IDS.length * POINT_LOOKUP_SHARE
    this.wanted = pointLookup || everything ? null : new Set(fieldIds)
    const inChunk = '(SELECT value FROM json_each(@docs))'
    const inFields = '(SELECT value FROM json_each(@fields))'
    this.db = db
    this.json = new StoredJson(db)
    this.reals = new SqliteReals(db)
    // who verified: the latest change of status to verified (the document must still be verified)
    this.docs = db.prepare(`SELECT id, file_name, sha256, status, kind, note,
        CASE WHEN status = 'verified' THEN (SELECT json_object('by', reviewer, 'at', at) FROM revisions r
          WHERE r.document_id = documents.id AND r.target = 'status' AND r.new_value = '"verified"' ORDER BY r.id DESC LIMIT 1) END AS verified
      FROM documents WHERE id IN ${inChunk} ORDER BY id`)
    this.dismissedDocs = db.prepare(`SELECT DISTINCT document_id FROM warnings WHERE state = 'dismissed' AND document_id IN ${inChunk}`).pluck()
    const where = pointLookup ? `document_id IN ${inChunk} AND field_id IN ${inFields}` : `document_id IN ${inChunk}`
    // in primary-key order: the values and the provenance keys come out by field id, as the JSON aggregates gave them
    this.fieldRows = db.prepare(`SELECT document_id, field_id, value, approximate, origin
      ${provenance ? ', span_start, span_end, confidence, rule, source_document' : ''}
      FROM fields WHERE ${where} ORDER BY document_id, field_id`).raw()
    this.params = (docs): Record<string, string> => (pointLookup ? { docs, fields: fieldKey } : { docs })
    this.tagRows = db.prepare(`SELECT dt.document_id, t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
      WHERE dt.document_id IN ${inChunk} ORDER BY t.name`)
    this.revisionRows = db.prepare(`SELECT document_id, target, at, reason, new_value FROM revisions WHERE document_id IN ${inChunk} ORDER BY id`)
  }

  /** One chunk of documents, in id order (ids that vanished since the scope was taken are skipped). */
  read(ids: readonly number[]): ExportRecord[] {
    const docs = JSON.stringify(ids)
    const byId = new Map<number, ExportRecord>()
    for (const d of this.docs.all({ docs }) as DocRow[]) {
      const verified = d.verified ? JSON.parse(d.verified) as { by: string; at: string } : null
      byId.set(d.id, {
        id: d.id, fileName: d.file_name, sha256: d.sha256, status: d.status, kind: d.kind, tags: [], fields: new Map(), provenance: this.provenance ? '{}' : null,
        review: { note: d.note, verifiedBy: verified?.by ?? null, verifiedAt: verified?.at ?? null, dismissed: [] },
      })
    }
    this.addDismissed(byId, docs)
    const origins = originsOf(this.db, [...byId.keys()])
    for (const [id, record] of byId) record.origin = origins.get(id) ?? null
    for (const t of this.tagRows.all({ docs }) as { document_id: number; name: string }[]) byId.get(t.document_id)?.tags.push(t.name)
    let record: ExportRecord | undefined
    let at = -1
    let prov = ''
    const finish = (): void => {
      if (record && this.provenance) record.provenance = `{${prov}}`
    }
    for (const row of this.fieldRows.all(this.params(docs)) as FieldRow[]) {
      const [docId, fieldId, value] = row
      if (docId !== at) {
        finish()
        at = docId
        prov = ''
        record = byId.get(docId)
        if (record && this.valuesOnly) record.jsonValues = new Map()
      }
      if (!record || (this.wanted && !this.wanted.has(fieldId))) continue
      if (this.valuesOnly) record.jsonValues!.set(fieldId, this.json.text(value))
      else record.fields.set(fieldId, { value: this.json.value(value), approximate: row[3] !== 0, origin: row[4] })
      // a blank cell has no provenance entry
      if (this.provenance && value !== 'null') prov += (prov === '' ? '' : ',') + this.provenanceEntry(row)
    }
    finish()
    if (this.provenance) this.addLastChanges(byId, docs)
    return [...byId.values()]
  }

  /** `"field":{span, confidence, rule, origin, approximate, last_change}` as json_object wrote it; a value chosen from another copy names it (issue 13). */
  private provenanceEntry(row: FieldRow): string {
    const [, fieldId, , approximate, origin, spanStart, spanEnd, confidence, rule, source] = row
    const span = spanStart === null || spanEnd === null ? 'null' : `[${spanStart},${spanEnd}]`
    return `${this.quoted(fieldId)}:{"span":${span},"confidence":${this.reals.text(confidence)},"rule":${rule === null ? 'null' : this.quoted(rule)},` +
      `"origin":${this.quoted(origin)},"approximate":${approximate === 0 ? 'false' : 'true'},"last_change":null${source === null ? '' : `,"source":${source}`}}`
  }

  /** Field ids, rules and origins repeat on every document: each is quoted once (bounded, whatever the library holds). */
  private quoted(text: string): string {
    let q = this.quotes.get(text)
    if (q === undefined) {
      if (this.quotes.size >= 10_000) this.quotes.clear()
      q = JSON.stringify(text)
      this.quotes.set(text, q)
    }
    return q
  }

  /** Dismissed warnings are few: only the documents that have one are looked at. */
  private addDismissed(byId: Map<number, ExportRecord>, docs: string): void {
    for (const docId of this.dismissedDocs.all({ docs }) as number[]) {
      const review = byId.get(docId)?.review
      if (!review) continue
      const applying = applyingDismissals(this.db, docId)
      const rows = this.db.prepare("SELECT id, code, message FROM warnings WHERE document_id = ? AND state = 'dismissed' ORDER BY id").all(docId) as { id: number; code: string; message: string }[]
      for (const w of rows) {
        const d = applying.get(w.id)
        if (d) review.dismissed.push({ code: w.code, message: w.message, reason: d.reason, reviewer: d.reviewer, at: d.at })
      }
    }
  }

  /** Revisions are few: only the documents that have one get their provenance parsed and patched. */
  private addLastChanges(byId: Map<number, ExportRecord>, docs: string): void {
    const latest = new Map<number, Map<string, { at: string; reason: string }>>()
    // ordered by id, so the last one seen per field is the latest change
    for (const r of this.revisionRows.all({ docs }) as { document_id: number; target: string; at: string; reason: string; new_value: string | null }[]) {
      if (!latest.has(r.document_id)) latest.set(r.document_id, new Map())
      const changes = latest.get(r.document_id)!
      // a confirm-all is one revision for all its fields (library/confirmation.ts)
      const targets = r.target === CONFIRM_TARGET ? decodeOrigins(String(decodeValue(r.new_value) ?? '')).map(([f]) => f) : [r.target]
      for (const t of targets) changes.set(t, { at: r.at, reason: r.reason })
    }
    for (const [docId, changes] of latest) {
      const record = byId.get(docId)
      if (!record?.provenance) continue
      const prov = JSON.parse(record.provenance) as Record<string, FieldProvenance>
      let touched = false
      for (const [field, change] of changes) {
        if (prov[field]) { prov[field].last_change = change; touched = true }
      }
      if (touched) record.provenance = JSON.stringify(prov)
    }
  }
}

/** The records of `ids` a chunk at a time, counting each document as one step of `control`. */
export async function* iterateChunks(reader: { read(ids: readonly number[]): ExportRecord[] }, ids: readonly number[], control: ExportControl): AsyncGenerator<ExportRecord[]> {
  for (const chunk of chunksOf(ids)) {
    control.check()
    const records = reader.read(chunk)
    yield records
    control.step(records.length > 0 ? records[records.length - 1].fileName : null, chunk.length)
    await yieldToLoop()
  }
}

export interface WarningRow {
  document_id: number; file_name: string; source: string; severity: string; code: string
  message: string; message_en: string; fields: string
}

/** The open warnings of a chunk of documents (dismissed ones are in each record's review), by document then in the order they were stored. */
export function readWarnings(db: Db, ids: readonly number[]): WarningRow[] {
  return db.prepare(`SELECT w.document_id, d.file_name, w.source, w.severity, w.code, w.message, w.message_en, w.fields
    FROM warnings w JOIN documents d ON d.id = w.document_id
    WHERE w.document_id IN (SELECT value FROM json_each(?)) AND w.state = 'open' ORDER BY w.document_id, w.id`).all(JSON.stringify(ids)) as WarningRow[]
}

/** A warning's field list is stored as JSON; exports show the ids joined by ';'. */
export function warningFields(text: string): string {
  try {
    const v: unknown = JSON.parse(text)
    return Array.isArray(v) ? v.map(String).join(';') : ''
  } catch {
    return ''
  }
}
