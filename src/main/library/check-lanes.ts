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

/** The parts in the order they used to run one after the other, each lane's in its own order. */
const ORDER: CheckProgress['phase'][] = ['integrity', 'tables', 'references', 'documents', 'search', 'fixity']
const LANE_PARTS: Record<CheckLane | 'fixity', CheckProgress['phase'][]> = {
  structure: ['integrity', 'tables', 'references', 'documents'], search: ['search'], fixity: ['fixity'],
}

/**
 * The lanes' reports as one stream in the parts' order, as the app's line and a log read best: the first
 * unfinished part's reports go out as they come; a later part's are held (its latest only) until those before it
 * are done, then it goes on from there. A lane's report of a part says its parts before it are done.
 */
export function orderedProgress(onProgress: ((p: CheckProgress) => void) | undefined): {
  report(lane: CheckLane | 'fixity', p: CheckProgress): void
  finish(lane: CheckLane | 'fixity'): void
} {
  let at = 0
  const latest = new Map<CheckProgress['phase'], CheckProgress>()
  const sent = new Set<CheckProgress>()
  const done = new Set<CheckProgress['phase']>()
  const flush = (): void => {
    while (at < ORDER.length) {
      const p = latest.get(ORDER[at])
      if (p && !sent.has(p)) {
        sent.add(p)
        onProgress?.(p)
      }
      if (!done.has(ORDER[at])) return
      at++
    }
  }
  return {
    report(lane, p) {
      const parts = LANE_PARTS[lane]
      for (const before of parts.slice(0, parts.indexOf(p.phase))) done.add(before)
      latest.set(p.phase, p)
      flush()
    },
    finish(lane) {
      for (const part of LANE_PARTS[lane]) done.add(part)
      flush()
    },
  }
}
