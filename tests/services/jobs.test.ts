/** The job registry: every job ends exactly once (also when it fails), progress is throttled, cancel works on real imports. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiEventName, ApiEvents, JobEnd } from '../../src/shared/contract'
import { generateReport } from '../../bench/lib/report-text'
import { EventBus } from '../../src/main/jobs/event-bus'
import { JobRegistry } from '../../src/main/jobs/registry'
import { throttle } from '../../src/main/jobs/throttle'
import type { OpenServices } from '../../src/main/services/open-library'
import { codeOf, makeTestLibrary, open, type TestLibrary } from './service-fixtures'

function record(bus: EventBus): { name: ApiEventName; payload: unknown }[] {
  const seen: { name: ApiEventName; payload: unknown }[] = []
  bus.subscribe((name, payload) => seen.push({ name, payload }))
  return seen
}

describe('throttle', () => {
  it('delivers the first value at once, at most one per interval after, and never loses the last', () => {
    let now = 0
    const got: number[] = []
    const t = throttle<number>((v) => got.push(v), 100, () => now)
    t(1)
    t(2)
    t(3)
    expect(got).toEqual([1])
    now = 150
    t(4)
    expect(got).toEqual([1, 4])
    t(5)
    t.flush()
    expect(got).toEqual([1, 4, 5])
  })
})

describe('JobRegistry', () => {
  it('ends a failing job with one end event carrying the error', async () => {
    const bus = new EventBus()
    const seen = record(bus)
    const jobs = new JobRegistry(bus)
    const j = jobs.start('export', async () => { throw new Error('disk full') })
    const end = await j.done
    expect(end).toEqual({ job: j.id, kind: 'export', summary: null, error: 'disk full' })
    expect(seen.filter((e) => e.name === 'job.end')).toHaveLength(1)
    expect(jobs.get(j.id)?.state).toBe('failed')
  })

  it('sends progress throttled, and the last progress before the end', async () => {
    const bus = new EventBus()
    const seen = record(bus)
    const jobs = new JobRegistry(bus, 1000)
    const j = jobs.start('reextract', async ({ progress }) => {
      for (let i = 1; i <= 500; i++) progress(i, 500, `doc ${i}`)
      return { kind: 'reextract', summary: { documents: 500 } }
    })
    await j.done
    const progress = seen.filter((e) => e.name === 'job.progress').map((e) => e.payload as ApiEvents['job.progress'])
    expect(progress.length).toBeLessThan(5)
    expect(progress[progress.length - 1]).toMatchObject({ done: 500, total: 500 })
    expect(seen[seen.length - 1].name).toBe('job.end')
  })

  it('cancels through the AbortSignal; unknown ids are not_found', async () => {
    const jobs = new JobRegistry(new EventBus())
    const j = jobs.start('export', ({ signal }) => new Promise((_, reject) => {
      // cancelled before it started: the work sees an aborted signal
      if (signal.aborted) reject(new Error('cancelled'))
      signal.addEventListener('abort', () => reject(new Error('cancelled')))
    }))
    jobs.cancel(j.id)
    expect(await j.done).toMatchObject({ kind: 'export', summary: null, error: 'cancelled' })
    expect(jobs.get(j.id)?.state).toBe('cancelled')
    expect(() => jobs.cancel('nope')).toThrow(/no job/)
  })
})

describe('import jobs over a real library', () => {
  let lib: TestLibrary
  let app: OpenServices
  // the desktop shell's open dialog, answered as a person would: the folder set by each test, or cancel
  let picked: string[] | null = null
  const asked: { folder: boolean }[] = []
  beforeAll(async () => {
    lib = await makeTestLibrary(2)
    app = open(lib, 'electron', { chooseImport: async (o) => { asked.push(o); return picked } })
  })
  afterAll(async () => {
    await app?.close()
    lib?.cleanup()
  })

  function endOf(job: string): Promise<JobEnd> {
    return new Promise((resolve) => {
      const off = app.services.ctx.events.subscribe((name, payload) => {
        if (name === 'job.end' && (payload as JobEnd).job === job) { off(); resolve(payload as JobEnd) }
      })
    })
  }

  it('imports what the open dialog gave as a job, and the end says what came in; a cancelled dialog starts none', async () => {
    const dir = join(lib.dir, 'more')
    mkdirSync(dir)
    for (let i = 0; i < 3; i++) { const r = generateReport(900 + i, 800); writeFileSync(join(dir, r.name), r.text) }
    picked = null
    expect(await app.services.call('import.choose', { folder: true })).toEqual({ job: null })
    picked = [dir]
    const { job } = (await app.services.call('import.choose', { folder: true })) as { job: string }
    expect(asked).toEqual([{ folder: true }, { folder: true }])
    const end = await endOf(job)
    expect(end.kind === 'import' && end.summary.imported.length).toBe(3)
  })

  it('runs uploads one after another and imports them all', async () => {
    const jobs = [0, 1, 2].map((i) => {
      const r = generateReport(950 + i, 800)
      return app.services.upload([{ name: r.name, bytes: new TextEncoder().encode(r.text) }]).job
    })
    const ends = await Promise.all(jobs.map(endOf))
    expect(ends.map((e) => e.kind === 'import' && e.summary.imported.length)).toEqual([1, 1, 1])
  })

  it('cancels an import', async () => {
    const dir = join(lib.dir, 'many')
    mkdirSync(dir)
    for (let i = 0; i < 40; i++) { const r = generateReport(2000 + i, 3000); writeFileSync(join(dir, r.name), r.text) }
    picked = [dir]
    const { job } = (await app.services.call('import.choose', {})) as { job: string }
    const ended = endOf(job)
    await app.services.call('jobs.cancel', { job })
    const end = await ended
    expect(end.kind).toBe('import')
    if (end.kind === 'import') {
      expect(end.summary.cancelled).toBe(true)
      expect(end.summary.imported.length).toBeLessThan(40)
    }
    expect(await codeOf(app.services.call('jobs.cancel', { job }))).toBe('ok')
  })
})
