/**
 * Import and export as jobs: the registry gives them an id, progress and cancel; a finished import
 * announces 'library.changed'. Browser-mode uploads come in here too (importBuffers).
 */
import { join } from 'node:path'
import type { ExportSettings, ImportSummary } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import { runExport } from '../export'
import { temporaryExportDir } from '../export/leftovers'
import { libraryFiles } from '../export/protected-paths'
import { type ImportProgress, importBuffers, importPaths } from '../import'
import { WorkerPool } from '../import/worker-pool'
import type { ServiceContext } from './context'
import { readOriginal } from '../library/documents'
import { replaceDocumentText } from '../library/replace-text'
import { applyCrossYearWarnings } from '../import/cross-year'
import { revalidate } from './revalidate'
import { runCheckInWorker } from '../library/check-runner'

export interface UploadedFile { name: string; bytes: Uint8Array }

function announce(ctx: ServiceContext, s: ImportSummary): void {
  if (s.imported.length > 0) ctx.events.emit('library.changed', { ids: s.imported.map((i) => i.id) })
}

/**
 * Imports run one after another: each has its own pool of parse workers, and the browser sends one
 * upload per file, so a hundred files dropped at once must not start a hundred pools. A queued job
 * waits its turn (cancelling it while it waits ends it at once).
 */
const importQueues = new WeakMap<ServiceContext, Promise<unknown>>()

/**
 * One pool of parse workers for the app's imports, kept warm between them: the browser sends one upload
 * per file, and a fresh pool per file paid worker start-up and pdfjs's load (about 0.3 s and 0.6 s) for
 * every file. Workers stop after a minute without work, to give their memory back.
 */
const pools = new WeakMap<ServiceContext, WorkerPool>()
const POOL_IDLE_MS = 60_000

function importPool(ctx: ServiceContext): WorkerPool {
  let pool = pools.get(ctx)
  if (!pool) {
    pool = new WorkerPool({ idleMs: POOL_IDLE_MS })
    pools.set(ctx, pool)
  }
  return pool
}

/** Stop the shared workers (the services are shutting down). */
export async function closeImportPool(ctx: ServiceContext): Promise<void> {
  const pool = pools.get(ctx)
  pools.delete(ctx)
  await pool?.destroy()
}

function queuedImport(ctx: ServiceContext, run: (o: { signal: AbortSignal; onProgress: (p: ImportProgress) => void }) => Promise<ImportSummary>): { job: string } {
  const before = importQueues.get(ctx) ?? Promise.resolve()
  const job = ctx.jobs.start('import', async ({ signal, progress }) => {
    await before.catch(() => undefined)
    const summary = await run({ signal, onProgress: (p) => progress(p.done, p.total, p.current ?? null, p.pages) })
    announce(ctx, summary)
    return { kind: 'import', summary }
  })
  importQueues.set(ctx, job.done)
  return { job: job.id }
}

/** Desktop: the native open dialog (main's), then an import of what the person picked; null when cancelled. */
/** `ocrPages`: the desk's setting, pages of one scan read at once (validated at the door; default 1). */
export async function chooseAndImport(ctx: ServiceContext, folder: boolean, ocrPages?: number): Promise<{ job: string | null }> {
  if (!ctx.chooseImport) throw new ApiError('bad_request', 'in the browser, add files with the import button or by dropping them (upload)')
  const paths = await ctx.chooseImport({ folder })
  if (!paths || paths.length === 0) return { job: null }
  return queuedImport(ctx, (o) => importPaths(ctx.db, paths, { ...o, pool: importPool(ctx), ocr: { pagesAtOnce: ocrPages ?? 1 } }))
}

export function startUpload(ctx: ServiceContext, files: UploadedFile[], ocrPages?: number): { job: string } {
  if (files.length === 0) throw new ApiError('bad_request', 'no files to import')
  return queuedImport(ctx, (o) => importBuffers(ctx.db, files, { ...o, pool: importPool(ctx), ocr: { pagesAtOnce: ocrPages ?? 1 } }))
}

const EXTENSIONS: Record<ExportSettings['format'], string> = { csv: 'csv', xlsx: 'xlsx', jsonl: 'jsonl', bagit: 'bag' }

