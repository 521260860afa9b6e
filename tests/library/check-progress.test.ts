/**
 * `check` at scale (issue 15): fixity reads the originals in sequential chunks and says how far it is, the
 * whole check reports each part, the job's form stops on a cancel, and the command line draws a progress bar
 * on stderr while the report stays alone on stdout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { type CheckProgress, checkLibrary, checkLibraryAsync } from '../../src/main/library/check'
import { type FixityOutcome, type FixityProgress, fixitySteps } from '../../src/main/library/fixity'
import { startFixityHashers } from '../../src/main/library/fixity-hashers'
import { checkProgressLine } from '../../src/main/cli/check-progress'
import { tempDir, writeReports } from '../import/fixtures'

const ROOT = resolve(__dirname, '..', '..')
let dir: string
let path: string
let db: Db
beforeAll(async () => {
  dir = tempDir('annalist-check-progress-')
  writeReports(join(dir, 'in'), 5, 300)
  path = join(dir, 'lib.annalist')
  db = openLibrary(path, { create: true })
  await importPaths(db, [join(dir, 'in')], { workers: 1 })
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

function drain<T>(g: Generator<void, T>): { steps: number; value: T } {
  for (let steps = 0; ; steps++) {
    const r = g.next()
    if (r.done) return { steps, value: r.value }
  }
}

describe('fixity in chunks', () => {
  it('walks every original once, a chunk at a time, and counts up to the stored bytes', () => {
    const stored = db.prepare('SELECT sum(length(bytes)) FROM original_bodies').pluck().get() as number
    const seen: FixityProgress[] = []
    // a chunk of one byte: every original ends a chunk
    const { steps, value } = drain(fixitySteps(db, (p) => seen.push(p), 1))
    expect(value.checked).toBe(5)
    expect(value.failures).toEqual([])
    expect(steps).toBe(5)
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 5])
    expect(seen.at(-1)).toEqual({ done: 5, total: 5, bytes: stored, totalBytes: stored })
    expect(value.timing.originalBytes).toBe(db.prepare('SELECT sum(size) FROM documents').pluck().get())
  })

})

describe('the whole check', () => {
  it('reports each part in order, fixity last with every byte', () => {
    const seen: CheckProgress[] = []
    const r = checkLibrary(db, { onProgress: (p) => seen.push(p) })
    expect(r.ok).toBe(true)
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(['integrity', 'tables', 'references', 'documents', 'search', 'fixity'])
    const last = seen.at(-1)!
    expect(last.phase).toBe('fixity')
    expect(last.done).toBe(5)
    expect(last.bytes).toBe(last.totalBytes)
    expect(Object.keys(r.seconds ?? {})).toEqual(['integrity', 'tables', 'references', 'documents', 'search', 'fixity'])
  })

  it('as a job: lets other work run between its parts and stops when cancelled', async () => {
    const controller = new AbortController()
    const phases: string[] = []
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    const run = checkLibraryAsync(db, {
      signal: controller.signal,
      cancelled: () => new Error('stopped'),
      onProgress: (p) => {
        phases.push(p.phase)
        if (p.phase === 'search') controller.abort()
      },
    })
    await expect(run).rejects.toThrow('stopped')
    clearInterval(timer)
    expect(phases).not.toContain('fixity')
    const done = await checkLibraryAsync(db)
    expect(done.ok).toBe(true)
    expect(ticks).toBeGreaterThan(0)
  })
})

describe('the progress bar', () => {
  it('shows the part, then originals, megabytes, speed and time left', () => {
    expect(checkProgressLine({ phase: 'integrity', done: 0, total: 0, bytes: 0, totalBytes: 0 }, 0)).toBe('checking: SQLite integrity check…')
    const mb = 2 ** 20
    expect(checkProgressLine({ phase: 'fixity', done: 50_000, total: 200_000, bytes: 500 * mb, totalBytes: 2000 * mb }, 10))
      .toBe('fixity [######------------------] 25% 50,000 / 200,000 originals, 500 / 2,000 MB, 50 MB/s, ETA 0:30')
    expect(checkProgressLine({ phase: 'fixity', done: 200_000, total: 200_000, bytes: 2000 * mb, totalBytes: 2000 * mb }, 3725))
      .toBe('fixity [########################] 100% 200,000 / 200,000 originals, 2,000 / 2,000 MB, 1 MB/s, took 1:02:05')
  })

  it('goes to stderr on the command line; stdout keeps the report', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), 'check', '--library', path], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).not.toMatch(/fixity \[|checking:/)
    expect(r.stdout).toMatch(/ok   fixity: 5 originals match/)
    expect(r.stderr).toMatch(/checking: SQLite integrity check…/)
    expect(r.stderr).toMatch(/fixity \[#+\] 100% 5 \/ 5 originals/)
  })

  it('finds a changed original among the others of its chunk', () => {
    db.prepare("UPDATE originals SET bytes = CAST('改过的原件' AS BLOB) WHERE document_id = 3").run()
    const { value } = drain(fixitySteps(db))
    expect(value.checked).toBe(5)
    expect(value.failures).toHaveLength(1)
    expect(value.failures[0]).toMatch(/^document 3 .*original changed since import/)
  })

  it('hashes in worker threads: every original once, its bytes counted, a changed one found in its run', async () => {
    db.prepare("UPDATE originals SET bytes = CAST('又改过的原件' AS BLOB) WHERE document_id = 4").run()
    const hashers = startFixityHashers(2)
    const seen: FixityProgress[] = []
    let waited = 0
    try {
      // runs of about one original, so that several are in flight at once
      const g = fixitySteps(db, (p) => seen.push(p), 1, hashers)
      let answer: FixityOutcome | undefined
      for (;;) {
        const r = g.next(answer)
        if (r.done) {
          expect(r.value.checked).toBe(5)
          expect(r.value.failures.map((f) => f.replace(/ \(.*/, ''))).toEqual(['document 3', 'document 4'])
          expect(r.value.timing.originalBytes).toBe(db.prepare('SELECT sum(length(bytes)) FROM originals').pluck().get())
          break
        }
        answer = r.value instanceof Promise ? (waited++, await r.value) : undefined
      }
    } finally {
      await hashers.close()
    }
    expect(waited).toBe(5)
    const stored = db.prepare('SELECT sum(length(bytes)) FROM original_bodies').pluck().get() as number
    expect(seen.at(-1)).toEqual({ done: 5, total: 5, bytes: stored, totalBytes: stored })
  })
})
