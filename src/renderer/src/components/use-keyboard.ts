/**
 * One window-level key listener for the whole app: keys become commands (lib/keymap.ts) and go to the
 * handler given, which says whether it used them (then the browser's default is prevented).
 */
import { useEffect, useRef } from 'react'
import { isTypingTarget, keyToCommand, type Command } from '../lib/keymap'

export function useKeyboard(view: 'library' | 'review', handle: (cmd: Command, e: KeyboardEvent) => boolean): void {
  const handler = useRef(handle)
  handler.current = handle
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      // the event's target, not document.activeElement: an input that handled Enter may already be gone
      // (React commits the update before the event bubbles up to window)
      const target = e.target instanceof Element && e.target !== document.body ? e.target : document.activeElement
      const cmd = keyToCommand(e, { view, typing: isTypingTarget(target) })
      if (cmd && handler.current(cmd, e)) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [view])
}
