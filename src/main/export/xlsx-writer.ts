/**
 * The XLSX export: a documents sheet (record columns with the document and headline fields), each
 * standard table in long form (document, row, column, value, approximate, origin: one row per stored cell),
 * the warnings and the data dictionary. Row 1 holds the ids, row 2 the Chinese labels; both are frozen.
 *
 * Written as SpreadsheetML into a yazl zip rather than through exceljs's WorkbookWriter: measured on
 * 10,000 documents the exceljs writer took ~50 s of CPU and 1.1 GB, because its sheet streams have no
 * back-pressure. Here each sheet is a lazily pulled stream that yazl reads only when its turn comes, so
 * the library is read no faster than the disk takes the zip. A sheet that reaches Excel's row limit
 * continues in a sheet named '<name> (2)'. exceljs still reads these files back in the tests.
 */
import type { WriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import yazl from 'yazl'
import type { Db } from '../library/db'
import type { FieldDef, FieldGroup } from '../../shared/fields'
import { recordCells } from './csv-format'
import { outputStreams } from './atomic-output'
import { dictionaryRows } from './dictionary'
import { recordColumns, type Column } from './field-selection'
import { chunksOf, iterateChunks, readWarnings, RecordReader, warningFields } from './records'
import { GroupedReader, type RecordSource } from './group-records'
import { yieldToLoop, type ExportControl } from './progress'
import {
  APP_XML, columnNames, contentTypesXml, coreXml, MAX_ROWS, ROOT_RELS, rowXml, SHEET_TAIL, sheetHead, sheetName,
  STYLES_XML, workbookRelsXml, workbookXml, type CellValue, type SheetColumn,
} from './xlsx-xml'

type Rows = AsyncIterator<CellValue[][]>

const TABLE_SHEETS: readonly { group: FieldGroup; name: string }[] = [
  { group: 't2', name: '表二 t2' },
  { group: 't2v19', name: '表二(2019) t2v19' },
  { group: 't3', name: '表三 t3' },
  { group: 't4', name: '表四 t4' },
]
const TABLE_GROUPS = new Set<FieldGroup>(TABLE_SHEETS.map((t) => t.group))
// deflate level: XML of numbers compresses nearly as well at 3 as at 6, in half the time
const COMPRESSION = 3

/** How many passes over the documents an XLSX export of these fields makes (for the progress total). */
export function xlsxPasses(fields: readonly FieldDef[]): number {
  return 2 + TABLE_SHEETS.filter((t) => fields.some((f) => f.group === t.group)).length
}

function columnWidth(c: Column): number {
  if (c.kind === 'source_file') return 32
  if (c.kind === 'sha256') return 18
  if (c.kind === 'tags' || c.kind === 'approximate' || c.kind === 'verified_by' || c.kind === 'verified_at') return 16
  if (c.kind === 'note' || c.kind === 'dismissed') return 30
  if (c.kind === 'id' || c.kind === 'status' || c.kind === 'origin') return 10
  const f = c.field
  if (f?.id === 'title' || f?.id === 'agency') return 40
  if (f?.type === 'text') return 16
  return 12
}

/** An XLSX package being written: sheets one after another, then the parts that list them. */
export class XlsxPackage {
  private readonly zip = new yazl.ZipFile()
  private readonly out: WriteStream
  private readonly closed: Promise<void>
  private readonly sheets: string[] = []
  private readonly taken = new Set<string>()
  private failure: Error | null = null
  /** rejects at the first error of the file or the zip: a failed disk stops the pipe, and without this
   *  race a sheet would wait forever for yazl to read it (issue 10: the export that never ended) */
  private readonly failed: Promise<never>
  private current: Readable | null = null

  /**
   * `maxRows` is Excel's limit; tests lower it to see a sheet continue. `cancelled` (ExportControl's
   * whenCancelled) ends a wait on the disk when the export is cancelled.
   */
  constructor(path: string, private readonly maxRows: number = MAX_ROWS, private readonly cancelled: Promise<never> = new Promise(() => {})) {
    this.out = outputStreams.open(path)
    let failNow: (e: Error) => void = () => {}
    this.failed = new Promise<never>((_ok, fail) => { failNow = fail })
    this.failed.catch(() => {}) // observed by the races below
    const onFailure = (e: Error): void => { this.failure ??= e; failNow(e) }
    this.closed = new Promise((ok, fail) => {
      this.out.once('close', () => (this.failure ? fail(this.failure) : ok()))
      this.out.once('error', onFailure)
    })
    this.closed.catch(() => {}) // observed in finish(); a cancelled export never gets there
    this.zip.on('error', onFailure)
    this.zip.outputStream.pipe(this.out)
  }

  /** Waits for `p`, unless the file fails or the export is cancelled first. */
  private until<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.failed, this.cancelled])
  }

  /** Streams one logical sheet from `rows`, spilling into continuation sheets at Excel's row limit. */
  async addSheet(name: string, columns: readonly SheetColumn[], rows: Rows): Promise<void> {
    const names = columnNames(columns.length)
    const maxRows = this.maxRows
    let carried: CellValue[][] = []
    let exhausted = false
    while (!exhausted) {
      const title = sheetName(name, this.taken)
      this.taken.add(title.toLowerCase())
      this.sheets.push(title)
      async function* xml(): AsyncGenerator<string> {
        yield sheetHead(columns, names)
        let row = 3
        for (;;) {
          if (carried.length === 0) {
            const next = await rows.next()
            if (next.done) { exhausted = true; break }
            carried = next.value
          }
          let piece = ''
          let i = 0
          for (; i < carried.length && row <= maxRows; i++) piece += rowXml(row++, carried[i], names)
          carried = i === carried.length ? [] : carried.slice(i)
          if (piece) yield piece
          if (row > maxRows) break
        }
        yield SHEET_TAIL
      }
      const stream = Readable.from(xml(), { objectMode: false })
      this.current = stream
      await this.until(new Promise<void>((ok, fail) => {
        stream.once('end', ok)
        stream.once('error', fail)
        this.zip.addReadStream(stream, `xl/worksheets/sheet${this.sheets.length}.xml`, { compressionLevel: COMPRESSION })
      }))
      this.current = null
      if (this.failure) throw this.failure
    }
  }

  async finish(): Promise<void> {
    const n = this.sheets.length
    const part = (text: string, path: string): void => this.zip.addBuffer(Buffer.from(text, 'utf8'), path, { compressionLevel: COMPRESSION })
    part(contentTypesXml(n), '[Content_Types].xml')
    part(ROOT_RELS, '_rels/.rels')
    part(coreXml(new Date()), 'docProps/core.xml')
    part(APP_XML, 'docProps/app.xml')
    part(workbookXml(this.sheets), 'xl/workbook.xml')
    part(workbookRelsXml(n), 'xl/_rels/workbook.xml.rels')
    part(STYLES_XML, 'xl/styles.xml')
    this.zip.end()
    await this.until(this.closed)
  }

  async abandon(): Promise<void> {
    this.current?.destroy()
    this.zip.outputStream.unpipe(this.out)
    if (!this.out.closed) {
      await new Promise<void>((ok) => { this.out.once('close', () => ok()); this.out.destroy() })
    }
  }
}

