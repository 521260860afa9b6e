/**
 * The renderer's HTTP transport against the real bridge: events arrive over the fetch-read stream with the
 * token in a header, and the original and download URLs it hands to pdf.js and to links are one-file
 * tickets that open without the token (and carry no token). Tickets expire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobEnd } from '../../src/shared/contract'
import { type Bridge, startBridge } from '../../src/main/server/http-server'
import { Tickets } from '../../src/main/server/tickets'
import type { OpenServices } from '../../src/main/services/open-library'
import { createHttpClient } from '../../src/renderer/src/transport/http-client'
import { parseFrames } from '../../src/renderer/src/transport/event-stream'
import { makeTestLibrary, open, type TestLibrary } from '../services/service-fixtures'

let lib: TestLibrary
let app: OpenServices
let bridge: Bridge
beforeAll(async () => {
  lib = await makeTestLibrary(1)
  app = open(lib)
  bridge = await startBridge({ services: app.services, port: 0 })
})
afterAll(async () => {
  await bridge?.close()
  await app?.close()
  lib?.cleanup()
})

describe('the browser transport', () => {
  it('follows an export by its events and downloads it through a ticket URL', async () => {
    const client = createHttpClient(bridge.url, bridge.token)
    const ended = new Promise<JobEnd>((resolve) => { client.on('job.end', (e) => resolve(e)) })
    for (let i = 0; i < 100 && bridge.eventStreams() === 0; i++) await new Promise((r) => setTimeout(r, 20))
    const { job } = await client.call('export.start', { format: 'csv', scope: 'all' })
    const end = await ended
    expect(end).toMatchObject({ job, kind: 'export' })
    const url = await (client.downloadUrl as (j: string) => Promise<string>)(job)
    expect(url).not.toContain(bridge.token)
    expect(url).toMatch(new RegExp(`/api/download/${job}\\?ticket=`))
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect((await res.text()).split('\n').length).toBeGreaterThan(2)
  })

  it('hands out an original URL that opens without the token', async () => {
    const client = createHttpClient(bridge.url, bridge.token)
    const url = await client.originalUrl(1)
    expect(url).not.toContain(bridge.token)
    expect((await fetch(url)).status).toBe(200)
  })
})

describe('tickets', () => {
  it('open their one path until they expire', () => {
    let now = 1000
    const t = new Tickets({ ttlMs: 60_000, now: () => now })
    const a = t.mint('/api/original/1')
    expect(t.opens(a, '/api/original/1')).toBe(true)
    expect(t.opens(a, '/api/original/12')).toBe(false)
    expect(t.opens('nope', '/api/original/1')).toBe(false)
    now += 60_000
    expect(t.opens(a, '/api/original/1')).toBe(false)
  })

  it('keep a bounded number at once, the oldest going first', () => {
    const t = new Tickets({ max: 2 })
    const [a, b, c] = ['/api/original/1', '/api/original/2', '/api/original/3'].map((p) => t.mint(p))
    expect(t.opens(a, '/api/original/1')).toBe(false)
    expect(t.opens(b, '/api/original/2')).toBe(true)
    expect(t.opens(c, '/api/original/3')).toBe(true)
  })
})

describe('SSE frames', () => {
  it('splits frames, skips comments and keeps the unfinished rest', () => {
    const got: [string, string][] = []
    const rest = parseFrames('retry: 2000\n\n: keepalive\n\nevent: job.end\ndata: {"a":1}\n\nevent: x\ndata: 1', (n, d) => got.push([n, d]))
    expect(got).toEqual([['job.end', '{"a":1}']])
    expect(rest).toBe('event: x\ndata: 1')
  })
})
