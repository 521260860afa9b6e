/**
 * The built renderer (out/renderer) as static files, with content types and the page's security headers.
 * Paths are resolved inside the folder and anything that escapes it is refused.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

/**
 * The page's Content-Security-Policy, one directive per reason:
 * - default-src 'self': nothing from outside this server (the app is offline by design);
 * - script-src 'self': no inline script, no eval;
 * - style-src 'self' 'unsafe-inline': React and pdf.js set inline styles; styles cannot run code;
 * - img-src data: blob:: page thumbnails and pdf.js canvases turned into images;
 * - font-src data:: pdf.js loads embedded PDF fonts as data URLs;
 * - worker-src blob:: pdf.js starts its worker from a blob URL when it cannot load the file directly;
 * - object-src/base-uri/form-action/frame-ancestors: closed, nothing here needs them.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
}

/** The file under `root` that `urlPath` names, or null when it would leave the folder. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const rel = normalize(decoded).replace(/^([/\\])+/, '')
  const full = join(root, rel)
  const rootWithSep = root.endsWith(sep) ? root : root + sep
  return full === root || full.startsWith(rootWithSep) ? full : null
}

/** Serves one file; answers 404 itself when there is none. Returns false when nothing was found. */
export async function serveStatic(res: ServerResponse, root: string, urlPath: string, extraHeaders: Record<string, string> = {}): Promise<boolean> {
  let path = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath)
  if (!path) return false
  let st = await stat(path).catch(() => null)
  // A path without an extension is a client-side route: serve the page.
  if ((!st || st.isDirectory()) && !extname(urlPath)) {
    path = join(root, 'index.html')
    st = await stat(path).catch(() => null)
  }
  if (!st || !st.isFile()) return false
  const ext = extname(path).toLowerCase()
  const isPage = ext === '.html'
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Content-Length': String(st.size),
    'X-Content-Type-Options': 'nosniff',
    // Assets carry content hashes in their names; the page must always be fresh to pick them up.
    'Cache-Control': isPage ? 'no-store' : 'private, max-age=3600',
    ...(isPage ? { 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Opener-Policy': 'same-origin' } : {}),
    ...extraHeaders,
  })
  await new Promise<void>((resolve, reject) => {
    createReadStream(path).on('error', reject).pipe(res).on('finish', resolve).on('close', resolve)
  })
  return true
}
