/**
 * Is the library sound? SQLite's own integrity check, every table readable, the foreign keys, every
 * document whole (original, text, search row), and fixity: each original re-hashed against the SHA-256
 * recorded at import (fixity.ts: large sequential chunks, in bounded memory). Each part reports its progress
 * (`onProgress`); `checkLibraryAsync` lets the event loop run between fixity chunks and stops on a signal, for the
 * desktop's and the browser mode's job.
 *
 * On a damaged file each part is checked on its own: a part SQLite cannot read becomes a FAIL line that
 * names it (the table, the document), and the other parts still run, so the report says what failed
 * instead of stopping at the first "database disk image is malformed" (issue 10).
 */
import type { Db } from './db'
import { LATEST_VERSION, userVersion } from './migrations'
import { type FixityTiming, fixitySteps } from './fixity'

import type { CheckPart } from '../../shared/contract'

/** The parts, in the order they run; only fixity counts its way (the others are one SQLite call each). */
export type CheckPhase = CheckPart
export interface CheckProgress { phase: CheckPhase; done: number; total: number; bytes: number; totalBytes: number }
export interface CheckOptions { onProgress?: (p: CheckProgress) => void }
/** `seconds`: each part's wall-clock time; `fixity`: where fixity's time went (the bench prints both). */
export interface CheckResult { ok: boolean; lines: string[]; seconds?: Partial<Record<CheckPhase, number>>; fixity?: FixityTiming }

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]

