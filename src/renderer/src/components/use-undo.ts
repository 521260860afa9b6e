/**
 * Session undo/redo over the library's revision batches: every change the UI makes returns a batch id,
 * pushed here; Ctrl+Z undoes the newest through history.undo. The revisions themselves live in the
 * library, so undo from the history panel also works after a restart (HistoryPanel).
 */
import { useCallback, useRef } from 'react'
import type { AnnalistClient } from '../../../shared/contract'

export interface Undo {
  push(batch: string | undefined): void
  undo(): Promise<number | null>
  redo(): Promise<number | null>
}

export function useUndo(client: AnnalistClient, onChange: () => void): Undo {
  const done = useRef<string[]>([])
  const undone = useRef<string[]>([])

  const push = useCallback((batch: string | undefined) => {
    if (!batch) return
    done.current.push(batch)
    undone.current = []
  }, [])

  const undo = useCallback(async () => {
    const batch = done.current.pop()
    if (!batch) return null
    const r = await client.call('history.undo', { batch })
    undone.current.push(batch)
    onChange()
    return r.undone
  }, [client, onChange])

  const redo = useCallback(async () => {
    const batch = undone.current.pop()
    if (!batch) return null
    const r = await client.call('history.redo', { batch })
    done.current.push(batch)
    onChange()
    return r.redone
  }, [client, onChange])

  return { push, undo, redo }
}
