/** The keyboard reference, a side panel (not a modal): toggled with ?, never in the way of work. */
import { useI18n } from '../i18n'
import { KEY_HELP } from '../lib/keymap'

export function HelpPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  return (
    <aside className="help-panel" aria-label={t('keys.title')} data-testid="help-panel">
      <header>
        <h2>{t('keys.title')}</h2>
        <button type="button" className="link" onClick={onClose}>{t('keys.close')}</button>
      </header>
      <dl>
        {KEY_HELP.map(([keys, what]) => (
          <div key={what} className="help-row">
            <dt><kbd>{keys}</kbd></dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  )
}