/** Browser mode: exports without a path go to a private temporary folder of this process (leftovers.ts). */
export function temporaryExportPath(req: ExportSettings): string {
  const exportDir = temporaryExportDir()
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
  return join(exportDir, `annalist-${stamp}-${Math.random().toString(36).slice(2, 8)}.${EXTENSIONS[req.format]}`)
}

/** The place to write always comes from main (save dialog or temporary folder), never from the caller. */
export async function startExport(ctx: ServiceContext, req: ExportSettings): Promise<{ job: string }> {
  const out = await ctx.exportPath(req)
  if (out === null) throw new ApiError('cancelled', 'no place to write the export was chosen')
  // a path from the save dialog (or a fresh temporary name) may replace a file: the dialog asked already
  const force = true
  const job = ctx.jobs.start('export', async ({ signal, progress }) => {
    // ctx.path: the library as the person named it (the db may be a read-only snapshot of it)
    const summary = await runExport(ctx.db, { ...req, out }, { signal, force, protect: libraryFiles(ctx.path), onProgress: (p) => progress(p.done, p.total, p.current) })
    return { kind: 'export', summary }
  })
  return { job: job.id }
}

/**
 * documents.reocr: the stored original read again by OCR in the shared parse pool (never on the main
 * thread), its pages reported as they are read; cancel stops the worker. The text and the automatic values
 * are replaced in one transaction at the end: a cancel or a failure leaves the document as it was.
 */
export function startReocr(ctx: ServiceContext, id: number, ocrPages = 1): { job: string } {
  const row = ctx.db.prepare('SELECT kind, file_name FROM documents WHERE id = ?').get(id) as { kind: string; file_name: string } | undefined
  if (!row) throw new ApiError('not_found', `no document ${id}`)
  if (row.kind !== 'pdf' && row.kind !== 'image') {
    throw new ApiError('bad_request', `only PDF and image documents can be read by OCR; this one is ${row.kind.toUpperCase()} (只有 PDF 和图片可以进行 OCR 识别)`)
  }
  const job = ctx.jobs.start('reocr', async ({ signal, progress }) => {
    const bytes = readOriginal(ctx.db, id)
    if (!bytes) return { kind: 'reocr', summary: null, error: `no original kept for document ${id}` }
    progress(0, 1, row.file_name)
    let res
    try {
      res = await importPool(ctx).run(
        { type: 'parse', name: row.file_name, bytes: new Uint8Array(bytes), ocr: { pagesAtOnce: ocrPages }, forceOcr: true },
        { signal, onProgress: (p) => progress(0, 1, row.file_name, p) },
      )
    } catch (e) {
      return { kind: 'reocr', summary: null, error: e instanceof Error ? e.message : String(e) }
    }
    if (!res.ok) return { kind: 'reocr', summary: null, error: res.message }
    if (!res.parsed || !res.extraction) return { kind: 'reocr', summary: null, error: res.extractError ?? 'the reader returned no document' }
    replaceDocumentText(ctx.db, id, res.parsed, { text: res.clean.text, map: res.clean.map }, res.extraction)
    applyCrossYearWarnings(ctx.db, [id])
    if (ctx.db.prepare("SELECT 1 FROM fields WHERE document_id = ? AND origin != 'auto' LIMIT 1").get(id) !== undefined) revalidate(ctx.db, [id])
    progress(1, 1, null)
    ctx.events.emit('library.changed', { ids: [id] })
    return { kind: 'reocr', summary: { id, pages: res.parsed.pageCount ?? 0 } }
  })
  return { job: job.id }
}

/**
 * library.check: `annalist check` as a job, in a worker thread on a read connection of its own
 * (library/check-runner.ts): the app answers and saves corrections while it runs. One check at a time.
 */
const checks = new WeakMap<ServiceContext, string>()
export function startCheck(ctx: ServiceContext): { job: string } {
  const running = checks.get(ctx)
  if (running && ctx.jobs.get(running)?.state === 'running') return { job: running }
  const job = ctx.jobs.start('check', async ({ signal, progress }) => {
    const summary = await runCheckInWorker(ctx.path, {
      signal,
      cancelled: () => new ApiError('cancelled', 'check cancelled'),
      onProgress: (p) => progress(p.done, p.total, p.phase, undefined, { done: p.bytes, total: p.totalBytes }, p.elapsed),
    })
    return { kind: 'check', summary: { ok: summary.ok, lines: summary.lines } }
  })
  checks.set(ctx, job.id)
  return { job: job.id }
}
