/** Filters over the list: status, year, format, tag, has-issues. Each is a small toggle group. */
import { useEffect, useState } from 'react'
import type { DocStatus, ListQuery, SavedSearch, Tag } from '../../../../shared/contract'
import { useClient } from '../../transport/get-client'
import { DOC_STATUSES } from '../../../../shared/contract'
import { REPORT_FORMATS, type ReportFormat } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { TagChip } from './TagChip'

interface Props { query: ListQuery; setQuery(f: (q: ListQuery) => ListQuery): void; tags: Tag[]; version?: number }

function toggle<T>(list: T[] | undefined, v: T): T[] | undefined {
  const cur = list ?? []
  const next = cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v]
  return next.length ? next : undefined
}

export function FilterBar({ query, setQuery, tags, version }: Props) {
  const { t } = useI18n()
  const client = useClient()
  // the saved searches (smart lists, issue 13), each with its count now
  const [saved, setSaved] = useState<SavedSearch[]>([])
  useEffect(() => {
    let live = true
    client.call('saved.list', undefined).then((s) => { if (live) setSaved(s) }, () => { if (live) setSaved([]) })
    return () => { live = false }
  }, [client, version])
  const formats: (ReportFormat | 'unknown')[] = [...REPORT_FORMATS, 'unknown']
  // what the dataset view's facets chose that this bar has no control for: shown, and removable one by one
  const facetChips = (['agency', 'region', 'level', 'kind', 'warning'] as const).flatMap((key) => (query[key] ?? []).map((v) => [key, String(v)] as const))
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: thisYear - 2007 }, (_, i) => thisYear - 1 - i)
  return (
    <div className="filters" data-testid="filters">
      {(saved.length > 0 || query.saved !== undefined) && (
        <>
          <h3>{t('lib.filter.saved')}</h3>
          <select value={query.saved ?? ''} aria-label={t('lib.filter.saved')} data-testid="saved-filter"
            onChange={(e) => { const id = Number(e.target.value); setQuery((q) => ({ ...q, saved: id || undefined })) }}>
            <option value="">{t('lib.filter.savedNone')}</option>
            {saved.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.count})</option>)}
          </select>
        </>
      )}
      {facetChips.length > 0 && (
        <>
          <h3>{t('app.dataset')}</h3>
          <div className="chips" data-testid="dataset-filters">
            {facetChips.map(([key, v]) => (
              <button key={`${key}:${v}`} type="button" className="chip on" title={t('ds.clear')}
                onClick={() => setQuery((q) => { const next = (q[key] as string[] | undefined)?.filter((x) => x !== v); return { ...q, [key]: next?.length ? next : undefined } })}>{v} ×</button>
            ))}
            {query.conditions?.length ? (
              <button type="button" className="chip on" onClick={() => setQuery((q) => ({ ...q, conditions: undefined }))}>{t('ds.cond.title')}: {query.conditions.length} ×</button>
            ) : null}
          </div>
        </>
      )}
      <h3>{t('lib.filter.status')}</h3>
      <div className="chips">
        {DOC_STATUSES.map((s: DocStatus) => (
          <button key={s} type="button" className={`chip status-${s} ${query.status?.includes(s) ? 'on' : ''}`}
            onClick={() => setQuery((q) => ({ ...q, status: toggle(q.status, s) }))}>{t(`status.${s}` as MessageKey)}</button>
        ))}
      </div>
      <h3>{t('lib.filter.format')}</h3>
      <div className="chips">
        {formats.map((f) => (
          <button key={f} type="button" className={`chip ${query.format?.includes(f) ? 'on' : ''}`}
            onClick={() => setQuery((q) => ({ ...q, format: toggle(q.format, f) }))}>{t(`format.${f}` as MessageKey)}</button>
        ))}
      </div>
      <h3>{t('lib.filter.year')}</h3>
      <select value={query.year?.[0] ?? ''} aria-label={t('lib.filter.year')}
        onChange={(e) => { const y = Number(e.target.value); setQuery((q) => ({ ...q, year: y ? [y] : undefined })) }}>
        <option value="">{t('lib.filter.any')}</option>
        {years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
      <label className="check">
        <input type="checkbox" checked={query.hasWarnings ?? false}
          onChange={(e) => { const on = e.target.checked; setQuery((q) => ({ ...q, hasWarnings: on || undefined })) }} />
        {t('lib.filter.hasWarnings')}
      </label>
      {tags.length > 0 && <h3>{t('lib.filter.tag')}</h3>}
      <div className="chips">
        {tags.map((tag) => (
          <TagChip key={tag.id} tag={tag} active={query.tag?.includes(tag.id)}
            onClick={() => setQuery((q) => ({ ...q, tag: toggle(q.tag, tag.id) }))} />
        ))}
      </div>
      <button type="button" className="link" onClick={() => setQuery((q) => ({ sort: q.sort, desc: q.desc, search: q.search }))}>
        {t('lib.filter.clear')}
      </button>
    </div>
  )
}
