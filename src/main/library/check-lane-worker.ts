/**
 * Worker thread entry for one lane of a check (check-lanes.ts; built as out/main/check-lane-worker.js): opens
 * the library on a read connection of its own (openReadConnection: also a damaged file, so that the lane reports
 * what fails), runs the lane's parts (check.ts) and posts their progress and what they found.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openReadConnection } from './db'
import { runToEnd } from './run-steps'
import { type CheckProgress, searchSteps, structureSteps } from './check'
import type { LaneMessage, LaneWorkerData } from './check-lanes'

const port = parentPort
if (!port) throw new Error('check-lane-worker must run in a worker thread')
const data = workerData as LaneWorkerData

try {
  const db = openReadConnection(data.path)
  try {
    const opts = { deep: data.deep, sampleEvery: data.sampleEvery, onProgress: (progress: CheckProgress) => port.postMessage({ type: 'progress', progress } satisfies LaneMessage) }
    const result = runToEnd(data.lane === 'structure' ? structureSteps(db, opts) : searchSteps(db, opts))
    port.postMessage({ type: 'done', result } satisfies LaneMessage)
  } finally {
    db.close()
  }
} catch (e) {
  port.postMessage({ type: 'error', message: (e instanceof Error ? e.message : String(e)).split('\n')[0] } satisfies LaneMessage)
}
