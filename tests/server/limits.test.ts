/**
 * The browser mode's resource bounds against the real server on 127.0.0.1 (issue 10): the uploads held at
 * once have a cap (413 with a clear message and Retry-After), a request body that stops arriving gets 408,
 * and an event stream whose client does not read is closed once its unsent output passes a bound, while
 * a client that reads keeps its stream.
 */
import { connect, type Socket } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Bridge, startBridge } from '../../src/main/server/http-server'
import type { BridgeLimits } from '../../src/main/server/routes'
import type { OpenServices } from '../../src/main/services/open-library'
import { makeTestLibrary, open, type TestLibrary } from '../services/service-fixtures'

let lib: TestLibrary
let app: OpenServices
beforeAll(async () => {
  lib = await makeTestLibrary(1)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

let bridge: Bridge | null = null
const sockets: Socket[] = []
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy()
  await bridge?.close()
  bridge = null
})

async function serve(limits: Partial<BridgeLimits>): Promise<Bridge> {
  bridge = await startBridge({ services: app.services, port: 0, limits })
  return bridge
}

/** A raw connection that sends the request head and `body`, and holds the rest of the body back. */
function holdOpen(b: Bridge, head: string[], body: string): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(b.port, '127.0.0.1', () => {
      socket.write([...head, `Host: 127.0.0.1:${b.port}`, `X-Annalist-Token: ${b.token}`, '', ''].join('\r\n') + body)
      let got = ''
      const answer = new Promise<string>((ok) => {
        socket.on('data', (d: Buffer) => { got += d.toString('latin1') })
        socket.on('close', () => ok(got))
        socket.on('error', () => ok(got))
      })
      resolve({ socket, answer })
    })
    socket.on('error', reject)
    sockets.push(socket)
  })
}

const upload = (b: Bridge, name: string, body: string): Promise<Response> =>
  fetch(`${b.url}/api/upload`, { method: 'POST', headers: { 'X-Annalist-Token': b.token, 'X-File-Name': encodeURIComponent(name) }, body })

const report = (n: number, size: number): string => {
  const head = `某某县第${n}局2021年政府信息公开工作年度报告\n`
  return head + '本年度收到政府信息公开申请3件。'.repeat(Math.ceil(size / 45)).slice(0, Math.max(0, size - Buffer.byteLength(head)) / 3)
}

describe('uploads in flight', () => {
  it('refuses an upload that would pass the cap on uploads held at once, with 413 and a clear message', async () => {
    const b = await serve({ uploadsInFlight: 10_000, upload: 8_000, bodyIdleMs: 60_000 })
    // one upload of 6000 bytes is arriving slowly: its 6000 bytes are reserved from the start
    const slow = await holdOpen(b, ['POST /api/upload HTTP/1.1', 'X-File-Name: slow.txt', 'Content-Length: 6000'], 'x'.repeat(100))
    const refused = await upload(b, 'second.txt', report(2, 5000))
    expect(refused.status).toBe(413)
    expect(refused.headers.get('retry-after')).toBe('2')
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/hold 6 KB already; second\.txt \(5 KB\) would pass the 10 KB they may hold at once/)
    // a smaller one still fits
    const small = await upload(b, 'small.txt', report(3, 3000))
    expect(small.status).toBe(202)
    // one over the per-file limit says so
    const big = await upload(b, 'big.txt', 'x'.repeat(9000))
    expect(big.status).toBe(413)
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/big\.txt is larger than/)
    // the slow one goes away: its reservation is given back
    slow.socket.destroy()
    await slow.answer
    let again: Response | null = null
    for (let i = 0; i < 100; i++) {
      again = await upload(b, 'second.txt', report(2, 5000))
      if (again.status !== 413) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(again?.status).toBe(202)
  })
})

describe('slow request bodies', () => {
  it('answers 408 to a body that stops arriving, and closes the connection', async () => {
    const b = await serve({ bodyIdleMs: 200 })
    const call = await holdOpen(b, ['POST /api/call/library.info HTTP/1.1', 'Content-Type: application/json', 'Content-Length: 10'], '{')
    const answer = await call.answer
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(answer).toMatch(/the request body stopped arriving/)
    const up = await holdOpen(b, ['POST /api/upload HTTP/1.1', 'X-File-Name: a.txt', 'Content-Length: 5000'], 'abc')
    expect(await up.answer).toMatch(/^HTTP\/1\.1 408 /)
  })
})

describe('slow event stream clients', () => {
  it('closes the stream of a client that does not read once its backlog passes the bound; a reading client keeps its own', async () => {
    const b = await serve({ eventBuffer: 256 * 1024 })
    // a client that reads everything
    const ctl = new AbortController()
    const reading = await fetch(`${b.url}/api/events`, { headers: { 'X-Annalist-Token': b.token }, signal: ctl.signal })
    const reader = (reading.body as ReadableStream<Uint8Array>).getReader()
    let received = 0
    const drain = (async () => { for (;;) { const r = await reader.read().catch(() => ({ done: true, value: undefined })); if (r.done) return; received += r.value?.length ?? 0 } })()
    // a client that stops reading after the headers
    const stalled = await holdOpen(b, ['GET /api/events HTTP/1.1'], '')
    stalled.socket.pause()
    for (let i = 0; i < 100 && b.eventStreams() < 2; i++) await new Promise((r) => setTimeout(r, 20))
    expect(b.eventStreams()).toBe(2)
    const ids = Array.from({ length: 20_000 }, (_, i) => i + 1) // about 110 KB of JSON an event
    let sent = 0
    for (; sent < 1000 && b.eventStreams() > 1; sent++) {
      app.services.ctx.events.emit('library.changed', { ids })
      await new Promise((r) => setImmediate(r))
    }
    expect(b.eventStreams()).toBe(1)
    expect(sent).toBeLessThan(1000)
    expect(received).toBeGreaterThan(0)
    ctl.abort()
    await drain
  })
})
