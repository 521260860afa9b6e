/**
 * What a packaged (installed) app refuses that a developer's checkout allows, as pure functions so that
 * they are tested without Electron (issue 10): the renderer comes from the app's own files, never from a
 * URL in the environment (ELECTRON_RENDERER_URL would let anyone who can set it load a page with the
 * preload's access to the library), and there are no developer tools.
 */

/** The dev server's URL (electron-vite dev) when it may be used: unpackaged, and only http(s) on loopback. */
export function rendererUrlFrom(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || !raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'
  return (url.protocol === 'http:' || url.protocol === 'https:') && loopback ? raw : null
}

/** Developer tools (menu item, shortcut, webPreferences.devTools) only in an unpackaged app. */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged
}
