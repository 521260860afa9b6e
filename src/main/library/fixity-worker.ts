/**
 * Worker thread entry for fixity's hashing (fixity-hashers.ts; built as out/main/fixity-worker.js): inflates and
 * hashes each run of originals it is sent and answers with what it found, in the order the runs came.
 */
import { parentPort } from 'node:worker_threads'
import { type FixityItem, verifyOriginals } from './fixity'

const port = parentPort
if (!port) throw new Error('fixity-worker must run in a worker thread')
port.on('message', (m: { run: number; items: FixityItem[] }) => {
  port.postMessage({ run: m.run, outcome: verifyOriginals(m.items) })
})
