/**
 * Who is reviewing (issue 11): asked once, in the top bar and not in a dialog. Until a name is given the
 * field is an input asking for it; then it shows the name, and a click edits it. Kept in localStorage and
 * sent with every change (transport/with-reviewer.ts).
 */
import { useState } from 'react'
import { useI18n } from '../i18n'
import { reviewerName, setReviewerName } from '../lib/settings'

export function ReviewerField() {
  const { t } = useI18n()
  const [name, setName] = useState(reviewerName)
  const [editing, setEditing] = useState(() => reviewerName() === '')
  const [draft, setDraft] = useState(name)
  const save = () => {
    const v = draft.trim()
    setReviewerName(v)
    setName(v)
    if (v) setEditing(false)
  }
  if (!editing) {
    return (
      <button type="button" className="link reviewer" title={t('reviewer.change')} data-testid="reviewer" onClick={() => { setDraft(name); setEditing(true) }}>
        {t('reviewer.label')}：{name}
      </button>
    )
  }
  return (
    <input className={`reviewer-input${name ? '' : ' asking'}`} value={draft} placeholder={t('reviewer.ask')} aria-label={t('reviewer.label')} data-testid="reviewer-input"
      size={14}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') { e.stopPropagation(); save(); e.currentTarget.blur() }
        if (e.key === 'Escape') { e.stopPropagation(); setDraft(name); if (name) setEditing(false); e.currentTarget.blur() }
      }} />
  )
}
