/**
 * Which fields the review screen shows for a document, in which order: every document and headline
 * field, then the standard tables that match the document's format or hold a value. The flat order is
 * what n / Tab walk through.
 */
import type { DocumentDetail, FieldState } from '../../../shared/contract'
import {
  ALL_FIELDS, DOCUMENT_FIELDS, HEADLINE_FIELDS, T2_FIELDS, T2V19_FIELDS, T3_FIELDS, T3_ROWS_2021_ONLY, T4_FIELDS,
  type FieldDef, type FieldGroup,
} from '../../../shared/fields'

export const TABLE_GROUPS: readonly FieldGroup[] = ['t2', 't2v19', 't3', 't4']

export function fieldStates(detail: Pick<DocumentDetail, 'fields'>): Map<string, FieldState> {
  return new Map(detail.fields.map((f) => [f.field, f]))
}

export function visibleGroups(detail: Pick<DocumentDetail, 'fields'>): FieldGroup[] {
  const states = fieldStates(detail)
  const format = states.get('format')?.value ?? null
  const has = (defs: readonly FieldDef[]) => defs.some((d) => {
    const s = states.get(d.id)
    return s !== undefined && s.value !== null
  })
  const out: FieldGroup[] = ['document', 'headline']
  if (format === 'standard-2021' || has(T2_FIELDS)) out.push('t2')
  if (format === 'standard-2019' || has(T2V19_FIELDS)) out.push('t2v19')
  if (format === 'standard-2019' || format === 'standard-2021' || has(T3_FIELDS)) out.push('t3')
  if (format === 'standard-2019' || format === 'standard-2021' || has(T4_FIELDS)) out.push('t4')
  return out
}

/** the 2019 table 三 has no 三（六）1-3 rows: hide them unless a value is there */
export function hiddenT3Rows(detail: Pick<DocumentDetail, 'fields'>): Set<string> {
  const states = fieldStates(detail)
  if (states.get('format')?.value === 'standard-2021') return new Set()
  const hidden = new Set<string>()
  for (const row of T3_ROWS_2021_ONLY) {
    const any = T3_FIELDS.some((f) => f.id.startsWith(`t3.${row}.`) && (states.get(f.id)?.value ?? null) !== null)
    if (!any) hidden.add(row)
  }
  return hidden
}

export function orderedFieldIds(detail: Pick<DocumentDetail, 'fields'>): string[] {
  const groups = new Set(visibleGroups(detail))
  const hidden = hiddenT3Rows(detail)
  return ALL_FIELDS
    .filter((f) => groups.has(f.group))
    .filter((f) => !(f.group === 't3' && hidden.has(f.id.split('.')[1])))
    .map((f) => f.id)
}

export const GROUP_FIELDS: Record<'document' | 'headline', readonly FieldDef[]> = {
  document: DOCUMENT_FIELDS,
  headline: HEADLINE_FIELDS,
}

/** field ids with a warning (any severity), from the document's stored warnings */
export function fieldsWithWarnings(detail: Pick<DocumentDetail, 'warnings'>): Set<string> {
  const out = new Set<string>()
  // a dismissed warning no longer asks for attention (issue 11): `n` skips its fields
  for (const w of detail.warnings) if (w.state !== 'dismissed') for (const f of w.fields ?? []) out.add(f)
  return out
}

/** the next field after `current` (wrapping) that has a warning; null if none */
export function nextWarningField(order: readonly string[], warned: ReadonlySet<string>, current: string | null): string | null {
  if (warned.size === 0) return null
  const start = current ? order.indexOf(current) : -1
  for (let k = 1; k <= order.length; k++) {
    const id = order[(start + k + order.length) % order.length]
    if (warned.has(id)) return id
  }
  return null
}

export type FieldMove = 'up' | 'down' | 'left' | 'right' | 'first' | 'last'

/**
 * The arrows inside the fields pane (issue 11): in the document and headline lists ↑/← and ↓/→ go to the
 * previous / next field; in a table grid ←/→ go along the row and ↑/↓ to the same column in the row
 * above / below, leaving the table at its first or last row for the field before / after it. Never wraps.
 */
export function moveField(order: readonly string[], current: string | null, move: FieldMove): string | null {
  if (order.length === 0) return null
  if (move === 'first') return order[0]
  if (move === 'last') return order[order.length - 1]
  const i = current ? order.indexOf(current) : -1
  if (i < 0) return order[0]
  const step = (k: number) => order[Math.min(Math.max(k, 0), order.length - 1)]
  if (move === 'left') return step(i - 1)
  if (move === 'right') return step(i + 1)
  const parts = order[i].split('.')
  if (parts.length < 3) return step(move === 'down' ? i + 1 : i - 1)
  const [group, row, col] = parts
  const inGroup = (id: string) => id.startsWith(`${group}.`)
  const sameColumn = (id: string) => inGroup(id) && id.endsWith(`.${col}`) && id.split('.')[1] !== row
  if (move === 'down') {
    for (let k = i + 1; k < order.length; k++) if (sameColumn(order[k])) return order[k]
    for (let k = i + 1; k < order.length; k++) if (!inGroup(order[k])) return order[k]
    return order[i]
  }
  for (let k = i - 1; k >= 0; k--) if (sameColumn(order[k])) return order[k]
  for (let k = i - 1; k >= 0; k--) if (!inGroup(order[k])) return order[k]
  return order[i]
}
