/** A document's detail, history and undo/redo steps, loaded together and reloaded when the library changes. */
import { useCallback, useEffect, useState } from 'react'
import type { CopyComparison, DocumentDetail, HistoryStep, Revision } from '../../../../shared/contract'
import { useClient } from '../../transport/get-client'

export function useDocument(id: number, version: number, fail: (e: unknown) => void) {
  const client = useClient()
  const [detail, setDetail] = useState<DocumentDetail | null>(null)
  const [history, setHistory] = useState<Revision[]>([])
  // what Ctrl+Z / Ctrl+Shift+Z would do in this document now (shown before it is pressed)
  const [steps, setSteps] = useState<{ undo: HistoryStep | null; redo: HistoryStep | null }>({ undo: null, redo: null })
  // the copies of this report side by side, and the same agency's reports of the years around it (issue 13)
  const [copies, setCopies] = useState<CopyComparison | null>(null)
  const [neighbours, setNeighbours] = useState<{ previous: number | null; next: number | null }>({ previous: null, next: null })
  const [local, setLocal] = useState(0)
  const reload = useCallback(() => setLocal((n) => n + 1), [])
  useEffect(() => {
    let gone = false
    Promise.all([
      client.call('documents.get', { id }), client.call('history.list', { id }), client.call('history.steps', { id }),
      client.call('copies.get', { id }), client.call('documents.neighbours', { id }),
    ]).then(([d, h, st, c, n]) => {
      if (gone) return
      setDetail(d)
      setHistory(h)
      setSteps(st)
      setCopies(c)
      setNeighbours(n)
    }, (e: unknown) => { if (!gone) fail(e) })
    return () => { gone = true }
  }, [client, id, version, local, fail])
  return { detail, history, steps, copies, neighbours, reload }
}
