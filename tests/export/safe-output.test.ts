/**
 * Issue 10, point 3: exports never replace what they did not write. An existing --out needs --force; the
 * library and its -wal/-shm are refused even with it (by path, symlink and hard link); a write error in
 * any format ends the export with the error and no partial file (CLI, runExport, the job service); a
 * cancel ends an XLSX export stuck on the disk; and what a crashed export left is removed at the next start.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export'
import { openServices } from '../../src/main/services/open-library'
import type { ExportFormat, JobEnd } from '../../src/shared/contract'
import { failWrites, restoreWrites, stallWrites } from './output-faults'
import { makeLibrary, removeTempDirs, tempDir } from './make-library'

afterAll(removeTempDirs)
afterEach(restoreWrites)

const ROOT = resolve(__dirname, '..', '..')
const FAULTS = join(__dirname, 'output-faults.ts')

function annalist(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', FAULTS, join(ROOT, 'src/main/cli/index.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex')
const partials = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('.partial-'))

function closedLibrary(): ReturnType<typeof makeLibrary> {
  const lib = makeLibrary()
  lib.db.close()
  return lib
}

describe('an existing --out', () => {
  it('is refused with one line (exit 2) unless --force', () => {
    const lib = closedLibrary()
    const out = join(lib.dir, 'mine.csv')
    writeFileSync(out, 'my own work\n')
    let r = annalist(['export', '--library', lib.path, '--format', 'csv', '--out', out])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`annalist export: ${out} already exists; choose another name, or replace it with --force\n`)
    expect(readFileSync(out, 'utf8')).toBe('my own work\n')
    r = annalist(['export', '--library', lib.path, '--format', 'csv', '--out', out, '--force'])
    expect(r.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFid,source_file/)
    expect(partials(lib.dir)).toEqual([])
  })

  it('the library, its -wal and -shm, a symlink and a hard link to it are refused even with --force', () => {
    const lib = makeLibrary() // left open, so that -wal and -shm exist
    const walBefore = sha(`${lib.path}-wal`)
    symlinkSync(lib.path, join(lib.dir, 'link.csv'))
    linkSync(lib.path, join(lib.dir, 'hard.csv'))
    mkdirSync(join(lib.dir, 'sub'))
    const targets = [lib.path, `${lib.path}-wal`, `${lib.path}-shm`, join(lib.dir, 'link.csv'), join(lib.dir, 'hard.csv'), join(lib.dir, 'sub', '..', 'library.annalist')]
    expect(existsSync(`${lib.path}-wal`)).toBe(true)
    for (const out of targets) {
      const r = annalist(['export', '--library', lib.path, '--format', 'csv', '--out', out, '--force'])
      expect(r.code, out).toBe(2)
      expect(r.stderr, out).toBe(`annalist export: ${out} is the library (or one of its files); it is never overwritten — choose another name\n`)
    }
    expect(sha(`${lib.path}-wal`)).toBe(walBefore)
    expect(lib.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(4)
    expect(lib.db.pragma('quick_check', { simple: true })).toBe('ok')
    lib.db.close()
  })

  it('a bag replaces only an earlier bag with --force, never another folder', async () => {
    const lib = makeLibrary()
    const bag = join(lib.dir, 'out.bag')
    await runExport(lib.db, { format: 'bagit', scope: 'all', out: bag })
    await expect(runExport(lib.db, { format: 'bagit', scope: 'all', out: bag })).rejects.toThrow(/already exists/)
    await runExport(lib.db, { format: 'bagit', scope: 'verified', out: bag }, { force: true })
    expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toContain('Document-Count: 2')
    const work = join(lib.dir, 'work')
    mkdirSync(work)
    writeFileSync(join(work, 'notes.txt'), 'keep')
    await expect(runExport(lib.db, { format: 'bagit', scope: 'all', out: work }, { force: true })).rejects.toThrow(/not a bag/)
    expect(readFileSync(join(work, 'notes.txt'), 'utf8')).toBe('keep')
    expect(partials(lib.dir)).toEqual([])
    lib.db.close()
  })
})

describe('through the services', () => {
  async function exportTo(path: string, out: string): Promise<JobEnd> {
    const s = openServices({ path, mode: 'browser', exportPath: async () => out })
    try {
      const ended = new Promise<JobEnd>((ok) => s.services.ctx.events.subscribe((name, payload) => { if (name === 'job.end') ok(payload as JobEnd) }))
      await s.services.call('export.start', { format: 'csv', scope: 'all' })
      return await ended
    } finally {
      await s.close()
    }
  }

  it('a file chosen in the save dialog is replaced (the dialog asked), the library never', async () => {
    const lib = closedLibrary()
    const out = join(lib.dir, 'chosen.csv')
    writeFileSync(out, 'old')
    expect(await exportTo(lib.path, out)).toMatchObject({ kind: 'export', summary: { documents: 4 } })
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFid,/)
    const end = await exportTo(lib.path, lib.path) as { error?: string }
    expect(end.error).toMatch(/is the library \(or one of its files\); it is never overwritten/)
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), 'check', '--library', lib.path], { cwd: ROOT, encoding: 'utf8' })
    expect(check.status).toBe(0)
  })
})

describe('a write error', () => {
  const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'jsonl', 'bagit']

  it.each(FORMATS)('ends a %s export with the error and removes the partial file', async (format) => {
    const lib = makeLibrary()
    failWrites()
    const out = join(lib.dir, `out.${format}`)
    await expect(runExport(lib.db, { format, scope: 'all', out })).rejects.toThrow(/ENOSPC/)
    expect(existsSync(out)).toBe(false)
    expect(partials(lib.dir)).toEqual([])
    lib.db.close()
  })

  it('makes the CLI exit non-zero with the message', () => {
    const lib = closedLibrary()
    for (const format of ['csv', 'xlsx']) {
      const out = join(lib.dir, `cli.${format}`)
      const r = annalist(['export', '--library', lib.path, '--format', format, '--out', out], { ANNALIST_TEST_OUTPUT: 'full' })
      expect(r.code, format).toBe(2)
      expect(r.stderr, format).toMatch(/^annalist export: ENOSPC: no space left on device/)
      expect(existsSync(out)).toBe(false)
    }
    expect(partials(lib.dir)).toEqual([])
  })

  it('ends the service job with job.end carrying the error', async () => {
    const lib = closedLibrary()
    const out = join(lib.dir, 'service.xlsx')
    const s = openServices({ path: lib.path, mode: 'browser', exportPath: async () => out })
    try {
      failWrites()
      const ends: JobEnd[] = []
      const ended = new Promise<void>((ok) => s.services.ctx.events.subscribe((name, payload) => {
        if (name === 'job.end') { ends.push(payload as JobEnd); ok() }
      }))
      const { job } = await s.services.call('export.start', { format: 'xlsx', scope: 'all' }) as { job: string }
      await ended
      expect(ends).toHaveLength(1)
      expect(ends[0]).toMatchObject({ job, kind: 'export', summary: null })
      expect((ends[0] as { error?: string }).error).toMatch(/ENOSPC/)
      expect(existsSync(out)).toBe(false)
      expect(partials(lib.dir)).toEqual([])
    } finally {
      await s.close()
    }
  })
})

describe('cancel', () => {
  it('ends an XLSX export whose disk stopped taking bytes', async () => {
    const lib = makeLibrary()
    stallWrites()
    const ac = new AbortController()
    const out = join(lib.dir, 'stuck.xlsx')
    const running = runExport(lib.db, { format: 'xlsx', scope: 'all', out }, { signal: ac.signal })
    await new Promise((ok) => setTimeout(ok, 200))
    expect(partials(lib.dir)).toHaveLength(1) // the export is under way, stuck on the disk
    ac.abort()
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(partials(lib.dir)).toEqual([])
    expect(existsSync(out)).toBe(false)
    lib.db.close()
  })
})

describe('leftovers of a crash', () => {
  it('a killed export leaves its partial file; the next start removes it, and only what is stale and ours', async () => {
    const lib = closedLibrary()
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', FAULTS, join(ROOT, 'src/main/cli/index.ts'),
      'export', '--library', lib.path, '--format', 'xlsx', '--out', join(lib.dir, 'crash.xlsx')], {
      cwd: ROOT, env: { ...process.env, ANNALIST_TEST_OUTPUT: 'stall' }, stdio: 'ignore',
    })
    const exited = new Promise((ok) => child.once('exit', ok))
    for (let i = 0; i < 600 && partials(lib.dir).length === 0; i++) await new Promise((ok) => setTimeout(ok, 50))
    const [left] = partials(lib.dir)
    expect(left).toMatch(new RegExp(`^crash\\.xlsx\\.partial-${child.pid}-[0-9a-f]{8}$`))
    child.kill('SIGKILL')
    await exited
    expect(partials(lib.dir)).toEqual([left]) // a crash cleans nothing up

    // a live process's partial, files that only look alike, and a temporary export folder of a dead process
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' })
    const live = `other.csv.partial-${sleeper.pid}-0123abcd`
    const lookalikes = ['notes.partial-draft', 'x.csv.partial-12ab', 'report.txt']
    for (const n of [live, ...lookalikes]) writeFileSync(join(lib.dir, n), 'keep')
    const deadPid = spawnSync('true').pid!
    const staleTemp = join(tmpdir(), `annalist-export-${deadPid}-Ab12Cd`)
    mkdirSync(staleTemp)
    writeFileSync(join(staleTemp, 'annalist-x.csv'), 'old download')
    const otherTemp = tempDir(`annalist-export-${deadPid}-x`) // a longer name than the app makes: not ours

    const s = openServices({ path: lib.path, mode: 'browser' })
    await s.close()
    sleeper.kill()
    expect(partials(lib.dir).sort()).toEqual([live, 'notes.partial-draft', 'x.csv.partial-12ab'].sort())
    expect(existsSync(join(lib.dir, 'report.txt'))).toBe(true)
    expect(existsSync(staleTemp)).toBe(false)
    expect(existsSync(otherTemp)).toBe(true)
  })
})
