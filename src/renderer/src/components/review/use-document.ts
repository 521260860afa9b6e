/** A document's detail, history and undo/redo steps, loaded together and reloaded when the library changes. */
import { useCallback, useEffect, useState } from 'react'
import type { DocumentDetail, HistoryStep, Revision } from '../../../../shared/contract'
import { useClient } from '../../transport/get-client'

export function useDocument(id: number, version: number, fail: (e: unknown) => void) {
  const client = useClient()
  const [detail, setDetail] = useState<DocumentDetail | null>(null)
  const [history, setHistory] = useState<Revision[]>([])
  // what Ctrl+Z / Ctrl+Shift+Z would do in this document now (shown before it is pressed)
  const [steps, setSteps] = useState<{ undo: HistoryStep | null; redo: HistoryStep | null }>({ undo: null, redo: null })
  const [local, setLocal] = useState(0)
  const reload = useCallback(() => setLocal((n) => n + 1), [])
  useEffect(() => {
    let gone = false
    Promise.all([client.call('documents.get', { id }), client.call('history.list', { id }), client.call('history.steps', { id })]).then(([d, h, st]) => {
      if (gone) return
      setDetail(d)
      setHistory(h)
      setSteps(st)
    }, (e: unknown) => { if (!gone) fail(e) })
    return () => { gone = true }
  }, [client, id, version, local, fail])
  return { detail, history, steps, reload }
}
