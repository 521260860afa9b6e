/**
 * One warning of the document: its message, and for an open one a way to dismiss it with a reason, inline
 * (no dialog: a button opens a short input; Enter dismisses, Esc cancels). A dismissed warning is shown
 * muted with its reason and who accepted it; it comes back by itself when the values it concerns change.
 */
import { useEffect, useRef, useState } from 'react'
import type { StoredWarning } from '../../../../shared/contract'
import { useI18n } from '../../i18n'

export function WarningLine({ w, onDismiss, askSeq }: { w: StoredWarning; onDismiss(w: StoredWarning, reason: string): void; askSeq?: number }) {
  const { t, lang } = useI18n()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  // the key `d` asks here (issue 11: every action has a key)
  // (a value it was mounted with is an earlier press, not one for this line)
  const mountedWith = useRef(askSeq)
  useEffect(() => { if (askSeq !== undefined && askSeq !== mountedWith.current) setAsking(true) }, [askSeq])
  const text = lang === 'zh' ? w.message : w.message_en
  if (w.state === 'dismissed') {
    return (
      <div className="warn-line dismissed" data-testid="warning" data-code={w.code} data-state="dismissed">
        <s>{text}</s> <span className="muted">{t('review.dismissed', { reason: w.dismissal?.reason ?? '', who: w.dismissal?.reviewer || '—' })}</span>
      </div>
    )
  }
  return (
    <div className={`warn-line ${w.severity}`} data-testid="warning" data-code={w.code} data-state="open">
      <span>{text}</span>
      {asking ? (
        <input className="dismiss-reason" autoFocus value={reason} placeholder={t('review.dismissReason')} aria-label={t('review.dismissReason')}
          data-testid="dismiss-reason"
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => { if (!reason.trim()) setAsking(false) }}
          onKeyDown={(e) => {
            e.stopPropagation()
            if (e.key === 'Enter' && reason.trim()) { onDismiss(w, reason.trim()); setAsking(false); setReason('') }
            if (e.key === 'Escape') { setAsking(false); setReason('') }
          }} />
      ) : (
        <button type="button" className="mini link" onClick={() => setAsking(true)} data-testid="dismiss">{t('review.dismiss')}</button>
      )}
    </div>
  )
}
