/**
 * A pool of parse workers (node:worker_threads); each runs one task at a time, with the next already
 * queued. A worker that dies mid-task (out of memory under its resourceLimits, a crash, a task over the
 * time limit) fails that task with a message a person understands, and a fresh worker takes its place:
 * the batch goes on.
 */
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { workerEntry } from '../worker-entry'
import { newZlibGuard, terminateOutOfZlib } from '../library/zlib-guard'
import type { WorkerProgress, WorkerRequest, WorkerResponse } from './worker-protocol'

export interface PoolOptions {
  /** default os.availableParallelism() */
  size?: number
  /** heap limit of each worker; default 1024 MB */
  maxOldGenerationSizeMb?: number
  /** a task running longer than this kills its worker and fails; default 120 s */
  taskTimeoutMs?: number
  /**
   * A task that reports progress (OCR, page by page) gets this long for each step instead, counted from its
   * last report; default 300 s (a 300 dpi page on a slow, busy machine).
   */
  stepTimeoutMs?: number
  /**
   * A long-lived pool (the app's): when no task has come for this long, the workers are stopped to give
   * their memory back, and started again on the next task. Unset: workers live until destroy().
   */
  idleMs?: number
}

export class TaskFailed extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = 'TaskFailed'
    this.code = code
  }
}

type Request = WorkerRequest extends infer R ? (R extends { task: number } ? Omit<R, 'task'> : never) : never
interface Pending {
  req: WorkerRequest
  big: boolean
  signal?: AbortSignal
  onProgress?(p: WorkerProgress['progress']): void
  resolve(r: WorkerResponse): void
  reject(e: Error): void
  /** answered already (a cancelled task still in a worker's queue: its result, when it comes, is dropped) */
  settled?: boolean
}

/** Per-task callbacks. */
export interface RunOptions {
  /** cancels the task while it waits, and stops the worker that runs it (a long OCR must not run on) */
  signal?: AbortSignal
  /** the worker's progress messages (OCR: pages done) */
  onProgress?(p: WorkerProgress['progress']): void
}
/**
 * A worker's tasks, in the order it runs them (the worker takes one at a time; see parse-worker.ts). The
 * head is the one running; the next one already waits in the worker's own queue, so a worker never idles
 * while the main thread is busy committing.
 */
/** `guard`: the worker's zlib flags (library/zlib-guard.ts), so it is terminated only outside zlib */
interface Slot { worker: Worker; tasks: Pending[]; timer: NodeJS.Timeout | null; guard: SharedArrayBuffer }
/** tasks handed to one worker at once */
const DEPTH = 2
/**
 * Small quick tasks (a text report of a few KB: isQuick) are handed over this many at once, up to
 * SMALL_QUEUE_BYTES waiting in one worker: the main thread stores and commits a batch of documents synchronously (tens of milliseconds),
 * and two tasks of ~2 ms each ran dry long before it was done, leaving a core idle (issue 15: 447 documents/s
 * by CPU time, 336 by the clock). Large or slow ones (PDF, Word, images) keep DEPTH. 32 rather than 16: a commit
 * of 48 reports takes the main thread about as long as 2 × 16 reports take the workers, and they ran dry in
 * it (issue 15, 6,000 reports: the workers busy 85% of the import with 16, 91% with 32; the main thread 83% -> 88%).
 */
const SMALL_DEPTH = 32
const SMALL_TASK_BYTES = 256 * 1024
const SMALL_QUEUE_BYTES = 4 * 1024 * 1024
/**
 * A file this large (or a stored text this long) runs alone in its worker, and the worker is stopped
 * before its result is handed over: its heap (hundreds of MB after a 40 MB text) is given back before the
 * main thread stores the document, so the two peaks do not add up (issue 10).
 */
const BIG_TASK_BYTES = 16 * 1024 * 1024
const BIG_TASK_CHARS = 8 * 1024 * 1024

function isBig(req: Request): boolean {
  return req.type === 'parse' ? req.bytes.byteLength >= BIG_TASK_BYTES : req.parsed.text.length >= BIG_TASK_CHARS
}

/** About how many bytes a task holds while it waits in a worker (a re-extraction: its text, two bytes a character). */
function taskBytes(req: WorkerRequest): number {
  return req.type === 'parse' ? req.bytes.byteLength : req.parsed.text.length * 2
}

/** File signatures of what may take seconds to read (PDF, which may need OCR; Word; zip; images, read by OCR). */
const SLOW_SIGNATURES = [[0x25, 0x50, 0x44, 0x46], [0x50, 0x4b], [0xd0, 0xcf, 0x11, 0xe0], [0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x49, 0x49, 0x2a], [0x4d, 0x4d, 0x00, 0x2a], [0x47, 0x49, 0x46, 0x38], [0x42, 0x4d]]

