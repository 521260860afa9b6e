/**
 * The import pipeline. The main thread only reads, hashes, dedupes and writes; parsing, cleaning and
 * extraction run in a pool of worker threads. Files are read a few at a time (bounded in-flight), so a
 * folder of 10,000 reports never sits in memory. Each document is stored atomically (its own savepoint;
 * ready documents share a commit, see batched-writer.ts): a kill mid-import leaves whole documents only,
 * and running the same import again completes it (the finished ones come back as duplicates). One bad
 * file never stops the batch: it is reported with its reason.
 *
 * Callers: pass an open library (src/main/library/db.ts); progress and cancel through ImportOptions.
 */
import { createHash } from 'node:crypto'
import { basename, resolve } from 'node:path'
import type { Db } from '../library/db'
import type { ImportSummary, ImportedItem } from '../../shared/contract'
import { MAX_OCR_PAGES_AT_ONCE } from '../../shared/contract'
import type { DocWarning } from '../../shared/document'
import { MAX_FILE_BYTES } from '../ingest/index'
import { findBySha256 } from '../library/documents'
import { BatchedWriter } from './batched-writer'
import { finishImportRun, startImportRun } from '../library/import-runs'
import { discoverFiles } from './discover'
import { readFoundFile, readFoundFileSync, sniffFoundFile } from './read-found'
import { TaskFailed, WorkerPool, defaultPoolSize } from './worker-pool'
import { runBounded } from './run-bounded'
import { Turns } from './turns'
import { applyCrossYearWarnings } from './cross-year'
import { open } from 'node:fs/promises'
import type { DocumentOrigin } from '../../shared/document'
import type { ArchiveBytes } from './web-archive/archive-bytes'
import { ARCHIVE_SNIFF_BYTES, mayBeWebArchive, webArchiveKind, type WebArchiveKind } from './web-archive/archive-kind'
import { expandArchive } from './web-archive/expand'
import { NOT_A_REPORT_PAGE, pageIsReport } from './web-archive/is-report'
import { refreshCopyGroups } from '../dataset/copy-store'

export { reextractAll } from './reextract'
export type { ReextractOptions } from './reextract'

/** `pages`: the current file is being read by OCR, this many of its pages done (issue 14). */
export interface ImportProgress { done: number; total: number; current: string | null; pages?: { done: number; total: number } }

/** OCR of scans and images: how many pages of one document at once (default 1), or false for none. */
export type ImportOcr = { pagesAtOnce?: number } | false

function ocrRequest(opts: ImportOptions): { ocr: { pagesAtOnce: number } | false } {
  if (opts.ocr === false) return { ocr: false }
  return { ocr: { pagesAtOnce: Math.max(1, Math.min(MAX_OCR_PAGES_AT_ONCE, Math.floor(opts.ocr?.pagesAtOnce ?? 1))) } }
}

export interface ImportOptions {
  onProgress?(p: ImportProgress): void
  signal?: AbortSignal
  /** number of parse workers; default one per core */
  workers?: number
  /** per-worker heap limit (MB); default 1024 */
  workerHeapMb?: number
  /** per-file time limit (ms); default 120 s */
  fileTimeoutMs?: number
  /**
   * A long-lived pool to parse in (the app keeps one, so that a browser upload of one file per request
   * does not start fresh workers and load pdfjs again each time). Default: a pool for this import only.
   */
  pool?: WorkerPool
  ocr?: ImportOcr
}

interface Source {
  /** as reported in the summary: the path as given or found, or the upload's name */
  file: string
  name: string
  path: string | null
  size: number | null
  load(): Promise<Uint8Array>
  /** a record of a web archive (issue 14): its capture, and whether it must read as a report to be kept */
  origin?: Omit<DocumentOrigin, 'format'>
  reportCheck?: boolean
  /** index in summary.archives */
  archive?: number
}

type Outcome =
  | { kind: 'imported'; item: ImportedItem }
  | { kind: 'duplicate'; id: number }
  | { kind: 'failed'; error: string; diskFull?: boolean }
  | { kind: 'skipped'; reason: string }
/** parsed and queued for writing: the worker slot is free again, the outcome comes with the commit */
type Queued = { kind: 'queued'; written: Promise<Outcome> }

