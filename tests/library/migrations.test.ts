/** The library file: opening rules, and the upgrade from a file made by migration 1 only. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { APPLICATION_ID, LATEST_VERSION, migrate, userVersion } from '../../src/main/library/migrations'
import { copyGroups } from '../../src/main/dataset/copy-store'
import { LibraryError } from '../../src/main/library/errors'
import { getOrigin, insertOrigin } from '../../src/main/library/origins'

let dir: string
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'annalist-lib-')) })
afterEach(() => { rmSync(dir, { recursive: true, force: true }) })

function errorOf(fn: () => unknown): LibraryError {
  try { fn() } catch (e) { if (e instanceof LibraryError) return e; throw e }
  throw new Error('expected a LibraryError')
}

describe('openLibrary', () => {
  it('creates a library with WAL, foreign keys, application_id and the latest user_version', () => {
    const db = openLibrary(join(dir, 'a.annalist'), { create: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(2)
    db.close()
  })

  it('refuses a missing file unless asked to create it', () => {
    expect(errorOf(() => openLibrary(join(dir, 'none.annalist'))).code).toBe('missing')
  })

  it('refuses a file that is not SQLite, with one clear line', () => {
    const p = join(dir, 'notes.txt')
    writeFileSync(p, '这不是数据库 this is not a database file at all')
    const e = errorOf(() => openLibrary(p))
    expect(e.code).toBe('not_sqlite')
    expect(e.message).not.toContain('\n')
  })

  it('refuses an SQLite file that is not an Annalist library', () => {
    const p = join(dir, 'other.db')
    const raw = new Database(p)
    raw.exec('CREATE TABLE t (x)')
    raw.close()
    expect(errorOf(() => openLibrary(p)).code).toBe('not_a_library')
  })

  it('refuses a library from a newer version', () => {
    const p = join(dir, 'new.annalist')
    openLibrary(p, { create: true }).close()
    const raw = new Database(p)
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`)
    raw.close()
    const e = errorOf(() => openLibrary(p))
    expect(e.code).toBe('newer_version')
    expect(e.message).toMatch(/newer Annalist/)
  })
})

describe('native module', () => {
  it('loads better-sqlite3 from the prebuilt N-API binary inside its package (nothing compiled or fetched)', () => {
    const pkg = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'))
    const prebuilt = join(pkg, 'prebuilds', `${process.platform}-${process.arch}.node`)
    expect(existsSync(prebuilt)).toBe(true)
    expect(existsSync(join(pkg, 'build'))).toBe(false)
    const db = openLibrary(join(dir, 'b.annalist'), { create: true })
    expect(userVersion(db)).toBe(LATEST_VERSION)
    db.close()
  })
})

describe('migrations', () => {
  it('upgrades a library made by migration 1 to the latest, keeping its rows', () => {
    const p = join(dir, 'v1.annalist')
    const raw = new Database(p)
    raw.pragma('journal_mode = WAL')
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 1)).toBe(1)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, '年报.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    raw.prepare("INSERT INTO texts (document_id, raw_text, clean_text) VALUES (1, 'abc', 'abc')").run()
    const v1Columns = (raw.prepare('PRAGMA table_info(texts)').all() as { name: string }[]).map((c) => c.name)
    expect(v1Columns).not.toContain('clean_map')
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    const cols = (db.prepare('PRAGMA table_info(texts)').all() as { name: string }[]).map((c) => c.name)
    expect(cols).toContain('clean_map')
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'import_runs'").get()).toBeTruthy()
    expect(db.prepare('SELECT file_name, import_run FROM documents WHERE id = 1').get()).toEqual({ file_name: '年报.txt', import_run: null })
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })

  it('upgrades a library made by migration 8: the figures per year filled from its fields, saved searches empty (issue 13)', () => {
    const p = join(dir, 'v8.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 8)).toBe(8)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, '年报.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    const field = raw.prepare("INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (1, ?, ?, 'auto', '2024-01-01T00:00:00Z')")
    field.run('report_year', '2021')
    field.run('applications_received', '37')
    field.run('admin_lawsuits', 'null')
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT status, kind, year, received, lawsuits FROM dataset_rows WHERE document_id = 1').get()).toEqual({ status: 'new', kind: 'txt', year: 2021, received: 37, lawsuits: null })
    db.prepare("UPDATE documents SET status = 'verified' WHERE id = 1").run()
    // and kept by the triggers from now on
    db.prepare("UPDATE fields SET value = '40' WHERE document_id = 1 AND field_id = 'applications_received'").run()
    db.prepare("DELETE FROM fields WHERE document_id = 1 AND field_id = 'report_year'").run()
    expect(db.prepare('SELECT status, year, received FROM dataset_rows WHERE document_id = 1').get()).toEqual({ status: 'verified', year: null, received: 40 })
    expect(db.prepare('SELECT count(*) AS n FROM saved_searches').get()).toEqual({ n: 0 })
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })

  it('upgrades a library made by migration 4: warnings open, revisions without reviewer or provenance (issue 11)', () => {
    const p = join(dir, 'v4.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 4)).toBe(4)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, '年报.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    raw.prepare("INSERT INTO warnings (document_id, source, code, severity, message, message_en) VALUES (1, 'extract', 'agency_missing', 'error', '未能识别发布机关', 'no agency')").run()
    raw.prepare("INSERT INTO revisions (document_id, target, old_value, new_value, at) VALUES (1, 'status', '\"new\"', '\"in_review\"', '2024-01-02T00:00:00Z')").run()
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT state FROM warnings').get()).toEqual({ state: 'open' })
    expect(db.prepare('SELECT reviewer, old_meta, new_meta FROM revisions').get()).toEqual({ reviewer: '', old_meta: null, new_meta: null })
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'warning_dismissals'").get()).toBeTruthy()
    // the queue's error tier reads the new partial index of open errors
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'warnings_open_errors'").get()).toBeTruthy()
    expect(() => db.prepare("UPDATE warnings SET state = 'gone'").run()).toThrow(/CHECK/)
    db.close()
  })

  it('upgrades a library made by migration 8: its copies of one report are found at the first read and stored (issue 13)', () => {
    const p = join(dir, 'v8.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 8)).toBe(8)
    const text = Array.from({ length: 12 }, (_, i) => `2020年某县民政局第${i + 1}项工作公开信息${i * 17 + 5}条，办理事项${i * 3 + 2}件。`).join('\n')
    const d = raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES (?, 3, ?, 'txt', '2024-01-01T00:00:00Z')")
    const t = raw.prepare("INSERT INTO texts (document_id, raw_text, clean_text) VALUES (?, '', ?)")
    const f = raw.prepare("INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (?, ?, ?, 'auto', '2024-01-01T00:00:00Z')")
    for (const [i, body] of [[1, text], [2, text.replace(/，/g, ' ， ')], [3, text.replace(/2020/g, '2021')]] as const) {
      d.run(`sha${i}`, `r${i}.txt`)
      t.run(i, body)
      f.run(i, 'agency', '"某县民政局"')
      f.run(i, 'report_year', i === 3 ? '2021' : '2020')
    }
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT count(*) FROM copy_groups').pluck().get()).toBe(0)
    expect(copyGroups(db)).toEqual([{ id: 1, documents: [1, 2], similarity: 1 }])
    expect(db.prepare('SELECT document_id, group_id FROM copy_groups ORDER BY document_id').all()).toEqual([{ document_id: 1, group_id: 1 }, { document_id: 2, group_id: 1 }])
    expect(db.prepare('SELECT count(*) FROM copy_samples').pluck().get()).toBe(3)
    // a delete regroups too: the copy left alone is in no group
    db.prepare('DELETE FROM documents WHERE id = 2').run()
    expect(copyGroups(db)).toEqual([])
    expect(db.prepare('SELECT count(*) FROM copy_groups').pluck().get()).toBe(0)
    db.close()
  })

  it('upgrades a library made by migration 6: report_keys filled from the fields (issue 15)', () => {
    const p = join(dir, 'v6.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 6)).toBe(6)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, 'a.txt', 'txt', '2024-01-01T00:00:00Z'), ('cd', 3, 'b.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    const f = raw.prepare("INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (?, ?, ?, 'auto', '2024-01-01T00:00:00Z')")
    f.run(1, 'agency', '"某县民政局"')
    f.run(1, 'report_year', '2020')
    f.run(1, 'title', '"某县民政局2020年政府信息公开工作年度报告"')
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT document_id, agency, year FROM report_keys').all()).toEqual([{ document_id: 1, agency: '"某县民政局"', year: '2020' }])
    db.close()
  })

  it('upgrades a library made before open_warning_counts: each document counted, dismissed warnings not (issue 15)', () => {
    const p = join(dir, 'v13.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 13)).toBe(13)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, 'a.txt', 'txt', '2024-01-01T00:00:00Z'), ('cd', 3, 'b.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    const w = raw.prepare("INSERT INTO warnings (document_id, source, code, severity, message, message_en, state) VALUES (?, 'extract', ?, 'warning', 'm', 'm', ?)")
    w.run(1, 'agency_missing', 'open')
    w.run(1, 'table_lost', 'open')
    w.run(2, 'table_lost', 'dismissed')
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT document_id, open FROM open_warning_counts ORDER BY document_id').all()).toEqual([{ document_id: 1, open: 2 }, { document_id: 2, open: 0 }])
    db.close()
  })

  it('upgrades a library made before the covering indexes: a year with a status and each region code read from them, each facet value counted (issue 15)', () => {
    const p = join(dir, 'v14.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 14)).toBe(14)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, 'a.txt', 'txt', '2024-01-01T00:00:00Z'), ('cd', 3, 'b.txt', 'txt', '2024-01-01T00:00:00Z')").run()
    const f = raw.prepare("INSERT INTO fields (document_id, field_id, value, origin, updated_at) VALUES (?, ?, ?, 'auto', '2024-01-01T00:00:00Z')")
    f.run(1, 'report_year', '2020')
    f.run(2, 'report_year', '2020')
    f.run(1, 'agency', '"某县民政局"')
    f.run(2, 'agency', '"某县民政局"')
    f.run(1, 'region_code', '"110101"')
    raw.prepare("UPDATE documents SET status = 'verified' WHERE id = 2").run()
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    const count = "SELECT count(*) FROM dataset_rows INDEXED BY dataset_rows_year_status WHERE year = 2020 AND status = 'new'"
    expect(db.prepare(count).pluck().get()).toBe(1)
    expect(db.prepare("SELECT document_id, value FROM fields INDEXED BY fields_region_code WHERE field_id = 'region_code' AND document_id > 0").all()).toEqual([{ document_id: 1, value: '"110101"' }])
    expect(db.prepare('SELECT field_id, value, n FROM facet_value_counts ORDER BY field_id').all()).toEqual([{ field_id: 'agency', value: '"某县民政局"', n: 2 }, { field_id: 'report_year', value: '2020', n: 2 }])
    db.close()
  })

  it('upgrades a library made before agency keys folded a place\'s government: canonical names follow their agency, the later decision kept (session 17)', () => {
    const p = join(dir, 'v15.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 15)).toBe(15)
    const name = raw.prepare("INSERT INTO agency_names (agency_key, name, reviewer, at) VALUES (?, ?, 'r', ?)")
    name.run('大洲乡政府', '平江县大洲乡人民政府', '2025-01-02T00:00:00Z')
    name.run('大洲乡', '大洲乡', '2025-01-01T00:00:00Z')
    name.run('桃源街道办事处', '桃源街道办事处', '2025-01-01T00:00:00Z')
    name.run('龙山县民政局', '龙山县民政局', '2025-01-01T00:00:00Z')
    name.run('\u0001高邑县', '高邑县', '2025-01-01T00:00:00Z')
    raw.prepare('UPDATE copy_groups_state SET full = 0 WHERE id = 1').run()
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT agency_key AS key, name FROM agency_names ORDER BY agency_key').all()).toEqual([
      { key: '\u0001高邑县', name: '高邑县' },
      { key: '大洲乡', name: '平江县大洲乡人民政府' },
      { key: '桃源街道', name: '桃源街道办事处' },
      { key: '龙山县民政局', name: '龙山县民政局' },
    ])
    // the copies are regrouped under the new keys at the next read
    expect(db.prepare('SELECT full FROM copy_groups_state WHERE id = 1').pluck().get()).toBe(1)
    db.close()
  })

  it('upgrades a library made before document origins: its documents have none, new ones can (issue 14)', () => {
    const p = join(dir, 'v8.annalist')
    const raw = new Database(p)
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    expect(migrate(raw, 8)).toBe(8)
    raw.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('ab', 3, 'a.doc', 'docx', '2024-01-01T00:00:00Z')").run()
    raw.close()

    const db = openLibrary(p)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(getOrigin(db, 1)).toBeNull()
    insertOrigin(db, 1, { format: 'doc', url: null, captured_at: null, archive: null })
    expect(getOrigin(db, 1)).toEqual({ format: 'doc', url: null, captured_at: null, archive: null })
    expect(() => insertOrigin(db, 1, { format: 'doc', url: null, captured_at: null, archive: null })).toThrow(/UNIQUE|PRIMARY/)
    db.prepare("INSERT INTO documents (sha256, size, file_name, kind, imported_at) VALUES ('cd', 3, 'b.rtf', 'txt', '2024-01-01T00:00:00Z')").run()
    expect(() => db.prepare("INSERT INTO document_origins (document_id, format) VALUES (2, 'rtf')").run()).toThrow(/CHECK/)
    db.prepare('DELETE FROM documents WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) AS n FROM document_origins').get()).toEqual({ n: 0 })
    db.close()
  })

  it('rolls a failing migration back whole', () => {
    const p = join(dir, 'broken.annalist')
    const raw = new Database(p)
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    migrate(raw, 1)
    // a table that migration 2 wants to create already exists: migration 2 must fail and change nothing
    raw.exec('CREATE TABLE import_runs (x)')
    raw.close()
    expect(() => openLibrary(p)).toThrow()
    const again = new Database(p)
    expect(userVersion(again)).toBe(1)
    const cols = (again.prepare('PRAGMA table_info(texts)').all() as { name: string }[]).map((c) => c.name)
    expect(cols).not.toContain('clean_map')
    again.close()
  })
})
