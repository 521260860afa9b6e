/**
 * CSV as RFC 4180 wants it and Excel reads it: UTF-8 with a BOM, CRLF rows, a field quoted when it holds
 * a quote, comma, CR or LF (or leading/trailing blanks), quotes doubled. Numbers are written bare so that
 * they stay numbers.
 *
 * Formula guard (OWASP "CSV injection"): report text and reviewers' tags are untrusted, and Excel, WPS and
 * LibreOffice may run a cell that starts with = + - @, a tab or a CR as a formula. Spreadsheets also
 * take the full-width ＝＋－＠ (a Chinese input method types them) and skip leading blanks (ASCII and
 * ideographic spaces) and invisible zero-width characters before the formula sign (issue 10). A text cell
 * starting like that gets a leading apostrophe, which spreadsheets read as "this is text". Only
 * strings are guarded: a number such as -3 is data and stays bare. Callers that want the exact bytes (pandas,
 * R) turn the guard off.
 */
import type { FieldValue } from '../../shared/fields'
import type { DocumentOrigin } from '../../shared/document'
import type { Column } from './field-selection'
import type { ExportRecord } from './records'

export const BOM = '\uFEFF'

/**
 * The starts that make a spreadsheet treat a cell as a formula: OWASP's list (= + - @ tab CR), their
 * full-width forms, and a formula sign behind spaces (U+0020, U+00A0, U+3000), line breaks or
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF).
 */
const FORMULA_START = /^[\t\r]|^[ \u00A0\u3000\n\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/

/** A text cell as a spreadsheet should show it: with a leading ' when it would otherwise be a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** `formulaGuard` defaults to on: an export is safe to open unless someone asked for the raw text. */
export function csvCell(v: FieldValue | boolean | undefined, formulaGuard = true): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  const text = formulaGuard ? guardFormula(v) : v
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`
  return text
}

export function csvLine(cells: readonly (FieldValue | boolean | undefined)[], formulaGuard = true): string {
  return cells.map((c) => csvCell(c, formulaGuard)).join(',') + '\r\n'
}

/** A web archive record as one cell: the WARC inside a WACZ, the offset, the record id. */
export function archiveRecordText(o: DocumentOrigin | null): string | null {
  const a = o?.archive
  if (!a) return null
  return `${a.entry ?? ''}#${a.offset}${a.record_id ? ` ${a.record_id}` : ''}`
}

/** The plain cell values of one record for the given columns (shared with the XLSX documents sheet). */
export function recordCells(r: ExportRecord, columns: readonly Column[]): FieldValue[] {
  return columns.map((c) => recordCell(r, c))
}

/** One column's plain value for one record. */
export function recordCell(r: ExportRecord, c: Column): FieldValue {
  switch (c.kind) {
    case 'id': return r.id
    case 'source_file': return r.fileName
    case 'sha256': return r.sha256
    case 'status': return r.status
    case 'tags': return r.tags.join(';')
    case 'approximate': return [...r.fields].filter(([, f]) => f.approximate).map(([id]) => id).join(';')
    case 'value': return r.fields.get(c.field!.id)?.value ?? null
    case 'origin': {
      const f = r.fields.get(c.field!.id)
      return f && f.value !== null ? f.origin : null
    }
    case 'note': return r.review?.note ?? ''
    case 'verified_by': return r.review?.verifiedBy ?? null
    case 'verified_at': return r.review?.verifiedAt ?? null
    case 'copies': return (r.group?.copies ?? [r.id]).join(';')
    case 'unreconciled': return (r.group?.unreconciled ?? []).join(';')
    case 'source': return r.group?.sources.get(c.field!.id) ?? null
    case 'dismissed': return (r.review?.dismissed ?? []).map((d) => `${d.code}: ${d.reason}${d.reviewer ? ` (${d.reviewer})` : ''}`).join(';')
    case 'source_format': return r.origin?.format ?? null
    case 'source_url': return r.origin?.url ?? null
    case 'captured_at': return r.origin?.captured_at ?? null
    case 'source_archive': return r.origin?.archive?.name ?? null
    case 'archive_sha256': return r.origin?.archive?.sha256 ?? null
    case 'archive_record': return archiveRecordText(r.origin ?? null)
  }
}
