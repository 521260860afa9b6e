/**
 * The CLI as a person or a script runs it: a child process per command, JSON shapes, exit codes, and the
 * crash test (SIGKILL mid-import leaves a sound library with whole documents; re-running completes it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { tempDir, writeReports } from './fixtures'
import { registerTextFunctions } from '../../src/main/library/text-sql-functions'

const ROOT = resolve(__dirname, '../..')
const CLI = join(ROOT, 'src/main/cli/index.ts')

// `node --import tsx` rather than the tsx binary: the kill test must kill the process that writes, not a wrapper
function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir: string
let lib: string
beforeAll(() => {
  dir = tempDir('annalist-cli-')
  lib = join(dir, 'lib.annalist')
})
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('annalist CLI', () => {
  it('import --json prints one object of the documented shape', () => {
    const inDir = join(dir, 'in')
    const files = writeReports(inDir, 2, 300)
    writeFileSync(join(inDir, '空文件.txt'), '')
    const r = cli(['import', inDir, files[0], '--library', lib, '--json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, unknown[]>
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['imported', 'duplicates', 'failed']))
    expect(out.imported).toHaveLength(2)
    for (const i of out.imported) expect(Object.keys(i as object).sort()).toEqual(['encoding', 'file', 'id', 'kind', 'warnings'])
    expect(out.imported.map((i) => (i as { file: string }).file).sort()).toEqual([...files].sort())
    expect(out.failed).toEqual([{ file: join(inDir, '空文件.txt'), error: expect.stringMatching(/empty/i) }])
    expect(out.duplicates).toEqual([])
  })

  it('reports the same bytes again as duplicates', () => {
    const r = cli(['import', join(dir, 'in'), '--library', lib, '--json'])
    const out = JSON.parse(r.stdout) as { imported: unknown[]; duplicates: { file: string; id: number }[] }
    expect(out.imported).toEqual([])
    expect(out.duplicates).toHaveLength(2)
    expect(typeof out.duplicates[0].id).toBe('number')
  })

  it('list --json and show --json', () => {
    const list = cli(['list', '--library', lib, '--json'])
    expect(list.code).toBe(0)
    const rows = JSON.parse(list.stdout) as Record<string, unknown>[]
    expect(rows).toHaveLength(2)
    for (const k of ['id', 'file_name', 'kind', 'encoding', 'text_length', 'warnings', 'status', 'title', 'agency', 'report_year', 'format']) {
      expect(rows[0]).toHaveProperty(k)
    }
    expect(Array.isArray(rows[0].warnings)).toBe(true)
    const show = cli(['show', String(rows[0].id), '--library', lib, '--json'])
    expect(show.code).toBe(0)
    const d = JSON.parse(show.stdout) as { text: string; fields: Record<string, unknown>; provenance: Record<string, { origin: string }>; warnings: unknown[] }
    expect(d.text).toContain('政府信息公开工作年度报告')
    expect(typeof d.fields).toBe('object')
    expect(d.fields.report_year).toEqual(expect.any(Number))
    expect(d.provenance.report_year.origin).toBe('auto')
    expect(Array.isArray(d.warnings)).toBe(true)
    expect(cli(['list', '--library', lib]).stdout).toMatch(/2 documents/)
  })

  it('list --saved NAME lists what a saved search finds; an unknown name is a usage error naming the saved ones', () => {
    const rows = JSON.parse(cli(['list', '--library', lib, '--json']).stdout) as { id: number; report_year: number }[]
    const year = rows[0].report_year
    const db = new Database(lib)
    db.prepare("INSERT INTO saved_searches (name, filter, created_at) VALUES ('那一年', ?, '2026-01-01T00:00:00Z')")
      .run(JSON.stringify({ conditions: [{ field: 'report_year', op: 'eq', value: year }] }))
    db.close()
    const saved = JSON.parse(cli(['list', '--library', lib, '--json', '--saved', '那一年']).stdout) as { id: number }[]
    expect(saved.map((r) => r.id).sort()).toEqual(rows.filter((r) => r.report_year === year).map((r) => r.id).sort())
    const bad = cli(['list', '--library', lib, '--saved', '没有'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('那一年')
  })

  it('set corrects a value, and reextract keeps it', () => {
    const rows = JSON.parse(cli(['list', '--library', lib, '--json']).stdout) as { id: number }[]
    const id = String(rows[0].id)
    const set = cli(['set', id, 'report_year', '2001', '--library', lib, '--reason', 'checked the paper copy'])
    expect(set.code).toBe(0)
    expect(cli(['set', id, 'report_year', 'soon', '--library', lib]).code).toBe(2)
    expect(cli(['set', id, 'no_such_field', '1', '--library', lib]).code).toBe(2)
    const re = cli(['reextract', '--library', lib])
    expect(re.code).toBe(0)
    expect(re.stdout).toMatch(/re-extracted 2 documents/)
    const d = JSON.parse(cli(['show', id, '--library', lib, '--json']).stdout) as { fields: Record<string, unknown>; provenance: Record<string, { origin: string }> }
    expect(d.fields.report_year).toBe(2001)
    expect(d.provenance.report_year.origin).toBe('corrected')
  })

  it('set keeps an approximate or Chinese number and records the reviewer (--reviewer, else ANNALIST_REVIEWER)', () => {
    const rows = JSON.parse(cli(['list', '--library', lib, '--json']).stdout) as { id: number }[]
    const id = String(rows[1].id)
    const a = cli(['set', id, 'proactive_disclosures', '300余', '--library', lib, '--reviewer', '王五', '--json'])
    expect(a.code).toBe(0)
    expect(JSON.parse(a.stdout)).toMatchObject({ value: 300, approximate: true, changed: 1 })
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'set', id, 'applications_received', '三百一十二', '--library', lib], {
      cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ANNALIST_REVIEWER: '赵六' },
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/applications_received = 312 \(corrected\)/)
    const db = new Database(lib, { readonly: true })
    const who = db.prepare("SELECT target, reviewer FROM revisions WHERE document_id = ? AND target IN ('proactive_disclosures', 'applications_received') ORDER BY id").all(Number(id))
    db.close()
    expect(who).toEqual([{ target: 'proactive_disclosures', reviewer: '王五' }, { target: 'applications_received', reviewer: '赵六' }])
  })

  it('check passes a sound library and fails a tampered one', () => {
    const ok = cli(['check', '--library', lib])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/library is sound/)
    const copy = join(dir, 'tampered.annalist')
    const src = new Database(lib)
    src.pragma('wal_checkpoint(TRUNCATE)')
    src.close()
    writeFileSync(copy, readFileSync(lib))
    const t = new Database(copy)
    // originals is a view over the packed bytes (migration 9): a plain connection needs Annalist's functions
    registerTextFunctions(t)
    t.prepare("UPDATE originals SET bytes = x'00' WHERE document_id = (SELECT min(id) FROM documents)").run()
    t.close()
    const bad = cli(['check', '--library', copy])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/FAIL .*original changed since import/)
  })

  it('exits 2 with one clear line for an unusable library or a usage error', () => {
    const missing = cli(['list', '--library', join(dir, 'nope.annalist')])
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(missing.stderr).toMatch(/no library/)
    const notDb = join(dir, 'text.annalist')
    writeFileSync(notDb, 'just some text, not a database')
    expect(cli(['show', '1', '--library', notDb]).stderr).toMatch(/not an SQLite file/)
    expect(cli(['check', '--library', notDb]).code).toBe(2)
    const newer = join(dir, 'newer.annalist')
    expect(cli(['import', join(dir, 'in'), '--library', newer, '--json']).code).toBe(0)
    const n = new Database(newer)
    n.pragma('user_version = 99')
    n.close()
    const r = cli(['list', '--library', newer])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/newer Annalist/)
    expect(cli(['import', '--library', lib]).code).toBe(2)
    expect(cli(['show', 'abc', '--library', lib]).code).toBe(2)
    expect(cli(['show', '999', '--library', lib]).code).toBe(2)
  })

  it('survives SIGKILL mid-import: check passes, only whole documents, a re-run completes it', async () => {
    const inDir = join(dir, 'big')
    const N = 300
    writeReports(inDir, N, 5000)
    const killLib = join(dir, 'killed.annalist')
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'import', inDir, '--library', killLib, '--json'], { cwd: ROOT, stdio: 'ignore' })
    const exited = new Promise<void>((res) => child.on('exit', () => res()))
    let count = 0
    const deadline = Date.now() + 90_000
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
      if (!existsSync(killLib)) continue
      try {
        const probe = new Database(killLib, { readonly: true, fileMustExist: true })
        try { count = (probe.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n } finally { probe.close() }
      } catch { continue } // not created yet, or mid-migration
      if (count >= 20) break
    }
    child.kill('SIGKILL')
    await exited
    expect(count).toBeGreaterThanOrEqual(20)

    const check = cli(['check', '--library', killLib])
    expect(check.stdout).toMatch(/library is sound/)
    expect(check.code).toBe(0)
    const db = new Database(killLib, { readonly: true })
    registerTextFunctions(db)
    const partial = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
    // whole documents only: every document has its original, its text and its search entry
    const whole = (db.prepare('SELECT count(*) AS n FROM documents d JOIN originals o ON o.document_id = d.id JOIN texts t ON t.document_id = d.id').get() as { n: number }).n
    db.close()
    expect(partial).toBeLessThan(N)
    expect(whole).toBe(partial)

    const again = cli(['import', inDir, '--library', killLib, '--json'])
    expect(again.code).toBe(0)
    const out = JSON.parse(again.stdout) as { imported: unknown[]; duplicates: unknown[]; failed: unknown[] }
    expect(out.failed).toEqual([])
    expect(out.duplicates).toHaveLength(partial)
    expect(out.imported).toHaveLength(N - partial)
    const final = new Database(killLib, { readonly: true })
    expect((final.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(N)
    final.close()
    expect(cli(['check', '--library', killLib]).code).toBe(0)
  }, 240_000)
})
