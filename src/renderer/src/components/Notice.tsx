/** A one-line message under the top bar (errors, results of an action); dismissible, never blocking. */
import { useI18n } from '../i18n'

export interface NoticeData { kind: 'info' | 'error'; text: string }

export function Notice({ notice, onDismiss }: { notice: NoticeData | null; onDismiss: () => void }) {
  const { t } = useI18n()
  if (!notice) return null
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      <button type="button" className="link" onClick={onDismiss}>{t('app.dismiss')}</button>
    </div>
  )
}
