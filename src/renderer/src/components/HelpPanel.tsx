/**
 * The keyboard reference and the place to change keys (issue 11), a side panel (not a modal): toggled with ?,
 * never in the way of work. Each rebindable action has a “change” button; the next key pressed becomes its
 * key, unless it has a fixed use or another action holds it (refused, with a message). Kept per user in
 * settings; “reset” brings back the defaults. The list always shows the keys as they are bound now.
 */
import { useEffect, useState } from 'react'
import { useI18n } from '../i18n'
import type { MessageKey } from '../i18n/catalogue'
import { BINDABLE, BINDING_LABEL, DEFAULT_BINDINGS, bindingRefusal, eventBinding, showBinding, type BindableCommand, type Bindings } from '../lib/key-bindings'
import { FIXED_KEY_HELP } from '../lib/keymap'
import { keyBindings, setKeyBindings } from '../lib/settings'

export function HelpPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const [bindings, setBindings] = useState<Bindings>(keyBindings)
  const [listening, setListening] = useState<BindableCommand | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const what = (c: BindableCommand) => t(BINDING_LABEL[c] as MessageKey)

  // while listening, the next key press is the new key: taken before the desk's own listener sees it
  useEffect(() => {
    if (!listening) return
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) return
      e.preventDefault()
      e.stopPropagation()
      const cmd = listening
      setListening(null)
      if (e.key === 'Escape') { setMessage(null); return }
      const key = e.ctrlKey || e.metaKey || e.altKey ? null : eventBinding(e)
      const refusal = key === null ? { reason: 'fixed' as const } : bindingRefusal(bindings, cmd, key)
      const shown = key === null ? e.key : showBinding(key)
      if (refusal?.reason === 'fixed') { setMessage({ text: t('keys.fixed', { key: shown }), error: true }); return }
      if (refusal?.reason === 'taken') { setMessage({ text: t('keys.taken', { key: shown, what: what(refusal.by) }), error: true }); return }
      const next = { ...bindings, [cmd]: key as string }
      setKeyBindings(next)
      setBindings(next)
      setMessage({ text: t('keys.changed', { key: shown, what: what(cmd) }), error: false })
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [listening, bindings])

  const reset = () => {
    setKeyBindings({ ...DEFAULT_BINDINGS })
    setBindings({ ...DEFAULT_BINDINGS })
    setMessage(null)
  }

  return (
    <aside className="help-panel" aria-label={t('keys.title')} data-testid="help-panel">
      <header>
        <h2>{t('keys.title')}</h2>
        <button type="button" className="link" onClick={onClose}>{t('keys.close')}</button>
      </header>
      {message && <p className={message.error ? 'notice notice-error key-message' : 'muted key-message'} role={message.error ? 'alert' : 'status'} data-testid="key-message">{message.text}</p>}
      <h3 className="help-sub">{t('keys.rebindable')}</h3>
      <dl className="help-keys">
        {BINDABLE.map((c) => (
          <div key={c} className="help-row" data-testid={`key-row-${c}`}>
            <dt><kbd data-testid={`key-${c}`}>{listening === c ? '…' : bindings[c] === '' ? '—' : showBinding(bindings[c])}</kbd></dt>
            <dd>
              {what(c)}{' '}
              <button type="button" className="link key-change" data-testid={`key-change-${c}`} aria-label={t('keys.changeFor', { what: what(c) })}
                onClick={() => { setMessage(null); setListening(c) }}>{listening === c ? t('keys.pressKey') : t('keys.change')}</button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="link" onClick={reset} data-testid="keys-reset">{t('keys.reset')}</button>
      <h3 className="help-sub">{t('keys.fixedKeys')}</h3>
      <dl>
        {FIXED_KEY_HELP.map(([keys, w]) => (
          <div key={keys} className="help-row">
            <dt><kbd>{keys}</kbd></dt>
            <dd>{t(w)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  )
}
