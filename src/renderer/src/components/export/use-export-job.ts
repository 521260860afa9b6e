/**
 * The export job the desk follows: starting, running (progress), done (summary), failed, cancelled.
 * App holds it (and hands it down through ExportJobContext), so the job outlives the Export panel:
 * closing the panel mid-export loses nothing, and the top bar shows the job while the panel is shut.
 * One job at a time; starting another replaces the finished one.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { AnnalistClient, ExportSettings, ExportSummary, JobEnd, JobProgress } from '../../../../shared/contract'
import { errorText } from '../../lib/errors'

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; job: string; done: number; total: number; cancelling: boolean }
  | { phase: 'done'; job: string; summary: ExportSummary }
  | { phase: 'failed'; error: string }
  | { phase: 'cancelled' }

export interface ExportJob {
  state: ExportJobState
  /** the person hid the status of this (finished) job outside the panel; the panel still shows it */
  dismissed: boolean
  start(req: ExportSettings): void
  cancel(): void
  reset(): void
  dismiss(): void
}

/** The job App holds, for the Export panel and the top-bar status. */
export const ExportJobContext = createContext<ExportJob | null>(null)
export function useSharedExportJob(): ExportJob | null {
  return useContext(ExportJobContext)
}

export function isBusy(s: ExportJobState): boolean {
  return s.phase === 'starting' || s.phase === 'running'
}

/** Whole percent done, 0 while the total is not known yet. */
export function percentOf(s: { done: number; total: number }): number {
  return s.total > 0 ? Math.min(100, Math.floor((s.done * 100) / s.total)) : 0
}

function ended(job: string, end: JobEnd, cancelling: boolean): ExportJobState {
  if (end.kind === 'export' && end.summary) return { phase: 'done', job, summary: end.summary }
  if (cancelling) return { phase: 'cancelled' }
  return { phase: 'failed', error: (end.kind === 'export' && end.error) || 'the export wrote no file' }
}

export function useExportJob(client: AnnalistClient): ExportJob {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' })
  const [dismissed, setDismissed] = useState(false)
  // A small export's 'job.end' can arrive before export.start's answer names the job: while a start
  // is pending, events are kept by job id (and only then, so other windows' jobs do not pile up).
  const pending = useRef(false)
  const ends = useRef(new Map<string, JobEnd>())
  const progress = useRef(new Map<string, JobProgress>())
  const current = useRef<string | null>(null)
  const cancelling = useRef(false)

  useEffect(() => {
    const offProgress = client.on('job.progress', (p) => {
      if (p.kind !== 'export') return
      if (pending.current) progress.current.set(p.job, p)
      if (p.job === current.current) {
        setState((s) => (s.phase === 'running' && s.job === p.job ? { ...s, done: p.done, total: p.total } : s))
      }
    })
    const offEnd = client.on('job.end', (e) => {
      if (e.kind !== 'export') return
      if (pending.current) ends.current.set(e.job, e)
      if (e.job === current.current) setState(ended(e.job, e, cancelling.current))
    })
    return () => { offProgress(); offEnd() }
  }, [client])

  const start = useCallback((req: ExportSettings) => {
    cancelling.current = false
    current.current = null
    pending.current = true
    ends.current.clear()
    progress.current.clear()
    setDismissed(false)
    setState({ phase: 'starting' })
    const settle = () => { pending.current = false; ends.current.clear(); progress.current.clear() }
    client.call('export.start', req).then(({ job }) => {
      const end = ends.current.get(job)
      const p = progress.current.get(job)
      settle()
      current.current = job
      if (end) setState(ended(job, end, false))
      else setState({ phase: 'running', job, done: p?.done ?? 0, total: p?.total ?? 0, cancelling: false })
    }, (e: unknown) => {
      settle()
      // desktop: the person closed the save dialog without choosing a place
      if ((e as { code?: string }).code === 'cancelled') setState({ phase: 'idle' })
      else setState({ phase: 'failed', error: errorText(e) })
    })
  }, [client])

  const cancel = useCallback(() => {
    const job = current.current
    if (!job) return
    cancelling.current = true
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s))
    client.call('jobs.cancel', { job }).catch((e: unknown) => setState({ phase: 'failed', error: errorText(e) }))
  }, [client])

  const reset = useCallback(() => { current.current = null; setDismissed(false); setState({ phase: 'idle' }) }, [])
  const dismiss = useCallback(() => setDismissed(true), [])

  return useMemo(() => ({ state, dismissed, start, cancel, reset, dismiss }), [state, dismissed, start, cancel, reset, dismiss])
}
