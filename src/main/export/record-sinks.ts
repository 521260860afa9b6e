/**
 * Files that receive export records one at a time (CSV, JSON Lines), so one pass over the library can
 * feed several outputs (the bag writes both) and nothing is held beyond the current record.
 */
import type { FieldDef } from '../../shared/fields'
import { TextFileWriter } from './atomic-output'
import { BOM, csvLine } from './csv-format'
import { CsvRows } from './csv-rows'
import type { Column } from './field-selection'
import { jsonlBytes, jsonlLayout } from './jsonl-format'
import type { ExportRecord } from './records'

export interface RecordSink {
  /** a chunk of records goes to the file as one write: 100 writes instead of 10,000 on a large export */
  write(records: readonly ExportRecord[]): Promise<void>
  /** finishes the file; returns its size in bytes */
  close(): Promise<number>
  abandon(): Promise<void>
}

/** `formulaGuard`: text cells that a spreadsheet would run as a formula get a leading ' (see csv-format). */
export async function openCsvSink(path: string, columns: readonly Column[], labels: boolean, formulaGuard: boolean): Promise<RecordSink> {
  const out = await TextFileWriter.open(path)
  await out.write(BOM + csvLine(columns.map((c) => c.key), formulaGuard))
  if (labels) await out.write(csvLine(columns.map((c) => c.zh), formulaGuard))
  const rows = new CsvRows(columns, formulaGuard)
  const batch = new BatchedText(out)
  return {
    write: (records) => batch.add(records.map((r) => rows.line(r)).join('')),
    close: async () => { await batch.flush(); return out.close() },
    abandon: () => out.abandon(),
  }
}

export async function openJsonlSink(path: string, fields: readonly FieldDef[]): Promise<RecordSink> {
  const out = await TextFileWriter.open(path)
  const layout = jsonlLayout(fields)
  return {
    write: (records) => out.write(jsonlBytes(records, layout)),
    close: () => out.close(),
    abandon: () => out.abandon(),
  }
}

/**
 * Chunks of text gathered into writes of about a mebibyte: a chunk of CSV lines is ~50 KB, and each write
 * costs a hand-over to the thread pool whatever its size (issue 15).
 */
class BatchedText {
  private parts: string[] = []
  private size = 0
  constructor(private readonly out: TextFileWriter, private readonly limit = 1 << 20) {}

  async add(text: string): Promise<void> {
    this.parts.push(text)
    this.size += text.length
    if (this.size >= this.limit) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return
    const text = this.parts.join('')
    this.parts = []
    this.size = 0
    await this.out.write(text)
  }
}
