/**
 * Who may talk to the bridge. Three checks, in this order:
 * 1. the Host header names loopback (a page on another site that rebinds its DNS name to 127.0.0.1
 *    still sends its own name as Host: DNS-rebinding guard);
 * 2. a state-changing request from a browser carries an Origin of this very server (or none);
 * 3. for the API, the per-run token in the X-Annalist-Token header, or for one file a ticket (tickets.ts).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-annalist-token'

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** `host:port` of a loopback name and our port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase())
  if (!m) return false
  if (!LOOPBACK_HOSTS.has(m[1])) return false
  return m[2] === undefined ? port === 80 : Number(m[2]) === port
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  try {
    const u = new URL(origin)
    return u.protocol === 'http:' && isLoopbackHost(u.host, port)
  } catch {
    return false
  }
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Whether the request carries the run's token, in the X-Annalist-Token header: never a cookie (cookies
 * ignore ports, so Chromium sent one to every server on 127.0.0.1) nor the URL (issue 10). A cookie of an
 * older version is ignored, whatever it holds, so a malformed one cannot break a request.
 */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers[TOKEN_HEADER]
  return sameToken(Array.isArray(header) ? header[0] : header, token)
}
