/**
 * Worker thread entry for a check in the app (built as out/main/check-worker.js; under tsx started through a
 * tsx bootstrap, see check-runner.ts). Opens the library on a connection of its own, read-only unless `deep`
 * asks for FTS5's integrity-check (an INSERT command), runs check.ts's steps and posts their progress and
 * the report. The app's thread and its connection stay free: WAL readers do not block the writer, so a
 * correction is saved while the check reads.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from './db'
import { checkSteps, type CheckProgress, type CheckResult } from './check'

export interface CheckWorkerData { path: string; deep: boolean; sampleEvery?: number }
export type CheckWorkerMessage =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: CheckResult }
  | { type: 'error'; message: string }

const port = parentPort
if (!port) throw new Error('check-worker must run in a worker thread')
const data = workerData as CheckWorkerData

try {
  const db = openLibrary(data.path, { readonly: !data.deep, deferRepack: true })
  try {
    const steps = checkSteps(db, { deep: data.deep, sampleEvery: data.sampleEvery, onProgress: (progress) => port.postMessage({ type: 'progress', progress } satisfies CheckWorkerMessage) })
    let r = steps.next()
    while (!r.done) r = steps.next()
    port.postMessage({ type: 'done', result: r.value } satisfies CheckWorkerMessage)
  } finally {
    db.close()
  }
} catch (e) {
  port.postMessage({ type: 'error', message: (e instanceof Error ? e.message : String(e)).split('\n')[0] } satisfies CheckWorkerMessage)
}
