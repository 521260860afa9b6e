/**
 * The loopback HTTP bridge's routes: the wire protocol of the browser mode.
 *
 * Every request must name a loopback Host (127.0.0.1, localhost, [::1] with this port). The renderer's own
 * files (the page and its assets: public code, no data) are served to any such request. Every /api/ request
 * needs the run's token in the header `X-Annalist-Token: <token>`; the page reads it once from its
 * `?token=` and keeps it in sessionStorage. No cookie is set or read, and no token goes in a URL: a file the
 * browser itself must load (pdf.js, a download link) is opened with a short-lived ticket for that one path
 * (tickets.ts). Without a token or ticket: 401. POSTs whose Origin is not this server: 403. A malformed
 * %-escape in the path: 400.
 *
 *   GET  /                      the renderer (out/renderer/index.html), strict CSP; assets under it
 *   POST /api/call/<method>     body: JSON arguments (may be empty for methods without arguments)
 *                               200 JSON result (`null` for void); 4xx/5xx `{ "error": ApiErrorData }`
 *                               bad_request 400, not_found 404, conflict 409, cancelled 409,
 *                               unavailable 503, internal 500
 *   POST /api/ticket            body `{ "path": "/api/original/<id>" | "/api/download/<job>" }`
 *                               -> `{ "url": "<path>?ticket=<ticket>" }`, good for that path for 60 s
 *   GET  /api/events            Server-Sent Events: `event: <ApiEventName>` + `data: <JSON payload>`;
 *                               a comment line every 20 s keeps the connection alive; a client that does
 *                               not read is dropped once its unsent output passes a bound
 *   GET  /api/original/<id>     the original bytes, Content-Type by kind (PDF application/pdf, ...)
 *   POST /api/upload            one file per request: raw bytes as the body with a Content-Length, header
 *                               `X-File-Name: encodeURIComponent(name)` (and `X-Ocr-Pages: N`, pages of a scan
 *                               OCR reads at once)  -> 202 `{ "job": id }`
 *                               (the import's end arrives as a 'job.end' event); 200 MB a file; 413 with
 *                               Retry-After when the uploads held at once (received or waiting for their
 *                               import) would pass their cap
 *   GET  /api/download/<job>    the file an export job wrote (browser mode: export.start writes to a
 *                               private temporary folder), as an attachment; a BagIt export comes as one .zip
 *
 * A request body that stops arriving for a while is answered 408 (limits below).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiErrorCode, ApiErrorData } from '../../shared/contract'
import { ApiError, MAX_OCR_PAGES_AT_ONCE } from '../../shared/contract'
import type { Services } from '../services'
import { toApiError } from '../services'
import { hasToken, isAllowedOrigin, isLoopbackHost } from './auth'
import { HttpError, readBody, readJson } from './body'
import { Tickets, ticketable } from './tickets'
import type { UploadBudget } from './upload-budget'
import { sendDownload } from './download'
import { sendOriginal } from './originals'
import { openEventStream } from './sse'
import { serveStatic } from './static-files'

export const JSON_LIMIT = 16 * 1024 * 1024

/** The browser mode's resource bounds (issue 10); tests pass small ones. */
export interface BridgeLimits {
  /** one uploaded file */
  upload: number
  /** all uploads held at once: being received, or waiting for their import */
  uploadsInFlight: number
  /** a request body that sends nothing for this long: 408 */
  bodyIdleMs: number
  /** an event stream whose unsent output passes this many bytes (a client that does not read) is closed */
  eventBuffer: number
}
export const DEFAULT_LIMITS: BridgeLimits = {
  upload: 200 * 1024 * 1024,
  uploadsInFlight: 512 * 1024 * 1024,
  bodyIdleMs: 30_000,
  eventBuffer: 4 * 1024 * 1024,
}

const STATUS: Record<ApiErrorCode, number> = { bad_request: 400, not_found: 404, conflict: 409, cancelled: 409, unavailable: 503, internal: 500 }

export interface RouteContext {
  services: Services
  token: string
  /** the port actually listened on (Host checks) */
  port(): number
  /** out/renderer, or null when the renderer was not built */
  rendererDir: string | null
  /** open SSE streams, closed on shutdown */
  streams: Set<ServerResponse>
  tickets: Tickets
  limits: BridgeLimits
  uploads: UploadBudget
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body === undefined ? null : body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  const error: ApiErrorData = { name: 'ApiError', code, message }
  if (res.headersSent) { res.destroy(); return }
  sendJson(res, status, { error })
}

const NO_RENDERER_PAGE = 'The renderer is not built. Run `npm run build`, then reload. (The API works without it.)\n'

