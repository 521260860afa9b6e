/**
 * Rows of the library table fetched a page at a time, on demand, for the virtual table: get(i) answers
 * from the cache or starts the fetch of i's page (once) and answers undefined; onChange fires when a page
 * lands. A new query or a library change calls reset(): pages from an older generation are dropped
 * when they land, so a slow answer to an old query never shows up under a new one.
 */
/** `estimated`: the total is an estimate (documents.list: a search found in most of a very large library) */
export interface Page<T> { total: number; rows: T[]; estimated?: boolean }
export type PageFetcher<T> = (offset: number, limit: number) => Promise<Page<T>>

export class PageCache<T> {
  private pages = new Map<number, T[]>()
  private pending = new Map<number, Promise<void>>()
  private generation = 0
  total: number | null = null
  /** the last page's total was an estimate (shown as 约 / about) */
  estimated = false
  error: unknown = null

  constructor(
    private fetcher: PageFetcher<T>,
    readonly pageSize = 100,
    private onChange: () => void = () => {},
    /** pages kept at most; the farthest from the last request are dropped first */
    private maxPages = 50,
  ) {}

  get(index: number): T | undefined {
    const p = Math.floor(index / this.pageSize)
    const page = this.pages.get(p)
    if (page) return page[index - p * this.pageSize]
    // after a failure, wait for reset() rather than retry on every render
    if (this.error === null) void this.load(p)
    return undefined
  }

  /** the loaded rows as [index, row] pairs (for selection ranges over what is on screen) */
  loaded(): [number, T][] {
    const out: [number, T][] = []
    for (const [p, rows] of this.pages) rows.forEach((r, i) => out.push([p * this.pageSize + i, r]))
    return out.sort((a, b) => a[0] - b[0])
  }

  /** fetch page p unless it is here or on its way; resolves when it has landed (or failed) */
  load(p: number): Promise<void> {
    if (this.pages.has(p)) return Promise.resolve()
    const inFlight = this.pending.get(p)
    if (inFlight) return inFlight
    const promise = this.fetchPage(p)
    this.pending.set(p, promise)
    return promise
  }

  private async fetchPage(p: number): Promise<void> {
    const gen = this.generation
    try {
      const res = await this.fetcher(p * this.pageSize, this.pageSize)
      if (gen !== this.generation) return
      this.total = res.total
      this.estimated = res.estimated === true
      this.pages.set(p, res.rows)
      this.evict(p)
      this.error = null
    } catch (e) {
      if (gen !== this.generation) return
      this.error = e
    } finally {
      if (gen === this.generation) this.pending.delete(p)
    }
    this.onChange()
  }

  reset(fetcher?: PageFetcher<T>): void {
    if (fetcher) this.fetcher = fetcher
    this.generation++
    this.pages.clear()
    this.pending.clear()
    this.error = null
  }

  private evict(near: number): void {
    if (this.pages.size <= this.maxPages) return
    const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near))
    for (const p of far.slice(0, this.pages.size - this.maxPages)) this.pages.delete(p)
  }
}
