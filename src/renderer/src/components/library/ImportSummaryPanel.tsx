/** What an import did, file by file: imported (with reader warnings), duplicates, failures and skipped files with reasons. */
import type { ImportSummary } from '../../../../shared/contract'
import { useI18n } from '../../i18n'

export function ImportSummaryPanel({ summary, onDismiss }: { summary: ImportSummary; onDismiss(): void }) {
  const { t, lang } = useI18n()
  return (
    <div className="import-summary" data-testid="import-summary" role="status">
      <header>
        <strong>{t('import.summary', { imported: summary.imported.length, duplicates: summary.duplicates.length, failed: summary.failed.length })}</strong>
        {summary.cancelled && <span className="muted">{t('import.cancelled')}</span>}
        <button type="button" className="link" onClick={onDismiss}>{t('app.dismiss')}</button>
      </header>
      {summary.stopped && <p className="failed" role="alert" data-testid="import-stopped">{summary.stopped}</p>}
      <ul>
        {(summary.archives ?? []).map((a, i) => (
          <li key={`a${i}`} data-testid="import-archive"><span className="badge">{t('import.archive')}</span> {a.file}: {t('import.archiveCounts', { records: a.records, reports: a.reports, skipped: a.skipped })}</li>
        ))}
        {summary.failed.map((f, i) => (
          <li key={`f${i}`} className="failed"><span className="badge error">{t('import.failed')}</span> {f.file}: {f.error}</li>
        ))}
        {(summary.skipped ?? []).map((f, i) => (
          <li key={`s${i}`} className="muted"><span className="badge">{t('import.skipped')}</span> {f.file}: {f.reason}</li>
        ))}
        {summary.duplicates.map((d, i) => (
          <li key={`d${i}`} className="duplicate"><span className="badge">{t('import.duplicate', { id: d.id })}</span> {d.file}</li>
        ))}
        {summary.imported.map((it) => (
          <li key={`i${it.id}`}>
            <span className="badge ok">{t('import.imported')}</span> {it.file} <small className="muted">#{it.id} {it.kind}{it.encoding ? ` · ${it.encoding}` : ''}</small>
            {it.warnings.map((w, j) => <div key={j} className={`warn-line ${w.severity}`}>{lang === 'zh' ? w.message : w.message_en}</div>)}
          </li>
        ))}
      </ul>
    </div>
  )
}
