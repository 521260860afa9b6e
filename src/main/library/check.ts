/**
 * Is the library sound? SQLite's integrity check, every table readable, the foreign keys, every document
 * whole (original, text, search entry), the search index against the texts, and fixity: each original
 * re-hashed against the SHA-256 recorded at import (fixity.ts). Every part runs in steps (a table, a chunk of
 * documents by id, ~32 MB of originals) and reports done of all after each (`onProgress`); `checkLibraryAsync`
 * lets the event loop run between steps and stops on a signal. The app runs it in a worker thread on a read
 * connection of its own (check-runner.ts), so a check never holds the write lock nor the app's thread (issue 15).
 * With `lanes` (the app and the command line) the parts run at once, in threads of their own (check-lanes.ts):
 * one after the other a check took 2.5× a plain `sha256sum` of the file, at once about as long as it.
 *
 * The default is what can be done in such steps: SQLite's quick_check table by table, the search index checked
 * in chunks (check-search.ts). `deep` adds the two checks SQLite only does in one call: the full integrity_check
 * (every page accounted for, every index against its table: 104 s at 200,000 documents) and FTS5's
 * 'integrity-check' of every indexed text against its text (198 s; an INSERT command: it holds the write lock
 * while it runs, so no correction can be saved meanwhile).
 *
 * On a damaged file each part is checked on its own: a part SQLite cannot read becomes a FAIL line that
 * names it (the table, the document), and the other parts still run, so the report says what failed
 * instead of stopping at the first "database disk image is malformed" (issue 10).
 */
import type { Db } from './db'
import { LATEST_VERSION, userVersion } from './migrations'
import { type FixityHashers, type FixityOutcome, type FixityTiming, fixitySteps } from './fixity'
import { searchIndexSteps } from './check-search'
import { integritySteps } from './check-integrity'
import { orderedProgress, startLane } from './check-lanes'
import { readAhead } from './read-ahead'
import { runToEnd } from './run-steps'
import { existsSync } from 'node:fs'

import type { CheckPart } from '../../shared/contract'

/** The parts, in the order they run. */
export type CheckPhase = CheckPart
/**
 * done/total: tables (integrity, tables, references), documents (documents, search) or originals (fixity);
 * bytes/totalBytes: fixity's stored bytes, 0 elsewhere. `elapsed`: seconds since the part began, for its rate:
 * with the parts at once a part may be shown only once those before it are done (check-lanes.ts), long after it began.
 */
export interface CheckProgress { phase: CheckPhase; done: number; total: number; bytes: number; totalBytes: number; elapsed?: number }
export interface CheckOptions {
  onProgress?: (p: CheckProgress) => void
  /** also SQLite's full integrity_check and FTS5's integrity-check (see above: long, and the latter locks) */
  deep?: boolean
  /** one document in this many has its text's trigrams looked up in the search index (check-search.ts); 1: all */
  sampleEvery?: number
  /** fixity's inflating and hashing in worker threads (fixity-hashers.ts); only checkLibraryAsync can wait for them */
  hashers?: FixityHashers
}
/** A step yields nothing, or (fixity with hashers) the promise its driver must wait for and hand back. */
type Steps<T> = Generator<void | Promise<FixityOutcome>, T, FixityOutcome | undefined>
/** `seconds`: each part's wall-clock time; `fixity`: where fixity's time went (the bench prints both). */
export interface CheckResult { ok: boolean; lines: string[]; seconds?: Partial<Record<CheckPhase, number>>; fixity?: FixityTiming }

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]
const DOCUMENT_CHUNK = 5000

/** The whole check, at once, in this thread. */
export function checkLibrary(db: Db, opts: Omit<CheckOptions, 'hashers'> = {}): CheckResult {
  return runToEnd(checkSteps(db, opts))
}

type AsyncOptions = CheckOptions & {
  signal?: AbortSignal
  cancelled?: () => Error
  /**
   * Run the parts at once: SQLite's check, the tables, references and documents in one worker thread and the
   * search index in another, each on a read connection of its own (check-lanes.ts), while this thread reads the
   * originals for fixity's hashers. Ignored for a library not in a file (then one after the other, here).
   */
  lanes?: boolean
}

