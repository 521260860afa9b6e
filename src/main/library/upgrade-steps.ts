/**
 * The long half of a migration, in steps (issue 15, point 1: "in place, with progress, resumable after a kill").
 * A migration that would hold one transaction over the whole library (migration 15: two indexes over `fields` and
 * `dataset_rows`, the file-name search index over every document; 22 s at 1,000,000 documents with nothing shown)
 * makes the schema at once and lists the rest in `upgrade_steps`. Each step then runs in transactions of its own:
 * a statement step (an index) in one, a chunked step (filling an index by document id) a chunk at a time, its
 * cursor saved with the chunk. A kill loses the step or the chunk under way; the next open goes on from there.
 * When every step is done the table goes, and the schema is the one the migration used to make in one piece.
 *
 * Steps marked `beforeUse` are needed by the app's queries (authority.ts reads `INDEXED BY fields_region_code`):
 * openLibrary runs them before it returns. The others the command line runs at once too, and the app behind its
 * window between requests (open-library.ts), showing the step on its upgrade line; meanwhile the library is whole
 * (a search by file name finds the documents already indexed).
 */
import type { Database } from 'better-sqlite3'
import { runBetween, runToEnd } from './run-steps'

export interface UpgradeStepProgress {
  /** the migration the step belongs to */
  version: number
  /** 1-based, of `steps` */
  step: number
  steps: number
  /** the step's id (the app names it from its catalogue: `upgrade.step.<id>`) and its English name (the CLI's) */
  id: string
  name: string
  /** documents done of all for a chunked step; 0 / 0 for a statement step */
  done: number
  total: number
  /** false when the step begins, true once it is done */
  finished: boolean
}

interface Row { id: string; position: number; cursor: number; hi: number | null; done: number }

interface StepDef {
  version: number
  name: string
  beforeUse: boolean
  /** One transaction's work, inside it: the new cursor (null when the step is done) and how many documents it went through. */
  run(db: Database, row: Row, limit: number): { cursor: number | null; n: number }
  /** documents done of all when the step (re)starts (a chunked step) */
  count?(db: Database, row: Row): { done: number; total: number }
}

/** The file names' trigram index filled by document id, up to the last document when the migration ran (later ones: its trigger). */
const fileNamesFts: StepDef = {
  version: 15,
  name: 'the search index of file names',
  beforeUse: false,
  run(db, row, limit) {
    const hi = row.hi ?? 0
    const { last, n } = db.prepare('SELECT max(id) AS last, count(*) AS n FROM (SELECT id FROM documents WHERE id > ? AND id <= ? ORDER BY id LIMIT ?)').get(row.cursor, hi, limit) as { last: number | null; n: number }
    if (last === null) return { cursor: null, n: 0 }
    // (a document renamed meanwhile is in already, by the rename's trigger)
    db.prepare('INSERT INTO file_names_fts (rowid, file_name) SELECT id, file_name FROM documents d WHERE id > ? AND id <= ? AND NOT EXISTS (SELECT 1 FROM file_names_fts_docsize s WHERE s.id = d.id)').run(row.cursor, last)
    return { cursor: last >= hi ? null : last, n }
  },
  count(db, row) {
    const n = db.prepare('SELECT count(*) FROM documents WHERE id <= ?').pluck()
    return { done: n.get(row.cursor) as number, total: n.get(row.hi ?? 0) as number }
  },
}

const STEPS: Record<string, StepDef> = {
  'v15.dataset_rows_year_status': {
    version: 15,
    name: 'index dataset_rows(year, status, kind)',
    beforeUse: true,
    run: (db) => { db.exec('CREATE INDEX IF NOT EXISTS dataset_rows_year_status ON dataset_rows(year, status, kind)'); return { cursor: null, n: 0 } },
  },
  'v15.fields_region_code': {
    version: 15,
    name: "index fields(document_id, value) for region_code",
    beforeUse: true,
    run: (db) => { db.exec("CREATE INDEX IF NOT EXISTS fields_region_code ON fields(document_id, value) WHERE field_id = 'region_code'"); return { cursor: null, n: 0 } },
  },
  'v15.file_names_fts': fileNamesFts,
}

