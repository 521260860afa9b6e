/**
 * The job registry: every long piece of work (import, export, re-extraction) runs as a job with an id,
 * progress, an AbortController and exactly one 'job.end' event, whatever happens (the Zettlr rule: every
 * job is finalised). Progress is broadcast at most ~10 times a second.
 *
 * Callers: `start(kind, work)`; `work` receives `{ signal, progress }` and resolves to the job's end
 * payload minus the id. If it throws, the registry turns the failure into an end event (export: `error`).
 */
import { randomUUID } from 'node:crypto'
import type { JobEnd, JobKind, JobProgress } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import type { EventBus } from './event-bus'
import { throttle } from './throttle'

export type JobEndBody = JobEnd extends infer U ? (U extends { job: string } ? Omit<U, 'job'> : never) : never

export interface JobContext {
  signal: AbortSignal
  progress(done: number, total: number, current?: string | null, pages?: { done: number; total: number }, bytes?: { done: number; total: number }, elapsed?: number): void
}

export type JobWork = (ctx: JobContext) => Promise<JobEndBody>

export interface JobRecord {
  id: string
  kind: JobKind
  state: 'running' | 'done' | 'failed' | 'cancelled'
  progress: JobProgress
  end: JobEnd | null
  startedAt: number
}

/** Finished jobs are kept this long (e.g. so that a browser can fetch an export's download). */
const KEEP_FINISHED_MS = 60 * 60 * 1000

export class JobRegistry {
  private readonly jobs = new Map<string, JobRecord & { controller: AbortController; done: Promise<JobEnd> }>()

  constructor(private readonly events: EventBus, private readonly progressIntervalMs = 100) {}

  start(kind: JobKind, work: JobWork): JobRecord & { done: Promise<JobEnd> } {
    this.prune()
    const id = randomUUID()
    const controller = new AbortController()
    const progress: JobProgress = { job: id, kind, done: 0, total: 0, current: null }
    const emitProgress = throttle<JobProgress>((p) => this.events.emit('job.progress', p), this.progressIntervalMs)
    const rec = {
      id, kind, state: 'running' as JobRecord['state'], progress, end: null as JobEnd | null, startedAt: Date.now(), controller,
      done: Promise.resolve(null as unknown as JobEnd),
    }
    const ctx: JobContext = {
      signal: controller.signal,
      progress(done, total, current = null, pages, bytes, elapsed) {
        rec.progress = { job: id, kind, done, total, current, ...(pages ? { pages } : {}), ...(bytes ? { bytes } : {}), ...(elapsed !== undefined ? { elapsed } : {}) }
        emitProgress(rec.progress)
      },
    }
    rec.done = (async (): Promise<JobEnd> => {
      // Start on the next turn so that the caller has the id (and can subscribe) before any event.
      await new Promise<void>((r) => setImmediate(r))
      let end: JobEnd
      try {
        const body = await work(ctx)
        end = { ...body, job: id } as JobEnd
        rec.state = controller.signal.aborted ? 'cancelled' : 'done'
      } catch (e) {
        rec.state = controller.signal.aborted ? 'cancelled' : 'failed'
        end = failedEnd(id, kind, e)
      }
      emitProgress.flush()
      rec.end = end
      this.events.emit('job.end', end)
      return end
    })()
    this.jobs.set(id, rec)
    return rec
  }

  get(id: string): (JobRecord & { done: Promise<JobEnd> }) | undefined {
    return this.jobs.get(id)
  }

  /** Cancelling a finished job is a no-op; an unknown id is not_found. */
  cancel(id: string): void {
    const rec = this.jobs.get(id)
    if (!rec) throw new ApiError('not_found', `no job ${id}`)
    if (rec.state === 'running') rec.controller.abort()
  }

  running(): JobRecord[] {
    return [...this.jobs.values()].filter((j) => j.state === 'running')
  }

  /** Cancel everything and wait for the jobs to finish (shutdown). */
  async cancelAll(): Promise<void> {
    const live = [...this.jobs.values()].filter((j) => j.state === 'running')
    for (const j of live) j.controller.abort()
    await Promise.allSettled(live.map((j) => j.done))
  }

  private prune(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS
    for (const [id, j] of this.jobs) if (j.state !== 'running' && j.startedAt < cutoff) this.jobs.delete(id)
  }
}

function failedEnd(id: string, kind: JobKind, e: unknown): JobEnd {
  const message = e instanceof Error ? e.message : String(e)
  switch (kind) {
    case 'export': return { job: id, kind, summary: null, error: message }
    case 'import': return { job: id, kind, summary: { imported: [], duplicates: [], failed: [{ file: '', error: message }], cancelled: false } }
    case 'reextract': return { job: id, kind, summary: { documents: 0 } }
    case 'reocr': return { job: id, kind, summary: null, error: message }
    case 'check': return { job: id, kind, summary: null, error: message }
  }
}
