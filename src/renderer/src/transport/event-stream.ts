/**
 * The bridge's Server-Sent Events read with fetch, so that the token goes in a header (EventSource can
 * only put it in the URL). Reconnects after a pause when the stream ends or fails (the server also closes
 * a stream it could not deliver to: issue 10), and stops for good on 401 or when `stop()` is called.
 */
export type EventHandler = (name: string, data: unknown) => void

export interface EventStream { stop(): void }

const RETRY_MS = 2000

/** Splits SSE text into frames; returns the unfinished rest. */
export function parseFrames(buffer: string, onFrame: (name: string, data: string) => void): string {
  let rest = buffer
  let m: RegExpExecArray | null
  while ((m = /\r?\n\r?\n/.exec(rest)) !== null) {
    const frame = rest.slice(0, m.index)
    rest = rest.slice(m.index + m[0].length)
    let name = 'message'
    const data: string[] = []
    for (const line of frame.split(/\r?\n/)) {
      if (line.startsWith('event:')) name = line.slice(6).trim()
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
    }
    if (data.length > 0) onFrame(name, data.join('\n'))
  }
  return rest
}

export function openEventStream(url: string, headers: Record<string, string>, onEvent: EventHandler): EventStream {
  const ctl = new AbortController()
  let stopped = false
  void (async () => {
    while (!stopped) {
      try {
        const res = await fetch(url, { headers, signal: ctl.signal, cache: 'no-store' })
        if (res.status === 401) return
        if (res.ok && res.body) {
          const reader = res.body.getReader()
          const decoder = new TextDecoder()
          let buf = ''
          for (;;) {
            const { value, done } = await reader.read()
            if (done) break
            buf = parseFrames(buf + decoder.decode(value, { stream: true }), (name, data) => {
              try { onEvent(name, JSON.parse(data)) } catch (e) { console.error('annalist event', name, e) }
            })
          }
        }
      } catch {
        /* the server went away or the stream was cut: try again below */
      }
      if (!stopped) await new Promise((r) => setTimeout(r, RETRY_MS))
    }
  })()
  return {
    stop() {
      stopped = true
      ctl.abort()
    },
  }
}
