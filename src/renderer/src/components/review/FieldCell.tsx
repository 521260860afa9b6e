/**
 * One field's value where it is listed (a row or a table cell): the value, its origin (automatic,
 * corrected, confirmed), confidence and issues at a glance; an input in place while it is edited.
 *
 * Keyboard (issue 11): the fields pane is one stop of the Tab order; the focused field is that stop
 * (tabIndex 0, the others -1) and takes keyboard focus when a key moved to it (`focusSeq` changes).
 * The editor opens with the old value selected, so typing replaces it.
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
  /** bumped when a key moved to this field: the cell then takes keyboard focus */
  focusSeq?: number
  /** the open warnings on this field, for its description (a table check names the cells it concerns) */
  warningText?: string
  /** this cell is part of a check that fails on the focused cell (outlined with it) */
  related?: boolean
  /** the accessible name's label (a table cell: row · column) */
  name?: string
}

export function OriginBadge({ state }: { state: FieldState | undefined }) {
  const { t } = useI18n()
  if (!state) return null
  const key = `origin.${state.origin}` as MessageKey
  const pct = state.confidence !== null && state.origin === 'auto' ? Math.round(state.confidence * 100) : null
  const title = pct !== null ? `${t(key)} · ${t('field.confidence', { pct })}` : t(key)
  return <span className={`origin origin-${state.origin} ${pct !== null && pct < 60 ? 'low' : ''}`} title={title}>{t(key)}</span>
}

export function FieldCell({ def, state, focused, warned, edit, compact, onFocus, focusSeq = 0, warningText, related, name }: Props) {
  const { t, lang, label } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => { if (focused) ref.current?.scrollIntoView({ block: 'nearest' }) }, [focused])
  // a key moved here (or an edit ended): keyboard focus follows, unless an input of this cell has it
  useEffect(() => {
    if (focused && focusSeq > 0 && !edit) ref.current?.focus({ preventScroll: true })
  }, [focused, focusSeq, edit])
  // type-to-replace: the old value is selected when the editor opens
  const editing = edit !== null
  useEffect(() => {
    if (editing && input.current) { input.current.focus(); input.current.select() }
  }, [editing])
  const value = state ? (def.type === 'enum' ? enumLabel(def, state.value, lang) : formatValue(state.value)) : ''
  const keys = (e: KeyboardEvent) => {
    if (!edit) return
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) { e.preventDefault(); e.stopPropagation(); edit.save() }
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); edit.cancel() }
  }
  const cls = ['field-cell', focused ? 'focused' : '', warned ? `warned-${warned}` : '', related ? 'related' : '', state ? `o-${state.origin}` : 'o-none'].join(' ')
  const shown = value === '' ? t('review.empty') : value
  const origin = state ? t(`origin.${state.origin}` as MessageKey) : ''
  return (
    <div ref={ref} className={cls} data-field={def.id} data-testid="field-cell" onClick={onFocus} onFocus={onFocus}
      role={compact ? undefined : 'gridcell'} aria-selected={compact ? undefined : focused}
      tabIndex={focused ? 0 : -1}
      aria-label={`${name ?? label(def)}: ${shown}${state?.approximate ? ' ≈' : ''}${origin ? ` (${origin})` : ''}${warningText ? ` — ${warningText}` : ''}`}
      title={[compact ? (name ?? label(def)) : '', warningText ?? ''].filter(Boolean).join('\n') || undefined}>
      {edit && def.type === 'enum' ? (
        <select autoFocus className="field-input" aria-label={label(def)} value={edit.draft}
          onChange={(e) => edit.setDraft(e.target.value)} onKeyDown={keys}>
          <option value="">{t('review.empty')}</option>
          {(def.options ?? []).map((o) => <option key={o} value={o}>{enumLabel(def, o, lang)}</option>)}
        </select>
      ) : edit ? (
        <input ref={input} className="field-input" aria-label={label(def)} value={edit.draft}
          onChange={(e) => edit.setDraft(e.target.value)} onKeyDown={keys} />
      ) : (
        <span className={`value ${value === '' ? 'empty' : ''}`} data-testid="field-value" aria-hidden="true">
          {value === '' ? (compact ? '' : t('review.empty')) : value}
          {state?.approximate && <span className="approx" title="≈">≈</span>}
        </span>
      )}
      {!compact && <OriginBadge state={state} />}
      {compact && state && state.origin !== 'auto' && <i className={`dot-origin ${state.origin}`} />}
      {warned && <span className={`warn-icon ${warned}`} aria-hidden="true">!</span>}
    </div>
  )
}
