/**
 * Issue 15, point 1: a forward migration "in place, with progress, resumable after a kill", for migration 15's
 * long half (its two indexes and the file-name search index, upgrade-steps.ts). A real library file made at
 * version 14 by the migrations themselves: opened, it says each step (k of n, its name) and the count of the
 * chunked one; killed midway it keeps what it did, and the next open finishes with the same library as an
 * uninterrupted upgrade; the command line prints a line per step; the app upgrades it behind the window, naming
 * the step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { APPLICATION_ID, LATEST_VERSION, migrate, userVersion } from '../../src/main/library/migrations'
import { type UpgradeStepProgress, pendingUpgradeSteps, runUpgradeSteps, runUpgradeStepsAsync } from '../../src/main/library/upgrade-steps'
import { upgradeStepLine } from '../../src/main/cli/migration-progress'
import { repackLegacyTexts } from '../../src/main/library/text-repack'
import { openServices } from '../../src/main/services/open-library'
import type { LibraryUpgrade } from '../../src/shared/contract'
import { tempDir } from '../import/fixtures'

const ROOT = resolve(__dirname, '..', '..')
const DOCS = 95
let dir: string
let v14: string
beforeAll(() => {
  dir = tempDir('annalist-upgrade-steps-')
  v14 = join(dir, 'v14.annalist')
  const raw = new Database(v14)
  raw.pragma('journal_mode = WAL')
  raw.pragma('foreign_keys = ON')
  raw.pragma(`application_id = ${APPLICATION_ID}`)
  expect(migrate(raw, 14)).toBe(14)
  // as a version 14 library is: migration 13's repacking done (its empty table of old texts gone)
  repackLegacyTexts(raw)
  const doc = raw.prepare("INSERT INTO documents (id, sha256, size, file_name, kind, imported_at) VALUES (?, ?, 3, ?, 'txt', '2024-01-01T00:00:00Z')")
  const field = raw.prepare("INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (?, ?, ?, 'auto', '2024-01-01T00:00:00Z')")
  raw.transaction(() => {
    for (let i = 1; i <= DOCS; i++) {
      doc.run(i, `sha${i}`, `第${i}号县民政局-${2010 + (i % 12)}年报告.txt`)
      field.run(i, 'report_year', String(2010 + (i % 12)))
      field.run(i, 'region_code', `"1101${String(i % 7).padStart(2, '0')}"`)
    }
  })()
  raw.close()
})
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

function copyOf(name: string): string {
  const p = join(dir, name)
  copyFileSync(v14, p)
  return p
}

/** What the upgrade must leave, whichever way it went: the schema, each file name found by its own index, the counts. */
function outcome(path: string): unknown {
  const db = new Database(path, { readonly: true })
  try {
    return {
      version: userVersion(db),
      schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all(),
      byName: db.prepare("SELECT rowid FROM file_names_fts WHERE file_name MATCH '\"民政局\"' ORDER BY rowid").pluck().all(),
      year: db.prepare("SELECT rowid FROM file_names_fts WHERE file_name MATCH '\"2015年\"' ORDER BY rowid").pluck().all(),
      entries: db.prepare('SELECT count(*) FROM file_names_fts_docsize').pluck().get(),
      regions: db.prepare("SELECT value, count(*) AS n FROM fields INDEXED BY fields_region_code WHERE field_id = 'region_code' AND document_id > 0 GROUP BY value ORDER BY value").all(),
      facets: db.prepare('SELECT field_id, value, n FROM facet_value_counts ORDER BY field_id, value').all(),
    }
  } finally {
    db.close()
  }
}

/** The FTS5 index agrees with the documents' names (an INSERT command: on a writable connection). */
function ftsSound(path: string): boolean {
  const db = new Database(path)
  try {
    db.prepare("INSERT INTO file_names_fts (file_names_fts, rank) VALUES ('integrity-check', 1)").run()
    return true
  } finally {
    db.close()
  }
}

