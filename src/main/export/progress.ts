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
}

export class ExportControl {
  private done = 0
  private lastReport = 0
  constructor(readonly total: number, private readonly opts: ExportOptions) {}

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
