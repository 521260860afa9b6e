/**
 * The loopback HTTP bridge as an AnnalistClient (browser mode and e2e tests).
 * Wire: POST /api/call/<method> (JSON in, JSON out or {error: ApiErrorData}); GET /api/events (SSE, event
 * name = ApiEvents key); GET /api/original/<id>; GET /api/download/<job>; POST /api/upload (one file per request, raw body,
 * header X-File-Name = encodeURIComponent(name)) -> {job}. Every request carries the run's token,
 * taken from the page's ?token= (EventSource cannot set headers, so it goes in the URL there).
 */
import {
  ApiError,
  type AnnalistClient, type ApiArgs, type ApiErrorData, type ApiEventName, type ApiEvents, type ApiMethod, type ApiResult,
} from '../../../shared/contract'

type Listener = (payload: unknown) => void

function isErrorData(x: unknown): x is { error: ApiErrorData } {
  return typeof x === 'object' && x !== null && 'error' in x && typeof (x as { error: unknown }).error === 'object'
}

export function createHttpClient(base = '', token = readToken()): AnnalistClient {
  const headers = { 'X-Annalist-Token': token }
  const listeners = new Map<string, Set<Listener>>()
  let source: EventSource | null = null

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

  function ensureSource(): void {
    if (source || typeof EventSource === 'undefined') return
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`)
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
      ensureSource()
      let set = listeners.get(event)
      if (!set) {
        const fresh = new Set<Listener>()
        listeners.set(event, fresh)
        set = fresh
        source?.addEventListener(event, (e) => {
          const data: unknown = JSON.parse((e as MessageEvent<string>).data)
          for (const l of fresh) l(data)
        })
      }
      const l = fn as Listener
      set.add(l)
      return () => { set.delete(l) }
    },
    originalUrl(id: number): string {
      return `${base}/api/original/${id}?token=${encodeURIComponent(token)}`
    },
    downloadUrl(job: string): string {
      return `${base}/api/download/${encodeURIComponent(job)}?token=${encodeURIComponent(token)}`
    },
    async upload(files: File[]): Promise<{ job: string }> {
      // One file per request; the caller gets one job per file and follows them all.
      let last: { job: string } | null = null
      for (const f of files) {
        last = (await request('/api/upload', {
          method: 'POST',
          headers: { 'X-File-Name': encodeURIComponent(f.name), 'Content-Type': 'application/octet-stream' },
          body: f,
        })) as { job: string }
      }
      if (!last) throw new ApiError('bad_request', 'no files')
      return last
    },
  }
}

export function readToken(): string {
  if (typeof location === 'undefined') return ''
  return new URLSearchParams(location.search).get('token') ?? ''
}