export async function writeXlsx(
  db: Db, path: string, ids: readonly number[], fields: readonly FieldDef[], provenance: boolean, control: ExportControl,
  /** by report (issue 13): `ids` are the units' first documents, each a row folding its copies */
  units?: Map<number, number[]>,
): Promise<void> {
  const reader = (fieldIds: string[]): RecordSource => (units ? new GroupedReader(db, fieldIds, false, units) : new RecordReader(db, fieldIds, false))
  const pkg = new XlsxPackage(path, MAX_ROWS, control.whenCancelled())
  try {
    // 1. documents: the record columns with the document and headline fields in wide form
    const wide = fields.filter((f) => !TABLE_GROUPS.has(f.group))
    const columns = recordColumns(wide, provenance, units !== undefined)
    const docReader = reader(wide.map((f) => f.id))
    await pkg.addSheet('文档 documents', columns.map((c) => ({ key: c.key, zh: c.zh, width: columnWidth(c) })), (async function* () {
      for await (const records of iterateChunks(docReader, ids, control)) yield records.map((r) => recordCells(r, columns))
    })())

    // 2. each standard table in long form
    for (const t of TABLE_SHEETS) {
      const cells = fields.filter((f) => f.group === t.group).map((f) => {
        const [, row, column] = f.id.split('.')
        return { id: f.id, row, column }
      })
      if (cells.length === 0) continue
      const cellReader = reader(cells.map((c) => c.id))
      await pkg.addSheet(t.name, [
        { key: 'document', zh: '文档编号', width: 10 },
        { key: 'row', zh: '行', width: 22 },
        { key: 'column', zh: '列', width: 12 },
        { key: 'value', zh: '数值', width: 10 },
        { key: 'approximate', zh: '近似值', width: 8 },
        { key: 'origin', zh: '来源', width: 10 },
      ], (async function* () {
        for await (const records of iterateChunks(cellReader, ids, control)) {
          const rows: CellValue[][] = []
          for (const r of records) {
            for (const c of cells) {
              const cell = r.fields.get(c.id)
              if (cell) rows.push([r.id, c.row, c.column, cell.value, cell.approximate ? 'yes' : null, cell.origin])
            }
          }
          yield rows
        }
      })())
    }

    // 3. warnings
    await pkg.addSheet('提示 warnings', [
      { key: 'document', zh: '文档编号', width: 10 },
      { key: 'source_file', zh: '来源文件', width: 32 },
      { key: 'source', zh: '来源', width: 8 },
      { key: 'severity', zh: '级别', width: 8 },
      { key: 'code', zh: '代码', width: 20 },
      { key: 'message', zh: '说明', width: 60 },
      { key: 'message_en', zh: '说明（英文）', width: 60 },
      { key: 'fields', zh: '相关字段', width: 24 },
    ], (async function* () {
      for (const chunk of chunksOf(ids)) {
        control.check()
        yield readWarnings(db, units ? chunk.flatMap((u) => units.get(u) ?? [u]) : chunk).map((w) => [w.document_id, w.file_name, w.source, w.severity, w.code, w.message, w.message_en, warningFields(w.fields)])
        control.step(null, chunk.length)
        await yieldToLoop()
      }
    })())

    // 4. the data dictionary
    await pkg.addSheet('字典 dictionary', [
      { key: 'id', zh: '字段编号', width: 30 },
      { key: 'zh', zh: '中文', width: 40 },
      { key: 'en', zh: 'English', width: 40 },
      { key: 'type', zh: '类型', width: 12 },
      { key: 'group', zh: '分组', width: 10 },
    ], (async function* () {
      yield dictionaryRows(fields).map((d) => [d.id, d.zh, d.en, d.type, d.group])
    })())

    control.check()
    await pkg.finish()
  } catch (e) {
    await pkg.abandon()
    throw e
  }
}
