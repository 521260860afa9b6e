/** Server-Sent Events: every ApiEvent to every open stream, until the client goes away. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EventBus } from '../jobs/event-bus'

const KEEPALIVE_MS = 20_000

export function openEventStream(events: EventBus, req: IncomingMessage, res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  })
  // tells EventSource how long to wait before reconnecting, and flushes the headers at once
  res.write('retry: 2000\n\n')
  const unsubscribe = events.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS)
  streams.add(res)
  const close = (): void => {
    clearInterval(keepalive)
    unsubscribe()
    streams.delete(res)
  }
  req.on('close', close)
  res.on('close', close)
}