/** The whole check, letting other work run between its steps; throws `cancelled()`'s error once `signal` fires. */
export async function checkLibraryAsync(db: Db, opts: AsyncOptions = {}): Promise<CheckResult> {
  const path = opts.lanes ? fileOf(db) : null
  if (!path) return drive(checkSteps(db, opts), opts)
  // the reports in the parts' order (check-lanes.ts), as the app's line and a log read best
  const order = orderedProgress(opts.onProgress)
  const laneOpts = (lane: CheckLane) => ({
    deep: opts.deep === true, ...(opts.sampleEvery ? { sampleEvery: opts.sampleEvery } : {}), onProgress: (p: CheckProgress) => order.report(lane, p),
  })
  // the file read once in order ahead of the lanes' page-by-page reads (read-ahead.ts)
  const ahead = readAhead(path)
  const lanes = (['structure', 'search'] as const).map((lane) => {
    const l = startLane(path, lane, laneOpts(lane))
    return { ...l, result: l.result.then((r) => { order.finish(lane); return r }) }
  })
  try {
    const fixity = await drive(fixityLane(db, { ...opts, onProgress: (p) => order.report('fixity', p) }), opts)
    const [structure, search] = await untilAborted(Promise.all(lanes.map((l) => l.result)), opts)
    order.finish('fixity')
    const deep = opts.deep ? deepSearchPart(db) : undefined
    return merge([structure, search, ...(deep ? [deep] : []), fixity.lane], fixity.timing)
  } finally {
    ahead.stop()
    for (const l of lanes) l.stop()
  }
}

/** The file a connection reads, for the lanes' connections of their own; null for a database in memory. */
function fileOf(db: Db): string | null {
  return db.name && db.name !== ':memory:' && existsSync(db.name) ? db.name : null
}

