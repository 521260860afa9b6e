/**
 * Documents in the library: insert one whole document (one transaction), find by checksum, read the list
 * and the detail. Stateless (db, ...) functions; callers own the connection.
 */
import type { Db } from './db'
import type { DocWarning, DocumentOrigin, ExtractionResult, FieldCandidate, ParsedDocument, Block } from '../../shared/document'
import { getOrigin, insertOrigin } from './origins'
import type { FieldValue } from '../../shared/fields'
import type { DocumentDetail, DocStatus, FieldOrigin, FieldState, StoredWarning } from '../../shared/contract'
import type { DocumentKind, OcrInfo } from '../../shared/document'
import { stmt } from './statements'
import { ftsText } from './search-text'
import { type CleanText, blobToMap, decodeValue, encodeValue, nowIso } from './codec'
import { applyingDismissals } from './dismissals'
import { packDocumentTexts, packUtf8Texts, structureOf, type PackedTexts } from './pack-document'
import { withImplicitParagraphs } from '../ingest/implicit-paragraphs'
import { decodeBoxes, encodeBoxes } from './box-codec'
import type { TextBox } from '../../shared/text-box'

export interface NewDocument {
  sha256: string
  size: number
  fileName: string
  filePath: string | null
  bytes: Uint8Array
  parsed: ParsedDocument
  clean: CleanText
  extraction: ExtractionResult | null
  importRun?: number | null
  importedAt?: string
  /**
   * A very long document's raw and clean texts as UTF-8 (import/worker-protocol.ts WorkerTexts), stored as
   * they are instead of parsed.text and clean.text: the main thread never makes strings of them.
   */
  utf8?: { raw: Uint8Array; clean: Uint8Array; map: Uint8Array }
  /** a web archive's capture (the URL, the date, the record); the own format comes from parsed.format */
  origin?: Omit<DocumentOrigin, 'format'>
  /** the texts packed already (by the parse worker, pack-document.ts): parsed.blocks and clean.map are then not needed */
  packed?: PackedTexts
}

/**
 * Bytes bound as a parameter without a copy (a Uint8Array that came from a worker is not a Buffer; for the
 * search index CAST(? AS TEXT) in the SQL stores UTF-8 bytes as text, not as a blob).
 */
function asBuffer(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength)
}

