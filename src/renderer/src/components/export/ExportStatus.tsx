/**
 * The export job in a line of the top bar, for when the Export panel is shut: progress while it runs
 * (a button that reopens the panel, where it can be cancelled), then the download (browser) or a way
 * back to the written path (desktop), or the failure. Never a modal; hidden again by its × until the
 * next export.
 */
import { useI18n } from '../../i18n'
import { DownloadLink } from './DownloadLink'
import { useClient } from '../../transport/get-client'
import { percentOf, type ExportJob } from './use-export-job'
import './export-panel.css'

interface Props {
  job: ExportJob
  /** show the Export panel (in the library) */
  onOpen(): void
}

export function ExportStatus({ job, onOpen }: Props) {
  const client = useClient()
  const { t } = useI18n()
  const s = job.state
  if (s.phase === 'idle' || s.phase === 'cancelled') return null
  if (job.dismissed && (s.phase === 'done' || s.phase === 'failed')) return null

  const open = (text: string) => (
    <button type="button" className="link" onClick={onOpen} title={t('export.status.open')} data-testid="export-status-open">{text}</button>
  )
  const hide = (
    <button type="button" className="link export-status-hide" onClick={job.dismiss} aria-label={t('export.status.hide')}
      title={t('export.status.hide')} data-testid="export-status-hide">×</button>
  )

  return (
    <div className={`export-status export-status-${s.phase}`} role="status" data-testid="export-status" data-phase={s.phase}>
      {s.phase === 'starting' && open(t('export.status.starting'))}
      {s.phase === 'running' && (
        <>
          <progress max={100} value={percentOf(s)} aria-hidden="true" />
          {open(s.cancelling ? t('export.status.cancelling') : t('export.status.running', { percent: percentOf(s) }))}
        </>
      )}
      {s.phase === 'done' && (
        <>
          <span title={s.summary.path}>{t('export.status.done')}</span>
          {client.mode === 'browser' && client.downloadUrl
            ? <DownloadLink job={s.job} testId="export-status-download">{t('export.status.download')}</DownloadLink>
            : open(t('export.status.show'))}
          {hide}
        </>
      )}
      {s.phase === 'failed' && (
        <>
          {open(t('export.status.failed'))}
          {hide}
        </>
      )}
    </div>
  )
}
