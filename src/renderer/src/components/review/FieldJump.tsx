/**
 * `g`: jump to a field by typing the start of its label (Chinese or English) or its id (issue 11). The
 * best match is shown first; ↓/↑ choose another, Enter goes there, Esc closes without moving.
 */
import { useMemo, useState } from 'react'
import type { FieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { matchFields } from '../../lib/field-jump'

/** onClose(back): closed with Esc (`back`: focus returns to the focused field) or by leaving the box */
export function FieldJump({ defs, onJump, onClose }: { defs: readonly FieldDef[]; onJump(id: string): void; onClose(back: boolean): void }) {
  const { t, label } = useI18n()
  const [typed, setTyped] = useState('')
  const [pick, setPick] = useState(0)
  const matches = useMemo(() => matchFields(defs, typed), [defs, typed])
  const at = Math.min(pick, Math.max(matches.length - 1, 0))
  return (
    <div className="field-jump" data-testid="field-jump">
      <input autoFocus value={typed} placeholder={t('review.jump')} aria-label={t('review.jump')} data-testid="field-jump-input"
        role="combobox" aria-expanded={matches.length > 0} aria-controls="field-jump-list"
        aria-activedescendant={matches[at] ? `jump-${matches[at].id}` : undefined}
        onChange={(e) => { setTyped(e.target.value); setPick(0) }}
        onBlur={() => onClose(false)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return
          if (e.key === 'ArrowDown') { e.preventDefault(); setPick(Math.min(at + 1, matches.length - 1)) }
          if (e.key === 'ArrowUp') { e.preventDefault(); setPick(Math.max(at - 1, 0)) }
          if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); if (matches[at]) onJump(matches[at].id) }
          if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onClose(true) }
        }} />
      {typed.trim() !== '' && (
        <ul id="field-jump-list" role="listbox" aria-label={t('review.jump')}>
          {matches.length === 0 && <li className="muted">{t('review.jumpNone')}</li>}
          {matches.map((d, i) => (
            <li key={d.id} id={`jump-${d.id}`} role="option" aria-selected={i === at} className={i === at ? 'on' : ''}
              onMouseDown={(e) => { e.preventDefault(); onJump(d.id) }}>
              {label(d)} <code className="muted">{d.id}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
