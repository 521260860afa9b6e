/**
 * The app's check (library.check) in a worker thread (check-worker.ts), so that neither SQLite's one-call
 * checks nor the chunks between them hold the app's thread, and on a connection of its own, so that it never
 * holds the app's connection or the write lock (issue 15). A cancel ends the job at once and terminates the worker,
 * which stops at once in JavaScript and, inside one SQLite call (a table's quick_check: the 31 of a
 * 1,000,000-document library took 23 s of CPU together; `deep`'s whole-file calls, minutes), when it returns.
 *
 * Which file runs in the worker: worker-entry.ts.
 */
import { Worker } from 'node:worker_threads'
import type { CheckProgress, CheckResult } from './check'
import type { CheckWorkerData, CheckWorkerMessage } from './check-worker'
import { workerEntry } from '../worker-entry'

export interface CheckRunOptions {
  deep?: boolean
  sampleEvery?: number
  onProgress?: (p: CheckProgress) => void
  signal?: AbortSignal
  cancelled?: () => Error
}

export function runCheckInWorker(path: string, opts: CheckRunOptions = {}): Promise<CheckResult> {
  const cancelled = (): Error => opts.cancelled?.() ?? new Error('check cancelled')
  if (opts.signal?.aborted) return Promise.reject(cancelled())
  const entry = workerEntry(import.meta.url, 'check-worker')
  const data: CheckWorkerData = { path, deep: opts.deep === true, ...(opts.sampleEvery ? { sampleEvery: opts.sampleEvery } : {}) }
  const worker = new Worker(entry.spec, { eval: entry.eval, workerData: data })
  return new Promise<CheckResult>((resolve, reject) => {
    let settled = false
    const finish = (f: () => void): void => {
      if (settled) return
      settled = true
      opts.signal?.removeEventListener('abort', abort)
      f()
      void worker.terminate()
    }
    const abort = (): void => finish(() => reject(cancelled()))
    opts.signal?.addEventListener('abort', abort, { once: true })
    worker.on('message', (m: CheckWorkerMessage) => {
      if (m.type === 'progress') { if (!settled) opts.onProgress?.(m.progress) } else if (m.type === 'done') finish(() => resolve(m.result))
      else finish(() => reject(new Error(m.message)))
    })
    worker.on('error', (e) => finish(() => reject(e)))
    worker.on('exit', (code) => finish(() => reject(new Error(`the check stopped (worker exit ${code})`))))
  })
}
