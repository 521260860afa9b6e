/**
 * The Export panel: a side panel of the library (not a modal; the table stays usable). Format, which
 * documents (all, the current filter, the selection, verified only), field groups and options; the
 * number of documents is shown before anything is written; then progress with cancel, and the result:
 * a download link in the browser, the path written on the desktop. Errors show inline. The job itself
 * belongs to App (use-export-job.ts), so the panel can close and reopen while it runs.
 */
import { DownloadLink } from './DownloadLink'
import { useEffect, useRef, useState } from 'react'
import type { ListQuery } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { useClient } from '../../transport/get-client'
import {
  FORMATS, GROUPS, SCOPES, groupSize, initialChoices, labelsApply, toRequest, type ExportChoices, type ScopeChoice,
} from './export-choices'
import { useExportCount } from './use-export-count'
import { isBusy, useSharedExportJob } from './use-export-job'
import './export-panel.css'

interface Props {
  query: ListQuery
  selected: ReadonlySet<number>
  /** bumps when the library changes: the count is asked again */
  version: number
  onClose(): void
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The panel shows and starts the job App holds (ExportJobContext), so the job outlives the panel. */
export function ExportPanel({ query, selected, version, onClose }: Props) {
  const job = useSharedExportJob()
  if (!job) throw new Error('ExportPanel needs the export job of an ExportJobContext above it')
  const client = useClient()
  const { t } = useI18n()
  const [choices, setChoices] = useState<ExportChoices>(() => initialChoices(query, selected.size))
  const panel = useRef<HTMLElement>(null)
  const ids = [...selected]
  const req = toRequest(choices, query, ids)
  const count = useExportCount(client, req, version)
  const set = (patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch }))

  // opened from the keyboard: focus goes into the panel, on what can be done next: cancel a running
  // export, download a finished one, else choose the format
  useEffect(() => {
    const p = panel.current
    const target = p?.querySelector<HTMLElement>('[data-testid=export-cancel]:not(:disabled), [data-testid=export-download]') ?? p?.querySelector<HTMLElement>('input:checked')
    target?.focus()
  }, [])
  // the selection emptied while it was the scope: fall back to the filter rather than export nothing
  useEffect(() => { if (selected.size === 0 && choices.scope === 'selection') setChoices((c) => ({ ...c, scope: 'filter' })) }, [selected.size, choices.scope])

  const scopeLabel = (s: ScopeChoice): string => {
    if (s !== 'selection') return t(`export.scope.${s}` as MessageKey)
    return selected.size > 0 ? t('export.scope.selection', { count: selected.size }) : t('export.scope.noSelection')
  }
  const busy = isBusy(job.state)
  const canStart = req !== null && !busy && !count.pending && count.error === null && (count.documents ?? 0) > 0
  const s = job.state

  return (
    <aside className="export-panel" ref={panel} aria-label={t('export.title')} data-testid="export-panel">
      <header>
        <h2>{t('export.title')}</h2>
        <button type="button" className="link" onClick={onClose}>{t('export.close')}</button>
      </header>

      <fieldset disabled={busy}>
        <legend>{t('export.format')}</legend>
        <div className="export-formats">
          {FORMATS.map((f) => (
            <label key={f.id} className="check">
              <input type="radio" name="export-format" value={f.id} checked={choices.format === f.id} onChange={() => set({ format: f.id })} />
              {f.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset disabled={busy}>
        <legend>{t('export.scope')}</legend>
        {SCOPES.map((sc) => (
          <label key={sc} className="check">
            <input type="radio" name="export-scope" value={sc} checked={choices.scope === sc}
              disabled={sc === 'selection' && selected.size === 0} onChange={() => set({ scope: sc })} />
            {scopeLabel(sc)}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={busy}>
        <legend>{t('export.groups')}</legend>
        {GROUPS.map((g) => (
          <label key={g} className="check">
            <input type="checkbox" value={g} checked={choices.groups.includes(g)}
              onChange={(e) => { const on = e.target.checked; set({ groups: on ? [...choices.groups, g] : choices.groups.filter((x) => x !== g) }) }} />
            {t(`export.group.${g}` as MessageKey)}
            <span className="muted">{t('export.group.size', { count: groupSize(g) })}</span>
          </label>
        ))}
      </fieldset>

      <fieldset disabled={busy}>
        <legend>{t('export.options')}</legend>
        <label className="check">
          <input type="checkbox" name="labels" checked={labelsApply(choices.format) && choices.labels}
            disabled={!labelsApply(choices.format)} onChange={(e) => set({ labels: e.target.checked })} />
          {t('export.labels')}
        </label>
        <label className="check">
          <input type="checkbox" name="provenance" checked={choices.provenance} onChange={(e) => set({ provenance: e.target.checked })} />
          {t('export.provenance')}
        </label>
        <label className="check">
          <input type="checkbox" name="formulaGuard" checked={labelsApply(choices.format) && choices.formulaGuard}
            disabled={!labelsApply(choices.format)} onChange={(e) => set({ formulaGuard: e.target.checked })} />
          {t('export.formulaGuard')}
        </label>
        <label className="check">
          <input type="checkbox" name="byGroup" checked={choices.byGroup} onChange={(e) => set({ byGroup: e.target.checked })} data-testid="export-by-group" />
          {t('export.byGroup')}
        </label>
      </fieldset>

      <p className="export-count" data-testid="export-count" aria-live="polite">
        {req === null ? t('export.noGroups')
          : count.error !== null ? <span className="export-error">{count.error}</span>
            : count.pending || count.documents === null ? <span className="muted">{t('export.counting')}</span>
              : count.documents === 0 ? t('export.nothing')
                : t(choices.byGroup ? 'export.countReports' : 'export.count', { count: count.documents })}
      </p>

      <div className="export-actions">
        <button type="button" className="primary" data-testid="export-start" disabled={!canStart}
          aria-describedby={busy ? 'export-busy' : undefined}
          onClick={() => { if (req) job.start(req) }}>{t('export.start')}</button>
      </div>
      {busy && <p className="muted export-busy" id="export-busy" data-testid="export-busy">{t('export.busy')}</p>}

      {s.phase === 'starting' && <p className="muted">{t('export.starting')}</p>}
      {s.phase === 'running' && (
        <div className="export-progress" data-testid="export-progress">
          <progress max={Math.max(s.total, 1)} value={s.done} />
          <span>{t('export.progress', { done: s.done, total: s.total })}</span>
          <button type="button" onClick={job.cancel} disabled={s.cancelling} data-testid="export-cancel">{t('export.cancel')}</button>
        </div>
      )}
      {s.phase === 'done' && (
        <div className="export-result" data-testid="export-result">
          <p>{t('export.done', { count: s.summary.documents, size: sizeText(s.summary.bytes) })}</p>
          {client.mode === 'browser' && client.downloadUrl
            ? <DownloadLink className="button primary" job={s.job} testId="export-download">{t('export.download')}</DownloadLink>
            : <p className="export-path">{t('export.savedTo')}<code data-testid="export-path">{s.summary.path}</code></p>}
        </div>
      )}
      {s.phase === 'cancelled' && <p className="muted" data-testid="export-cancelled">{t('export.cancelled')}</p>}
      {s.phase === 'failed' && <p className="export-error" role="alert" data-testid="export-error">{t('export.failed')}{s.error}</p>}
    </aside>
  )
}
