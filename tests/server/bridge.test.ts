/**
 * The loopback HTTP bridge over a real library: the token (header only, never a cookie or a URL), tickets
 * for files the browser loads itself, the Host guard, malformed input answered 400, no path from a caller,
 * a call round trip, an upload imported through the real pipeline, the event stream, originals, and the
 * export download.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobEnd, LibraryInfo, ListResult } from '../../src/shared/contract'
import { type Bridge, startBridge } from '../../src/main/server/http-server'
import type { OpenServices } from '../../src/main/services/open-library'
import { makeTestLibrary, open, type TestLibrary } from '../services/service-fixtures'

let lib: TestLibrary
let app: OpenServices
let bridge: Bridge
let rendererDir: string

beforeAll(async () => {
  lib = await makeTestLibrary(3)
  app = open(lib)
  rendererDir = join(lib.dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Annalist</title><script type="module" src="/assets/app.js"></script>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  bridge = await startBridge({ services: app.services, port: 0, rendererDir })
})
afterAll(async () => {
  await bridge?.close()
  await app?.close()
  lib?.cleanup()
})

const auth = (): Record<string, string> => ({ 'X-Annalist-Token': bridge.token })

async function call(method: string, args: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${bridge.url}/api/call/${method}`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify(args) })
  return { status: res.status, body: await res.json() }
}

/** A raw request with a chosen Host header (fetch will not send a forged one). */
function rawGet(path: string, host: string): Promise<number> {
  return raw({ path, headers: { Host: host, ...auth() } })
}

/** A raw request exactly as written (paths and headers fetch would clean up); resolves with the status. */
function raw(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: bridge.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} }, (res) => { res.resume(); resolve(res.statusCode ?? 0) })
    req.on('error', reject)
    req.end(opts.body)
  })
}

/** Collects SSE events until `until` says stop. */
async function readEvents(until: (name: string, data: unknown) => boolean, signal: AbortSignal): Promise<{ name: string; data: unknown }[]> {
  const res = await fetch(`${bridge.url}/api/events`, { headers: auth(), signal })
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/)
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  const out: { name: string; data: unknown }[] = []
  let buf = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return out
    buf += decoder.decode(value, { stream: true })
    let sep: number
    while ((sep = buf.indexOf('\n\n')) >= 0) {
      const frame = buf.slice(0, sep)
      buf = buf.slice(sep + 2)
      const name = /^event: (.*)$/m.exec(frame)?.[1]
      const data = /^data: (.*)$/m.exec(frame)?.[1]
      if (!name || data === undefined) continue
      const ev = { name, data: JSON.parse(data) as unknown }
      out.push(ev)
      if (until(ev.name, ev.data)) { await reader.cancel(); return out }
    }
  }
}