export function findBySha256(db: Db, sha256: string): number | null {
  const row = stmt(db, 'SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: number } | undefined
  return row ? row.id : null
}

export function documentCount(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n
}

/** The extractor's candidates for one document (field_candidates; replaced on re-extraction). */
export function insertCandidates(db: Db, id: number, candidates: readonly FieldCandidate[]): void {
  const ins = stmt(db, 'INSERT INTO field_candidates (document_id, field_id, value, span_start, span_end, score, rule) VALUES (?, ?, ?, ?, ?, ?, ?)')
  for (const c of candidates) ins.run(id, c.field, JSON.stringify(c.value), c.span?.[0] ?? null, c.span?.[1] ?? null, c.score, c.rule)
}

interface CandidateRow { field_id: string; value: string; span_start: number | null; span_end: number | null; score: number; rule: string }

export function storedCandidates(db: Db, id: number): FieldCandidate[] {
  const rows = stmt(db, 'SELECT field_id, value, span_start, span_end, score, rule FROM field_candidates WHERE document_id = ? ORDER BY id').all(id) as CandidateRow[]
  return rows.map((r) => ({
    field: r.field_id, value: JSON.parse(r.value) as FieldValue, span: r.span_start !== null && r.span_end !== null ? [r.span_start, r.span_end] : null,
    score: r.score, rule: r.rule,
  }))
}

export function insertWarnings(db: Db, id: number, source: 'import' | 'extract', warnings: readonly DocWarning[]): void {
  const ins = stmt(db, 'INSERT INTO warnings (document_id, source, code, severity, message, message_en, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
  for (const w of warnings) ins.run(id, source, w.code, w.severity, w.message, w.message_en, JSON.stringify(w.fields ?? []))
}

/** Rows for extracted values; a row a person set (origin other than 'auto') is kept as it is. */
export function insertAutoFields(db: Db, id: number, result: ExtractionResult, at: string): void {
  const ins = stmt(
    db,
    `INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'auto', ?) ON CONFLICT (document_id, field_id) DO NOTHING`,
  )
  for (const f of result.fields) {
    ins.run(id, f.field, encodeValue(f.value), f.approximate ? 1 : 0, f.span ? f.span[0] : null, f.span ? f.span[1] : null, f.confidence, f.rule, at)
  }
}

/** A document's row of the search index, not yet written (writeDocument leaves it to its caller). */
export interface PendingSearch { id: number; clean: string | Buffer }

/**
 * The search-index rows of a batch of documents, written together after the documents themselves: once the
 * index is part of a transaction, FTS5 writes the terms it holds in memory out to a new segment at every
 * savepoint, so a row written among each document's other rows cost a segment (and its merging) per document
 * (issue 15: 0.45 ms of the main thread's ~2 ms per report). Call it in the transaction that holds the
 * documents: a failure here rolls them back with it, so no document is ever left out of the index.
 */
export function insertSearchEntries(db: Db, entries: readonly PendingSearch[]): void {
  const ins = stmt(db, 'INSERT INTO texts_fts (rowid, text) VALUES (?, CAST(? AS TEXT) || ?)')
  for (const e of entries) ins.run(e.id, e.clean, ftsText(''))
}

/**
 * Store a whole document in one transaction: documents, originals, texts, FTS, import warnings, and the
 * extraction (fields + its warnings). When the same bytes are already in, nothing is written and the
 * existing id comes back with created=false.
 */
export function insertDocument(db: Db, d: NewDocument): { id: number; created: boolean } {
  return db.transaction((): { id: number; created: boolean } => {
    const { search, ...r } = writeDocument(db, d)
    if (search) insertSearchEntries(db, [search])
    return r
  }).immediate()
}

/**
 * insertDocument's rows but its search-index row, written in the caller's transaction without a savepoint of
 * its own (a savepoint per document journals every page it touches a second time: import/batched-writer.ts
 * writes a batch this way and stores each again alone if the batch fails). `search` is the index row to
 * write with insertSearchEntries in the same transaction; absent when the document was already there.
 */
export function writeDocument(db: Db, d: NewDocument): { id: number; created: boolean; search?: PendingSearch } {
  const existing = findBySha256(db, d.sha256)
  if (existing !== null) return { id: existing, created: false }
  const at = d.importedAt ?? nowIso()
  const p = d.parsed
  const info = stmt(
    db,
    `INSERT INTO documents (sha256, size, file_name, file_path, kind, encoding, page_count, imported_at, extractor_version, extracted_at, import_run)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.sha256, d.size, d.fileName, d.filePath, p.kind, p.encoding, p.pageCount, at, d.extraction?.extractorVersion ?? null, d.extraction ? at : null, d.importRun ?? null)
  const id = Number(info.lastInsertRowid)
  // each text once, packed (pack-document.ts): by the parse worker, else here; a very long one from its UTF-8 bytes without a string
  const t = d.packed ?? (d.utf8 ? packUtf8Texts(p, d.utf8, d.bytes) : packDocumentTexts(p, d.clean, d.bytes))
  stmt(db, 'INSERT INTO original_bodies (document_id, bytes, packing) VALUES (?, ?, ?)').run(id, asBuffer(t.original.bytes ?? d.bytes), t.original.packing)
  stmt(db, 'INSERT INTO text_bodies (document_id, raw, clean, clean_length, clean_map, structure) VALUES (?, ?, ?, ?, ?, ?)').run(
    id, asBuffer(t.raw), asBuffer(t.clean), t.cleanLength, asBuffer(t.cleanMap), asBuffer(t.structure),
  )
  if (t.copySample) stmt(db, 'INSERT OR REPLACE INTO copy_samples (document_id, sample) VALUES (?, ?)').run(id, asBuffer(t.copySample))
  const clean = d.utf8 ? asBuffer(d.utf8.clean) : d.clean.text
  insertWarnings(db, id, 'import', p.warnings)
  if (p.format || d.origin) insertOrigin(db, id, { format: p.format ?? null, url: d.origin?.url ?? null, captured_at: d.origin?.captured_at ?? null, archive: d.origin?.archive ?? null })
  if (d.extraction) {
    insertAutoFields(db, id, d.extraction, at)
    insertWarnings(db, id, 'extract', d.extraction.warnings)
    insertCandidates(db, id, d.extraction.candidates ?? [])
  }
  return { id, created: true, search: { id, clean } }
}

export function readOriginal(db: Db, id: number): Buffer | null {
  const row = stmt(db, 'SELECT bytes FROM originals WHERE document_id = ?').get(id) as { bytes: Buffer } | undefined
  return row ? row.bytes : null
}

interface FieldRow {
  field_id: string; value: string; approximate: number; span_start: number | null; span_end: number | null
  confidence: number | null; rule: string | null; origin: FieldOrigin; updated_at: string; source_document: number | null
}

export function fieldStates(db: Db, id: number): FieldState[] {
  const rows = stmt(db, 'SELECT * FROM fields WHERE document_id = ? ORDER BY rowid').all(id) as FieldRow[]
  return rows.map((r) => ({
    field: r.field_id,
    value: decodeValue(r.value),
    approximate: r.approximate === 1,
    span: r.span_start !== null && r.span_end !== null ? [r.span_start, r.span_end] : null,
    confidence: r.confidence,
    rule: r.rule,
    origin: r.origin,
    updated_at: r.updated_at,
    ...(r.source_document !== null ? { source: r.source_document } : {}),
  }))
}

interface WarningRow {
  id: number; source: 'import' | 'extract'; code: string; severity: 'error' | 'warning'; message: string; message_en: string; fields: string
  state: 'open' | 'dismissed'
}

/** Every stored warning, open and dismissed (with the dismissal that applies). */
export function storedWarnings(db: Db, id: number): StoredWarning[] {
  const rows = stmt(db, 'SELECT * FROM warnings WHERE document_id = ? ORDER BY id').all(id) as WarningRow[]
  const dismissed = rows.some((w) => w.state === 'dismissed') ? applyingDismissals(db, id) : new Map()
  return rows.map((w) => {
    const d = w.state === 'dismissed' ? dismissed.get(w.id) : undefined
    return {
      id: w.id, source: w.source, code: w.code, severity: w.severity, message: w.message, message_en: w.message_en,
      fields: JSON.parse(w.fields) as string[], state: w.state, ...(d ? { dismissal: d } : {}),
    }
  })
}

/** Who verified the document and when: the latest revision that set its status to verified (null when it is not verified). */
export function verifiedBy(db: Db, id: number): { by: string; at: string } | null {
  const r = stmt(db, `SELECT d.status, (SELECT json_object('by', reviewer, 'at', at) FROM revisions
      WHERE document_id = d.id AND target = 'status' AND new_value = '"verified"' ORDER BY id DESC LIMIT 1) AS v
    FROM documents d WHERE d.id = ?`).get(id) as { status: DocStatus; v: string | null } | undefined
  if (!r || r.status !== 'verified' || !r.v) return null
  return JSON.parse(r.v) as { by: string; at: string }
}

export function documentTags(db: Db, id: number): number[] {
  return (stmt(db, 'SELECT tag_id FROM document_tags WHERE document_id = ? ORDER BY tag_id').all(id) as { tag_id: number }[]).map((r) => r.tag_id)
}

interface DetailRow {
  id: number; sha256: string; size: number; file_name: string; file_path: string | null; kind: DocumentKind; encoding: string | null
  page_count: number | null; imported_at: string; status: DocStatus; note: string; extractor_version: string | null
  raw_text: string; clean_text: string; structure: string; clean_map: Buffer | null
}

/** The parsed shape again, as stored (for re-extraction). */
export interface StoredText { raw_text: string; clean_text: string; blocks: Block[]; page_starts: number[] | null }

/** texts.structure as written through the texts view (its trigger packs it) */
export function structureJson(p: ParsedDocument): string {
  return JSON.stringify(structureOf(p))
}

function parseStructure(s: string): { blocks: Block[]; pageStarts: number[] | null; implicitParagraphs: boolean; boxes: TextBox[] | null; ocr?: OcrInfo } {
  const v = JSON.parse(s) as { blocks?: Block[]; pageStarts?: number[] | null; implicitParagraphs?: boolean; boxes?: unknown; ocr?: OcrInfo }
  return { blocks: v.blocks ?? [], pageStarts: v.pageStarts ?? null, implicitParagraphs: v.implicitParagraphs === true,
    boxes: typeof v.boxes === 'string' ? decodeBoxes(v.boxes) : null, ...(v.ocr ? { ocr: v.ocr } : {}) }
}

/**
 * Boxes for a document imported before the reader recorded them (re-extraction reads its original again): kept
 * only when that reading gives the very raw text stored, since a box is an offset into it.
 */
export function storeBoxes(db: Db, id: number, rawText: string, boxes: TextBox[]): boolean {
  const r = db.prepare('SELECT raw_text, structure FROM texts WHERE document_id = ?').get(id) as { raw_text: string; structure: string } | undefined
  if (!r || r.raw_text !== rawText || boxes.length === 0) return false
  const v = JSON.parse(r.structure) as Record<string, unknown>
  v.boxes = encodeBoxes(boxes)
  db.prepare('UPDATE texts SET structure = ? WHERE document_id = ?').run(JSON.stringify(v), id)
  return true
}

/** Libraries filled before migration 2 have no stored map: identity until the next re-extraction writes one. */
function fallbackMap(cleanLength: number, rawLength: number): number[] {
  const out = new Array<number>(cleanLength + 1)
  for (let i = 0; i <= cleanLength; i++) out[i] = Math.min(i, rawLength)
  return out
}

export function getDocument(db: Db, id: number): DocumentDetail | null {
  const r = db
    .prepare(
      `SELECT d.id, d.sha256, d.size, d.file_name, d.file_path, d.kind, d.encoding, d.page_count, d.imported_at, d.status, d.note,
              d.extractor_version, t.raw_text, t.clean_text, t.structure, t.clean_map
       FROM documents d JOIN texts t ON t.document_id = d.id WHERE d.id = ?`,
    )
    .get(id) as DetailRow | undefined
  if (!r) return null
  const st = parseStructure(r.structure)
  return {
    id: r.id, sha256: r.sha256, size: r.size, file_name: r.file_name, file_path: r.file_path, kind: r.kind, encoding: r.encoding,
    page_count: r.page_count, imported_at: r.imported_at, status: r.status, note: r.note, extractor_version: r.extractor_version,
    tags: documentTags(db, id),
    fields: fieldStates(db, id),
    warnings: storedWarnings(db, id),
    raw_text: r.raw_text,
    clean_text: r.clean_text,
    clean_map: r.clean_map ? blobToMap(r.clean_map) : fallbackMap(r.clean_text.length, r.raw_text.length),
    // the contract's blocks are all of them: a very long text's implicit paragraphs are made here
    blocks: st.implicitParagraphs ? withImplicitParagraphs(r.raw_text, st.blocks) : st.blocks,
    page_starts: st.pageStarts,
    boxes: st.boxes,
    verified: verifiedBy(db, id),
    candidates: storedCandidates(db, id),
    origin: getOrigin(db, id),
  }
}

/** What re-extraction needs of a document: its parsed form as stored. */
export function getParsed(db: Db, id: number): ParsedDocument | null {
  const r = db
    .prepare('SELECT d.kind, d.encoding, d.page_count, t.raw_text, t.structure FROM documents d JOIN texts t ON t.document_id = d.id WHERE d.id = ?')
    .get(id) as { kind: DocumentKind; encoding: string | null; page_count: number | null; raw_text: string; structure: string } | undefined
  if (!r) return null
  const st = parseStructure(r.structure)
  const warnings: DocWarning[] = storedWarnings(db, id)
    .filter((w) => w.source === 'import')
    .map((w) => ({ code: w.code, severity: w.severity, message: w.message, message_en: w.message_en, fields: w.fields }))
  return { kind: r.kind, encoding: r.encoding, pageCount: r.page_count, text: r.raw_text, blocks: st.blocks, ...(st.pageStarts ? { pageStarts: st.pageStarts } : {}), warnings,
    ...(st.boxes ? { boxes: st.boxes } : {}),
    ...(st.implicitParagraphs ? { implicitParagraphs: true as const } : {}),
    ...(st.ocr ? { ocr: st.ocr } : {}),
  }
}

export function allDocumentIds(db: Db): number[] {
  return (stmt(db, 'SELECT id FROM documents ORDER BY id').all() as { id: number }[]).map((r) => r.id)
}
