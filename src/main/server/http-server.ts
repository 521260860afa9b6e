/**
 * The loopback HTTP bridge (browser mode, end-to-end tests): node:http on 127.0.0.1 only, a fresh token
 * per run. See routes.ts for the wire protocol. `close()` ends the event streams and stops listening; the
 * caller still owns the services and the library (it shuts those down after).
 */
import { existsSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Services } from '../services'
import { newToken } from './auth'
import { type BridgeLimits, DEFAULT_LIMITS, failure, handle } from './routes'
import { Tickets } from './tickets'
import { UploadBudget } from './upload-budget'

export interface BridgeOptions {
  services: Services
  /** 0 picks a free port */
  port?: number
  /** the built renderer (a folder holding index.html); missing or null: the API only */
  rendererDir?: string | null
  /** for tests: a fixed token */
  token?: string
  /** resource bounds; tests pass small ones */
  limits?: Partial<BridgeLimits>
}

export interface Bridge {
  url: string
  /** the page address with its token: what `annalist serve` prints */
  pageUrl: string
  port: number
  token: string
  rendererAvailable: boolean
  /** event streams open now */
  eventStreams(): number
  close(): Promise<void>
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? newToken()
  const rendererDir = opts.rendererDir && existsSync(join(opts.rendererDir, 'index.html')) ? opts.rendererDir : null
  const streams = new Set<ServerResponse>()
  let port = 0
  const limits: BridgeLimits = { ...DEFAULT_LIMITS, ...opts.limits }
  const rc = { services: opts.services, token, port: () => port, rendererDir, streams, tickets: new Tickets(), limits, uploads: new UploadBudget(limits.uploadsInFlight) }
  const server = createServer((req, res) => {
    handle(rc, req, res).catch((e: unknown) => failure(res, e))
  })
  // a slow or stalled client cannot hold a connection for ever (a stalled body: 408 from readBody)
  server.requestTimeout = 10 * 60_000
  server.headersTimeout = 30_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => { server.off('error', reject); resolve() })
  })
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    pageUrl: `${url}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    rendererAvailable: rendererDir !== null,
    eventStreams: () => streams.size,
    async close() {
      for (const s of streams) s.end()
      streams.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
