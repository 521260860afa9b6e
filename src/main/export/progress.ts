/**
 * Progress and cancellation for one export: every unit of work goes through `step`, which reports and
 * throws ApiError('cancelled') once the signal fires, so each writer stops at the next document.
 */
import { ApiError } from '../../shared/contract'

export interface ExportProgress { done: number; total: number; current: string | null }
export interface ExportOptions {
  onProgress?(p: ExportProgress): void
  signal?: AbortSignal
  /** bag-info.txt: who made the bag and what it holds (BagIt only) */
  bagInfo?: { sourceOrganization?: string; externalDescription?: string }
  /** replace an existing `out` (the CLI's --force, or a save dialog that already asked) */
  force?: boolean
  /** more files never to write, besides the open library's own (atomic-output) */
  protect?: readonly string[]
}

export class ExportControl {
  private done = 0
  private lastReport = 0
  private cancelled: Promise<never> | null = null
  constructor(readonly total: number, private readonly opts: ExportOptions) {}

  /**
   * Rejects with ApiError('cancelled') once the signal fires (never settles without one): for waits on the
   * disk that no step() interrupts, such as a zip writer stalled behind a full or failing disk.
   */
  whenCancelled(): Promise<never> {
    this.cancelled ??= new Promise<never>((_ok, fail) => {
      const signal = this.opts.signal
      const onAbort = (): void => fail(new ApiError('cancelled', 'export cancelled'))
      if (signal?.aborted) onAbort()
      else signal?.addEventListener('abort', onAbort, { once: true })
    })
    this.cancelled.catch(() => undefined) // observed by whoever races it
    return this.cancelled
  }

  check(): void {
    if (this.opts.signal?.aborted) throw new ApiError('cancelled', 'export cancelled')
  }

  step(current: string | null, units = 1): void {
    this.check()
    this.done += units
    // throttled: a progress event per document would flood the window for 10,000 documents
    const now = Date.now()
    if (this.done >= this.total || now - this.lastReport >= 100) {
      this.lastReport = now
      this.opts.onProgress?.({ done: Math.min(this.done, this.total), total: this.total, current })
    }
  }

  start(): void {
    this.check()
    this.opts.onProgress?.({ done: 0, total: this.total, current: null })
  }
}

/** Lets the event loop breathe between chunks (progress events, cancel requests, stream draining). */
export function yieldToLoop(): Promise<void> {
  return new Promise((ok) => setImmediate(ok))
}
