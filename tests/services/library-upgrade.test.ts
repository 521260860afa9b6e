/**
 * An older library opened by the app or the browser mode (issue 15): it opens at once, readable, and its
 * texts are upgraded behind the window in small batches, told by library.info and library.upgrade events;
 * the person's requests are answered meanwhile, and a close stops the upgrade, which the next open finishes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiArgs, ApiMethod, ApiResult, LibraryUpgrade } from '../../src/shared/contract'
import { type OpenServices, openServices } from '../../src/main/services/open-library'
import { legacyTextsLeft } from '../../src/main/library/text-repack'
import { writeV8Library } from '../../e2e/support/old-library'
import { tempDir } from '../import/fixtures'

let dir: string
const call = <M extends ApiMethod>(app: OpenServices, m: M, a: ApiArgs<M>): Promise<ApiResult<M>> => app.services.call(m, a) as Promise<ApiResult<M>>
beforeAll(() => { dir = tempDir('annalist-upgrade-') })
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('an older library opened by the app', () => {
  it('opens at once and upgrades its texts behind the window, with progress', async () => {
    const path = join(dir, 'old.annalist')
    writeV8Library(path, 450)
    const app = openServices({ path, mode: 'browser' })
    const seen: LibraryUpgrade[] = []
    const finished = new Promise<void>((resolve) => {
      app.services.ctx.events.subscribe((name, payload) => {
        if (name !== 'library.upgrade') return
        seen.push(payload as LibraryUpgrade)
        if ((payload as LibraryUpgrade).finished) resolve()
      })
    })
    try {
      // open returned with a batch done and the rest to do; the library answers already
      const info = await call(app, 'library.info', undefined)
      expect(info.upgrade).toEqual({ done: 100, total: 450, finished: false })
      const list = await call(app, 'documents.list', { limit: 5, search: '行政复议' })
      expect(list.total).toBe(450)
      await finished
      expect(seen.at(-1)).toEqual({ done: 450, total: 450, finished: true })
      expect(legacyTextsLeft(app.db)).toBe(-1)
      expect((await call(app, 'library.info', undefined)).upgrade).toBeUndefined()
      const doc = await call(app, 'documents.get', { id: 450 })
      expect(doc.raw_text.length).toBeGreaterThan(1000)
    } finally {
      await app.close()
    }
  })

  it('stops at a close and goes on at the next open', async () => {
    const path = join(dir, 'closed.annalist')
    writeV8Library(path, 350)
    const first = openServices({ path, mode: 'browser' })
    await first.close()
    const next = openServices({ path, mode: 'browser' })
    const finished = new Promise<void>((resolve) => next.services.ctx.events.subscribe((name, p) => { if (name === 'library.upgrade' && (p as LibraryUpgrade).finished) resolve() }))
    try {
      const info = await call(next, 'library.info', undefined)
      // the first open did one batch (synchronously) and at most one more before its close
      expect(info.upgrade?.finished).toBe(false)
      expect(legacyTextsLeft(next.db)).toBeGreaterThan(0)
      await finished
      expect(legacyTextsLeft(next.db)).toBe(-1)
      expect((await call(next, 'documents.list', { limit: 1, search: '行政复议' })).total).toBe(350)
    } finally {
      await next.close()
    }
  })
})
