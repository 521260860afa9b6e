/**
 * The window's fences, set once for the whole app: no navigation away from the app, no new windows, no
 * webviews, no permissions (camera, notifications, ...), and no request to the network. A report opened
 * from the internet must not be able to reach anything.
 */
import { app, session } from 'electron'
import { APP_ORIGIN, APP_SCHEME } from '../../shared/ipc'
import { rendererUrlFrom } from './packaged-policy'

/** The dev server's origin (electron-vite dev), trusted only in an unpackaged app (packaged-policy). */
export function devRendererUrl(): string | null {
  return rendererUrlFrom(process.env, app.isPackaged)
}

export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false
  if (url.startsWith(`${APP_ORIGIN}/`)) return true
  const dev = devRendererUrl()
  return dev !== null && url.startsWith(new URL(dev).origin + '/')
}

export function installSecurity(): void {
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (ev, url) => { if (!isAppUrl(url)) ev.preventDefault() })
    contents.on('will-redirect', (ev, url) => { if (!isAppUrl(url)) ev.preventDefault() })
    contents.on('will-attach-webview', (ev) => ev.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
  const s = session.defaultSession
  s.setPermissionRequestHandler((_wc, _perm, done) => done(false))
  s.setPermissionCheckHandler(() => false)
  const dev = devRendererUrl()
  const devOrigin = dev ? new URL(dev).origin : null
  s.webRequest.onBeforeRequest((details, done) => {
    const u = details.url
    const allowed = u.startsWith(`${APP_SCHEME}:`) || u.startsWith('devtools:') || u.startsWith('data:') || u.startsWith('blob:')
      || (devOrigin !== null && (u.startsWith(devOrigin) || u.startsWith(devOrigin.replace(/^http/, 'ws'))))
    done({ cancel: !allowed })
  })
}
