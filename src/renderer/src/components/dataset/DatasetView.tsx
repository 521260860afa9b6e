/**
 * The dataset view (issue 13), beside the library and the desk (Shift+D): facets over the library's own
 * filter (so "list these documents" is the library with the same query), saved searches, the figures per
 * year as charts and the coverage grid of agencies × years. Every change of the library refreshes it.
 */
import { useCallback, useEffect, useState } from 'react'
import type { DatasetView as ViewData, ListQuery, SavedFilter, SavedSearch, SplitBy, Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import { filterOf } from '../../lib/facet-filter'
import { useClient } from '../../transport/get-client'
import { CoverageGrid } from './CoverageGrid'
import { FacetPanel } from './FacetPanel'
import { SavedSearches } from './SavedSearches'
import { YearCharts } from './YearCharts'
import './dataset.css'

interface Props {
  query: ListQuery
  setQuery(f: (q: ListQuery) => ListQuery): void
  tags: Tag[]
  version: number
  fail(e: unknown): void
  info(text: string): void
  /** the library list, with the query as it is */
  onList(): void
  onOpen(id: number): void
}

const GRID_LIMIT = 40

export function DatasetView({ query, setQuery, tags, version, fail, info, onList, onOpen }: Props) {
  const client = useClient()
  const { t } = useI18n()
  const [data, setData] = useState<ViewData | null>(null)
  const [saved, setSaved] = useState<SavedSearch[]>([])
  const [gridOffset, setGridOffset] = useState(0)
  // the requests chart split by level or region (asked of the service only when chosen)
  const [split, setSplit] = useState<SplitBy | null>(null)
  const [savedVersion, setSavedVersion] = useState(0)
  const filter = JSON.stringify(filterOf(query))

  // a new filter starts the grid at its first page
  useEffect(() => setGridOffset(0), [filter])
  useEffect(() => {
    let live = true
    client.call('dataset.view', { filter: JSON.parse(filter) as ListQuery, gridOffset, gridLimit: GRID_LIMIT, ...(split ? { split } : {}) })
      .then((v) => { if (live) setData(v) }, fail)
    return () => { live = false }
  }, [client, filter, gridOffset, split, version, fail])
  useEffect(() => {
    let live = true
    client.call('saved.list', undefined).then((s) => { if (live) setSaved(s) }, fail)
    return () => { live = false }
  }, [client, version, savedVersion, fail])

  const save = useCallback((name: string, f: SavedFilter) => {
    client.call('saved.save', { name, filter: f }).then((s) => {
      setSavedVersion((v) => v + 1)
      setQuery((q) => ({ sort: q.sort, desc: q.desc, saved: s.id }))
      info(t('ds.saved.saved', { name: s.name, count: s.count }))
    }, fail)
  }, [client, setQuery, info, fail, t])
  const remove = useCallback((s: SavedSearch) => {
    client.call('saved.delete', { id: s.id }).then(() => {
      setSavedVersion((v) => v + 1)
      setQuery((q) => (q.saved === s.id ? { sort: q.sort, desc: q.desc } : q))
    }, fail)
  }, [client, setQuery, fail])

  const using = saved.find((s) => s.id === query.saved)
  return (
    <div className="dataset-view" data-testid="dataset-view">
      <aside className="ds-side" aria-label={t('ds.facets')}>
        <SavedSearches saved={saved} query={query} setQuery={setQuery} onSave={save} onDelete={remove} />
        {data && <FacetPanel facets={data.facets} query={query} setQuery={setQuery} tags={tags} />}
      </aside>
      <main className="ds-main">
        <div className="ds-summary">
          <strong data-testid="ds-total">{data ? t('ds.total', { total: data.total.toLocaleString() }) : t('app.loading')}</strong>
          {using && <span className="hint">{t('ds.saved.active', { name: using.name })}</span>}
          <button type="button" onClick={onList} data-testid="ds-list">{t('ds.openList')}</button>
          <button type="button" className="link" data-testid="ds-clear" onClick={() => setQuery((q) => ({ sort: q.sort, desc: q.desc }))}>{t('ds.clear')}</button>
        </div>
        {data && (
          <YearCharts years={data.years} split={data.split} splitBy={split} onSplit={setSplit} onYear={(y, part) => {
            // a split series' point lists that year's documents of its level or region (the others: the year's)
            const narrow = part && part.key !== null ? { [part.by]: [part.key] } : {}
            setQuery((q) => ({ ...q, year: [y], ...narrow })); onList()
          }} />
        )}
        {data && <CoverageGrid grid={data.grid} limit={GRID_LIMIT} onPage={setGridOffset} onOpen={onOpen} />}
      </main>
    </div>
  )
}
