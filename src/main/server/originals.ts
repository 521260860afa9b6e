/**
 * An original file over HTTP. HTML originals are the pages the reports were scraped from: they go out
 * with a sandboxing CSP so that nothing in them can run or load anything under this origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { OriginalFile } from '../services'

/** An image original's type from its first bytes (PNG, JPEG or TIFF: what detect-kind takes as 'image'). */
function imageType(bytes: Uint8Array | undefined): string {
  if (bytes && bytes[0] === 0x89 && bytes[1] === 0x50) return 'image/png'
  if (bytes && bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg'
  return 'image/tiff'
}

export function originalContentType(f: Pick<OriginalFile, 'kind' | 'encoding' | 'format'> & { bytes?: Uint8Array }): string {
  // an original read like another kind goes out as what it is (issue 14)
  if (f.format === 'doc') return 'application/msword'
  if (f.format === 'wps') return 'application/vnd.ms-works'
  if (f.format === 'mhtml') return 'multipart/related'
  switch (f.kind) {
    case 'pdf': return 'application/pdf'
    case 'docx': return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    case 'txt': return `text/plain; charset=${f.encoding ?? 'utf-8'}`
    case 'html': return `text/html; charset=${f.encoding ?? 'utf-8'}`
    case 'image': return imageType(f.bytes)
  }
}

export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

export function sendOriginal(res: ServerResponse, f: OriginalFile, req: IncomingMessage): void {
  res.writeHead(200, {
    'Content-Type': originalContentType(f),
    'Content-Length': String(f.bytes.length),
    'Content-Disposition': contentDisposition('inline', f.fileName),
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=3600',
  })
  res.end(req.method === 'HEAD' ? undefined : f.bytes)
}