/** The table that lists a migration's steps; created by the migration (a library without it has none pending). */
export const UPGRADE_STEPS_TABLE = `CREATE TABLE IF NOT EXISTS upgrade_steps (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  cursor INTEGER NOT NULL DEFAULT 0,
  hi INTEGER,
  done INTEGER NOT NULL DEFAULT 0
) STRICT;`

/** SQL that lists a step; `hi`: where a chunked step ends (SQL, read when the migration runs). */
export function listStep(id: keyof typeof STEPS & string, position: number, hi = 'NULL'): string {
  if (!STEPS[id]) throw new Error(`no upgrade step ${id}`)
  return `INSERT OR IGNORE INTO upgrade_steps (id, position, hi) VALUES ('${id}', ${position}, ${hi});`
}

const listed = (db: Database): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'upgrade_steps'").get() !== undefined

function rows(db: Database): Row[] {
  return listed(db) ? (db.prepare('SELECT id, position, cursor, hi, done FROM upgrade_steps ORDER BY position').all() as Row[]) : []
}

/** How many steps are still to run (those needed before use only, with `beforeUse`). */
export function pendingUpgradeSteps(db: Database, opts: { beforeUse?: boolean } = {}): number {
  return rows(db).filter((r) => r.done === 0 && (!opts.beforeUse || STEPS[r.id]?.beforeUse)).length
}

export interface UpgradeStepOptions {
  /** documents a transaction of a chunked step (default 20,000; the app takes fewer, so that a request waits a moment at most) */
  batch?: number
  /** only the steps the app's queries need */
  beforeUse?: boolean
  onProgress?: (p: UpgradeStepProgress) => void
}

/** Runs the pending steps to their end; returns how many steps it finished. */
export function runUpgradeSteps(db: Database, opts: UpgradeStepOptions = {}): number {
  return runToEnd(upgradeSteps(db, opts))
}

/** The same, letting other work run between transactions; `stop()` true: stop after the one under way (the next open goes on). */
export async function runUpgradeStepsAsync(db: Database, opts: UpgradeStepOptions & { stop?: () => boolean } = {}): Promise<number> {
  return runBetween(upgradeSteps(db, opts), opts.stop)
}

/** A transaction a step; the table goes with the last step. */
function* upgradeSteps(db: Database, opts: UpgradeStepOptions): Generator<void, number> {
  const all = rows(db)
  if (all.length === 0) return 0
  const batch = opts.batch ?? 20_000
  let finished = 0
  for (const [i, first] of all.entries()) {
    const def = STEPS[first.id]
    if (!def) throw new Error(`the library lists an upgrade step this version does not know (${first.id}); update Annalist`)
    if (first.done !== 0 || (opts.beforeUse && !def.beforeUse)) continue
    // counted once: a chunk adds what it went through
    const counted = def.count?.(db, first) ?? { done: 0, total: 0 }
    const report = (finishedStep: boolean): void => {
      opts.onProgress?.({ version: def.version, step: i + 1, steps: all.length, id: first.id, name: def.name, done: Math.min(counted.done, counted.total), total: counted.total, finished: finishedStep })
    }
    report(false)
    for (;;) {
      // the row as saved, read inside the transaction: another process opening the library at once never repeats a chunk
      const stepDone = db.transaction(() => {
        // (another process may have finished the upgrade and dropped the table meanwhile)
        const row = listed(db) ? (db.prepare('SELECT id, position, cursor, hi, done FROM upgrade_steps WHERE id = ?').get(first.id) as Row | undefined) : undefined
        if (!row || row.done !== 0) return true
        const r = def.run(db, row, batch)
        db.prepare('UPDATE upgrade_steps SET cursor = ?, done = ? WHERE id = ?').run(r.cursor ?? row.cursor, r.cursor === null ? 1 : 0, row.id)
        counted.done += r.n
        return r.cursor === null
      }).immediate()
      if (stepDone) counted.done = counted.total
      report(stepDone)
      if (stepDone) break
      yield
    }
    finished++
    yield
  }
  db.transaction(() => {
    if (listed(db) && (db.prepare('SELECT count(*) FROM upgrade_steps WHERE done = 0').pluck().get() as number) === 0) db.exec('DROP TABLE upgrade_steps')
  }).immediate()
  return finished
}