/**
 * A task that is small and quick to run (a text or a web page, a re-extraction without re-reading a PDF): only
 * such tasks queue deep. A slow one queued behind another would wait in that worker while the other worker
 * may be idle.
 */
function isQuick(req: WorkerRequest): boolean {
  if (taskBytes(req) > SMALL_TASK_BYTES) return false
  if (req.type === 'reextract') return !req.original
  const b = req.bytes
  return req.forceOcr !== true && !SLOW_SIGNATURES.some((sig) => sig.every((x, i) => b[i] === x))
}

/** May this worker take `next` behind what it already has? */
function hasRoom(slot: Slot, next: Pending): boolean {
  if (slot.tasks.length === 0) return true
  if (next.big || slot.tasks[0].big) return false
  if (slot.tasks.length < DEPTH) return true
  if (slot.tasks.length >= SMALL_DEPTH || !isQuick(next.req)) return false
  let bytes = 0
  for (const t of slot.tasks) {
    if (!isQuick(t.req)) return false
    bytes += taskBytes(t.req)
  }
  return bytes + taskBytes(next.req) <= SMALL_QUEUE_BYTES
}

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism())
}

export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextTask = 1
  private destroyed = false
  private readonly size: number
  private readonly heapMb: number
  private readonly timeoutMs: number
  private readonly stepTimeoutMs: number
  private readonly idleMs: number | null
  private idleTimer: NodeJS.Timeout | null = null
  private readonly entry = workerEntry(import.meta.url, 'parse-worker')

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? defaultPoolSize())
    this.heapMb = opts.maxOldGenerationSizeMb ?? 1024
    this.timeoutMs = opts.taskTimeoutMs ?? 120_000
    this.stepTimeoutMs = opts.stepTimeoutMs ?? 300_000
    this.idleMs = opts.idleMs ?? null
  }

  get workers(): number {
    return this.size
  }

  /**
   * Run one task. `signal` cancels it while it still waits in the pool's queue (a shared pool is not
   * destroyed when one import is cancelled); a task a worker is running is stopped with its worker, which a
   * fresh one replaces. A parse request's bytes stay the caller's: the worker is sent a copy, made when the
   * task is posted, so a task put back in the queue (its worker died before reaching it) can be sent again.
   */
  run(req: Request, { signal, onProgress }: RunOptions = {}): Promise<WorkerResponse> {
    if (this.destroyed || signal?.aborted) return Promise.reject(new TaskFailed('cancelled', 'cancelled'))
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    return new Promise((resolve, reject) => {
      // The abort listener lives exactly as long as the task: an import shares one signal across all its
      // files, and listeners left behind piled up (MaxListenersExceededWarning past 10 files).
      const onAbort = (): void => {
        const i = this.queue.indexOf(p)
        if (i >= 0) {
          this.queue.splice(i, 1)
          reject(new TaskFailed('cancelled', 'cancelled'))
          return
        }
        const running = this.slots.find((s) => s.tasks[0] === p)
        if (running) this.lose(running, new TaskFailed('cancelled', 'cancelled'))
        // handed to a worker but not begun: answered now; the worker's result is dropped when it comes
        else p.reject(new TaskFailed('cancelled', 'cancelled'))
      }
      const settle = <T>(fn: (v: T) => void) => (v: T): void => {
        if (p.settled) return
        p.settled = true
        signal?.removeEventListener('abort', onAbort)
        fn(v)
      }
      const p: Pending = {
        req: { ...req, task: this.nextTask++ } as WorkerRequest, big: isBig(req), signal, onProgress, resolve: settle(resolve), reject: settle(reject),
      }
      this.queue.push(p)
      signal?.addEventListener('abort', onAbort, { once: true })
      this.pump()
    })
  }

  /** Idle: nothing queued, nothing running. A long-lived pool then stops its workers after idleMs. */
  private noteIdle(): void {
    if (this.idleMs === null || this.destroyed || this.queue.length > 0 || this.slots.some((s) => s.tasks.length > 0)) return
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      for (const s of this.slots.splice(0)) void terminateOutOfZlib(s.worker, s.guard)
    }, this.idleMs)
    this.idleTimer.unref()
  }

  /** Stop every worker; queued and running tasks fail with code 'cancelled'. */
  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    if (this.idleTimer) clearTimeout(this.idleTimer)
    for (const p of this.queue.splice(0)) p.reject(new TaskFailed('cancelled', 'cancelled'))
    const exits = this.slots.splice(0).map((s) => {
      if (s.timer) clearTimeout(s.timer)
      for (const p of s.tasks.splice(0)) p.reject(new TaskFailed('cancelled', 'cancelled'))
      return terminateOutOfZlib(s.worker, s.guard)
    })
    await Promise.all(exits)
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.destroyed) {
      // an idle worker first, a new one next, then one that has room in its queue
      let slot = this.slots.find((s) => s.tasks.length === 0)
      if (!slot && this.slots.length < this.size) slot = this.spawn()
      // a big task only goes to an idle worker, and nothing waits behind one; the shortest queue first
      if (!slot && !this.queue[0].big) {
        for (const s of this.slots) if (hasRoom(s, this.queue[0]) && (!slot || s.tasks.length < slot.tasks.length)) slot = s
      }
      if (!slot) return
      const p = this.queue.shift() as Pending
      slot.tasks.push(p)
      if (slot.tasks.length === 1) this.startTimer(slot)
      if (p.req.type === 'parse') {
        const copy = new Uint8Array(p.req.bytes)
        slot.worker.postMessage({ ...p.req, bytes: copy }, [copy.buffer as ArrayBuffer])
      } else slot.worker.postMessage(p.req)
    }
  }

  private spawn(): Slot {
    const guard = newZlibGuard()
    const worker = new Worker(this.entry.spec, {
      eval: this.entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      stderr: false,
      workerData: { zlibGuard: guard },
    })
    const slot: Slot = { worker, tasks: [], timer: null, guard }
    worker.on('message', (msg: WorkerResponse | WorkerProgress) => {
      if ('progress' in msg) {
        const head = slot.tasks[0]
        if (head?.req.task !== msg.task) return
        // a step done: the time limit starts again; a cancelled task learns it here at the latest
        if (head.signal?.aborted) return this.lose(slot, new TaskFailed('cancelled', 'cancelled'))
        if (slot.timer) clearTimeout(slot.timer)
        this.startTimer(slot, this.stepTimeoutMs)
        head.onProgress?.(msg.progress)
        return
      }
      if (slot.timer) clearTimeout(slot.timer)
      slot.timer = null
      const p = slot.tasks.shift()
      if (p?.big) {
        // retire this worker (its queue is empty: nothing is put behind a big task) and hand the result
        // over once its memory is gone; a fresh worker takes the next task
        this.slots.splice(this.slots.indexOf(slot), 1)
        void terminateOutOfZlib(worker, guard).then(() => {
          p.resolve(msg)
          this.pump()
          this.noteIdle()
        })
        this.pump()
        return
      }
      if (slot.tasks.length > 0) this.startTimer(slot)
      p?.resolve(msg)
      this.pump()
      this.noteIdle()
    })
    worker.on('error', (e: Error & { code?: string }) => {
      const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      this.lose(slot, oom
        ? new TaskFailed('out_of_memory', `reading this file needed more than ${this.heapMb} MB of memory; it is too large or malformed (读取此文件所需内存超过 ${this.heapMb} MB)`)
        : new TaskFailed('worker_crashed', `the reader crashed on this file: ${e.message}`))
    })
    worker.on('exit', (code) => {
      this.lose(slot, new TaskFailed('worker_crashed', `the reader stopped unexpectedly (exit code ${code})`))
    })
    this.slots.push(slot)
    return slot
  }

  /** The time limit runs for the task at the head, the one the worker is on. */
  private startTimer(slot: Slot, ms = this.timeoutMs): void {
    slot.timer = setTimeout(() => this.timeout(slot, ms), ms)
  }

  private timeout(slot: Slot, ms: number): void {
    slot.timer = null
    const seconds = Math.round(ms / 1000)
    this.lose(slot, new TaskFailed('timeout', `reading this file took longer than ${seconds} s and was stopped (读取超时)`))
  }

  /** A worker is gone (or must go): fail its task once, forget it, and let a fresh worker take the queue. */
  private lose(slot: Slot, err: TaskFailed): void {
    const i = this.slots.indexOf(slot)
    if (i < 0) return
    this.slots.splice(i, 1)
    if (slot.timer) clearTimeout(slot.timer)
    const [p, ...waiting] = slot.tasks.splice(0)
    p?.reject(err)
    // the tasks behind it never started: a fresh worker takes them, first in line (but those cancelled meanwhile)
    this.queue.unshift(...waiting.filter((t) => !t.settled))
    void terminateOutOfZlib(slot.worker, slot.guard)
    this.pump()
  }
}