describe('access', () => {
  it('answers 401 to the API without the token in its header', async () => {
    const api = await fetch(`${bridge.url}/api/call/library.info`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(api.status).toBe(401)
    expect(await api.json()).toMatchObject({ error: { name: 'ApiError', code: 'bad_request' } })
    expect((await fetch(`${bridge.url}/api/events`)).status).toBe(401)
    expect((await fetch(`${bridge.url}/api/original/1`)).status).toBe(401)
    expect((await fetch(`${bridge.url}/api/original/1`, { headers: { 'X-Annalist-Token': 'wrong' } })).status).toBe(401)
  })

  it('takes the token from no cookie and no URL (issue 10)', async () => {
    const t = encodeURIComponent(bridge.token)
    expect((await fetch(`${bridge.url}/api/original/1?token=${t}`)).status).toBe(401)
    expect((await fetch(`${bridge.url}/api/events?token=${t}`)).status).toBe(401)
    expect((await fetch(`${bridge.url}/api/original/1`, { headers: { Cookie: `annalist_token=${t}` } })).status).toBe(401)
  })

  it('serves the page and its assets (public code) with its CSP, and sets no cookie', async () => {
    const page = await fetch(bridge.pageUrl)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('set-cookie')).toBeNull()
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    const asset = await fetch(`${bridge.url}/assets/app.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/text\/javascript/)
    expect((await fetch(`${bridge.url}/assets/..%2f..%2flibrary.annalist`)).status).toBe(404)
  })

  it('opens one file by a ticket minted with the token: only that path, only to read', async () => {
    const mint = async (path: string): Promise<{ status: number; url?: string }> => {
      const res = await fetch(`${bridge.url}/api/ticket`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify({ path }) })
      return { status: res.status, url: res.ok ? ((await res.json()) as { url: string }).url : undefined }
    }
    const { url } = await mint('/api/original/1')
    expect(url).toMatch(/^\/api\/original\/1\?ticket=[\w-]{20,}$/)
    const file = await fetch(`${bridge.url}${url}`)
    expect(file.status).toBe(200)
    expect((await file.text()).length).toBeGreaterThan(100)
    const ticket = new URL(url as string, bridge.url).searchParams.get('ticket')
    expect((await fetch(`${bridge.url}/api/original/2?ticket=${ticket}`)).status).toBe(401)
    expect((await fetch(`${bridge.url}/api/call/library.info?ticket=${ticket}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401)
    expect((await mint('/api/call/library.info')).status).toBe(400)
    expect((await mint('/api/events')).status).toBe(400)
    const noToken = await fetch(`${bridge.url}/api/ticket`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/api/original/1' }) })
    expect(noToken.status).toBe(401)
  })

  it('answers 400, never 500, to malformed cookies and %-escapes in headers and paths', async () => {
    const bad = '%E0%A4%A'
    // a malformed cookie left by a page on another port: ignored, the request goes on
    expect(await raw({ path: '/api/call/library.info', method: 'POST', headers: { ...auth(), Cookie: `annalist_token=${bad}`, 'Content-Type': 'application/json' }, body: '{}' })).toBe(200)
    expect(await raw({ path: '/', headers: { Cookie: `annalist_token=${bad}; other=${bad}` } })).toBe(200)
    expect(await raw({ path: '/api/original/1', headers: { Cookie: `annalist_token=${bad}` } })).toBe(401)
    for (const path of [`/api/original/${bad}`, `/api/call/${bad}`, `/api/download/${bad}`, `/${bad}`, `/assets/${bad}.js`, `/api/original/1?ticket=${bad}`]) {
      const status = await raw({ path, method: path.startsWith('/api/call/') ? 'POST' : 'GET', headers: auth() })
      expect([path, status]).toEqual([path, path.includes('?ticket=') ? 200 : 400])
    }
    expect(await raw({ path: '/api/upload', method: 'POST', headers: { ...auth(), 'X-File-Name': bad, 'Content-Length': '1' }, body: 'x' })).toBe(400)
  })

  it('refuses a Host that is not loopback (DNS rebinding) even with the token', async () => {
    expect(await rawGet('/api/original/1', 'evil.example:' + bridge.port)).toBe(403)
    expect(await rawGet('/', `attacker.test`)).toBe(403)
    expect(await rawGet('/api/original/1', `127.0.0.1:${bridge.port}`)).toBe(200)
    expect(await rawGet('/api/original/1', `localhost:${bridge.port}`)).toBe(200)
  })

  it('refuses a POST from another origin', async () => {
    const res = await fetch(`${bridge.url}/api/call/library.info`, { method: 'POST', headers: { ...auth(), Origin: 'http://evil.example', 'Content-Type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(403)
  })
})

describe('no path from a caller (issue 10)', () => {
  it('refuses an import by path and an export with out, and neither reads nor writes the file', async () => {
    const secret = join(lib.dir, 'secret.txt')
    writeFileSync(secret, '某某县人民政府2020年政府信息公开工作年度报告 不该被导入')
    const imp = await call('import.paths', { paths: [secret] })
    expect(imp.status).toBe(400)
    expect(JSON.stringify(imp.body)).toMatch(/import\.paths' is refused/)
    const chosen = await call('import.choose', { paths: [secret] })
    expect(chosen.status).toBe(400)
    const out = join(lib.dir, 'written-by-caller.csv')
    for (const method of ['export.start', 'export.count']) {
      const r = await call(method, { format: 'csv', scope: 'all', out })
      expect(r.status).toBe(400)
      expect(JSON.stringify(r.body)).toMatch(/'out' is refused/)
    }
    await new Promise((r) => setTimeout(r, 200))
    expect(existsSync(out)).toBe(false)
    const found = (await call('documents.list', { search: '不该被导入' })).body as ListResult
    expect(found.total).toBe(0)
  })
})

describe('calls', () => {
  it('round-trips a call, and errors come back as ApiErrorData with a matching status', async () => {
    const info = await call('library.info', {})
    expect(info.status).toBe(200)
    expect(info.body as LibraryInfo).toMatchObject({ documents: 4, mode: 'browser', demo: false })
    const list = await call('documents.list', { limit: 2, sort: 'file_name' })
    expect((list.body as ListResult).rows.length).toBe(2)
    expect(await call('documents.get', { id: 4242 })).toEqual({ status: 404, body: { error: { name: 'ApiError', code: 'not_found', message: 'no document 4242' } } })
    expect((await call('documents.get', { id: 'x' })).status).toBe(400)
    expect((await call('nope.nope', {})).status).toBe(400)
    const notJson = await fetch(`${bridge.url}/api/call/library.info`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{' })
    expect(notJson.status).toBe(400)
  })

  it('serves an original with its content type', async () => {
    const res = await fetch(`${bridge.url}/api/original/1`, { headers: auth() })
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    expect((await res.text()).length).toBeGreaterThan(100)
  })
})

describe('upload, events, download', () => {
  it('imports an uploaded file and announces the end on the event stream', async () => {
    const ctl = new AbortController()
    let job = ''
    const events = readEvents((name, data) => name === 'job.end' && (data as JobEnd).job === job, ctl.signal)
    await new Promise((r) => setTimeout(r, 100)) // the stream is open before the job starts
    const text = '某某镇人民政府2020年政府信息公开工作年度报告\n本年度收到政府信息公开申请3件。\n'
    const res = await fetch(`${bridge.url}/api/upload`, { method: 'POST', headers: { ...auth(), 'X-File-Name': encodeURIComponent('某某镇 2020.txt') }, body: text })
    expect(res.status).toBe(202)
    job = ((await res.json()) as { job: string }).job
    const got = await Promise.race([events, new Promise<never>((_, rej) => setTimeout(() => rej(new Error('no job.end event')), 30_000))])
    const end = got.find((e) => e.name === 'job.end')?.data as JobEnd
    expect(end.kind).toBe('import')
    if (end.kind !== 'import') return
    expect(end.summary.imported.map((i) => i.file)).toEqual(['某某镇 2020.txt'])
    expect(got.some((e) => e.name === 'library.changed')).toBe(true)
    const found = (await call('documents.list', { search: '某某镇人民政府' })).body as ListResult
    expect(found.rows.map((r) => r.file_name)).toEqual(['某某镇 2020.txt'])
  })

  it('refuses an upload without a name or over the limit', async () => {
    expect((await fetch(`${bridge.url}/api/upload`, { method: 'POST', headers: auth(), body: 'x' })).status).toBe(400)
  })

  it('exports without a path and serves the file for download', async () => {
    const ctl = new AbortController()
    let job = ''
    const events = readEvents((name, data) => name === 'job.end' && (data as JobEnd).job === job, ctl.signal)
    await new Promise((r) => setTimeout(r, 100))
    job = ((await call('export.start', { format: 'csv', scope: 'all' })).body as { job: string }).job
    await events
    const res = await fetch(`${bridge.url}/api/download/${job}`, { headers: auth() })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment/)
    const csv = await res.text()
    expect(csv.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(5)
  })

  it('serves a BagIt export as one zip', async () => {
    const ctl = new AbortController()
    let job = ''
    const events = readEvents((name, data) => name === 'job.end' && (data as JobEnd).job === job, ctl.signal)
    await new Promise((r) => setTimeout(r, 100))
    job = ((await call('export.start', { format: 'bagit', scope: 'all' })).body as { job: string }).job
    const end = (await events).find((e) => e.name === 'job.end')?.data as JobEnd
    expect(end).toMatchObject({ kind: 'export', summary: { format: 'bagit' } })
    const res = await fetch(`${bridge.url}/api/download/${job}`, { headers: auth() })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(bytes.includes(Buffer.from('bagit.txt'))).toBe(true)
    expect((await fetch(`${bridge.url}/api/download/not-a-job`, { headers: auth() })).status).toBe(404)
  })
})
