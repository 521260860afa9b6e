/**
 * Keys -> commands, as a pure function of the key event and where focus is, so the keyboard flow is
 * tested without a browser. Letter keys are ignored while typing in an input (the input owns them);
 * Escape always means “back”, and undo/redo stay global except inside text inputs.
 *
 * Where focus is decides the arrows (issue 11): inside the fields pane they move between fields (in a
 * table grid by row and column); on the original text the browser scrolls it; anywhere else in a
 * document ↑/↓ scroll the original. Documents change with j/k only. Tab is left to the browser (it
 * walks every control in the order they are shown); Enter and Space on a button press the button.
 */
export type Command =
  | 'nextDoc' | 'prevDoc' | 'nextWarning' | 'confirm' | 'confirmAll' | 'edit'
  | 'fieldUp' | 'fieldDown' | 'fieldLeft' | 'fieldRight' | 'fieldFirst' | 'fieldLast'
  | 'scrollUp' | 'scrollDown' | 'pageUp' | 'pageDown' | 'focusOriginal' | 'cycleText'
  | 'jumpField' | 'find' | 'digit' | 'tagDigit' | 'note' | 'dismiss' | 'reopen' | 'reocr'
  | 'pick' | 'verify' | 'flag' | 'undo' | 'redo' | 'search' | 'back' | 'queue' | 'help' | 'toggleSelect'
  | 'export'

export interface KeyLike {
  key: string
  /** the physical key (Digit1…): Shift+1 is "!" on one layout and something else on another */
  code?: string
  ctrlKey?: boolean
  metaKey?: boolean
  shiftKey?: boolean
  altKey?: boolean
}

/** where keyboard focus is: in the fields pane, on the original text, on a button-like control, elsewhere */
export type FocusZone = 'fields' | 'original' | 'control' | null

export interface KeyContext {
  view: 'library' | 'review'
  /** focus is in an input, textarea, select or contenteditable */
  typing: boolean
  zone?: FocusZone
}

/** 1–9 from the digit row or the keypad, with or without Shift; null for anything else */
export function digitOf(e: KeyLike): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code ?? '')
  if (m) return Number(m[1])
  return /^[1-9]$/.test(e.key) ? Number(e.key) : null
}

export function keyToCommand(e: KeyLike, ctx: KeyContext): Command | null {
  const mod = Boolean(e.ctrlKey || e.metaKey)
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  const zone = ctx.zone ?? null
  if (e.key === 'Escape') return 'back'
  if (ctx.typing) return null
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
    if (key === 'y') return 'redo'
    return null
  }
  if (e.altKey) return null
  // a focused button, link, checkbox or tab acts on Enter and Space itself
  if (zone === 'control' && (key === 'Enter' || key === ' ')) return null
  switch (key) {
    case 'j': return 'nextDoc'
    case 'k': return 'prevDoc'
    case '?': return 'help'
    case 'q': return 'queue'
    case 'Enter': return 'edit'
  }
  if (ctx.view === 'library') {
    if (key === 'ArrowDown') return 'nextDoc'
    if (key === 'ArrowUp') return 'prevDoc'
    if (key === '/') return 'search'
    if (key === ' ' || key === 'x') return 'toggleSelect'
    if (key === 'e' && !e.shiftKey) return 'export'
    return null
  }
  const digit = digitOf(e)
  if (digit !== null) return e.shiftKey ? 'tagDigit' : 'digit'
  if (zone === 'fields') {
    switch (key) {
      case 'ArrowDown': return 'fieldDown'
      case 'ArrowUp': return 'fieldUp'
      case 'ArrowLeft': return 'fieldLeft'
      case 'ArrowRight': return 'fieldRight'
      case 'Home': return 'fieldFirst'
      case 'End': return 'fieldLast'
    }
  } else if (zone !== 'original') {
    // on the original the browser scrolls it; anywhere else the arrows scroll it too (never another document)
    switch (key) {
      case 'ArrowDown': return 'scrollDown'
      case 'ArrowUp': return 'scrollUp'
      case 'PageDown': return 'pageDown'
      case 'PageUp': return 'pageUp'
    }
  }
  switch (key) {
    case '/': return 'find'
    case 'g': return 'jumpField'
    case 'o': return 'focusOriginal'
    case 't': return 'cycleText'
    case 'm': return 'note'
    case 'd': return 'dismiss'
    case 'r': return e.shiftKey ? 'reocr' : 'reopen'
    case 'n': return e.shiftKey ? null : 'nextWarning'
    case 'c': return e.shiftKey ? 'confirmAll' : 'confirm'
    case 'p': return 'pick'
    case 'v': return 'verify'
    case 'f': return 'flag'
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

/** which zone an element belongs to (see FocusZone); the panes mark themselves with data-zone */
export function focusZone(el: Element | null): FocusZone {
  if (!el) return null
  const tag = el.tagName
  const role = el.getAttribute('role')
  const control = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT'
    || role === 'button' || role === 'tab' || role === 'link' || role === 'checkbox'
  if (control) return 'control'
  const zone = el.closest('[data-zone]')?.getAttribute('data-zone')
  return zone === 'fields' || zone === 'original' ? zone : null
}

/** the list shown by the help panel: keys and what they do, in display order */
export const KEY_HELP = [
  ['j', 'keys.next'],
  ['k', 'keys.prev'],
  ['q', 'keys.queue'],
  ['n', 'keys.nextWarning'],
  ['g', 'keys.jump'],
  ['↑ ↓ ← →', 'keys.arrows'],
  ['Tab / Shift+Tab', 'keys.tab'],
  ['Enter', 'keys.edit'],
  ['c', 'keys.confirm'],
  ['Shift+C', 'keys.confirmAll'],
  ['1–9', 'keys.digit'],
  ['Shift+1–9', 'keys.tag'],
  ['/', 'keys.search'],
  ['p', 'keys.pick'],
  ['o', 'keys.original'],
  ['t', 'keys.text'],
  ['d', 'keys.dismiss'],
  ['m', 'keys.note'],
  ['v', 'keys.verify'],
  ['f', 'keys.flag'],
  ['r', 'keys.reopen'],
  ['Shift+R', 'keys.reocr'],
  ['x / Space', 'keys.select'],
  ['e', 'keys.export'],
  ['Ctrl+Z', 'keys.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'keys.redo'],
  ['Esc', 'keys.back'],
  ['?', 'keys.help'],
] as const
