/**
 * The loopback HTTP bridge as an AnnalistClient (browser mode and e2e tests).
 * Wire (src/main/server/routes.ts): POST /api/call/<method> (JSON in, JSON out or {error: ApiErrorData});
 * GET /api/events (SSE read with fetch, event name = ApiEvents key); POST /api/upload (one file per request,
 * raw body, header X-File-Name = encodeURIComponent(name)) -> {job}. Every request carries the run's token in
 * the X-Annalist-Token header, and only there (page-token.ts). What the browser must load by itself (pdf.js,
 * a download) gets a one-minute ticket URL for that one file from POST /api/ticket.
 */
import {
  ApiError,
  type AnnalistClient, type ApiArgs, type ApiErrorData, type ApiEventName, type ApiEvents, type ApiMethod, type ApiResult,
} from '../../../shared/contract'
import { openEventStream, type EventStream } from './event-stream'
import { takePageToken } from './page-token'

type Listener = (payload: unknown) => void

function isErrorData(x: unknown): x is { error: ApiErrorData } {
  return typeof x === 'object' && x !== null && 'error' in x && typeof (x as { error: unknown }).error === 'object'
}

/** Uploads refused because the server holds as many as it may at once are sent again, for this long. */
const UPLOAD_RETRY_FOR_MS = 10 * 60_000

export function createHttpClient(base = '', token = takePageToken()): AnnalistClient {
  const headers = { 'X-Annalist-Token': token }
  const listeners = new Map<string, Set<Listener>>()
  let stream: EventStream | null = null

  async function readJson(res: Response): Promise<unknown> {
    const text = await res.text()
    if (!text) return undefined
    try {
      return JSON.parse(text)
    } catch {
      throw new ApiError('internal', `${res.status} ${res.statusText}: ${text.slice(0, 200)}`)
    }
  }

  async function request(path: string, init: RequestInit): Promise<unknown> {
    let res: Response
    try {
      res = await fetch(base + path, { ...init, headers: { ...headers, ...(init.headers ?? {}) } })
    } catch (e) {
      throw new ApiError('unavailable', `the library server does not answer (${String(e)})`)
    }
    const body = await readJson(res)
    if (isErrorData(body)) throw ApiError.fromData(body.error)
    if (!res.ok) throw new ApiError(res.status === 404 ? 'not_found' : 'internal', `${res.status} ${res.statusText}`)
    return body
  }

  function ensureStream(): void {
    if (stream) return
    stream = openEventStream(`${base}/api/events`, headers, (name, data) => {
      for (const l of listeners.get(name) ?? []) l(data)
    })
  }

  async function ticketUrl(path: string): Promise<string> {
    const r = (await request('/api/ticket', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path }),
    })) as { url: string }
    return base + r.url
  }

  /** One file; a 413 that says "try again later" (Retry-After: the server holds all it may) waits and retries. */
  async function uploadOne(f: File, ocrPages: number | undefined): Promise<{ job: string }> {
    const until = Date.now() + UPLOAD_RETRY_FOR_MS
    for (;;) {
      let res: Response
      try {
        res = await fetch(base + '/api/upload', {
          method: 'POST',
          headers: {
            ...headers, 'X-File-Name': encodeURIComponent(f.name), 'Content-Type': 'application/octet-stream',
            ...(ocrPages !== undefined ? { 'X-Ocr-Pages': String(ocrPages) } : {}),
          },
          body: f,
        })
      } catch (e) {
        throw new ApiError('unavailable', `the library server does not answer (${String(e)})`)
      }
      const retry = Number(res.headers.get('retry-after'))
      const body = await readJson(res)
      if (res.status === 413 && retry > 0 && Date.now() < until) {
        await new Promise((r) => setTimeout(r, retry * 1000))
        continue
      }
      if (isErrorData(body)) throw ApiError.fromData(body.error)
      if (!res.ok) throw new ApiError('internal', `${res.status} ${res.statusText}`)
      return body as { job: string }
    }
  }

  return {
    mode: 'browser',
    async call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
      const body = JSON.stringify(args === undefined ? {} : args)
      return (await request(`/api/call/${method}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
      })) as ApiResult<M>
    },
    on<E extends ApiEventName>(event: E, fn: (payload: ApiEvents[E]) => void): () => void {
      ensureStream()
      let set = listeners.get(event)
      if (!set) {
        set = new Set<Listener>()
        listeners.set(event, set)
      }
      const l = fn as Listener
      set.add(l)
      return () => { set.delete(l) }
    },
    originalUrl(id: number): Promise<string> {
      return ticketUrl(`/api/original/${Math.trunc(id)}`)
    },
    downloadUrl(job: string): Promise<string> {
      return ticketUrl(`/api/download/${encodeURIComponent(job)}`)
    },
    async upload(files: File[], opts: { ocrPages?: number } = {}): Promise<{ job: string }> {
      // One file per request; the caller gets one job per file and follows them all.
      let last: { job: string } | null = null
      for (const f of files) last = await uploadOne(f, opts.ocrPages)
      if (!last) throw new ApiError('bad_request', 'no files')
      return last
    },
  }
}
