/**
 * Exports of the library: CSV, XLSX, JSON Lines and BagIt. Every export reads the library in chunks and
 * writes as it reads (bounded memory), reports progress, can be cancelled through an AbortSignal, and
 * writes into a temporary sibling of `out` that is renamed into place only when complete.
 */
import { stat } from 'node:fs/promises'
import type { Db } from '../library/db'
import { ApiError, type ExportFormat, type ExportRequest, type ExportSummary } from '../../shared/contract'
import { writeAtomically, type OutputOptions } from './atomic-output'
import { libraryFiles } from './protected-paths'
import { BAG_EXTRA_STEPS, writeBag } from './bagit-writer'
import { listFiles } from './bagit-format'
import { recordColumns, selectFields } from './field-selection'
import { ExportControl, type ExportOptions } from './progress'
import { openCsvSink, openJsonlSink, type RecordSink } from './record-sinks'
import { iterateChunks, RecordReader, scopeIds } from './records'
import { writeXlsx, xlsxPasses } from './xlsx-writer'
import { GroupedReader, reportUnits } from './group-records'

export { verifyBag, type BagVerification } from './bag-verify'
export type { ExportOptions, ExportProgress } from './progress'

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl', 'bagit']

/** How many documents `req` would export (validates the request the same way runExport does). */
export function countExport(db: Db, req: ExportRequest): number {
  selectFields(req)
  const ids = scopeIds(db, req)
  return req.byGroup ? reportUnits(db, ids).size : ids.length
}

export async function runExport(db: Db, req: ExportRequest, opts: ExportOptions = {}): Promise<ExportSummary> {
  if (!FORMATS.includes(req.format)) throw new ApiError('bad_request', `unknown export format: ${String(req.format)} (csv, xlsx, jsonl, bagit)`)
  if (!req.out) throw new ApiError('bad_request', 'the export needs an output path')
  const out = req.out
  const fields = selectFields(req)
  const docIds = scopeIds(db, req)
  // by report (issue 13): one row per group of copies; `ids` are then the units' first documents
  const units = req.byGroup ? reportUnits(db, docIds) : null
  const ids = units ? [...units.keys()] : docIds
  const labels = req.labels ?? false
  const provenance = req.provenanceColumns ?? false
  const formulaGuard = req.formulaGuard ?? true
  // the library being read (and its -wal/-shm) is never the place an export goes, even with force
  const library = db.memory ? [] : libraryFiles(db.name)
  const output: OutputOptions = { force: opts.force ?? false, protect: [...library, ...(opts.protect ?? [])] }

  if (req.format === 'bagit') {
    const control = new ExportControl(docIds.length + BAG_EXTRA_STEPS, opts)
    control.start()
    const bytes = await writeAtomically(out, 'dir', async (tmp) => {
      await writeBag(db, tmp, docIds, fields, { labels, provenance, formulaGuard, bagInfo: opts.bagInfo, units: units ?? undefined }, control)
      return dirBytes(tmp)
    }, () => control.check(), output)
    return { path: out, documents: docIds.length, bytes, format: 'bagit' }
  }

  if (req.format === 'xlsx') {
    const control = new ExportControl(ids.length * xlsxPasses(fields), opts)
    control.start()
    const bytes = await writeAtomically(out, 'file', async (tmp) => {
      await writeXlsx(db, tmp, ids, fields, provenance, control, units ?? undefined)
      return (await stat(tmp)).size
    }, () => control.check(), output)
    return { path: out, documents: ids.length, bytes, format: 'xlsx' }
  }

  const control = new ExportControl(ids.length, opts)
  control.start()
  const readProvenance = req.format === 'jsonl'
  const bytes = await writeAtomically(out, 'file', async (tmp) => {
    const sink: RecordSink = req.format === 'csv'
      ? await openCsvSink(tmp, recordColumns(fields, provenance, units !== null), labels, formulaGuard)
      : await openJsonlSink(tmp, fields)
    const fieldIds = fields.map((f) => f.id)
    const reader = units ? new GroupedReader(db, fieldIds, readProvenance, units) : new RecordReader(db, fieldIds, readProvenance, req.format === 'jsonl')
    try {
      // one write in flight while the next chunk is read: the disk and SQLite work side by side
      let writing: Promise<void> = Promise.resolve()
      for await (const records of iterateChunks(reader, ids, control)) {
        await writing
        writing = sink.write(records)
        writing.catch(() => undefined) // a failed write is thrown by the next await, not reported as unhandled
      }
      await writing
      return await sink.close()
    } catch (e) {
      await sink.abandon()
      throw e
    }
  }, () => control.check(), output)
  return { path: out, documents: ids.length, bytes, format: req.format }
}

async function dirBytes(dir: string): Promise<number> {
  const { files } = await listFiles(dir, '.')
  let total = 0
  for (const f of files) total += (await stat(`${dir}/${f}`)).size
  return total
}
