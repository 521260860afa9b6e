/** A document's detail and history, loaded together and reloaded when the library changes. */
import { useCallback, useEffect, useState } from 'react'
import type { DocumentDetail, Revision } from '../../../../shared/contract'
import { useClient } from '../../transport/get-client'

export function useDocument(id: number, version: number, fail: (e: unknown) => void) {
  const client = useClient()
  const [detail, setDetail] = useState<DocumentDetail | null>(null)
  const [history, setHistory] = useState<Revision[]>([])
  const [local, setLocal] = useState(0)
  const reload = useCallback(() => setLocal((n) => n + 1), [])
  useEffect(() => {
    let gone = false
    Promise.all([client.call('documents.get', { id }), client.call('history.list', { id })]).then(([d, h]) => {
      if (gone) return
      setDetail(d)
      setHistory(h)
    }, (e: unknown) => { if (!gone) fail(e) })
    return () => { gone = true }
  }, [client, id, version, local, fail])
  return { detail, history, reload }
}
