/**
 * The browser mode's access token, kept by the page only: read once from the address `annalist serve`
 * printed (`?token=`), then kept in sessionStorage (this tab, until it closes; a reload keeps working) and
 * taken out of the address bar, so it is not left in history or a bookmark. It travels only in the
 * X-Annalist-Token header of this page's own requests: never in a cookie (cookies ignore ports, and the
 * browser would send it to any server on 127.0.0.1) nor in a URL (issue 10).
 */
const KEY = 'annalist.token'

export function takePageToken(): string {
  if (typeof location === 'undefined') return ''
  const url = new URL(location.href)
  const given = url.searchParams.get('token')
  if (given !== null) {
    try { sessionStorage.setItem(KEY, given) } catch { /* storage off: the token lives in memory only */ }
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    return given
  }
  try {
    return sessionStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}
