/**
 * Reading request bodies with bounds: a body over its size limit is refused (413) before it fills memory,
 * and one that stops sending for `idleMs` is refused (408), so a slow or stalled client cannot hold a
 * request open for long (issue 10). Both errors close the connection: the rest of the body is never read.
 */
import type { IncomingMessage } from 'node:http'

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message)
    this.name = 'HttpError'
  }
  /** the body was left unread: the connection cannot carry another request */
  get closesConnection(): boolean {
    return this.status === 408 || this.status === 411 || this.status === 413
  }
}

export interface BodyLimits {
  /** bytes */
  limit: number
  /** no data for this long: 408 */
  idleMs: number
}

export function readBody(req: IncomingMessage, { limit, idleMs }: BodyLimits): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, `request body over ${limit} bytes`))
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let timer: NodeJS.Timeout | null = null
    const arm = (): void => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => fail(new HttpError(408, `the request body stopped arriving (nothing for ${Math.round(idleMs / 100) / 10} s)`)), idleMs)
    }
    const cleanup = (): void => {
      if (timer) clearTimeout(timer)
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('close', onClose)
    }
    const fail = (e: Error): void => {
      cleanup()
      req.pause()
      reject(e)
    }
    const onData = (b: Buffer): void => {
      size += b.length
      if (size > limit) return fail(new HttpError(413, `request body over ${limit} bytes`))
      chunks.push(b)
      arm()
    }
    const onEnd = (): void => {
      cleanup()
      resolve(Buffer.concat(chunks, size))
    }
    const onError = (e: Error): void => fail(e)
    const onClose = (): void => { if (!req.complete) fail(new HttpError(400, 'the client went away before the body was complete')) }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('close', onClose)
    arm()
  })
}

export async function readJson(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const type = req.headers['content-type'] ?? ''
  if (type && !/^application\/json\b/i.test(type)) throw new HttpError(415, 'send the arguments as application/json')
  const body = await readBody(req, limits)
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON')
  }
}
