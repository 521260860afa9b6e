/**
 * A small MIME reader for MHTML (RFC 2557: a multipart/related message holding a page and its images):
 * headers unfolded, the boundary from Content-Type, each part's body decoded from quoted-printable or
 * base64 to bytes. Nested multiparts are walked. Enough for what browsers save; no dependency needed.
 */
export interface MimePart {
  headers: Map<string, string>
  /** decoded body (transfer encoding undone; charset not applied) */
  body: Buffer
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

/** A parameter of a header value (`boundary`, `charset`), quoted or not. */
export function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value)
  return m ? (m[1] ?? m[2]) : null
}

export function decodeQuotedPrintable(s: string): Buffer {
  const out: number[] = []
  const text = s.replace(/=\r?\n/g, '')
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      out.push(c & 0xff)
    }
  }
  return Buffer.from(out)
}

function decodeBody(raw: string, encoding: string | undefined): Buffer {
  const e = (encoding ?? '').toLowerCase()
  if (e === 'base64') return Buffer.from(raw.replace(/\s+/g, ''), 'base64')
  if (e === 'quoted-printable') return decodeQuotedPrintable(raw)
  return Buffer.from(raw, 'latin1')
}

/** Splits a message (as latin1 text, so bytes survive) into its leaf parts. */
export function mimeParts(message: string): MimePart[] {
  const split = /\r?\n\r?\n/.exec(message)
  const headers = parseHeaders(split ? message.slice(0, split.index) : message)
  const body = split ? message.slice(split.index + split[0].length) : ''
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = headerParam(type, 'boundary')
  if (!/^multipart\//i.test(type) || !boundary) return [{ headers, body: decodeBody(body, headers.get('content-transfer-encoding')) }]
  const out: MimePart[] = []
  const pieces = body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*(?:\\r?\\n|$)`))
  // pieces[0] is the preamble; a piece after the closing delimiter is the epilogue (no headers: dropped)
  for (const piece of pieces.slice(1)) if (/\S/.test(piece) && /^[\w-]+\s*:/.test(piece)) out.push(...mimeParts(piece))
  return out
}