export async function handle(rc: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const port = rc.port()
  if (!isLoopbackHost(req.headers.host, port)) return sendError(res, 403, 'bad_request', 'this server answers only on 127.0.0.1')
  const url = parseUrl(req.url, port)
  const path = url.pathname
  const method = req.method ?? 'GET'
  if (method !== 'GET' && method !== 'HEAD' && !isAllowedOrigin(req.headers.origin, port)) {
    return sendError(res, 403, 'bad_request', 'cross-origin request refused')
  }

  if (path.startsWith('/api/')) {
    const ticket = url.searchParams.get('ticket')
    const byTicket = ticket !== null && (method === 'GET' || method === 'HEAD') && ticketable(path) && rc.tickets.opens(ticket, path)
    if (!byTicket && !hasToken(req, rc.token)) {
      res.setHeader('WWW-Authenticate', 'Annalist-Token')
      return sendError(res, 401, 'bad_request', 'open the address printed by `annalist serve` (it carries the access token)')
    }
    if (path.startsWith('/api/call/')) {
      if (method !== 'POST') return sendError(res, 405, 'bad_request', 'use POST for /api/call')
      const name = decodeURIComponent(path.slice('/api/call/'.length))
      const args = await readJson(req, { limit: JSON_LIMIT, idleMs: rc.limits.bodyIdleMs })
      const result = await rc.services.call(name, args)
      return sendJson(res, 200, result)
    }
    if (path === '/api/ticket') {
      if (method !== 'POST') return sendError(res, 405, 'bad_request', 'use POST for /api/ticket')
      const args = await readJson(req, { limit: 4096, idleMs: rc.limits.bodyIdleMs })
      const want = typeof args === 'object' && args !== null ? (args as { path?: unknown }).path : undefined
      if (typeof want !== 'string' || !ticketable(want)) return sendError(res, 400, 'bad_request', "'path' must be /api/original/<id> or /api/download/<job>")
      return sendJson(res, 200, { url: `${want}?ticket=${rc.tickets.mint(want)}` })
    }
    if (path === '/api/events' && method === 'GET') return openEventStream(rc.services.ctx.events, req, res, rc.streams, rc.limits.eventBuffer)
    const original = /^\/api\/original\/(\d{1,15})$/.exec(path)
    if (original && (method === 'GET' || method === 'HEAD')) return sendOriginal(res, rc.services.original(Number(original[1])), req)
    if (path === '/api/upload') {
      if (method !== 'POST') return sendError(res, 405, 'bad_request', 'use POST for /api/upload')
      return receiveUpload(rc, req, res)
    }
    const download = /^\/api\/download\/([\w-]{1,100})$/.exec(path)
    if (download && method === 'GET') return sendDownload(res, rc.services, download[1])
    return sendError(res, 404, 'not_found', `no route ${method} ${path}`)
  }

  if (method !== 'GET' && method !== 'HEAD') return sendError(res, 405, 'bad_request', `${method} is not served here`)
  if (!rc.rendererDir) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(NO_RENDERER_PAGE)
    return
  }
  if (!(await serveStatic(res, rc.rendererDir, path))) sendError(res, 404, 'not_found', `no file ${path}`)
}

/** The request target as a URL; a malformed %-escape anywhere in its path is the client's mistake (400). */
function parseUrl(target: string | undefined, port: number): URL {
  let url: URL
  try {
    url = new URL(target ?? '/', `http://127.0.0.1:${port}`)
    decodeURIComponent(url.pathname)
  } catch {
    throw new HttpError(400, 'the address is malformed (a bad %-escape?)')
  }
  return url
}

/** One uploaded file, held within the upload budget until its import ends. */
async function receiveUpload(rc: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = req.headers['x-file-name']
  const name = typeof raw === 'string' ? safeDecode(raw) : ''
  if (!name) return sendError(res, 400, 'bad_request', 'send the file name in X-File-Name (URI-encoded)')
  const pagesHeader = req.headers['x-ocr-pages']
  const ocrPages = typeof pagesHeader === 'string' ? Number(pagesHeader) : undefined
  if (ocrPages !== undefined && !(Number.isInteger(ocrPages) && ocrPages >= 1 && ocrPages <= MAX_OCR_PAGES_AT_ONCE)) {
    return sendError(res, 400, 'bad_request', `X-Ocr-Pages must be a whole number from 1 to ${MAX_OCR_PAGES_AT_ONCE}`)
  }
  const declared = Number(req.headers['content-length'])
  if (!Number.isSafeInteger(declared) || declared < 0) throw new HttpError(411, 'send the file with a Content-Length')
  const mb = (n: number): string => n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${Math.round(n / 1024 / 1024)} MB`
  if (declared > rc.limits.upload) throw new HttpError(413, `${name} is larger than ${mb(rc.limits.upload)}, the most one upload may be`)
  if (!rc.uploads.reserve(declared)) {
    throw new HttpError(413, `the uploads waiting to be imported hold ${mb(rc.uploads.inFlight)} already; ${name} (${mb(declared)}) would pass the ${mb(rc.uploads.cap)} they may hold at once: send it again when some imports have ended`, { 'Retry-After': '2' })
  }
  let job: string
  try {
    const bytes = await readBody(req, { limit: declared, idleMs: rc.limits.bodyIdleMs })
    if (bytes.length === 0) throw new HttpError(400, `${name} is empty`)
    job = rc.services.upload([{ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }], ocrPages ? { ocrPages } : {}).job
  } catch (e) {
    rc.uploads.release(declared)
    throw e
  }
  const done = rc.services.ctx.jobs.get(job)?.done
  if (done) void done.finally(() => rc.uploads.release(declared))
  else rc.uploads.release(declared)
  sendJson(res, 202, { job })
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s).replace(/[\\/]/g, '_').trim()
  } catch {
    return ''
  }
}

/** Any failure of a route as an HTTP answer. */
export function failure(res: ServerResponse, e: unknown): void {
  if (e instanceof HttpError) {
    if (!res.headersSent) {
      for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v)
      // the body was left unread: say so, and Node closes the connection after this answer
      if (e.closesConnection) res.setHeader('Connection', 'close')
    }
    return sendError(res, e.status, e.status >= 500 ? 'internal' : 'bad_request', e.message)
  }
  const err = e instanceof ApiError ? e : toApiError(e)
  sendError(res, STATUS[err.code], err.code, err.message)
}
