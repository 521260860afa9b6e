/**
 * The library list as a PageCache bound to the current query: a new query or a change in the library
 * (version) starts a fresh generation; `tick` re-renders when pages land.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react'
import type { AnnalistClient, DocumentRow, ListQuery } from '../../../shared/contract'
import { PageCache, type PageFetcher } from '../lib/page-cache'

export function listFetcher(client: AnnalistClient, query: ListQuery): PageFetcher<DocumentRow> {
  return (offset, limit) => client.call('documents.list', { ...query, offset, limit })
}

export function useListCache(client: AnnalistClient, query: ListQuery, version: number): { cache: PageCache<DocumentRow>; tick: number } {
  const [tick, rerender] = useReducer((x: number) => x + 1, 0)
  const ref = useRef<PageCache<DocumentRow> | null>(null)
  if (!ref.current) ref.current = new PageCache(listFetcher(client, query), 100, rerender)
  const cache = ref.current
  const key = useMemo(() => JSON.stringify(query), [query])
  const first = useRef(true)
  useEffect(() => {
    if (first.current) { first.current = false; void cache.load(0); return }
    cache.reset(listFetcher(client, query))
    void cache.load(0)
    rerender()
    // query is captured through key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, version, cache])
  return { cache, tick }
}

/**
 * The row at `index`, fetching its page when needed. A library change (a save, `v`) resets the cache; a
 * page whose fetch was under way is then dropped when it lands, so the page is asked again: without that,
 * `j` pressed just after a change on a row past the first page was lost (the review-effort bench met it).
 */
export async function rowAt<T>(cache: PageCache<T>, index: number): Promise<T | undefined> {
  for (let tries = 0; tries < 5; tries++) {
    const hit = cache.get(index)
    if (hit) return hit
    if (cache.total !== null && index >= cache.total) return undefined
    await cache.load(Math.floor(index / cache.pageSize))
  }
  return cache.get(index)
}
