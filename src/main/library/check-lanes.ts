/**
 * The check's parts at once (issue 15: `check` at disk speed). SQLite's check, the tables, references and
 * documents form one lane and the search index another; each runs in a worker thread of its own
 * (check-lane-worker.ts) on a read connection of its own, while the thread that started them reads the
 * originals for fixity's hashers. One after the other they took the sum of their times on one core; at once
 * they share the cores. A lane whose thread stops becomes a FAIL line naming its parts; the others still report.
 *
 * Which file runs in the worker: worker-entry.ts.
 */
import { Worker } from 'node:worker_threads'
import type { CheckLane, CheckProgress, LaneResult } from './check'
import { workerEntry } from '../worker-entry'

export interface LaneWorkerData { path: string; lane: CheckLane; deep: boolean; sampleEvery?: number }
export type LaneMessage =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: LaneResult }
  | { type: 'error'; message: string }

const NAMES: Record<CheckLane, string> = { structure: 'integrity, tables, references, documents', search: 'search index' }

export function startLane(
  path: string, lane: CheckLane, opts: { deep: boolean; sampleEvery?: number; onProgress?: (p: CheckProgress) => void },
): { result: Promise<LaneResult>; stop(): void } {
  const entry = workerEntry(import.meta.url, 'check-lane-worker')
  const data: LaneWorkerData = { path, lane, deep: opts.deep, ...(opts.sampleEvery ? { sampleEvery: opts.sampleEvery } : {}) }
  const worker = new Worker(entry.spec, { eval: entry.eval, workerData: data })
  const result = new Promise<LaneResult>((resolve) => {
    let settled = false
    const finish = (r: LaneResult): void => {
      if (settled) return
      settled = true
      resolve(r)
    }
    const stopped = (why: string): void => finish({ ok: false, lines: [`FAIL ${NAMES[lane]}: the check's thread stopped: ${why}`], seconds: {} })
    worker.on('message', (m: LaneMessage) => {
      if (m.type === 'progress') { if (!settled) opts.onProgress?.(m.progress) } else if (m.type === 'done') finish(m.result)
      else stopped(m.message)
    })
    worker.on('error', (e) => stopped(e.message.split('\n')[0]))
    worker.on('exit', (code) => stopped(`exit ${code}`))
  })
  return { result, stop: () => { worker.removeAllListeners('exit'); void worker.terminate() } }
}
