/**
 * What the Export panel lets a person choose, and how those choices become an ExportSettings: a pure
 * mapping, so that the panel's meaning is tested without rendering it.
 */
import type { ExportFormat, ExportSettings, FieldGroupChoice, ListQuery } from '../../../../shared/contract'
import { ALL_FIELDS } from '../../../../shared/fields'

export type ScopeChoice = 'all' | 'filter' | 'selection' | 'verified'

export interface ExportChoices {
  format: ExportFormat
  scope: ScopeChoice
  groups: FieldGroupChoice[]
  labels: boolean
  provenance: boolean
  /** CSV text cells that start like a formula get a leading ' (on unless someone wants the exact text) */
  formulaGuard: boolean
  /** one row per report: the copies of one report folded, each value naming its source copy (issue 13) */
  byGroup: boolean
}

/** Format names are names, the same in both languages. */
export const FORMATS: readonly { id: ExportFormat; name: string }[] = [
  { id: 'csv', name: 'CSV' },
  { id: 'xlsx', name: 'XLSX' },
  { id: 'jsonl', name: 'JSON Lines' },
  { id: 'bagit', name: 'BagIt' },
]
export const SCOPES: readonly ScopeChoice[] = ['all', 'filter', 'selection', 'verified']
/** The field dictionary's groups, in its order. */
export const GROUPS: readonly FieldGroupChoice[] = [...new Set(ALL_FIELDS.map((f) => f.group))]

const GROUP_SIZES = new Map<FieldGroupChoice, number>()
for (const f of ALL_FIELDS) GROUP_SIZES.set(f.group, (GROUP_SIZES.get(f.group) ?? 0) + 1)
export function groupSize(g: FieldGroupChoice): number {
  return GROUP_SIZES.get(g) ?? 0
}

/** The second row of Chinese labels exists where a CSV table is written (a bag holds one). */
export function labelsApply(format: ExportFormat): boolean {
  return format === 'csv' || format === 'bagit'
}

/** The list's filters without its paging and sort: an export takes every document the filter lists. */
export function filterOf(q: ListQuery): ListQuery {
  const filter: ListQuery = { ...q }
  delete filter.sort
  delete filter.desc
  delete filter.offset
  delete filter.limit
  return filter
}

export function hasFilter(q: ListQuery): boolean {
  const f = filterOf(q)
  return Boolean(f.status?.length || f.year?.length || f.format?.length || f.tag?.length || f.hasWarnings !== undefined || f.search?.trim())
}

/** Where the panel starts: the selection if there is one, else the filter if one is set, else all. */
export function initialChoices(q: ListQuery, selected: number): ExportChoices {
  return {
    format: 'csv',
    scope: selected > 0 ? 'selection' : hasFilter(q) ? 'filter' : 'all',
    groups: [...GROUPS],
    labels: false,
    provenance: false,
    formulaGuard: true,
    byGroup: false,
  }
}

/**
 * The request for these choices, or null when there is nothing to ask (no group chosen, or the
 * selection scope with nothing selected).
 */
export function toRequest(c: ExportChoices, query: ListQuery, selected: readonly number[]): ExportSettings | null {
  if (c.groups.length === 0) return null
  const base = {
    format: c.format,
    // in dictionary order whatever the clicking order, so equal choices make equal requests
    groups: GROUPS.filter((g) => c.groups.includes(g)),
    labels: labelsApply(c.format) && c.labels,
    provenanceColumns: c.provenance,
    // only sent when off, so the usual request stays as it was
    ...(labelsApply(c.format) && !c.formulaGuard ? { formulaGuard: false } : {}),
    ...(c.byGroup ? { byGroup: true } : {}),
  }
  switch (c.scope) {
    case 'all': return { ...base, scope: 'all' }
    case 'verified': return { ...base, scope: 'verified' }
    case 'filter': return { ...base, scope: 'filter', filter: filterOf(query) }
    case 'selection': return selected.length > 0 ? { ...base, scope: 'ids', ids: [...selected].sort((a, b) => a - b) } : null
  }
}
