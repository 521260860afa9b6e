/**
 * Keys -> commands, as a pure function of the key event and where focus is, so the keyboard flow is
 * tested without a browser. Letter keys are ignored while typing in an input (the input owns them);
 * Escape always means “back”, and undo/redo stay global except inside text inputs.
 */
export type Command =
  | 'nextDoc' | 'prevDoc' | 'nextWarning' | 'nextField' | 'prevField' | 'confirm' | 'confirmAll' | 'edit'
  | 'pick' | 'verify' | 'flag' | 'undo' | 'redo' | 'search' | 'back' | 'queue' | 'help' | 'toggleSelect'
  | 'export'

export interface KeyLike {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  shiftKey?: boolean
  altKey?: boolean
}

export interface KeyContext {
  view: 'library' | 'review'
  /** focus is in an input, textarea, select or contenteditable */
  typing: boolean
}

export function keyToCommand(e: KeyLike, ctx: KeyContext): Command | null {
  const mod = Boolean(e.ctrlKey || e.metaKey)
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (e.key === 'Escape') return 'back'
  if (ctx.typing) return null
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
    if (key === 'y') return 'redo'
    return null
  }
  if (e.altKey) return null
  switch (key) {
    case 'j': case 'ArrowDown': return 'nextDoc'
    case 'k': case 'ArrowUp': return 'prevDoc'
    case '/': return 'search'
    case '?': return 'help'
    case 'q': return 'queue'
    case 'Enter': return 'edit'
  }
  if (ctx.view === 'library') {
    if (key === ' ' || key === 'x') return 'toggleSelect'
    if (key === 'e' && !e.shiftKey) return 'export'
    return null
  }
  switch (key) {
    case 'n': return e.shiftKey ? null : 'nextWarning'
    case 'c': return e.shiftKey ? 'confirmAll' : 'confirm'
    case 'p': return 'pick'
    case 'v': return 'verify'
    case 'f': return 'flag'
    case 'Tab': return e.shiftKey ? 'prevField' : 'nextField'
  }
  return null
}

export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false
  const tag = el.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type
    return type !== 'checkbox' && type !== 'radio' && type !== 'button'
  }
  return (el as HTMLElement).isContentEditable === true
}

/** the list shown by the help panel: keys and what they do, in display order */
export const KEY_HELP = [
  ['j / ↓', 'keys.next'],
  ['k / ↑', 'keys.prev'],
  ['q', 'keys.queue'],
  ['n', 'keys.nextWarning'],
  ['Tab / Shift+Tab', 'keys.nextField'],
  ['c', 'keys.confirm'],
  ['Shift+C', 'keys.confirmAll'],
  ['Enter', 'keys.edit'],
  ['p', 'keys.pick'],
  ['v', 'keys.verify'],
  ['f', 'keys.flag'],
  ['x / Space', 'keys.select'],
  ['e', 'keys.export'],
  ['Ctrl+Z', 'keys.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'keys.redo'],
  ['/', 'keys.search'],
  ['Esc', 'keys.back'],
  ['?', 'keys.help'],
] as const
