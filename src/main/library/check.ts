/**
 * Is the library sound? SQLite's integrity check, every table readable, the foreign keys, every document
 * whole (original, text, search entry), the search index against the texts, and fixity: each original
 * re-hashed against the SHA-256 recorded at import (fixity.ts). Every part runs in steps (a table, a chunk of
 * documents by id, ~32 MB of originals) and reports done of all after each (`onProgress`); `checkLibraryAsync`
 * lets the event loop run between steps and stops on a signal. The app runs it in a worker thread on a read
 * connection of its own (check-runner.ts), so a check never holds the write lock nor the app's thread (issue 15).
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

import type { CheckPart } from '../../shared/contract'

/** The parts, in the order they run. */
export type CheckPhase = CheckPart
/**
 * done/total: tables (integrity, tables, references), documents (documents, search) or originals (fixity);
 * bytes/totalBytes: fixity's stored bytes, 0 elsewhere.
 */
export interface CheckProgress { phase: CheckPhase; done: number; total: number; bytes: number; totalBytes: number }
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
  const steps = checkSteps(db, opts)
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/** The whole check, letting other work run between its steps; throws `cancelled()`'s error once `signal` fires. */
export async function checkLibraryAsync(db: Db, opts: CheckOptions & { signal?: AbortSignal; cancelled?: () => Error } = {}): Promise<CheckResult> {
  const steps = checkSteps(db, opts)
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

export function* checkSteps(db: Db, opts: CheckOptions = {}): Steps<CheckResult> {
  const lines: string[] = []
  let ok = true
  const seconds: Partial<Record<CheckPhase, number>> = {}
  let phaseStart = performance.now()
  let phase: CheckPhase = 'integrity'
  const close = (): void => { seconds[phase] = (seconds[phase] ?? 0) + (performance.now() - phaseStart) / 1000 }
  const progress = (done: number, total: number): void => opts.onProgress?.({ phase, done, total, bytes: 0, totalBytes: 0 })
  const enter = (next: CheckPhase): void => {
    close()
    phase = next
    phaseStart = performance.now()
    progress(0, 0)
  }
  progress(0, 0)
  const fail = (line: string): void => { ok = false; lines.push(`FAIL ${line}`) }
  const part = (name: string, run: () => void): void => {
    try {
      run()
    } catch (e) {
      fail(`${name}: ${firstLine(e)}`)
    }
  }
  /** Runs a part's steps; an error between them ends the part with a FAIL line that names it. */
  function* steps<T>(name: string, g: Steps<T>): Steps<T | undefined> {
    try {
      return yield* g
    } catch (e) {
      fail(`${name}: ${firstLine(e)}`)
      return undefined
    }
  }

  const integrity = yield* steps('SQLite integrity check', integritySteps(db, { deep: opts.deep === true, onProgress: (p) => progress(p.done, p.total) }))
  if (integrity) {
    for (const f of integrity.failures) fail(f)
    lines.push(...integrity.lines)
  }

  enter('tables')
  yield
  // ordinary tables: a virtual table's rows are its shadow tables' (read here) or, for the search index, the texts
  // themselves (counting texts_fts unpacked every text: 25 s of 50,000 documents; the search part checks it)
  let tables: string[] = []
  part('tables', () => {
    tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all() as string[]
  })
  let unreadable = 0
  for (const [i, t] of tables.entries()) {
    try {
      db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).get()
    } catch (e) {
      unreadable++
      fail(`table ${t} cannot be read: ${firstLine(e)}`)
    }
    progress(i + 1, tables.length)
    yield
  }
  if (tables.length > 0 && unreadable === 0) lines.push(`ok   every table can be read (${tables.length})`)

  enter('references')
  let broken = 0
  for (const [i, t] of tables.entries()) {
    part('foreign keys', () => {
      const fk = db.pragma(`foreign_key_check("${t.replace(/"/g, '""')}")`) as { table: string; rowid: number; parent: string }[]
      for (const r of fk) if (broken++ < 20) fail(`broken reference: ${r.table} row ${r.rowid} -> ${r.parent}`)
    })
    progress(i + 1, tables.length)
    yield
  }
  if (broken > 20) fail(`broken references: … ${broken - 20} more`)
  if (broken === 0 && tables.length > 0) lines.push('ok   foreign keys')

  part('library version', () => {
    const version = userVersion(db)
    if (version === LATEST_VERSION) lines.push(`ok   library version ${version}`)
    else fail(`library version ${version}, expected ${LATEST_VERSION}`)
  })

  enter('documents')
  yield
  const whole = yield* steps('whole documents', wholeDocumentSteps(db, (done, total) => progress(done, total)))
  if (whole) {
    for (const f of whole) fail(f)
    if (whole.length === 0) lines.push('ok   every document is whole (original, text)')
  }

  enter('search')
  yield
  const search = yield* steps('search index', searchIndexSteps(db, { sampleEvery: opts.sampleEvery, onProgress: (p) => progress(p.done, p.total) }))
  if (search) {
    for (const f of search.failures) fail(f)
    if (search.failures.length === 0) {
      lines.push(`ok   the search index matches the texts (${search.documents.toLocaleString('en')} entries, their sizes; the trigrams of ${search.sampled.toLocaleString('en')} texts looked up${opts.deep ? '' : '; check --deep compares every text'})`)
    }
  }
  if (opts.deep) {
    yield
    // FTS5 compares every entry with the text it came from; an INSERT command, so a read-only library is spared it
    part('search index', () => {
      if (db.readonly) {
        lines.push('ok   search index against every text not compared (read-only: that comparison is an INSERT command)')
        return
      }
      try {
        db.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)").run()
        lines.push('ok   the search index matches every text (FTS5 integrity-check)')
      } catch (e) {
        fail(`the search index does not match the texts (${e instanceof Error ? e.message : String(e)}); re-extracting rebuilds it`)
      }
    })
  }

  enter('fixity')
  yield
  let timing: FixityTiming | undefined
  try {
    const f = yield* fixitySteps(db, (p) => opts.onProgress?.({ phase: 'fixity', ...p }), undefined, opts.hashers)
    timing = f.timing
    for (const line of f.failures) fail(line)
    if (f.bad === 0) lines.push(`ok   fixity: ${f.checked} originals match their SHA-256`)
  } catch (e) {
    fail(`fixity: ${firstLine(e)}`)
  }
  close()
  lines.push(ok ? 'library is sound' : 'library has problems (see FAIL lines)')
  return { ok, lines, seconds, ...(timing ? { fixity: timing } : {}) }
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
