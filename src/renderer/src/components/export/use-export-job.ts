/**
 * One export job as the panel follows it: starting, running (progress), done (summary), failed,
 * cancelled. Events are kept by job id from the moment the panel is open, because a small export's
 * 'job.end' can arrive before export.start's answer does.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AnnalistClient, ExportRequest, ExportSummary, JobEnd, JobProgress } from '../../../../shared/contract'
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
  start(req: ExportRequest): void
  cancel(): void
  reset(): void
}

function ended(job: string, end: JobEnd, cancelling: boolean): ExportJobState {
  if (end.kind === 'export' && end.summary) return { phase: 'done', job, summary: end.summary }
  if (cancelling) return { phase: 'cancelled' }
  return { phase: 'failed', error: (end.kind === 'export' && end.error) || 'the export wrote no file' }
}

export function useExportJob(client: AnnalistClient): ExportJob {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' })
  const ends = useRef(new Map<string, JobEnd>())
  const progress = useRef(new Map<string, JobProgress>())
  const current = useRef<string | null>(null)
  const cancelling = useRef(false)

  useEffect(() => {
    const offProgress = client.on('job.progress', (p) => {
      if (p.kind !== 'export') return
      progress.current.set(p.job, p)
      if (p.job === current.current) {
        setState((s) => (s.phase === 'running' && s.job === p.job ? { ...s, done: p.done, total: p.total } : s))
      }
    })
    const offEnd = client.on('job.end', (e) => {
      if (e.kind !== 'export') return
      ends.current.set(e.job, e)
      if (e.job === current.current) setState(ended(e.job, e, cancelling.current))
    })
    return () => { offProgress(); offEnd() }
  }, [client])

  const start = useCallback((req: ExportRequest) => {
    cancelling.current = false
    current.current = null
    setState({ phase: 'starting' })
    client.call('export.start', req).then(({ job }) => {
      current.current = job
      const end = ends.current.get(job)
      if (end) { setState(ended(job, end, false)); return }
      const p = progress.current.get(job)
      setState({ phase: 'running', job, done: p?.done ?? 0, total: p?.total ?? 0, cancelling: false })
    }, (e: unknown) => {
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

  const reset = useCallback(() => { current.current = null; setState({ phase: 'idle' }) }, [])

  return { state, start, cancel, reset }
}