describe('migration 15 in steps', () => {
  it('says each step, k of n with its name, and the count of the chunked one', () => {
    const p = copyOf('steps.annalist')
    const raw = new Database(p)
    const seen: UpgradeStepProgress[] = []
    try {
      // the indexes the app's queries name come with the migration, the file-name index after it
      migrate(raw, LATEST_VERSION, (s) => seen.push(s))
      expect(userVersion(raw)).toBe(LATEST_VERSION)
      expect(pendingUpgradeSteps(raw)).toBe(1)
      expect(runUpgradeSteps(raw, { batch: 20, onProgress: (s) => seen.push(s) })).toBe(1)
      expect(pendingUpgradeSteps(raw)).toBe(0)
    } finally {
      raw.close()
    }
    expect(seen.filter((s) => s.step < 3).map((s) => [s.step, s.steps, s.id, s.finished])).toEqual([
      [1, 3, 'v15.dataset_rows_year_status', false], [1, 3, 'v15.dataset_rows_year_status', true],
      [2, 3, 'v15.fields_region_code', false], [2, 3, 'v15.fields_region_code', true],
    ])
    // the file-name index by chunks of 20 documents: the count moves
    expect(seen.filter((s) => s.step === 3).map((s) => s.done)).toEqual([0, 20, 40, 60, 80, 95])
    expect(seen.at(-1)).toMatchObject({ total: DOCS, finished: true })
    expect(upgradeStepLine(seen[0])).toBe('upgrading the library to version 15: step 1/3, index dataset_rows(year, status, kind)…')
    expect(upgradeStepLine(seen.at(-2)!)).toBe('upgrading the library to version 15: step 3/3, the search index of file names: 80 / 95 documents (84%)')
    // no table of steps left, and the library is what a new one is made with
    const fresh = join(dir, 'fresh.annalist')
    openLibrary(fresh, { create: true }).close()
    expect((outcome(p) as { schema: unknown }).schema).toEqual((outcome(fresh) as { schema: unknown }).schema)
    expect(ftsSound(p)).toBe(true)
  })

  it('goes on after a kill midway and ends as an uninterrupted upgrade does', () => {
    const straight = copyOf('straight.annalist')
    openLibrary(straight).close()

    // a process that upgrades by chunks of 20 documents and is killed (SIGKILL) once 40 are in the file-name index
    const killed = copyOf('killed.annalist')
    const script = join(dir, 'upgrade-and-die.mts')
    writeFileSync(script, `
      import { createRequire } from 'node:module'
      import { migrate } from ${JSON.stringify(join(ROOT, 'src/main/library/migrations.ts'))}
      import { runUpgradeSteps } from ${JSON.stringify(join(ROOT, 'src/main/library/upgrade-steps.ts'))}
      const Database = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})('better-sqlite3')
      const db = new Database(${JSON.stringify(killed)})
      migrate(db)
      runUpgradeSteps(db, { batch: 20, onProgress: (p) => { if (p.done >= 40) process.kill(process.pid, 'SIGKILL') } })
    `)
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.signal, r.stderr).toBe('SIGKILL')

    // what the kill left: version 15, both indexes made, the file-name index 40 documents in
    const half = new Database(killed, { readonly: true })
    try {
      expect(userVersion(half)).toBe(LATEST_VERSION)
      expect(half.prepare('SELECT id, cursor, done FROM upgrade_steps ORDER BY position').all()).toEqual([
        { id: 'v15.dataset_rows_year_status', cursor: 0, done: 1 },
        { id: 'v15.fields_region_code', cursor: 0, done: 1 },
        { id: 'v15.file_names_fts', cursor: 40, done: 0 },
      ])
      expect(half.prepare('SELECT count(*) FROM file_names_fts_docsize').pluck().get()).toBe(40)
    } finally {
      half.close()
    }

    // the next open goes on from there (the count starts at 40) and ends with the same library
    const seen: UpgradeStepProgress[] = []
    openLibrary(killed, { onUpgradeStep: (p) => seen.push(p) }).close()
    expect(seen.map((s) => [s.step, s.done])).toEqual([[3, 40], [3, DOCS]])
    expect(outcome(killed)).toEqual(outcome(straight))
    expect(ftsSound(killed)).toBe(true)
  })

  it('is finished once when two connections go at it together', async () => {
    const p = copyOf('two.annalist')
    const a = new Database(p)
    const b = new Database(p)
    try {
      migrate(a)
      migrate(b)
      // each chunk is its own transaction, its cursor read inside it: the two take turns and none is indexed twice
      const done = await Promise.all([runUpgradeStepsAsync(a, { batch: 10 }), runUpgradeStepsAsync(b, { batch: 10 })])
      expect(done.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(1)
      expect(pendingUpgradeSteps(a)).toBe(0)
    } finally {
      a.close()
      b.close()
    }
    expect((outcome(p) as { entries: number }).entries).toBe(DOCS)
    expect(ftsSound(p)).toBe(true)
  })

  it('stays sound when a document not yet in the file-name index is deleted or renamed before the step reaches it', async () => {
    const p = copyOf('edits.annalist')
    const db = new Database(p)
    try {
      migrate(db)
      // one chunk of 20 indexed, then the app's requests: a delete and a rename among the 75 not yet indexed
      await runUpgradeStepsAsync(db, { batch: 20, stop: () => true })
      expect(pendingUpgradeSteps(db)).toBe(1)
      db.prepare('DELETE FROM fields WHERE document_id = 90').run()
      db.prepare('DELETE FROM documents WHERE id = 90').run()
      db.prepare("UPDATE documents SET file_name = '改名的市财政局报告.txt' WHERE id = 80").run()
      runUpgradeSteps(db, { batch: 20 })
      expect(pendingUpgradeSteps(db)).toBe(0)
      expect(db.prepare('SELECT rowid FROM file_names_fts WHERE file_name MATCH \'"财政局"\'').pluck().all()).toEqual([80])
    } finally {
      db.close()
    }
    expect(ftsSound(p)).toBe(true)
    const o = outcome(p) as { entries: number; byName: number[] }
    expect(o.entries).toBe(DOCS - 1)
    expect(o.byName).not.toContain(80)
    expect(o.byName).not.toContain(90)
  })

  it('prints a line per step on the command line', () => {
    const p = copyOf('cli.annalist')
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), 'list', '--library', p, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.status, r.stderr).toBe(0)
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('upgrading the library to version 15'))
    expect(lines).toEqual([
      'upgrading the library to version 15: step 1/3, index dataset_rows(year, status, kind)…',
      'upgrading the library to version 15: step 1/3, index dataset_rows(year, status, kind): done',
      'upgrading the library to version 15: step 2/3, index fields(document_id, value) for region_code…',
      'upgrading the library to version 15: step 2/3, index fields(document_id, value) for region_code: done',
      'upgrading the library to version 15: step 3/3, the search index of file names: 0 / 95 documents (0%)',
      'upgrading the library to version 15: step 3/3, the search index of file names: 95 / 95 documents (100%)',
    ])
    expect(JSON.parse(r.stdout)).toHaveLength(DOCS)
  })

  it('is finished behind the window by the app, which names the step', async () => {
    const p = copyOf('app.annalist')
    const app = openServices({ path: p, mode: 'browser' })
    const seen: LibraryUpgrade[] = []
    const finished = new Promise<void>((resolve) => {
      app.services.ctx.events.subscribe((name, payload) => {
        if (name !== 'library.upgrade') return
        seen.push(payload as LibraryUpgrade)
        if ((payload as LibraryUpgrade).finished) resolve()
      })
    })
    try {
      // the indexes the queries name are there at once; the file-name index follows
      expect(pendingUpgradeSteps(app.db, { beforeUse: true })).toBe(0)
      // what the window reads when it opens: the step under way (here its first chunk was the whole of it)
      expect((await app.services.call('library.info', undefined) as { upgrade?: LibraryUpgrade }).upgrade)
        .toEqual({ done: DOCS, total: DOCS, finished: false, step: { version: 15, index: 3, count: 3, id: 'v15.file_names_fts' } })
      await finished
      expect(seen.at(-1)).toEqual({ done: DOCS, total: DOCS, finished: true, step: { version: 15, index: 3, count: 3, id: 'v15.file_names_fts' } })
      expect(pendingUpgradeSteps(app.db)).toBe(0)
    } finally {
      await app.close()
    }
    expect(ftsSound(p)).toBe(true)
  })
})
