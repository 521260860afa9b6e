/**
 * zlib's synchronous calls, made safe to stop a worker thread in. Node aborts the whole process (node_zlib.cc: "close
 * before init") when a worker is terminated inside a zlib call's set-up, between the stream's creation and its init: an
 * import stopped mid-file (cancelled, a full disk) took the app down with it (seen on Node 24.22, session 19's CI).
 *
 * A worker that installs the guard (useZlibGuard, with the buffer its pool gave it) marks each zlib call in a shared
 * flag; the pool (terminateOutOfZlib) first asks it to stop, then waits until it is out of zlib before terminating it.
 * A worker asked to stop never enters zlib again: it blocks until the termination lands. Elsewhere (the main thread,
 * a worker without the guard) the calls run as they are.
 */
import { deflateRawSync as deflateRaw, gunzipSync as gunzip, inflateRawSync as inflateRaw, inflateSync as inflate } from 'node:zlib'
import type { Worker } from 'node:worker_threads'

/** the flags' slots: the pool's request to stop, the worker being inside zlib */
const STOP = 0
const IN_ZLIB = 1
let flags: Int32Array | null = null

/** A new shared buffer for one worker's flags (given to it as workerData). */
export function newZlibGuard(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)
}

/** In a worker: mark every zlib call in `shared`, so the pool can stop this worker safely (null: no guard). */
export function useZlibGuard(shared: SharedArrayBuffer | null): void {
  flags = shared ? new Int32Array(shared) : null
}

function guarded<T>(run: () => T): T {
  const f = flags
  if (!f) return run()
  // (in, then the stop request read: the pool sets stop, then reads in; one of the two sees the other)
  Atomics.store(f, IN_ZLIB, 1)
  if (Atomics.load(f, STOP) === 1) {
    Atomics.store(f, IN_ZLIB, 0)
    // asked to stop: wait here, outside zlib, for the termination (nothing ever wakes this)
    Atomics.wait(f, STOP, 1)
  }
  try {
    return run()
  } finally {
    Atomics.store(f, IN_ZLIB, 0)
  }
}

export const deflateRawSync: typeof deflateRaw = ((...a: Parameters<typeof deflateRaw>) => guarded(() => deflateRaw(...a))) as typeof deflateRaw
export const inflateRawSync: typeof inflateRaw = ((...a: Parameters<typeof inflateRaw>) => guarded(() => inflateRaw(...a))) as typeof inflateRaw
export const inflateSync: typeof inflate = ((...a: Parameters<typeof inflate>) => guarded(() => inflate(...a))) as typeof inflate
export const gunzipSync: typeof gunzip = ((...a: Parameters<typeof gunzip>) => guarded(() => gunzip(...a))) as typeof gunzip

/** how long the pool waits for a worker to leave zlib before terminating it anyway (a runaway inflate) */
const WAIT_OUT_MS = 5000

/** Terminate `worker` once it is out of zlib (at most WAIT_OUT_MS later); without a guard, at once. */
export async function terminateOutOfZlib(worker: Worker, shared: SharedArrayBuffer | null): Promise<number> {
  if (shared) {
    const f = new Int32Array(shared)
    Atomics.store(f, STOP, 1)
    const until = Date.now() + WAIT_OUT_MS
    while (Atomics.load(f, IN_ZLIB) === 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 2))
  }
  return worker.terminate()
}
