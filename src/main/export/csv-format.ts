/**
 * CSV as RFC 4180 wants it and Excel reads it: UTF-8 with a BOM, CRLF rows, a field quoted when it holds
 * a quote, comma, CR or LF (or leading/trailing blanks), quotes doubled. Numbers are written bare so that
 * they stay numbers.
 */
import type { FieldValue } from '../../shared/fields'
import type { Column } from './field-selection'
import type { ExportRecord } from './records'

export const BOM = '\uFEFF'

export function csvCell(v: FieldValue | boolean | undefined): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (/[",\r\n]/.test(v) || /^\s|\s$/.test(v)) return `"${v.replace(/"/g, '""')}"`
  return v
}

export function csvLine(cells: readonly (FieldValue | boolean | undefined)[]): string {
  return cells.map(csvCell).join(',') + '\r\n'
}

/** The plain cell values of one record for the given columns (shared with the XLSX documents sheet). */
export function recordCells(r: ExportRecord, columns: readonly Column[]): FieldValue[] {
  return columns.map((c) => {
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
    }
  })
}
