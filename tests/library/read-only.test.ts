/**
 * Issue 10, point 7: a library that cannot be written opens read-only. List, show, check and export work;
 * edits say why they cannot be made (CLI: one line, exit 2; services: ApiError 'conflict' with a Chinese
 * and English message, never 'internal'). We run as root here, where chmod does not stop writes: the
 * 0444-file-in-a-0555-folder case is run with the explicit --readonly / readonly option, and the
 * detection itself (access(2)) is tested only when not root.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { canWrite, openLibrary } from '../../src/main/library/db'
import { openSnapshot } from '../../src/main/library/readonly-snapshot'
import { setFieldValues } from '../../src/main/library/field-store'
import { toApiError } from '../../src/main/services'
import { openServices } from '../../src/main/services/open-library'
import { ApiError } from '../../src/shared/contract'
import { makeLibrary, removeTempDirs, tempDir } from '../export/make-library'

const ROOT = resolve(__dirname, '..', '..')
const isRoot = process.getuid?.() === 0
const locked: string[] = []
afterAll(() => {
  for (const d of locked) chmodSync(d, 0o755)
  removeTempDirs()
})

function annalist(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex')

/** A closed library, its file 0444 in a 0555 folder (as on a read-only medium). */
function lockedLibrary(): { path: string; dir: string } {
  const lib = makeLibrary()
  lib.db.close()
  chmodSync(lib.path, 0o444)
  chmodSync(lib.dir, 0o555)
  locked.push(lib.dir)
  return { path: lib.path, dir: lib.dir }
}

describe('a read-only library on the command line', () => {
  it('lists, shows, checks and exports; set, reextract and import refuse with one line', () => {
    const { path } = lockedLibrary()
    const before = sha(path)
    expect(annalist('list', '--library', path, '--readonly').stdout).toMatch(/4 documents\n$/)
    expect(annalist('show', '1', '--library', path, '--readonly', '--json').code).toBe(0)
    const check = annalist('check', '--library', path, '--readonly')
    expect(check.code).toBe(0)
    expect(check.stdout).toMatch(/library is sound\n$/)
    const out = join(tempDir(), 'from-readonly.csv')
    expect(annalist('export', '--library', path, '--readonly', '--format', 'csv', '--out', out).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFid,/)

    const edits = [
      ['set', '1', 'region', '某县', '--library', path, '--readonly'],
      ['reextract', '--library', path, '--readonly'],
      ['import', join(ROOT, 'resources', 'samples'), '--library', path, '--readonly'],
    ]
    for (const args of edits) {
      const r = annalist(...args)
      expect(r.code, args[0]).toBe(2)
      expect(r.stderr, args[0]).toBe(`annalist ${args[0]}: ${path} is open read-only (a read-only medium or folder, or --readonly); changes cannot be saved — back it up to a writable folder to edit the copy\n`)
    }
    expect(sha(path)).toBe(before)
  })
})

describe('a read-only library through the services', () => {
  it('reads and exports; every edit is a conflict with a Chinese and English message', async () => {
    const { path } = lockedLibrary()
    const out = join(tempDir(), 'service.jsonl')
    const s = openServices({ path, mode: 'browser', readonly: true, exportPath: async () => out })
    try {
      expect(s.db.readonly).toBe(true)
      const list = await s.services.call('documents.list', {}) as { total: number }
      expect(list.total).toBe(4)
      await s.services.call('documents.get', { id: 1 })
      const edits: [string, unknown][] = [
        ['fields.set', { ids: [1], field: 'region', value: '某县', reason: 'x' }],
        ['documents.setStatus', { ids: [1], status: 'verified' }],
        ['tags.create', { name: '新标签' }],
        ['history.undo', {}],
      ]
      for (const [method, args] of edits) {
        const e = await s.services.call(method, args).then(() => null, (err: unknown) => err)
        expect(e, method).toBeInstanceOf(ApiError)
        expect((e as ApiError).code, method).toBe('conflict')
        expect((e as ApiError).message, method).toMatch(/只读.*read-only/)
      }
      expect(() => s.services.upload([{ name: 'a.txt', bytes: new Uint8Array([1]) }])).toThrow(/只读/)
    } finally {
      await s.close()
    }
  })

  it('turns a write that reaches SQLite anyway into the same conflict, not internal', () => {
    const { path } = lockedLibrary()
    const db = openLibrary(path, { readonly: true })
    try {
      let thrown: unknown
      try {
        setFieldValues(db, [1], 'region', '某县', { reason: 'x' })
      } catch (e) {
        thrown = e
      }
      expect(toApiError(thrown)).toMatchObject({ code: 'conflict' })
    } finally {
      db.close()
    }
  })
})

describe('detection and the snapshot', () => {
  it.skipIf(isRoot)('opens a library this process cannot write read-only by itself (skipped as root: chmod does not stop root)', () => {
    const { path } = lockedLibrary()
    expect(canWrite(path)).toBe(false)
    const db = openLibrary(path)
    expect(db.readonly).toBe(true)
    db.close()
  })

  it('canWrite says yes for a library in a writable folder', () => {
    const lib = makeLibrary()
    lib.db.close()
    expect(canWrite(lib.path)).toBe(true)
  })

  it('reads a snapshot with the WAL content of a library in use, and removes the copy on close', () => {
    const lib = makeLibrary()
    lib.db.pragma('wal_autocheckpoint = 0')
    setFieldValues(lib.db, [1], 'region', '快照县', { reason: 'in the WAL' })
    const snap = openSnapshot(lib.path)
    const folder = readdirSync(tmpdir()).filter((n) => n.startsWith(`annalist-readonly-${process.pid}-`))
    expect(folder).toHaveLength(1)
    expect(snap.readonly).toBe(true)
    expect(snap.prepare("SELECT value FROM fields WHERE document_id = 1 AND field_id = 'region'").pluck().get()).toBe('"快照县"')
    snap.close()
    expect(existsSync(join(tmpdir(), folder[0]))).toBe(false)
    lib.db.close()
  })
})
