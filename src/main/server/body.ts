/** Reading request bodies with a size limit: a body over the limit is refused (413) before it fills memory. */
import type { IncomingMessage } from 'node:http'

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
    this.name = 'HttpError'
  }
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, `request body over ${limit} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const b = chunk as Buffer
    size += b.length
    if (size > limit) {
      req.destroy()
      throw new HttpError(413, `request body over ${limit} bytes`)
    }
    chunks.push(b)
  }
  return Buffer.concat(chunks, size)
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? ''
  if (type && !/^application\/json\b/i.test(type)) throw new HttpError(415, 'send the arguments as application/json')
  const body = await readBody(req, limit)
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON')
  }
}
