/**
 * SpreadsheetML (ECMA-376) pieces for the XLSX export: the fixed package parts, a worksheet's head and
 * tail, and rows of inline-string / number cells. Written by hand because a row of XML built as a string
 * costs a fraction of a row object in exceljs: 10,000 documents give ~2 million table cells.
 */
export type CellValue = string | number | null | undefined

/** Excel's limits: rows per sheet, characters per cell, characters in a sheet name. */
export const MAX_ROWS = 1_048_576
const MAX_CELL_CHARS = 32_767
const MAX_SHEET_NAME = 31

export const STYLE_LABEL = 1
export const STYLE_ID = 2

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

export function columnName(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

// characters XML 1.0 cannot hold, and UTF-16 halves without their partner
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const NEEDS_ESCAPE = /[&<>"]/

export function escapeXml(s: string): string {
  const clean = s.replace(INVALID_XML, '\uFFFD')
  if (!NEEDS_ESCAPE.test(clean)) return clean
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function textCell(ref: string, v: string, style: string): string {
  const t = v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS - 1) + '…' : v
  const space = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''
  return `<c r="${ref}" t="inlineStr"${style}><is><t${space}>${escapeXml(t)}</t></is></c>`
}

/** Column letters, computed once per sheet width. */
export function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => columnName(i))
}

export function rowXml(rowNumber: number, values: readonly CellValue[], names: readonly string[], style = 0): string {
  const s = style ? ` s="${style}"` : ''
  let xml = `<row r="${rowNumber}">`
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v === null || v === undefined || v === '') continue
    const ref = names[i] + rowNumber
    if (typeof v === 'number') {
      if (Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${v}</v></c>`
    } else {
      xml += textCell(ref, v, s)
    }
  }
  return xml + '</row>'
}

export interface SheetColumn { key: string; zh: string; width: number }

/** The worksheet up to the open <sheetData>: frozen header rows, column widths, the two header rows. */
export function sheetHead(columns: readonly SheetColumn[], names: readonly string[]): string {
  const frozen = 2
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')
  return DECL + `<worksheet ${NS}><sheetViews><sheetView workbookViewId="0">`
    + `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
    + `</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
    + rowXml(1, columns.map((c) => c.key), names, STYLE_ID)
    + rowXml(2, columns.map((c) => c.zh), names, STYLE_LABEL)
}

export const SHEET_TAIL = '</sheetData></worksheet>'

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, MAX_SHEET_NAME)
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix
  }
  return name
}

export function workbookXml(sheets: readonly string[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
  return DECL + `<workbook ${NS}><bookViews><workbookView/></bookViews><sheets>${list}</sheets></workbook>`
}

export function workbookRelsXml(sheetCount: number): string {
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`
  let xml = ''
  for (let i = 1; i <= sheetCount; i++) xml += rel(`rId${i}`, 'worksheet', `worksheets/sheet${i}.xml`)
  xml += rel(`rId${sheetCount + 1}`, 'styles', 'styles.xml')
  return DECL + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${xml}</Relationships>`
}

export function contentTypesXml(sheetCount: number): string {
  let sheets = ''
  for (let i = 1; i <= sheetCount; i++) {
    sheets += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
  }
  return DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    + sheets + '</Types>'
}

export const ROOT_RELS = DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
  + '</Relationships>'

export function coreXml(created: Date): string {
  const at = created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + '<dc:creator>Annalist</dc:creator>'
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>`
    + '</cp:coreProperties>'
}

export const APP_XML = DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Annalist</Application></Properties>'

/** Styles: 0 plain, 1 bold (Chinese labels), 2 bold grey (field ids). */
export const STYLES_XML = DECL + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
  + '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
  + '<font><b/><sz val="11"/><color rgb="FF666666"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>'
