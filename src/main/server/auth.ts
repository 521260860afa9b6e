/**
 * Who may talk to the bridge. Three checks, in this order:
 * 1. the Host header names loopback (a page on another site that rebinds its DNS name to 127.0.0.1
 *    still sends its own name as Host: DNS-rebinding guard);
 * 2. a state-changing request from a browser carries an Origin of this very server (or none);
 * 3. the per-run token, from the X-Annalist-Token header, the `annalist_token` cookie, or `?token=`.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-annalist-token'
export const TOKEN_COOKIE = 'annalist_token'

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

function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return undefined
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Where the request's token came from, or null when it has none that matches. */
export function tokenSource(req: IncomingMessage, url: URL, token: string): 'header' | 'cookie' | 'query' | null {
  const header = req.headers[TOKEN_HEADER]
  if (sameToken(Array.isArray(header) ? header[0] : header, token)) return 'header'
  if (sameToken(readCookie(req, TOKEN_COOKIE), token)) return 'cookie'
  if (sameToken(url.searchParams.get('token') ?? undefined, token)) return 'query'
  return null
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`
}