/** Runs steps to their end, waiting for each promise a step yields and giving the event loop a turn after the others. */
async function drive<T>(steps: Steps<T>, opts: AsyncOptions): Promise<T> {
  let answer: FixityOutcome | undefined
  for (;;) {
    if (opts.signal?.aborted) throw opts.cancelled?.() ?? new Error('check cancelled')
    const r = steps.next(answer)
    if (r.done) return r.value
    if (r.value instanceof Promise) answer = await r.value
    else {
      answer = undefined
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  }
}

function untilAborted<T>(p: Promise<T>, opts: AsyncOptions): Promise<T> {
  const signal = opts.signal
  if (!signal) return p
  const cancelled = (): Error => opts.cancelled?.() ?? new Error('check cancelled')
  if (signal.aborted) return Promise.reject(cancelled())
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(cancelled())
    signal.addEventListener('abort', abort, { once: true })
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/** What a lane (a run of parts) found: its lines, FAIL lines among them, and each part's wall-clock seconds. */
export interface LaneResult { ok: boolean; lines: string[]; seconds: Partial<Record<CheckPhase, number>> }
/** The parts that read on a connection of their own, each run in a worker thread of its own by checkLibraryAsync's `lanes`. */
export type CheckLane = 'structure' | 'search'

/** A lane's bookkeeping: its lines, whether all was sound, the current part and its time. */
function tally(onProgress: CheckOptions['onProgress'], first: CheckPhase) {
  const t = {
    lines: [] as string[],
    ok: true,
    seconds: {} as Partial<Record<CheckPhase, number>>,
    phase: first,
    start: performance.now(),
    fail(line: string): void { t.ok = false; t.lines.push(`FAIL ${line}`) },
    progress(done: number, total: number): void { onProgress?.({ phase: t.phase, done, total, bytes: 0, totalBytes: 0, elapsed: (performance.now() - t.start) / 1000 }) },
    close(): void { t.seconds[t.phase] = (t.seconds[t.phase] ?? 0) + (performance.now() - t.start) / 1000 },
    enter(next: CheckPhase): void {
      t.close()
      t.phase = next
      t.start = performance.now()
      t.progress(0, 0)
    },
    part(name: string, run: () => void): void {
      try {
        run()
      } catch (e) {
        t.fail(`${name}: ${firstLine(e)}`)
      }
    },
    /** Runs a part's steps; an error between them ends the part with a FAIL line that names it. */
    *steps<T>(name: string, g: Steps<T>): Steps<T | undefined> {
      try {
        return yield* g
      } catch (e) {
        t.fail(`${name}: ${firstLine(e)}`)
        return undefined
      }
    },
    result(): LaneResult { t.close(); return { ok: t.ok, lines: t.lines, seconds: t.seconds } },
  }
  t.progress(0, 0)
  return t
}

/** The serial check: the lanes one after the other in this thread, then fixity. */
export function* checkSteps(db: Db, opts: CheckOptions = {}): Steps<CheckResult> {
  const structure = yield* structureSteps(db, opts)
  yield
  const search = yield* searchSteps(db, opts)
  let deep: LaneResult | undefined
  if (opts.deep) {
    yield
    deep = deepSearchPart(db)
  }
  yield
  const fixity = yield* fixityLane(db, opts)
  return merge([structure, search, ...(deep ? [deep] : []), fixity.lane], fixity.timing)
}

/** The lanes' findings in the order the parts are listed, and the verdict. */
function merge(lanes: LaneResult[], timing: FixityTiming | undefined): CheckResult {
  const ok = lanes.every((l) => l.ok)
  const lines = lanes.flatMap((l) => l.lines)
  lines.push(ok ? 'library is sound' : 'library has problems (see FAIL lines)')
  const seconds: Partial<Record<CheckPhase, number>> = {}
  for (const l of lanes) Object.assign(seconds, l.seconds)
  return { ok, lines, seconds, ...(timing ? { fixity: timing } : {}) }
}

/** SQLite's check, every table read, the foreign keys, the version, every document whole. */
export function* structureSteps(db: Db, opts: Pick<CheckOptions, 'onProgress' | 'deep'> = {}): Steps<LaneResult> {
  const t = tally(opts.onProgress, 'integrity')
  const integrity = yield* t.steps('SQLite integrity check', integritySteps(db, { deep: opts.deep === true, onProgress: (p) => t.progress(p.done, p.total) }))
  if (integrity) {
    for (const f of integrity.failures) t.fail(f)
    t.lines.push(...integrity.lines)
  }

  t.enter('tables')
  yield
  // ordinary tables: a virtual table's rows are its shadow tables' (read here) or, for the search index, the texts
  // themselves (counting texts_fts unpacked every text: 25 s of 50,000 documents; the search part checks it)
  let tables: string[] = []
  t.part('tables', () => {
    tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all() as string[]
  })
  let unreadable = 0
  for (const [i, name] of tables.entries()) {
    // a table whose quick_check found nothing has had every page of its b-tree read: counting its rows would read them again
    if (!integrity?.sound.has(name)) {
      try {
        db.prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`).get()
      } catch (e) {
        unreadable++
        t.fail(`table ${name} cannot be read: ${firstLine(e)}`)
      }
    }
    t.progress(i + 1, tables.length)
    yield
  }
  if (tables.length > 0 && unreadable === 0) t.lines.push(`ok   every table can be read (${tables.length})`)

  t.enter('references')
  let broken = 0
  for (const [i, name] of tables.entries()) {
    t.part('foreign keys', () => {
      const fk = db.pragma(`foreign_key_check("${name.replace(/"/g, '""')}")`) as { table: string; rowid: number; parent: string }[]
      for (const r of fk) if (broken++ < 20) t.fail(`broken reference: ${r.table} row ${r.rowid} -> ${r.parent}`)
    })
    t.progress(i + 1, tables.length)
    yield
  }
  if (broken > 20) t.fail(`broken references: … ${broken - 20} more`)
  if (broken === 0 && tables.length > 0) t.lines.push('ok   foreign keys')

  t.part('library version', () => {
    const version = userVersion(db)
    if (version === LATEST_VERSION) t.lines.push(`ok   library version ${version}`)
    else t.fail(`library version ${version}, expected ${LATEST_VERSION}`)
  })

  t.enter('documents')
  yield
  const whole = yield* t.steps('whole documents', wholeDocumentSteps(db, (done, total) => t.progress(done, total)))
  if (whole) {
    for (const f of whole) t.fail(f)
    if (whole.length === 0) t.lines.push('ok   every document is whole (original, text)')
  }
  return t.result()
}

/** The search index against the texts, in chunks (check-search.ts). */
export function* searchSteps(db: Db, opts: Pick<CheckOptions, 'onProgress' | 'deep' | 'sampleEvery'> = {}): Steps<LaneResult> {
  const t = tally(opts.onProgress, 'search')
  const search = yield* t.steps('search index', searchIndexSteps(db, { sampleEvery: opts.sampleEvery, onProgress: (p) => t.progress(p.done, p.total) }))
  if (search) {
    for (const f of search.failures) t.fail(f)
    if (search.failures.length === 0) {
      t.lines.push(`ok   the search index matches the texts (${search.documents.toLocaleString('en')} entries, their sizes; the trigrams of ${search.sampled.toLocaleString('en')} texts looked up${opts.deep ? '' : '; check --deep compares every text'})`)
    }
  }
  return t.result()
}

/** `deep`: FTS5 compares every entry with the text it came from; an INSERT command, so a read-only library is spared it. */
function deepSearchPart(db: Db): LaneResult {
  const t = tally(undefined, 'search')
  t.part('search index', () => {
    if (db.readonly) {
      t.lines.push('ok   search index against every text not compared (read-only: that comparison is an INSERT command)')
      return
    }
    try {
      db.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)").run()
      t.lines.push('ok   the search index matches every text (FTS5 integrity-check)')
    } catch (e) {
      t.fail(`the search index does not match the texts (${e instanceof Error ? e.message : String(e)}); re-extracting rebuilds it`)
    }
  })
  const r = t.result()
  return { ...r, seconds: {} }
}

