/**
 * Import: a file picker and a drop zone in browser mode (files come in by upload); in Electron, buttons
 * that make main show its native open dialog (`import.choose`: the window never names a path, and drops
 * are not taken). A progress bar with cancel, and the per-file summary when it is over, inline and dismissible.
 */
import { useEffect, useReducer, useRef, useState } from 'react'
import { useI18n } from '../../i18n'
import { errorText } from '../../lib/errors'
import {
  EMPTY_SESSION, importReducer, isActive, isFinished, mergedSummary, runningJobs, sessionProgress,
} from '../../lib/import-session'
import { useClient } from '../../transport/get-client'
import { ocrPagesAtOnce, setOcrPagesAtOnce } from '../../lib/settings'
import { MAX_OCR_PAGES_AT_ONCE } from '../../../../shared/contract'
import type { Actions } from './LibraryView'
import { ImportSummaryPanel } from './ImportSummaryPanel'

export function ImportPanel({ bump, fail }: Actions) {
  const client = useClient()
  const { t } = useI18n()
  const [session, dispatch] = useReducer(importReducer, EMPTY_SESSION)
  const [over, setOver] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const cancelled = useRef(false)
  // kept in this browser profile like the desk's other settings; sent with every import
  const [ocrPages, setOcrPages] = useState(ocrPagesAtOnce)

  useEffect(() => {
    const a = client.on('job.progress', (progress) => dispatch({ type: 'progress', progress }))
    const b = client.on('job.end', (end) => { dispatch({ type: 'end', end }); if (end.kind === 'import') bump() })
    return () => { a(); b() }
  }, [client, bump])

  const upload = async (files: File[]) => {
    if (!client.upload || files.length === 0) return
    cancelled.current = false
    dispatch({ type: 'queue', files: files.map((f) => f.name) })
    for (const f of files) {
      if (cancelled.current) break
      try {
        const { job } = await client.upload([f], { ocrPages })
        dispatch({ type: 'uploaded', file: f.name, job })
      } catch (e) {
        dispatch({ type: 'uploadFailed', file: f.name, error: errorText(e) })
      }
    }
  }
  // Electron: main shows the dialog and starts the job; its progress events bring it into this session
  const choose = (folder: boolean) => {
    cancelled.current = false
    client.call('import.choose', { folder, ocrPages }).catch(fail)
  }
  const cancel = () => {
    cancelled.current = true
    dispatch({ type: 'cancel' })
    for (const job of runningJobs(session)) client.call('jobs.cancel', { job }).catch(fail)
  }

  const active = isActive(session)
  const p = sessionProgress(session)
  const browser = client.mode === 'browser' && client.upload !== undefined
  const ocrSetting = (
    <label className="import-ocr-pages" title={t('import.ocrPagesTitle')}>
      {t('import.ocrPages')}
      <select data-testid="import-ocr-pages" value={ocrPages}
        onChange={(e) => { const n = Number(e.target.value); setOcrPagesAtOnce(n); setOcrPages(n) }}>
        {Array.from({ length: MAX_OCR_PAGES_AT_ONCE }, (_, k) => k + 1).map((n) => <option key={n} value={n}>{n}</option>)}
      </select>
    </label>
  )

  return (
    <div
      className={`import-panel ${over ? 'drag-over' : ''}`}
      data-testid="import-panel"
      onDragOver={(e) => { if (browser) { e.preventDefault(); setOver(true) } }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); if (browser) void upload([...e.dataTransfer.files]) }}
    >
      {browser ? (
        <div className="import-row">
          <button type="button" onClick={() => input.current?.click()}>{t('import.button')}</button>
          <input ref={input} type="file" multiple hidden data-testid="import-input"
            accept=".txt,.docx,.pdf,.html,.htm,.doc,.wps,.mht,.mhtml,.warc,.gz,.wacz,text/plain,application/pdf"
            onChange={(e) => { void upload([...(e.target.files ?? [])]); e.target.value = '' }} />
          <span className="muted">{t('import.drop')}</span>
          {ocrSetting}
        </div>
      ) : (
        <div className="import-row">
          <button type="button" onClick={() => choose(false)} data-testid="import-choose-files">{t('import.button')}</button>
          <button type="button" onClick={() => choose(true)} data-testid="import-choose-folder">{t('import.folder')}</button>
          <span className="muted">{t('import.electron')}</span>
          {ocrSetting}
        </div>
      )}
      {active && (
        <div className="import-progress" data-testid="import-progress">
          <progress max={Math.max(p.total, 1)} value={p.done} />
          <span>{t('import.progress', { done: p.done, total: p.total })}</span>
          {p.current && <span className="muted ellipsis">{p.current}</span>}
          <button type="button" onClick={cancel}>{t('import.cancel')}</button>
        </div>
      )}
      {isFinished(session) && (
        <ImportSummaryPanel summary={mergedSummary(session)} onDismiss={() => dispatch({ type: 'dismiss' })} />
      )}
    </div>
  )
}
