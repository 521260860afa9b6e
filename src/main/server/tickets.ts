/**
 * Short-lived per-resource tickets: how the page opens an original, a PDF for pdf.js, or an export download
 * without its token in a cookie or a URL (issue 10). An authenticated call (POST /api/ticket, token in the
 * header) mints a random ticket bound to one path; a GET of exactly that path with `?ticket=` is let in
 * until it expires. A leaked ticket opens one file for a minute, not the library.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'

/** The paths a ticket may open: reading only, one resource each. */
const TICKET_PATHS = [/^\/api\/original\/\d{1,15}$/, /^\/api\/download\/[\w-]{1,100}$/]

export function ticketable(path: string): boolean {
  return TICKET_PATHS.some((re) => re.test(path))
}

export interface TicketOptions {
  /** how long a ticket opens its path; default 60 s */
  ttlMs?: number
  /** tickets kept at once; the oldest go first; default 1000 */
  max?: number
  now?: () => number
}

export class Tickets {
  private readonly live = new Map<string, { path: string; expires: number }>()
  private readonly ttlMs: number
  private readonly max: number
  private readonly now: () => number

  constructor(opts: TicketOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 60_000
    this.max = opts.max ?? 1000
    this.now = opts.now ?? Date.now
  }

  /** A ticket for `path` (the caller checked `ticketable`). */
  mint(path: string): string {
    this.sweep()
    while (this.live.size >= this.max) this.live.delete(this.live.keys().next().value as string)
    const ticket = randomBytes(18).toString('base64url')
    this.live.set(ticket, { path, expires: this.now() + this.ttlMs })
    return ticket
  }

  /** Whether `ticket` opens `path` now. */
  opens(ticket: string, path: string): boolean {
    const t = this.live.get(ticket)
    if (!t) return false
    if (t.expires <= this.now()) {
      this.live.delete(ticket)
      return false
    }
    const a = Buffer.from(t.path)
    const b = Buffer.from(path)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  private sweep(): void {
    const now = this.now()
    for (const [k, t] of this.live) if (t.expires <= now) this.live.delete(k)
  }
}
