/**
 * "Read again by OCR" from the review desk (issue 14): for a PDF whose text layer is garbage. Starts the
 * documents.reocr job and follows it: pages read so far, cancel, and at its end a reload of the document.
 */
import { useEffect, useRef, useState } from 'react'
import { useClient } from '../../transport/get-client'
import { ocrPagesAtOnce } from '../../lib/settings'

export interface ReocrState {
  /** pages done / in all, while the job runs (total 0 before the first page) */
  running: { done: number; total: number } | null
  start(): void
  cancel(): void
}

export function useReocr(id: number, done: (error: string | null) => void, fail: (e: unknown) => void): ReocrState {
  const client = useClient()
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null)
  const job = useRef<string | null>(null)
  const onDone = useRef(done)
  onDone.current = done
  useEffect(() => {
    const offProgress = client.on('job.progress', (p) => {
      if (p.job === job.current && p.pages) setRunning({ done: p.pages.done, total: p.pages.total })
    })
    const offEnd = client.on('job.end', (e) => {
      if (e.job !== job.current || e.kind !== 'reocr') return
      job.current = null
      setRunning(null)
      onDone.current(e.summary ? null : (e.error ?? 'OCR failed'))
    })
    return () => { offProgress(); offEnd() }
  }, [client])
  // another document: whatever runs goes on in the background, this view stops following it
  useEffect(() => () => { job.current = null }, [id])
  return {
    running,
    start() {
      if (job.current) return
      setRunning({ done: 0, total: 0 })
      client.call('documents.reocr', { id, ocrPages: ocrPagesAtOnce() }).then((r) => { job.current = r.job }, (e: unknown) => { setRunning(null); fail(e) })
    },
    cancel() {
      if (job.current) client.call('jobs.cancel', { job: job.current }).catch(fail)
    },
  }
}
