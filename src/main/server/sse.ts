/**
 * Server-Sent Events: every ApiEvent to every open stream, until the client goes away. A client that does
 * not read (stalled, or a tab in the background of a slow machine) would make this process buffer every
 * event for it without end: once a stream's unsent output passes `maxBuffer` bytes it is closed, and the
 * page reconnects when it reads again (issue 10).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EventBus } from '../jobs/event-bus'

const KEEPALIVE_MS = 20_000

export function openEventStream(events: EventBus, req: IncomingMessage, res: ServerResponse, streams: Set<ServerResponse>, maxBuffer: number): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  })
  // tells EventSource how long to wait before reconnecting, and flushes the headers at once
  res.write('retry: 2000\n\n')
  const send = (text: string): void => {
    // ended (the server closing its streams) but not yet closed: an event in between must not be written
    if (res.destroyed || res.writableEnded) return
    res.write(text)
    if (res.writableLength > maxBuffer) {
      close()
      res.destroy()
    }
  }
  const unsubscribe = events.subscribe((name, payload) => send(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`))
  const keepalive = setInterval(() => send(': keepalive\n\n'), KEEPALIVE_MS)
  streams.add(res)
  function close(): void {
    clearInterval(keepalive)
    unsubscribe()
    streams.delete(res)
  }
  req.on('close', close)
  res.on('close', close)
}
