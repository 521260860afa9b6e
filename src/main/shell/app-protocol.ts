/**
 * The privileged `app://annalist/` scheme the window is loaded from: the built renderer's files, and the
 * originals under /api/original/<id> (the same path as the HTTP bridge, so the renderer's PDF viewer
 * fetches the same way in both modes). Nothing is ever fetched from the network.
 */
import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../shared/ipc'
import type { Services } from '../services'
import { CONTENT_TYPES, PAGE_CSP, resolveInside } from '../server/static-files'
import { contentDisposition, originalContentType } from '../server/originals'

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure: a real origin for CSP 'self', fetch() and workers (pdf.js); stream: range reads of large PDFs
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true },
    },
  ])
}

function notFound(what: string): Response {
  return new Response(`not found: ${what}`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

export function handleAppScheme(rendererDir: string, services: () => Services | null, devOrigin: string | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return notFound(url.host)
    const cors: Record<string, string> = devOrigin ? { 'Access-Control-Allow-Origin': devOrigin } : {}
    const original = /^\/api\/original\/(\d+)$/.exec(url.pathname)
    if (original) {
      const s = services()
      if (!s) return new Response('no library open', { status: 503 })
      try {
        const f = s.original(Number(original[1]))
        return new Response(new Uint8Array(f.bytes), {
          headers: {
            'Content-Type': originalContentType(f),
            'Content-Disposition': contentDisposition('inline', f.fileName),
            'Content-Security-Policy': "default-src 'none'; sandbox",
            'X-Content-Type-Options': 'nosniff',
            ...cors,
          },
        })
      } catch {
        return notFound(url.pathname)
      }
    }
    const path = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname)
    if (!path) return notFound(url.pathname)
    const bytes = await readFile(path).catch(() => null)
    if (!bytes) return notFound(url.pathname)
    const ext = extname(path).toLowerCase()
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        ...(ext === '.html' ? { 'Content-Security-Policy': PAGE_CSP } : {}),
      },
    })
  })
}

export function rendererDirOf(appPath: string): string {
  return join(appPath, 'out', 'renderer')
}