const MB = 1024 * 1024
/** Files above this are read one at a time. */
const BIG_FILE_BYTES = 32 * MB
/** Files above this are read at most two per worker at once (the many lanes are for small reports). */
const MEDIUM_FILE_BYTES = 1 * MB
/**
 * Files in flight per worker (read, waiting for a worker, parsed): enough that the pool can keep a deep queue
 * of small reports in each worker while the main thread commits (worker-pool.ts SMALL_DEPTH).
 */
const LANES_PER_WORKER = 40

/** Files up to this size are read synchronously (read-found.ts readFoundFileSync). */
const SYNC_READ_BYTES = 256 * 1024

/** At most `n` holders at once; acquire() resolves with the release. */
class Limiter {
  private held = 0
  private readonly waiting: (() => void)[] = []
  constructor(private readonly n: number) {}
  async acquire(): Promise<() => void> {
    if (this.held >= this.n) await new Promise<void>((res) => this.waiting.push(res))
    else this.held++
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      // the slot passes straight to the next waiter, or is given back
      if (next) next()
      else this.held--
    }
  }
}

function tooLarge(size: number): string {
  return `file is ${(size / MB).toFixed(1)} MB, larger than the ${Math.round(MAX_FILE_BYTES / MB)} MB limit (文件过大)`
}

