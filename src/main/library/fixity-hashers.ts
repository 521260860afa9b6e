/**
 * Worker threads that inflate and hash fixity's runs of originals (fixity.ts), so that the check uses every
 * core: one core inflates and hashes ~400 MB of originals a second (200,000 documents: 2.5 GB in ~6 s of CPU),
 * while reading them from the library costs a tenth of that. Each run goes to the worker with the fewest runs
 * waiting; a worker that fails fails its runs (fixity then reports a FAIL line). close() ends the workers.
 */
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import type { FixityHashers, FixityItem, FixityOutcome } from './fixity'
import { workerEntry } from '../worker-entry'

interface Waiting { resolve(o: FixityOutcome): void; reject(e: Error): void }
interface Slot { worker: Worker; waiting: Map<number, Waiting>; stopped: Error | null }

/** One worker per core, at most 4 (the reading thread keeps up with about that many). */
export function defaultHashers(): number {
  return Math.max(1, Math.min(4, availableParallelism()))
}

export function startFixityHashers(n = defaultHashers()): FixityHashers & { close(): Promise<void> } {
  const entry = workerEntry(import.meta.url, 'fixity-worker')
  let next = 0
  const slots: Slot[] = Array.from({ length: n }, () => {
    const slot: Slot = { worker: new Worker(entry.spec, { eval: entry.eval }), waiting: new Map(), stopped: null }
    const failAll = (e: Error): void => {
      slot.stopped ??= e
      for (const w of slot.waiting.values()) w.reject(e)
      slot.waiting.clear()
    }
    slot.worker.on('message', (m: { run: number; outcome: FixityOutcome }) => {
      slot.waiting.get(m.run)?.resolve(m.outcome)
      slot.waiting.delete(m.run)
    })
    slot.worker.on('error', failAll)
    slot.worker.on('exit', (code) => failAll(new Error(`a hashing thread stopped (exit ${code})`)))
    return slot
  })
  return {
    size: n,
    verify(items: FixityItem[]): Promise<FixityOutcome> {
      const slot = slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a))
      if (slot.stopped) return Promise.reject(slot.stopped)
      const run = next++
      return new Promise<FixityOutcome>((resolve, reject) => {
        slot.waiting.set(run, { resolve, reject })
        slot.worker.postMessage({ run, items })
      })
    },
    async close(): Promise<void> {
      await Promise.all(slots.map((s) => { s.worker.removeAllListeners('exit'); return s.worker.terminate() }))
    },
  }
}
