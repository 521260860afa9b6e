// @vitest-environment happy-dom
// The page's token: taken from ?token= once, kept in the tab's sessionStorage, gone from the address bar.
import { expect, it } from 'vitest'
import { takePageToken } from '../../src/renderer/src/transport/page-token'

it('takes the token from the address, removes it from there, and keeps it for a reload', () => {
  sessionStorage.clear()
  history.replaceState(null, '', '/review/3?token=abc-123&x=1#f')
  expect(takePageToken()).toBe('abc-123')
  expect(location.pathname + location.search + location.hash).toBe('/review/3?x=1#f')
  expect(document.cookie).toBe('')
  // a reload: the address has no token now, the tab still has it
  expect(takePageToken()).toBe('abc-123')
})
