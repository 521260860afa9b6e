/**
 * Worker thread entry for a check in the app (built as out/main/check-worker.js; under tsx started through a
 * tsx bootstrap, see check-runner.ts). Opens the library on a connection of its own, read-only unless `deep`
 * asks for FTS5's integrity-check (an INSERT command), runs check.ts's steps (fixity's hashing in threads of
 * its own: fixity-hashers.ts) and posts their progress and the report. The app's thread and its connection stay free: WAL readers do not block the writer, so a
 * correction is saved while the check reads.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from './db'
import { checkLibraryAsync, type CheckProgress, type CheckResult } from './check'
import { startFixityHashers } from './fixity-hashers'

export interface CheckWorkerData { path: string; deep: boolean; sampleEvery?: number }
export type CheckWorkerMessage =
  | { type: 'progress'; progress: CheckProgress }
  | { type: 'done'; result: CheckResult }
  | { type: 'error'; message: string }

const port = parentPort
if (!port) throw new Error('check-worker must run in a worker thread')
const data = workerData as CheckWorkerData

async function run(): Promise<void> {
  const db = openLibrary(data.path, { readonly: !data.deep, deferRepack: true })
  const hashers = startFixityHashers()
  try {
    const result = await checkLibraryAsync(db, {
      deep: data.deep, sampleEvery: data.sampleEvery, hashers, lanes: true,
      onProgress: (progress) => port!.postMessage({ type: 'progress', progress } satisfies CheckWorkerMessage),
    })
    port!.postMessage({ type: 'done', result } satisfies CheckWorkerMessage)
  } finally {
    await hashers.close()
    db.close()
  }
}

run().catch((e: unknown) => {
  port.postMessage({ type: 'error', message: (e instanceof Error ? e.message : String(e)).split('\n')[0] } satisfies CheckWorkerMessage)
})