/** Fixity (fixity.ts), with its hashers when given. */
function* fixityLane(db: Db, opts: CheckOptions): Steps<{ lane: LaneResult; timing: FixityTiming | undefined }> {
  const t = tally(opts.onProgress, 'fixity')
  let timing: FixityTiming | undefined
  try {
    const f = yield* fixitySteps(db, (p) => opts.onProgress?.({ phase: 'fixity', ...p, elapsed: (performance.now() - t.start) / 1000 }), undefined, opts.hashers)
    timing = f.timing
    for (const line of f.failures) t.fail(line)
    if (f.bad === 0) t.lines.push(`ok   fixity: ${f.checked} originals match their SHA-256`)
  } catch (e) {
    t.fail(`fixity: ${firstLine(e)}`)
  }
  return { lane: t.result(), timing }
}

/** Every document has its original and its text: FAIL lines, a chunk of documents by id at a time. */
function* wholeDocumentSteps(db: Db, progress: (done: number, total: number) => void): Generator<void, string[]> {
  const failures: string[] = []
  const total = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  const { lo, hi } = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM documents').get() as { lo: number | null; hi: number | null }
  // the views, not their tables: an older library's texts may still be in texts_legacy (migration 13)
  const missing = db.prepare(
    `SELECT id, file_name, o, t FROM (SELECT d.id, d.file_name,
       EXISTS (SELECT 1 FROM originals o WHERE o.document_id = d.id) AS o,
       EXISTS (SELECT 1 FROM texts t WHERE t.document_id = d.id) AS t
     FROM documents d WHERE d.id BETWEEN ? AND ?) WHERE o = 0 OR t = 0`,
  )
  const count = db.prepare('SELECT count(*) FROM documents WHERE id BETWEEN ? AND ?').pluck()
  let done = 0
  for (let from = lo ?? 0; from <= (hi ?? -1); from += DOCUMENT_CHUNK) {
    const to = from + DOCUMENT_CHUNK - 1
    for (const m of missing.all(from, to) as { id: number; file_name: string; o: number; t: number }[]) {
      const parts = [m.o ? '' : 'original', m.t ? '' : 'text'].filter(Boolean).join(', ')
      if (failures.length < 20) failures.push(`document ${m.id} (${m.file_name}) is incomplete: no ${parts}`)
    }
    done += count.get(from, to) as number
    progress(done, total)
    if (to < (hi ?? -1)) yield
  }
  return failures
}