/** The whole check, at once. */
export function checkLibrary(db: Db, opts: CheckOptions = {}): CheckResult {
  const steps = checkSteps(db, opts)
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/** The whole check, letting other work run between fixity's chunks; throws `cancelled()`'s error once `signal` fires. */
export async function checkLibraryAsync(db: Db, opts: CheckOptions & { signal?: AbortSignal; cancelled?: () => Error } = {}): Promise<CheckResult> {
  const steps = checkSteps(db, opts)
  for (;;) {
    if (opts.signal?.aborted) throw opts.cancelled?.() ?? new Error('check cancelled')
    const r = steps.next()
    if (r.done) return r.value
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

function* checkSteps(db: Db, opts: CheckOptions): Generator<void, CheckResult> {
  const lines: string[] = []
  let ok = true
  const seconds: Partial<Record<CheckPhase, number>> = {}
  let phaseStart = performance.now()
  let phase: CheckPhase = 'integrity'
  const close = (): void => { seconds[phase] = (seconds[phase] ?? 0) + (performance.now() - phaseStart) / 1000 }
  const enter = (next: CheckPhase): void => {
    close()
    phase = next
    phaseStart = performance.now()
    opts.onProgress?.({ phase, done: 0, total: 0, bytes: 0, totalBytes: 0 })
  }
  opts.onProgress?.({ phase, done: 0, total: 0, bytes: 0, totalBytes: 0 })
  const fail = (line: string): void => { ok = false; lines.push(`FAIL ${line}`) }
  const part = (name: string, run: () => void): void => {
    try {
      run()
    } catch (e) {
      fail(`${name}: ${firstLine(e)}`)
    }
  }

  // root page -> table or index name, so that "Tree 7 page 12" says which table is damaged
  const roots = new Map<number, string>()
  part('schema', () => {
    for (const r of db.prepare("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0").all() as { name: string; rootpage: number }[]) roots.set(r.rootpage, r.name)
  })

  const name = (m: string): string => m.replace(/\bTree (\d+)\b/g, (t, n: string) => (roots.has(Number(n)) ? `${t} (${roots.get(Number(n))})` : t))
  try {
    // one row may hold several messages, one per line
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).flatMap((r) => r.integrity_check.split('\n')).filter((m) => m !== '')
    if (integrity.length === 1 && integrity[0] === 'ok') lines.push('ok   SQLite integrity check')
    else {
      for (const m of integrity.slice(0, 20)) fail(`integrity: ${name(m)}`)
      if (integrity.length > 20) fail(`integrity: … ${integrity.length - 20} more`)
    }
  } catch (e) {
    // the check itself stopped (a damaged root page): check table by table to say which ones fail
    fail(`SQLite integrity check: ${firstLine(e)}`)
    for (const t of new Set(roots.values())) {
      try {
        const r = db.pragma(`integrity_check("${t.replace(/"/g, '""')}")`) as { integrity_check: string }[]
        if (!(r.length === 1 && r[0].integrity_check === 'ok')) fail(`integrity of ${t}: ${name(r[0]?.integrity_check.split('\n')[0] ?? '?')}`)
      } catch (err) {
        fail(`integrity of ${t}: ${firstLine(err)}`)
      }
    }
  }

  enter('tables')
  yield
  part('tables', () => {
    // ordinary tables: a virtual table's rows are its shadow tables' (read here) or, for the search index, the texts
    // themselves (counting texts_fts unpacked every text: 25 s of 50,000 documents; the search part checks it)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all() as string[]
    let unreadable = 0
    for (const t of tables) {
      try {
        db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).get()
      } catch (e) {
        unreadable++
        fail(`table ${t} cannot be read: ${firstLine(e)}`)
      }
    }
    if (unreadable === 0) lines.push(`ok   every table can be read (${tables.length})`)
  })

  enter('references')
  part('foreign keys', () => {
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
    if (fk.length === 0) lines.push('ok   foreign keys')
    else for (const r of fk.slice(0, 20)) fail(`broken reference: ${r.table} row ${r.rowid} -> ${r.parent}`)
  })

  part('library version', () => {
    const version = userVersion(db)
    if (version === LATEST_VERSION) lines.push(`ok   library version ${version}`)
    else fail(`library version ${version}, expected ${LATEST_VERSION}`)
  })

  enter('documents')
  part('whole documents', () => {
    const missing = db
      .prepare(
        `SELECT d.id, d.file_name,
           (SELECT count(*) FROM originals o WHERE o.document_id = d.id) AS o,
           (SELECT count(*) FROM texts t WHERE t.document_id = d.id) AS t
         FROM documents d WHERE o = 0 OR t = 0`,
      )
      .all() as { id: number; file_name: string; o: number; t: number }[]
    for (const m of missing) {
      const parts = [m.o ? '' : 'original', m.t ? '' : 'text'].filter(Boolean).join(', ')
      fail(`document ${m.id} (${m.file_name}) is incomplete: no ${parts}`)
    }
    if (missing.length === 0) lines.push('ok   every document is whole (original, text)')
  })

  enter('search')
  yield
  part('search index', () => {
    // every document has an entry (FTS5 keeps one docsize row per indexed text; readable on a read-only library)
    const unindexed = db.prepare('SELECT id, file_name FROM documents WHERE id NOT IN (SELECT id FROM texts_fts_docsize) ORDER BY id').all() as { id: number; file_name: string }[]
    for (const d of unindexed) fail(`document ${d.id} (${d.file_name}) is incomplete: no search entry`)
    const orphans = (db.prepare('SELECT count(*) AS n FROM texts_fts_docsize WHERE id NOT IN (SELECT id FROM documents)').get() as { n: number }).n
    if (orphans > 0) fail(`${orphans} search entries belong to no document`)
    // the index reads its texts from `texts` (migration 8): FTS5 compares every entry with the text it came
    // from. That check is an INSERT command, so a read-only library is spared it.
    if (db.readonly) {
      if (unindexed.length === 0 && orphans === 0) lines.push('ok   every document has its search entry (contents not compared: read-only)')
      return
    }
    try {
      db.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)").run()
      if (unindexed.length === 0 && orphans === 0) lines.push('ok   the search index matches the texts')
    } catch (e) {
      fail(`the search index does not match the texts (${e instanceof Error ? e.message : String(e)}); re-extracting rebuilds it`)
    }
  })

  enter('fixity')
  yield
  let timing: FixityTiming | undefined
  try {
    const f = yield* fixitySteps(db, (p) => opts.onProgress?.({ phase: 'fixity', ...p }))
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
