/**
 * The library check (library.check, issue 15) in a line under the top bar: the part under way with a bar, its
 * tables or documents done of all and the time left (for fixity originals, megabytes, MB/s), and a cancel; then
 * the verdict with its lines. It follows any check job of this library (started by the library view's button or the desktop menu's
 * 检查资料库…), learning the job from its events.
 */
import { useEffect, useRef, useState } from 'react'
import type { CheckPart, CheckSummary } from '../../../shared/contract'
import { useI18n } from '../i18n'
import type { MessageKey } from '../i18n/catalogue'
import { errorText } from '../lib/errors'
import { useClient } from '../transport/get-client'

type State =
  | { phase: 'running'; job: string; part: CheckPart; done: number; total: number; bytes: number; totalBytes: number; rate: number; left: number | null; cancelling: boolean }
  | { phase: 'done'; summary: CheckSummary }
  | { phase: 'failed'; error: string }
  | { phase: 'cancelled' }

const PARTS: Record<CheckPart, MessageKey> = {
  integrity: 'check.part.integrity', tables: 'check.part.tables', references: 'check.part.references',
  documents: 'check.part.documents', search: 'check.part.search', fixity: 'check.part.fixity',
}
/** What a part other than fixity counts in done/total. */
const UNITS: Partial<Record<CheckPart, MessageKey>> = {
  integrity: 'check.unit.tables', tables: 'check.unit.tables', references: 'check.unit.tables', documents: 'check.unit.documents', search: 'check.unit.documents',
}
const mb = (b: number): string => (b / 2 ** 20).toLocaleString(undefined, { maximumFractionDigits: b < 10 * 2 ** 20 ? 1 : 0 })
function clock(s: number): string {
  const t = Math.max(0, Math.round(s))
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`
}

/** Starts a check of the open library; the line shows it. */
export function startCheck(client: ReturnType<typeof useClient>, fail: (e: unknown) => void): void {
  client.call('library.check', undefined).catch(fail)
}

export function CheckLine({ fail }: { fail(e: unknown): void }) {
  const client = useClient()
  const { t } = useI18n()
  const [state, setState] = useState<State | null>(null)
  const [open, setOpen] = useState(false)
  // the part under way and when it began, for its rate and the time left
  const partStart = useRef<{ part: CheckPart; at: number } | null>(null)

  useEffect(() => {
    const offProgress = client.on('job.progress', (p) => {
      if (p.kind !== 'check') return
      const part = (p.current ?? 'integrity') as CheckPart
      const bytes = p.bytes?.done ?? 0
      const totalBytes = p.bytes?.total ?? 0
      if (partStart.current?.part !== part) partStart.current = { part, at: performance.now() }
      // the part's own time where the check sends it: a part that ran ahead is shown once those before it are done
      const seconds = p.elapsed ?? (performance.now() - partStart.current.at) / 1000
      // fixity counts bytes, the other parts tables or documents
      const [done, total] = part === 'fixity' ? [bytes, totalBytes] : [p.done, p.total]
      const rate = seconds > 0.5 ? done / seconds : 0
      setState((s) => ({
        phase: 'running', job: p.job, part, done: p.done, total: p.total, bytes, totalBytes,
        rate: part === 'fixity' ? rate : 0, left: rate > 0 && total > 0 ? (total - done) / rate : null,
        cancelling: s?.phase === 'running' && s.job === p.job && s.cancelling,
      }))
    })
    const offEnd = client.on('job.end', (e) => {
      if (e.kind !== 'check') return
      setOpen(false)
      if (e.summary) setState({ phase: 'done', summary: e.summary })
      else setState(/cancel/i.test(e.error ?? '') ? { phase: 'cancelled' } : { phase: 'failed', error: e.error ?? '' })
    })
    const offCommand = client.on('app.command', ({ command }) => { if (command === 'library.check') startCheck(client, fail) })
    return () => { offProgress(); offEnd(); offCommand() }
  }, [client, fail])

  if (!state) return null
  const close = <button type="button" className="link" onClick={() => setState(null)}>{t('app.dismiss')}</button>
  if (state.phase === 'running') {
    const fixity = state.part === 'fixity'
    const share = fixity ? (state.totalBytes > 0 ? state.bytes / state.totalBytes : 0) : state.total > 0 ? state.done / state.total : 0
    const left = state.left === null ? '…' : clock(state.left)
    const unit = UNITS[state.part]
    const cancel = () => {
      setState({ ...state, cancelling: true })
      client.call('jobs.cancel', { job: state.job }).catch((e: unknown) => setState({ phase: 'failed', error: errorText(e) }))
    }
    return (
      <div className="notice check-line" role="status" data-testid="check-line" data-phase="running" data-part={state.part}>
        {(fixity ? state.totalBytes > 0 : state.total > 0) && <progress max={100} value={Math.floor(share * 100)} aria-hidden="true" />}
        <span>
          {fixity && state.totalBytes > 0
            ? t('check.fixity', { done: state.done.toLocaleString(), total: state.total.toLocaleString(), mb: mb(state.bytes), totalMb: mb(state.totalBytes), rate: mb(state.rate), left })
            : !fixity && unit && state.total > 0
              ? t('check.counted', { part: t(PARTS[state.part]), done: state.done.toLocaleString(), total: state.total.toLocaleString(), unit: t(unit), left })
              : t('check.running', { part: t(PARTS[state.part]) })}
        </span>
        <button type="button" className="link" onClick={cancel} disabled={state.cancelling} data-testid="check-cancel">{state.cancelling ? t('check.cancelling') : t('check.cancel')}</button>
      </div>
    )
  }
  if (state.phase === 'done') {
    const fails = state.summary.lines.filter((l) => l.startsWith('FAIL'))
    return (
      <div className={`notice check-line ${state.summary.ok ? '' : 'notice-error'}`} role="status" data-testid="check-line" data-phase="done" data-ok={String(state.summary.ok)}>
        <span>{state.summary.ok ? t('check.ok') : t('check.problems', { n: fails.length })}</span>
        <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open}>{t('check.details')}</button>
        {open && <pre className="check-lines" data-testid="check-lines">{state.summary.lines.join('\n')}</pre>}
        {close}
      </div>
    )
  }
  return (
    <div className={`notice check-line ${state.phase === 'failed' ? 'notice-error' : ''}`} role="status" data-testid="check-line" data-phase={state.phase}>
      <span>{state.phase === 'failed' ? t('check.failed', { error: state.error }) : t('check.cancelled')}</span>
      {close}
    </div>
  )
}
