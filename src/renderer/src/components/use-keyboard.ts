/**
 * One window-level key listener for the whole app: keys become commands (lib/keymap.ts) and go to the
 * handler given, which says whether it used them (then the browser's default is prevented). The handler
 * also gets the event (number keys carry their digit: digitOf).
 */
import { useEffect, useRef } from 'react'
import { focusZone, isTypingTarget, keyToCommand, type Command, type FocusZone } from '../lib/keymap'
import { keyBindings } from '../lib/settings'

/**
 * The element that last took focus from a mouse press (a clicked button keeps the focus in Chrome). A
 * control reached with Tab owns Enter and Space; one merely clicked does not, so a click followed by
 * Enter still opens or edits as it always did.
 */
let pointerFocused: EventTarget | null = null
let pointerDown = false
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => { pointerDown = true; setTimeout(() => { pointerDown = false }, 0) }, true)
  window.addEventListener('focusin', (e) => { pointerFocused = pointerDown ? e.target : null }, true)
}

function zoneOf(target: Element | null): FocusZone {
  const zone = focusZone(target)
  return zone === 'control' && target !== null && target === pointerFocused ? null : zone
}

export function useKeyboard(view: 'library' | 'review' | 'dataset', handle: (cmd: Command, e: KeyboardEvent) => boolean): void {
  const handler = useRef(handle)
  handler.current = handle
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      // the event's target, not document.activeElement: an input that handled Enter may already be gone
      // (React commits the update before the event bubbles up to window)
      const target = e.target instanceof Element && e.target !== document.body ? e.target : document.activeElement
      const cmd = keyToCommand(e, { view, typing: isTypingTarget(target), zone: zoneOf(target), bindings: keyBindings() })
      if (cmd && handler.current(cmd, e)) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [view])
}

/**
 * Esc while `open` closes that first, wherever focus is (even in an input that would take Esc itself):
 * the help panel is the innermost thing on screen (issue 11).
 */
export function useEscapeFirst(open: boolean, close: () => void): void {
  const closer = useRef(close)
  closer.current = close
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.isComposing) return
      e.preventDefault()
      e.stopPropagation()
      closer.current()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [open])
}
