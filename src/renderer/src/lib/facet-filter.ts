/**
 * The dataset view's facets as parts of the library's list query (issue 13): which key a facet sets, how a
 * value is toggled in it, and how it is labelled. Pure, so the mapping is tested without a browser.
 */
import type { FacetCount, FacetName, ListQuery, Tag } from '../../../shared/contract'
import type { I18n } from '../i18n'
import type { MessageKey } from '../i18n/catalogue'

/** The list query without what only the list uses (sort, paging): what the dataset view counts. */
export function filterOf(q: ListQuery): ListQuery {
  const { sort: _s, desc: _d, offset: _o, limit: _l, ...filter } = q
  return filter
}

function toggled<T>(list: readonly T[] | undefined, v: T): T[] | undefined {
  const cur = list ?? []
  const next = cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v]
  return next.length ? next : undefined
}

/** Whether a facet value is part of the query now. */
export function isChosen(q: ListQuery, facet: FacetName, value: FacetCount['value']): boolean {
  if (value === null) {
    if (facet === 'format') return q.format?.includes('unknown') ?? false
    if (facet === 'warning') return q.hasWarnings === false
    return false
  }
  const list = q[KEY[facet]] as unknown[] | undefined
  return list?.includes(value) ?? false
}

const KEY = {
  status: 'status', year: 'year', format: 'format', kind: 'kind', level: 'level', region: 'region',
  agency: 'agency', tag: 'tag', warning: 'warning',
} as const satisfies Record<FacetName, keyof ListQuery>

/** A value that can be chosen: every value, and "none" where the query can say it (no format, no warning). */
export function canChoose(facet: FacetName, value: FacetCount['value']): boolean {
  return value !== null || facet === 'format' || facet === 'warning'
}

/** The query with `value` added to (or taken from) its facet: values of one facet are alternatives, facets combine. */
export function toggleFacet(q: ListQuery, facet: FacetName, value: FacetCount['value']): ListQuery {
  if (value === null) {
    if (facet === 'format') return { ...q, format: toggled(q.format, 'unknown') }
    if (facet === 'warning') return { ...q, hasWarnings: q.hasWarnings === false ? undefined : false, warning: undefined }
    return q
  }
  const key = KEY[facet]
  const next = toggled(q[key] as unknown[] | undefined, value)
  return { ...q, [key]: next, ...(facet === 'warning' ? { hasWarnings: undefined } : {}) } as ListQuery
}

/** How a facet value is shown: catalogue labels for statuses, formats and levels, tag names, "none". */
export function facetValueLabel(facet: FacetName, value: FacetCount['value'], { t }: Pick<I18n, 't'>, tags: Tag[]): string {
  if (value === null) return facet === 'warning' ? t('ds.noWarning') : facet === 'format' ? t('format.unknown') : t('ds.none')
  if (facet === 'status') return t(`status.${value}` as MessageKey)
  if (facet === 'format') return t(`format.${value}` as MessageKey)
  if (facet === 'level') return t(`level.${value}` as MessageKey)
  if (facet === 'tag') return tags.find((x) => x.id === value)?.name ?? `#${value}`
  if (facet === 'kind') return String(value).toUpperCase()
  return String(value)
}
