/**
 * The loopback HTTP bridge's routes: the wire protocol of the browser mode.
 *
 * Every request must name a loopback Host (127.0.0.1, localhost, [::1] with this port) and carry the run's
 * token: header `X-Annalist-Token: <token>`, the `annalist_token` cookie, or `?token=<token>` in the URL
 * (EventSource and <img>/pdf.js fetches cannot set headers). A page loaded with a good `?token=` gets the
 * cookie (HttpOnly, SameSite=Strict). Without a token: 401, the page included. POSTs whose Origin is not
 * this server: 403.
 *
 *   GET  /                      the renderer (out/renderer/index.html), strict CSP; assets under it
 *   POST /api/call/<method>     body: JSON arguments (may be empty for methods without arguments)
 *                               200 JSON result (`null` for void); 4xx/5xx `{ "error": ApiErrorData }`
 *                               bad_request 400, not_found 404, conflict 409, cancelled 409,
 *                               unavailable 503, internal 500
 *   GET  /api/events            Server-Sent Events: `event: <ApiEventName>` + `data: <JSON payload>`;
 *                               a comment line every 20 s keeps proxies and the connection alive
 *   GET  /api/original/<id>     the original bytes, Content-Type by kind (PDF application/pdf, ...)
 *   POST /api/upload            one file per request: raw bytes as the body, header
 *                               `X-File-Name: encodeURIComponent(name)`  -> 202 `{ "job": id }`
 *                               (the import's end arrives as a 'job.end' event); limit 200 MB
 *   GET  /api/download/<job>    the file an export job wrote (browser mode: export.start without `out`),
 *                               as an attachment; a BagIt export comes as one .zip
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiErrorCode, ApiErrorData } from '../../shared/contract'
import { ApiError } from '../../shared/contract'
import type { Services } from '../services'
import { toApiError } from '../services'
import { isAllowedOrigin, isLoopbackHost, tokenCookie, tokenSource } from './auth'
import { HttpError, readBody, readJson } from './body'
import { sendDownload } from './download'
import { sendOriginal } from './originals'
import { openEventStream } from './sse'
import { serveStatic } from './static-files'

export const JSON_LIMIT = 16 * 1024 * 1024
export const UPLOAD_LIMIT = 200 * 1024 * 1024

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
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
  const method = req.method ?? 'GET'
  if (method !== 'GET' && method !== 'HEAD' && !isAllowedOrigin(req.headers.origin, port)) {
    return sendError(res, 403, 'bad_request', 'cross-origin request refused')
  }
  const source = tokenSource(req, url, rc.token)
  if (!source) {
    res.setHeader('WWW-Authenticate', 'Annalist-Token')
    return sendError(res, 401, 'bad_request', 'open the address printed by `annalist serve` (it carries the access token)')
  }
  const path = url.pathname

  if (path.startsWith('/api/')) {
    if (path.startsWith('/api/call/')) {
      if (method !== 'POST') return sendError(res, 405, 'bad_request', 'use POST for /api/call')
      const name = decodeURIComponent(path.slice('/api/call/'.length))
      const args = await readJson(req, JSON_LIMIT)
      const result = await rc.services.call(name, args)
      return sendJson(res, 200, result)
    }
    if (path === '/api/events' && method === 'GET') return openEventStream(rc.services.ctx.events, req, res, rc.streams)
    const original = /^\/api\/original\/(\d+)$/.exec(path)
    if (original && (method === 'GET' || method === 'HEAD')) return sendOriginal(res, rc.services.original(Number(original[1])), req)
    if (path === '/api/upload') {
      if (method !== 'POST') return sendError(res, 405, 'bad_request', 'use POST for /api/upload')
      const raw = req.headers['x-file-name']
      const name = typeof raw === 'string' ? safeDecode(raw) : ''
      if (!name) return sendError(res, 400, 'bad_request', 'send the file name in X-File-Name (URI-encoded)')
      const bytes = await readBody(req, UPLOAD_LIMIT)
      if (bytes.length === 0) return sendError(res, 400, 'bad_request', `${name} is empty`)
      return sendJson(res, 202, rc.services.upload([{ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }]))
    }
    const download = /^\/api\/download\/([\w-]{1,100})$/.exec(path)
    if (download && method === 'GET') return sendDownload(res, rc.services, download[1])
    return sendError(res, 404, 'not_found', `no route ${method} ${path}`)
  }

  if (method !== 'GET' && method !== 'HEAD') return sendError(res, 405, 'bad_request', `${method} is not served here`)
  const cookie = source === 'query' ? { 'Set-Cookie': tokenCookie(rc.token) } : undefined
  if (!rc.rendererDir) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...cookie })
    res.end(NO_RENDERER_PAGE)
    return
  }
  if (!(await serveStatic(res, rc.rendererDir, path, cookie))) sendError(res, 404, 'not_found', `no file ${path}`)
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
  if (e instanceof HttpError) return sendError(res, e.status, e.status === 413 || e.status === 415 || e.status === 400 ? 'bad_request' : 'internal', e.message)
  const err = e instanceof ApiError ? e : toApiError(e)
  sendError(res, STATUS[err.code], err.code, err.message)
}
