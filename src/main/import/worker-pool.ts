/**
 * A pool of parse workers (node:worker_threads), one task per worker at a time. A worker that dies
 * mid-task (out of memory under its resourceLimits, a crash, a task over the time limit) fails that task
 * with a message a person understands, and a fresh worker takes its place: the batch goes on.
 *
 * Which file runs in the worker: under tsx/vitest this module is a .ts file and the worker is started
 * through a small bootstrap that registers tsx's loader (Node 20 does not pass `--import tsx` hooks on to
 * a .ts worker entry); in the built app it is the sibling out/main/parse-worker.js.
 */
import { Worker } from 'node:worker_threads'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { availableParallelism } from 'node:os'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

export interface PoolOptions {
  /** default os.availableParallelism() */
  size?: number
  /** heap limit of each worker; default 1024 MB */
  maxOldGenerationSizeMb?: number
  /** a task running longer than this kills its worker and fails; default 120 s */
  taskTimeoutMs?: number
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
interface Pending { req: WorkerRequest; transfer: ArrayBuffer[]; resolve(r: WorkerResponse): void; reject(e: Error): void }
interface Slot { worker: Worker; current: Pending | null; timer: NodeJS.Timeout | null }

function workerEntry(): { spec: string | URL; eval: boolean } {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    const require = createRequire(here)
    // tsx's ESM API (the 'require' condition would give the CJS build, which cannot register ESM hooks)
    const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
    const target = new URL('./parse-worker.ts', here).href
    return { spec: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}) })`, eval: true }
  }
  return { spec: new URL('./parse-worker.js', here), eval: false }
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
  private readonly entry = workerEntry()

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? defaultPoolSize())
    this.heapMb = opts.maxOldGenerationSizeMb ?? 1024
    this.timeoutMs = opts.taskTimeoutMs ?? 120_000
  }

  get workers(): number {
    return this.size
  }

  run(req: Request, transfer: ArrayBuffer[] = []): Promise<WorkerResponse> {
    if (this.destroyed) return Promise.reject(new TaskFailed('cancelled', 'cancelled'))
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { ...req, task: this.nextTask++ } as WorkerRequest, transfer, resolve, reject })
      this.pump()
    })
  }

  /** Stop every worker; queued and running tasks fail with code 'cancelled'. */
  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    for (const p of this.queue.splice(0)) p.reject(new TaskFailed('cancelled', 'cancelled'))
    const exits = this.slots.splice(0).map((s) => {
      if (s.timer) clearTimeout(s.timer)
      s.current?.reject(new TaskFailed('cancelled', 'cancelled'))
      s.current = null
      return s.worker.terminate()
    })
    await Promise.all(exits)
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.destroyed) {
      let slot = this.slots.find((s) => s.current === null)
      if (!slot && this.slots.length < this.size) slot = this.spawn()
      if (!slot) return
      const p = this.queue.shift() as Pending
      slot.current = p
      slot.timer = setTimeout(() => this.timeout(slot as Slot), this.timeoutMs)
      slot.worker.postMessage(p.req, p.transfer)
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry.spec, {
      eval: this.entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      stderr: false,
    })
    const slot: Slot = { worker, current: null, timer: null }
    worker.on('message', (msg: WorkerResponse) => {
      const p = slot.current
      if (slot.timer) clearTimeout(slot.timer)
      slot.timer = null
      slot.current = null
      p?.resolve(msg)
      this.pump()
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

  private timeout(slot: Slot): void {
    slot.timer = null
    const seconds = Math.round(this.timeoutMs / 1000)
    this.lose(slot, new TaskFailed('timeout', `reading this file took longer than ${seconds} s and was stopped (读取超时)`))
    void slot.worker.terminate()
  }

  /** A worker is gone (or must go): fail its task once, forget it, and let a fresh worker take the queue. */
  private lose(slot: Slot, err: TaskFailed): void {
    const i = this.slots.indexOf(slot)
    if (i < 0) return
    this.slots.splice(i, 1)
    if (slot.timer) clearTimeout(slot.timer)
    const p = slot.current
    slot.current = null
    p?.reject(err)
    void slot.worker.terminate()
    this.pump()
  }
}
