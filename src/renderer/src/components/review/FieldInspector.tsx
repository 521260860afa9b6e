/**
 * The focused field in full: label, value, origin, confidence, rule, its issues, and the actions
 * (edit, confirm, pick from text) with the optional reason for a correction. Under the value, the
 * extractor's suggestions for a field it left empty or doubtful (issue 11), numbered for the keys 1–9.
 */
import type { FieldState, StoredWarning } from '../../../../shared/contract'
import type { FieldCandidate } from '../../../../shared/document'
import type { FieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { enumLabel } from '../../lib/enum-labels'
import { formatValue } from '../../lib/parse-value'
import { OriginBadge } from './FieldCell'
import { WarningLine } from './WarningLine'

interface Props {
  def: FieldDef | null
  state: FieldState | undefined
  warnings: StoredWarning[]
  editing: boolean
  error: string | null
  reason: string
  setReason(s: string): void
  onEdit(): void
  onSave(): void
  onConfirm(): void
  onConfirmAll(): void
  onPick(): void
  onDismiss(w: StoredWarning, reason: string): void
  /** at most nine, in the order the keys 1–9 choose them */
  candidates: FieldCandidate[]
  onChoose(c: FieldCandidate): void
  /** `d`: the press count for the warning that asks for its dismissal reason */
  askFor?(w: StoredWarning): number | undefined
}

export function FieldInspector(p: Props) {
  const { t, label, lang } = useI18n()
  if (!p.def) return <div className="inspector muted">{t('review.pickHint')}</div>
  const pct = p.state?.confidence !== null && p.state?.confidence !== undefined ? Math.round(p.state.confidence * 100) : null
  return (
    <div className="inspector" data-testid="inspector" data-field={p.def.id}>
      <div className="inspector-head">
        <strong>{label(p.def)}</strong>
        <code className="muted">{p.def.id}</code>
        <OriginBadge state={p.state} />
        {pct !== null && <span className="muted">{t('field.confidence', { pct })}</span>}
        {p.state?.rule && <span className="muted" title={t('field.rule')}>{p.state.rule}</span>}
      </div>
      <div className="inspector-value">
        <span data-testid="inspector-value">{p.state ? (p.def.type === 'enum' ? enumLabel(p.def, p.state.value, lang) : formatValue(p.state.value)) || t('review.empty') : t('review.empty')}</span>
      </div>
      {p.candidates.length > 0 && (
        <div className="candidates" data-testid="candidates">
          <span className="muted">{t('review.suggestions')}</span>
          <ol aria-label={t('review.suggestions')}>
            {p.candidates.map((c, i) => (
              <li key={`${i}:${String(c.value)}`}>
                <button type="button" data-testid="candidate" onClick={() => p.onChoose(c)}
                  title={`${c.rule} · ${Math.round(c.score * 100)}%`}>
                  <kbd>{i + 1}</kbd> {p.def && p.def.type === 'enum' ? enumLabel(p.def, c.value, lang) : formatValue(c.value)}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      {p.warnings.map((w) => <WarningLine key={w.id} w={w} onDismiss={p.onDismiss} askSeq={p.askFor?.(w)} />)}
      {p.error && <div className="warn-line error" role="alert" data-testid="field-error">{p.error}</div>}
      <div className="inspector-actions">
        {p.editing ? (
          <>
            <input className="reason" value={p.reason} placeholder={t('review.reason')} aria-label={t('review.reason')} data-testid="reason"
              onChange={(e) => p.setReason(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); p.onSave() } }} />
            <button type="button" onClick={p.onSave} data-testid="save">{t('review.save')}</button>
          </>
        ) : (
          <>
            <button type="button" onClick={p.onEdit} data-testid="edit">{t('review.edit')}</button>
            <button type="button" onClick={p.onConfirm} data-testid="confirm">{t('review.confirm')}</button>
            <button type="button" onClick={p.onPick} title={t('review.pickHint')} onMouseDown={(e) => e.preventDefault()}>{t('review.pick')}</button>
            <button type="button" onClick={p.onConfirmAll}>{t('review.confirmAll')}</button>
          </>
        )}
      </div>
    </div>
  )
}
