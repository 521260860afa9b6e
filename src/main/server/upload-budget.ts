/**
 * The bytes of browser uploads held at once: received, or waiting in the import queue for their turn.
 * The browser sends one file per request and the imports run one after another, so without a bound a
 * hundred large files dropped at once would all sit in memory (issue 10). A reservation is made from the
 * request's Content-Length before any byte is read, and given back when its import ends.
 */
export class UploadBudget {
  private used = 0
  constructor(readonly cap: number) {}

  get inFlight(): number {
    return this.used
  }

  /** true and the bytes reserved, or false when they would not fit now */
  reserve(bytes: number): boolean {
    if (this.used + bytes > this.cap) return false
    this.used += bytes
    return true
  }

  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes)
  }
}