function extractFailedWarning(message: string): DocWarning {
  return {
    code: 'extract_failed',
    severity: 'error',
    message: `字段提取失败：${message}`,
    message_en: `field extraction failed: ${message}`,
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** SQLite's SQLITE_FULL (it reports a write's ENOSPC as that), or ENOSPC itself. */
export function isDiskFull(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  return code === 'SQLITE_FULL' || code === 'ENOSPC'
}

function diskFullMessage(imported: number, notImported: number): string {
  return `the disk holding the library is full: the import stopped (${imported} imported and kept, ${notImported} not imported); ` +
    `free some space and import again (磁盘已满，导入已停止：已导入 ${imported} 个并已保存，${notImported} 个未导入；请释放空间后重新导入)`
}

/** What web archives add to an import before it starts: their records as sources, what they skipped. */
interface Expanded { sources: Source[]; failed: ImportSummary['failed']; skipped: NonNullable<ImportSummary['skipped']>; archives: NonNullable<ImportSummary['archives']> }

/**
 * Replace each web archive among the sources by its records (web-archive/expand.ts); other files pass as
 * they are. `where`: the archive's bytes (the file on disk, streamed; an upload in memory), or null when
 * the source is not an archive.
 */
async function expandWebArchives(
  sources: Source[], where: (src: Source) => Promise<{ head: Uint8Array; bytes: ArchiveBytes } | null>, signal?: AbortSignal,
): Promise<Expanded> {
  const out: Expanded = { sources: [], failed: [], skipped: [], archives: [] }
  for (const src of sources) {
    let found: { head: Uint8Array; bytes: ArchiveBytes } | null = null
    let kind: WebArchiveKind | null = null
    try {
      found = await where(src)
      kind = found ? await webArchiveKind(found.head, found.bytes) : null
    } catch {
      kind = null
    }
    if (!found || !kind) {
      out.sources.push(src)
      continue
    }
    try {
      const x = await expandArchive(src.file, found.bytes, kind, signal)
      const archive = out.archives.length
      out.archives.push({ file: src.file, records: x.records, reports: 0, skipped: x.skipped.length })
      out.skipped.push(...x.skipped)
      if (x.error) out.failed.push({ file: src.file, error: `web archive (${kind.toUpperCase()}) read up to a damaged place, ${x.records} records before it taken: ${x.error} (网页归档部分损坏)` })
      for (const it of x.items) out.sources.push({ file: it.file, name: it.name, path: src.path, size: it.size, load: it.load, origin: it.origin, reportCheck: it.reportCheck, archive })
    } catch (e) {
      out.failed.push({ file: src.file, error: `web archive (${kind.toUpperCase()}) could not be read: ${errorText(e)} (网页归档无法读取)` })
    }
  }
  return out
}

async function fileHead(real: string | Buffer): Promise<Uint8Array> {
  const fh = await open(real, 'r')
  try {
    const buf = Buffer.alloc(64 * 1024)
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

export async function importPaths(db: Db, paths: string[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const found = await discoverFiles(paths, opts.signal)
  const reals = new Map<Source, string | Buffer>()
  const plain: Source[] = found.files.map((f) => {
    const src: Source = {
      file: f.file,
      name: basename(f.file),
      path: resolve(f.file),
      size: f.size,
      load: f.size <= SYNC_READ_BYTES ? async () => readFoundFileSync(f.real, MAX_FILE_BYTES) : () => readFoundFile(f.real, MAX_FILE_BYTES),
    }
    reals.set(src, f.real)
    return src
  })
  // every file's first bytes, read synchronously a few hundred files a turn of the event loop; only a file
  // that may be a web archive is read further (issue 15: 64 KB of each of 200,000 files took a minute)
  let sniffed = 0
  const x = await expandWebArchives(plain, async (src) => {
    const real = reals.get(src)
    if (real === undefined) return null
    if (++sniffed % 256 === 0) await new Promise((resolve) => setImmediate(resolve))
    if (!mayBeWebArchive(sniffFoundFile(real, ARCHIVE_SNIFF_BYTES))) return null
    return { head: await fileHead(real), bytes: { path: real } }
  }, opts.signal)
  const summary = await importSources(db, x.sources, paths, opts, x.archives)
  summary.failed.unshift(...found.failed, ...x.failed)
  const skipped = [...found.skipped, ...x.skipped, ...(summary.skipped ?? [])]
  if (skipped.length > 0) summary.skipped = skipped
  return summary
}

/** Browser-mode upload: the files are already in memory. */
export async function importBuffers(db: Db, files: { name: string; bytes: Uint8Array }[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const held = new Map<Source, Uint8Array>()
  const plain: Source[] = files.map((f) => {
    const src: Source = {
      file: f.name,
      name: basename(f.name.replace(/\\/g, '/')),
      path: null,
      size: f.bytes.byteLength,
      load: async () => f.bytes,
    }
    held.set(src, f.bytes)
    return src
  })
  const x = await expandWebArchives(plain, async (src) => {
    const bytes = held.get(src)
    return bytes ? { head: bytes.subarray(0, 64 * 1024), bytes: { bytes } } : null
  }, opts.signal)
  const summary = await importSources(db, x.sources, files.map((f) => f.name), opts, x.archives)
  summary.failed.unshift(...x.failed)
  const skipped = [...x.skipped, ...(summary.skipped ?? [])]
  if (skipped.length > 0) summary.skipped = skipped
  return summary
}

async function importSources(db: Db, sources: Source[], asked: string[], opts: ImportOptions, archives: NonNullable<ImportSummary['archives']> = []): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false }
  if (archives.length > 0) summary.archives = archives
  // what every parse request of this import asks of OCR, and the summary says
  const { ocr } = ocrRequest(opts)
  if (ocr) summary.ocrPagesAtOnce = ocr.pagesAtOnce
  const ownPool = !opts.pool
  const pool = opts.pool ?? new WorkerPool({ size: opts.workers ?? defaultPoolSize(), maxOldGenerationSizeMb: opts.workerHeapMb, taskTimeoutMs: opts.fileTimeoutMs })
  // a full disk stops the import like a cancel (every later file would fail the same way), see record()
  const full = new AbortController()
  const signal = opts.signal ? AbortSignal.any([opts.signal, full.signal]) : full.signal
  let diskFull = false
  // cancel: an own pool stops at once; a shared one drops this import's queued tasks (pool.run's signal)
  const onAbort = (): void => { if (ownPool) void pool.destroy() }
  signal.addEventListener('abort', onAbort, { once: true })
  let run: number
  try {
    run = startImportRun(db, asked)
  } catch (e) {
    if (ownPool) await pool.destroy()
    throw isDiskFull(e) ? new Error(diskFullMessage(0, sources.length)) : e
  }
  // fewer, larger checkpoints while documents stream in (each checkpoint syncs); restored afterwards
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number
  db.pragma('wal_autocheckpoint = 8000')
  // identical bytes twice in one batch: the second waits for the first instead of parsing again
  const inFlight = new Map<string, Promise<number | string | { skipped: string }>>()
  const total = sources.length
  let done = 0
  const report = (current: string | null, pages?: { done: number; total: number }): void =>
    opts.onProgress?.(pages ? { done, total, current, pages } : { done, total, current })
  const bigFiles = new Limiter(1)
  const mediumFiles = new Limiter(pool.workers * 2)
  const writer = new BatchedWriter(db)
  const turns = new Turns()
  const order = new Map(sources.map((s, i) => [s, i]))

  async function one(src: Source): Promise<Outcome | Queued | null> {
    if (src.size !== null && src.size > MAX_FILE_BYTES) return { kind: 'failed', error: tooLarge(src.size) }
    if (src.size === null || src.size <= MEDIUM_FILE_BYTES) return oneHeld(src)
    // large files one at a time: memory stays bounded by one large file (twice: ours + the worker's copy) plus a few small ones
    const release = await (src.size <= BIG_FILE_BYTES ? mediumFiles : bigFiles).acquire()
    try {
      return await oneHeld(src)
    } finally {
      release()
    }
  }

  async function oneHeld(src: Source): Promise<Outcome | Queued | null> {
    const turn = order.get(src) ?? 0
    let released = false
    const release = (): void => {
      if (!released) { released = true; turns.done(turn) }
    }
    try {
      return await oneInTurn(src, turn, release)
    } finally {
      release()
    }
  }

  async function oneInTurn(src: Source, turn: number, release: () => void): Promise<Outcome | Queued | null> {
    if (signal.aborted) return null
    let bytes: Uint8Array
    try {
      bytes = await src.load()
    } catch (e) {
      return { kind: 'failed', error: `cannot read the file: ${errorText(e)}` }
    }
    if (bytes.byteLength > MAX_FILE_BYTES) return { kind: 'failed', error: tooLarge(bytes.byteLength) }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await turns.wait(turn)
    const known = findBySha256(db, sha256)
    if (known !== null) return { kind: 'duplicate', id: known }
    const earlier = inFlight.get(sha256)
    if (earlier) {
      release()
      const r = await earlier
      if (signal.aborted) return null
      if (typeof r === 'object') return { kind: 'skipped', reason: r.skipped }
      return typeof r === 'number' ? { kind: 'duplicate', id: r } : { kind: 'failed', error: r }
    }
    let settle: (r: number | string | { skipped: string }) => void = () => {}
    inFlight.set(sha256, new Promise((res) => { settle = res }))
    release()
    // whoever waits on the same bytes learns the outcome, whatever it was
    const finish = (outcome: Outcome | null): void => {
      inFlight.delete(sha256)
      if (outcome === null) settle('cancelled')
      else if (outcome.kind === 'skipped') settle({ skipped: outcome.reason })
      else settle(outcome.kind === 'failed' ? outcome.error : outcome.kind === 'imported' ? outcome.item.id : outcome.id)
    }
    let outcome: Outcome | Queued | null
    try {
      outcome = await parseAndStore(src, bytes, sha256)
    } catch (e) {
      outcome = { kind: 'failed', error: errorText(e) }
    }
    if (outcome?.kind === 'queued') void outcome.written.then(finish)
    else finish(outcome)
    return outcome
  }

  async function parseAndStore(src: Source, bytes: Uint8Array, sha256: string): Promise<Outcome | Queued | null> {
    // the pool sends the worker its own copy, transferred (not cloned); this thread keeps the original to store
    let res
    try {
      // a web page out of an archive keeps its raw text for the report check below; any other document's comes packed only
      res = await pool.run({ type: 'parse', name: src.name, bytes, ocr, packedOnly: !src.reportCheck }, { signal, onProgress: (p) => report(src.file, p) })
    } catch (e) {
      if (signal.aborted) return null
      return { kind: 'failed', error: e instanceof TaskFailed ? e.message : `the reader failed: ${errorText(e)}` }
    }
    if (signal.aborted) return null
    if (!res.ok) return { kind: 'failed', error: res.message }
    if (!res.parsed) return { kind: 'failed', error: 'the reader returned no document' }
    const parsed = res.extractError ? { ...res.parsed, warnings: [...res.parsed.warnings, extractFailedWarning(res.extractError)] } : res.parsed
    // a web page out of an archive is kept only when it reads as a report (its text: a long one came as UTF-8)
    if (src.reportCheck && (parsed.kind === 'html' || parsed.kind === 'txt')) {
      const text = res.utf8 ? Buffer.from(res.utf8.raw).toString('utf8') : parsed.text
      if (!pageIsReport(text, res.extraction)) return { kind: 'skipped', reason: NOT_A_REPORT_PAGE }
    }
    const warnings = [...parsed.warnings, ...(res.extraction?.warnings ?? [])]
    const written = writer.write({
      sha256, size: bytes.byteLength, fileName: src.name, filePath: src.path, bytes, parsed,
      clean: res.clean, extraction: res.extraction, importRun: run, ...(res.utf8 ? { utf8: res.utf8 } : {}), ...(res.packed ? { packed: res.packed } : {}),
      ...(src.origin ? { origin: src.origin } : {}),
    }).then(
      ({ id, created }): Outcome => created
        ? { kind: 'imported', item: { id, file: src.file, kind: parsed.kind, encoding: parsed.encoding, warnings } }
        : { kind: 'duplicate', id },
      (e: unknown): Outcome => ({ kind: 'failed', error: `could not be stored in the library: ${errorText(e)}`, diskFull: isDiskFull(e) }),
    )
    return { kind: 'queued', written }
  }

  const record = (src: Source, outcome: Outcome): void => {
    if (outcome.kind === 'failed' && outcome.diskFull) {
      // one message for the whole import instead of one failure per remaining file
      diskFull = true
      full.abort()
      return
    }
    if (outcome.kind === 'imported') summary.imported.push(outcome.item)
    else if (outcome.kind === 'duplicate') summary.duplicates.push({ file: src.file, id: outcome.id })
    else if (outcome.kind === 'skipped') (summary.skipped ??= []).push({ file: src.file, reason: outcome.reason })
    else summary.failed.push({ file: src.file, error: outcome.error })
    const a = src.archive !== undefined ? archives[src.archive] : undefined
    if (a && (outcome.kind === 'imported' || outcome.kind === 'duplicate')) a.reports++
    else if (a && outcome.kind === 'skipped') a.skipped++
    done++
    report(null)
  }
  // documents queued for writing and not yet recorded: counted, not kept (a list of their promises grew
  // with the import, 200,000 of them in a large one)
  let writing = 0
  let allWritten: (() => void) | null = null
  let recordFailed: unknown = null

  try {
    report(null)
    await runBounded(sources, pool.workers * LANES_PER_WORKER, signal, async (src) => {
      report(src.file)
      const outcome = await one(src).catch((e: unknown): Outcome => ({ kind: 'failed', error: errorText(e) }))
      if (outcome === null) return
      if (outcome.kind === 'queued') {
        writing++
        void outcome.written.then((o) => record(src, o)).catch((e: unknown) => { recordFailed ??= e }).finally(() => {
          if (--writing === 0) allWritten?.()
        })
      } else record(src, outcome)
    })
  } finally {
    // what was parsed before a cancel is still stored whole: nothing half-done, nothing thrown away
    writer.flush()
    if (writing > 0) await new Promise<void>((resolve) => { allWritten = resolve })
    if (recordFailed !== null) throw recordFailed
    signal.removeEventListener('abort', onAbort)
    if (ownPool) await pool.destroy()
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`)
  }
  summary.cancelled = opts.signal?.aborted ?? false
  if (diskFull) summary.stopped = diskFullMessage(summary.imported.length, total - summary.imported.length - summary.duplicates.length - summary.failed.length)
  if (summary.imported.length > 0) {
    try {
      applyCrossYearWarnings(db, summary.imported.map((i) => i.id))
    } catch {
      // cross-year checks are advisory; a failure here must not turn a finished import into an error
    }
    try {
      refreshCopyGroups(db) // copies of one report are found at import (issue 13)
    } catch {
      // the groups stay marked stale: the next read regroups
    }
  }
  try {
    finishImportRun(db, run, { imported: summary.imported.length, duplicates: summary.duplicates.length, failed: summary.failed.length, cancelled: summary.cancelled })
  } catch (e) {
    // on a full disk the run's record may not fit either; the documents themselves are committed
    if (!isDiskFull(e)) throw e
    summary.stopped ??= diskFullMessage(summary.imported.length, 0)
  }
  return summary
}
