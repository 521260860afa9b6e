/**
 * library.check (issue 15): `annalist check` as a job in the app and the browser mode, with progress (the
 * part under way, originals and bytes) and cancel, ending with the same report as the command line. It runs in
 * a worker thread on a read connection of its own: a write transaction the app holds does not stop it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobEnd, JobProgress } from '../../src/shared/contract'
import { type OpenServices, openServices } from '../../src/main/services/open-library'
import { makeTestLibrary, type TestLibrary } from './service-fixtures'
import { runCheckInWorker } from '../../src/main/library/check-runner'
import type { CheckProgress } from '../../src/main/library/check'

let lib: TestLibrary
let app: OpenServices
beforeAll(async () => {
  lib = await makeTestLibrary(6)
  app = openServices({ path: lib.path, mode: 'browser' })
})
afterAll(async () => {
  await app.close()
  lib.cleanup()
})

function follow(job: string): { progress: JobProgress[]; end: Promise<JobEnd> } {
  const progress: JobProgress[] = []
  const end = new Promise<JobEnd>((resolve) => {
    app.services.ctx.events.subscribe((name, payload) => {
      if (name === 'job.progress' && (payload as JobProgress).job === job) progress.push(payload as JobProgress)
      if (name === 'job.end' && (payload as JobEnd).job === job) resolve(payload as JobEnd)
    })
  })
  return { progress, end }
}

describe('library.check as a job', () => {
  it('reports its parts and fixity\'s bytes, and ends with the report', async () => {
    const { job } = await app.services.call('library.check', undefined) as { job: string }
    const { progress, end } = follow(job)
    const e = await end
    expect(e.kind).toBe('check')
    if (e.kind !== 'check') return
    expect(e.summary?.ok).toBe(true)
    expect(e.summary?.lines).toContain('ok   fixity: 7 originals match their SHA-256')
    expect(e.summary?.lines.at(-1)).toBe('library is sound')
    const last = progress.at(-1)!
    expect(last.current).toBe('fixity')
    expect(last.done).toBe(7)
    expect(last.bytes && last.bytes.done === last.bytes.total && last.bytes.total > 0).toBe(true)
  })

  it('stops when cancelled', async () => {
    const { job } = await app.services.call('library.check', undefined) as { job: string }
    const { end } = follow(job)
    await app.services.call('jobs.cancel', { job })
    const e = await end
    expect(e.kind).toBe('check')
    if (e.kind === 'check') expect(e.error).toMatch(/cancelled/)
    expect(app.services.ctx.jobs.get(job)?.state).toBe('cancelled')
  })

  it('runs beside a write transaction the app holds, and sees only what is committed', async () => {
    const db = app.services.ctx.db
    // a correction under way: the write lock held, and (not yet committed) a document's search entry gone
    db.exec('BEGIN IMMEDIATE')
    try {
      db.prepare('DELETE FROM texts_fts WHERE rowid = 1').run()
      const { job } = await app.services.call('library.check', undefined) as { job: string }
      const { progress, end } = follow(job)
      const e = await end
      expect(e.kind === 'check' && e.summary?.ok, JSON.stringify(e)).toBe(true)
      // the parts in their order (the registry sends at most ~10 events a second: a short part may be skipped)
      const order = ['integrity', 'tables', 'references', 'documents', 'search', 'fixity']
      const parts = progress.map((p) => order.indexOf(p.current ?? ''))
      expect(parts.every((p, i) => p >= 0 && (i === 0 || p >= parts[i - 1]))).toBe(true)
      expect(progress.at(-1)?.current).toBe('fixity')
    } finally {
      db.exec('ROLLBACK')
    }
  })

  it('stops in the middle when cancelled, and reports no further part', async () => {
    const controller = new AbortController()
    const seen: CheckProgress[] = []
    const run = runCheckInWorker(lib.path, {
      signal: controller.signal,
      cancelled: () => new Error('stopped'),
      onProgress: (p) => {
        seen.push(p)
        if (p.phase === 'documents') controller.abort()
      },
    })
    await expect(run).rejects.toThrow('stopped')
    expect(seen.map((p) => p.phase)).not.toContain('search')
    expect(seen.map((p) => p.phase)).toContain('references')
  })
})
