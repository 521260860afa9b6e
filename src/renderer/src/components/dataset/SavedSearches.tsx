/**
 * Saved searches (smart lists, issue 13): the saved ones with their counts now (click to use one), the
 * field conditions of the current filter, and a name to save the current filter under.
 */
import { useState } from 'react'
import type { ConditionOp, FieldCondition, ListQuery, SavedFilter, SavedSearch } from '../../../../shared/contract'
import { CONDITION_OPS, CONDITION_PROPERTIES } from '../../../../shared/contract'
import { ALL_FIELDS, fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { filterOf } from '../../lib/facet-filter'

interface Props {
  saved: SavedSearch[]
  query: ListQuery
  setQuery(f: (q: ListQuery) => ListQuery): void
  onSave(name: string, filter: SavedFilter): void
  onDelete(s: SavedSearch): void
}

const NO_VALUE: ReadonlySet<ConditionOp> = new Set(['empty', 'present'])

/** What is saved: the current filters, inside the saved search in use (its conditions kept, its other parts overridden). */
export function filterToSave(query: ListQuery, saved: SavedSearch[]): SavedFilter {
  const { saved: using, ...current } = filterOf(query)
  const base = saved.find((s) => s.id === using)?.filter ?? {}
  const conditions = [...(base.conditions ?? []), ...(current.conditions ?? [])]
  return { ...base, ...current, ...(conditions.length ? { conditions } : {}) }
}

export function SavedSearches({ saved, query, setQuery, onSave, onDelete }: Props) {
  const i18n = useI18n()
  const { t, label } = i18n
  const [name, setName] = useState('')
  const [field, setField] = useState('report_year')
  const [op, setOp] = useState<ConditionOp>('eq')
  const [value, setValue] = useState('')
  const fieldName = (f: string) => { const d = fieldDef(f); return d ? label(d) : t(`ds.prop.${f}` as MessageKey) }
  const condText = (c: FieldCondition) => `${fieldName(c.field)} ${t(`ds.op.${c.op}` as MessageKey)}${c.value === undefined ? '' : ' ' + String(c.value)}`
  const add = () => {
    if (!NO_VALUE.has(op) && value.trim() === '') return
    const c: FieldCondition = NO_VALUE.has(op) ? { field, op } : { field, op, value: value.trim() }
    setQuery((q) => ({ ...q, conditions: [...(q.conditions ?? []), c] }))
    setValue('')
  }
  return (
    <div className="ds-saved" data-testid="saved-searches">
      <h3>{t('ds.saved.title')}</h3>
      {saved.length === 0 ? <p className="hint">{t('ds.saved.empty')}</p> : (
        <ul>
          {saved.map((s) => (
            <li key={s.id}>
              <button type="button" className={`ds-value ${query.saved === s.id ? 'on' : ''}`} aria-pressed={query.saved === s.id}
                onClick={() => setQuery((q) => (q.saved === s.id ? { sort: q.sort, desc: q.desc } : { sort: q.sort, desc: q.desc, saved: s.id }))}>
                <span className="ds-label" title={s.name}>{s.name}</span>
                <span className="ds-count">{t('ds.saved.count', { count: s.count.toLocaleString() })}</span>
              </button>
              <button type="button" className="link ds-remove" aria-label={t('ds.saved.delete', { name: s.name })} title={t('ds.saved.delete', { name: s.name })} onClick={() => onDelete(s)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('ds.cond.title')}</h3>
      <ul className="ds-conditions">
        {(query.conditions ?? []).map((c, i) => (
          <li key={i}>
            <span>{condText(c)}</span>
            <button type="button" className="link ds-remove" aria-label={t('ds.cond.remove', { text: condText(c) })}
              onClick={() => setQuery((q) => { const next = (q.conditions ?? []).filter((_, j) => j !== i); return { ...q, conditions: next.length ? next : undefined } })}>×</button>
          </li>
        ))}
      </ul>
      <div className="ds-cond-form">
        <select aria-label={t('ds.cond.field')} value={field} onChange={(e) => setField(e.target.value)} data-testid="cond-field">
          {CONDITION_PROPERTIES.map((p) => <option key={p} value={p}>{t(`ds.prop.${p}` as MessageKey)}</option>)}
          {ALL_FIELDS.map((f) => <option key={f.id} value={f.id}>{label(f)} ({f.id})</option>)}
        </select>
        <select aria-label={t('ds.cond.op')} value={op} onChange={(e) => setOp(e.target.value as ConditionOp)} data-testid="cond-op">
          {CONDITION_OPS.map((o) => <option key={o} value={o}>{t(`ds.op.${o}` as MessageKey)}</option>)}
        </select>
        {!NO_VALUE.has(op) && (
          <input type="text" aria-label={t('ds.cond.value')} placeholder={t('ds.cond.value')} value={value} data-testid="cond-value"
            onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.stopPropagation(); add() } }} />
        )}
        <button type="button" onClick={add} data-testid="cond-add">{t('ds.cond.add')}</button>
      </div>
      <form className="ds-save" onSubmit={(e) => { e.preventDefault(); if (name.trim()) { onSave(name.trim(), filterToSave(query, saved)); setName('') } }}>
        <input type="text" aria-label={t('ds.saved.name')} placeholder={t('ds.saved.name')} value={name} maxLength={100} data-testid="saved-name"
          onChange={(e) => setName(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') e.stopPropagation() }} />
        <button type="submit" data-testid="saved-save">{t('ds.saved.save')}</button>
      </form>
    </div>
  )
}
