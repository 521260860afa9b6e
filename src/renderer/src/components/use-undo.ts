/**
 * The library view's undo (issue 11): its own bulk actions (status, a field's value, tags on the selected
 * rows), newest first. Each entry keeps a label saying what it changed, shown before Ctrl+Z is pressed.
 * A document's own changes are not here: in the review desk Ctrl+Z asks the library for that document's
 * last change (history.steps / history.undo with `document`), which also works after a restart.
 */
import { useCallback, useRef, useState } from 'react'
import type { AnnalistClient } from '../../../shared/contract'

export interface UndoEntry { batch: string; label: string }

export interface Undo {
  push(batch: string | undefined, label: string): void
  /** what Ctrl+Z would undo now (null when nothing) */
  next: UndoEntry | null
  undo(): Promise<{ entry: UndoEntry; count: number } | null>
  redo(): Promise<{ entry: UndoEntry; count: number } | null>
}

export function useUndo(client: AnnalistClient, onChange: () => void): Undo {
  const done = useRef<UndoEntry[]>([])
  const undone = useRef<UndoEntry[]>([])
  const [next, setNext] = useState<UndoEntry | null>(null)
  const show = () => setNext(done.current[done.current.length - 1] ?? null)

  const push = useCallback((batch: string | undefined, label: string) => {
    if (!batch) return
    done.current.push({ batch, label })
    undone.current = []
    show()
  }, [])

  const undo = useCallback(async () => {
    const entry = done.current.pop()
    if (!entry) return null
    show()
    const r = await client.call('history.undo', { batch: entry.batch })
    undone.current.push(entry)
    onChange()
    return { entry, count: r.undone }
  }, [client, onChange])

  const redo = useCallback(async () => {
    const entry = undone.current.pop()
    if (!entry) return null
    const r = await client.call('history.redo', { batch: entry.batch })
    done.current.push(entry)
    show()
    onChange()
    return { entry, count: r.redone }
  }, [client, onChange])

  return { push, next, undo, redo }
}
