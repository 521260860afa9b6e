// The virtual table's page cache: pages fetched once, on demand; old generations dropped.
import { describe, expect, it } from 'vitest'
import { PageCache, type Page } from '../../src/renderer/src/lib/page-cache'
import { rowAt } from '../../src/renderer/src/components/use-list-cache'

/** a list of n numbered rows served a page at a time, with a log of the requests and manual release */
function source(n: number) {
  const calls: [number, number][] = []
  const waiting: (() => void)[] = []
  let hold = false
  const fetcher = (offset: number, limit: number): Promise<Page<number>> => {
    calls.push([offset, limit])
    const rows = Array.from({ length: Math.max(0, Math.min(limit, n - offset)) }, (_, i) => offset + i)
    const answer = { total: n, rows }
    if (!hold) return Promise.resolve(answer)
    return new Promise((ok) => waiting.push(() => ok(answer)))
  }
  return { fetcher, calls, waiting, setHold: (h: boolean) => { hold = h } }
}

describe('PageCache', () => {
  it('fetches the page of a row once and then answers from memory', async () => {
    const src = source(100_000)
    let changes = 0
    const cache = new PageCache(src.fetcher, 100, () => changes++)
    expect(cache.get(250)).toBeUndefined()
    expect(cache.get(299)).toBeUndefined()
    expect(src.calls).toEqual([[200, 100]])
    await cache.load(2)
    expect(cache.get(250)).toBe(250)
    expect(cache.total).toBe(100_000)
    expect(changes).toBe(1)
    expect(src.calls).toHaveLength(1)
  })

  it('reaches the far end of a long list without loading what lies between', async () => {
    const src = source(100_000)
    const cache = new PageCache(src.fetcher, 100)
    await cache.load(999)
    expect(cache.get(99_999)).toBe(99_999)
    expect(src.calls).toEqual([[99_900, 100]])
  })

  it('says whether the total of the last page it received is an estimate', async () => {
    const answers: Page<number>[] = [{ total: 5000, rows: [0, 1], estimated: true }, { total: 4321, rows: [2] }]
    const cache = new PageCache<number>(() => Promise.resolve(answers.shift() as Page<number>), 2)
    await cache.load(0)
    expect([cache.total, cache.estimated]).toEqual([5000, true])
    await cache.load(1)
    expect([cache.total, cache.estimated]).toEqual([4321, false])
  })

  it('drops an answer to an old query after reset', async () => {
    const src = source(1000)
    const cache = new PageCache(src.fetcher, 100)
    src.setHold(true)
    const slow = cache.load(0)
    const other = source(5)
    cache.reset(other.fetcher)
    src.waiting.forEach((w) => w())
    await slow
    expect(cache.get(3)).toBeUndefined()
    await cache.load(0)
    expect(cache.get(3)).toBe(3)
    expect(cache.total).toBe(5)
  })

  it('keeps a bounded number of pages, dropping the farthest', async () => {
    const src = source(10_000)
    const cache = new PageCache(src.fetcher, 10, () => {}, 3)
    for (const p of [0, 1, 2, 50]) await cache.load(p)
    const pages = new Set(cache.loaded().map(([i]) => Math.floor(i / 10)))
    expect(pages.has(50)).toBe(true)
    expect(pages.has(0)).toBe(false)
    expect(pages.size).toBe(3)
  })

  it('after a failure it waits for reset instead of retrying on every read', async () => {
    let n = 0
    const cache = new PageCache<number>(() => { n++; return Promise.reject(new Error('down')) }, 10)
    await cache.load(0)
    expect(cache.error).toBeInstanceOf(Error)
    cache.get(1)
    cache.get(2)
    expect(n).toBe(1)
    cache.reset()
    cache.get(1)
    expect(n).toBe(2)
  })

  it('load() of a page on its way returns the same promise', () => {
    const src = source(100)
    src.setHold(true)
    const cache = new PageCache(src.fetcher, 10)
    expect(cache.load(1)).toBe(cache.load(1))
    expect(src.calls).toHaveLength(1)
  })

  it('rowAt still answers when a library change resets the cache while the row\'s page is on its way (j just after v)', async () => {
    const src = source(300)
    const cache = new PageCache(src.fetcher, 100)
    await cache.load(0)
    src.setHold(true)
    const row = rowAt(cache, 117)
    // the change lands while page 1 is fetched: that answer is dropped
    await Promise.resolve()
    cache.reset()
    src.setHold(false)
    src.waiting.forEach((w) => w())
    expect(await row).toBe(117)
    // past the end there is nothing to wait for
    expect(await rowAt(cache, 300)).toBeUndefined()
  })
})
