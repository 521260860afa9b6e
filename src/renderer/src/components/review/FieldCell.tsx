/**
 * One field's value where it is listed (a row or a table cell): the value, its origin (automatic,
 * corrected, confirmed), confidence and issues at a glance; an input in place while it is edited.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { FieldState } from '../../../../shared/contract'
import type { FieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { enumLabel } from '../../lib/enum-labels'
import { formatValue } from '../../lib/parse-value'

export interface EditState {
  draft: string
  setDraft(s: string): void
  save(): void
  cancel(): void
}

interface Props {
  def: FieldDef
  state: FieldState | undefined
  focused: boolean
  warned: 'error' | 'warning' | null
  edit: EditState | null
  compact?: boolean
  onFocus(): void
}

export function OriginBadge({ state }: { state: FieldState | undefined }) {
  const { t } = useI18n()
  if (!state) return null
  const key = `origin.${state.origin}` as MessageKey
  const pct = state.confidence !== null && state.origin === 'auto' ? Math.round(state.confidence * 100) : null
  const title = pct !== null ? `${t(key)} · ${t('field.confidence', { pct })}` : t(key)
  return <span className={`origin origin-${state.origin} ${pct !== null && pct < 60 ? 'low' : ''}`} title={title}>{t(key)}</span>
}

export function FieldCell({ def, state, focused, warned, edit, compact, onFocus }: Props) {
  const { t, lang, label } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => { if (focused) ref.current?.scrollIntoView({ block: 'nearest' }) }, [focused])
  const value = state ? (def.type === 'enum' ? enumLabel(def, state.value, lang) : formatValue(state.value)) : ''
  const keys = (e: KeyboardEvent) => {
    if (!edit) return
    if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); edit.save() }
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); edit.cancel() }
  }
  const cls = ['field-cell', focused ? 'focused' : '', warned ? `warned-${warned}` : '', state ? `o-${state.origin}` : 'o-none'].join(' ')
  return (
    <div ref={ref} className={cls} data-field={def.id} data-testid="field-cell" onClick={onFocus} title={compact ? label(def) : undefined}>
      {edit && def.type === 'enum' ? (
        <select autoFocus className="field-input" aria-label={def.id} value={edit.draft}
          onChange={(e) => edit.setDraft(e.target.value)} onKeyDown={keys}>
          <option value="">{t('review.empty')}</option>
          {(def.options ?? []).map((o) => <option key={o} value={o}>{enumLabel(def, o, lang)}</option>)}
        </select>
      ) : edit ? (
        <input autoFocus className="field-input" aria-label={def.id} value={edit.draft}
          onChange={(e) => edit.setDraft(e.target.value)} onKeyDown={keys} />
      ) : (
        <span className={`value ${value === '' ? 'empty' : ''}`} data-testid="field-value">
          {value === '' ? (compact ? '' : t('review.empty')) : value}
          {state?.approximate && <span className="approx" title="≈">≈</span>}
        </span>
      )}
      {!compact && <OriginBadge state={state} />}
      {compact && state && state.origin !== 'auto' && <i className={`dot-origin ${state.origin}`} />}
      {warned && <span className={`warn-icon ${warned}`} aria-label={warned}>!</span>}
    </div>
  )
}
