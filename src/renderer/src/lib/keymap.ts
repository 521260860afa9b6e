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
import { BINDABLE, BINDING_LABEL, DEFAULT_BINDINGS, boundCommand, showBinding, type Bindings } from './key-bindings'

export type Command =
  | 'nextDoc' | 'prevDoc' | 'nextWarning' | 'confirm' | 'confirmAll' | 'edit'
  | 'fieldUp' | 'fieldDown' | 'fieldLeft' | 'fieldRight' | 'fieldFirst' | 'fieldLast'
  | 'scrollUp' | 'scrollDown' | 'pageUp' | 'pageDown' | 'focusOriginal' | 'cycleText'
  | 'jumpField' | 'find' | 'digit' | 'tagDigit' | 'note' | 'dismiss' | 'reopen' | 'reocr'
  | 'pick' | 'verify' | 'flag' | 'undo' | 'redo' | 'search' | 'back' | 'queue' | 'help' | 'toggleSelect'
  | 'export' | 'zoomIn' | 'zoomOut' | 'zoomFit' | 'clearField' | 'extendFind'
  | 'copies' | 'prevYear' | 'nextYear' | 'years' | 'yearsAll' | 'agencies' | 'splitCopy' | 'copiesAll' | 'dataset'

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
  view: 'library' | 'review' | 'dataset'
  /** focus is in an input, textarea, select or contenteditable */
  typing: boolean
  zone?: FocusZone
  /** the single-key actions' keys (key-bindings.ts); the defaults when absent */
  bindings?: Bindings
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
  // Shift+D: the dataset view, from anywhere (d alone dismisses a warning in a document); a fixed key
  if (key === 'd' && e.shiftKey) return 'dataset'
  if (key === 'Enter') return 'edit'
  const bound = boundCommand(ctx.bindings ?? DEFAULT_BINDINGS, e)
  if (bound === 'nextDoc' || bound === 'prevDoc' || bound === 'help' || bound === 'queue') return bound
  if (ctx.view === 'dataset') return key === '/' ? 'search' : null
  if (ctx.view === 'library') {
    if (key === 'ArrowDown') return 'nextDoc'
    if (key === 'ArrowUp') return 'prevDoc'
    if (key === '/') return 'search'
    if (key === ' ' || key === 'x') return 'toggleSelect'
    if (key === 'e' && !e.shiftKey) return 'export'
    if (key === 'a' && !e.shiftKey) return 'agencies'
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
  // review-effort bench: one key to clear a wrong value (Delete has no character, so it is fixed, not rebindable)
  if (key === 'Delete') return 'clearField'
  return bound
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

/** the keys with a fixed meaning, shown by the help panel after the rebindable ones */
export const FIXED_KEY_HELP = [
  ['↑ ↓ ← →', 'keys.arrows'],
  ['Tab / Shift+Tab', 'keys.tab'],
  ['Enter', 'keys.edit'],
  ['1–9', 'keys.digit'],
  ['Shift+1–9', 'keys.tag'],
  ['Delete', 'keys.clear'],
  ['x / Space', 'keys.select'],
  ['e', 'keys.export'],
  ['a', 'keys.agencies'],
  ['Shift+D', 'keys.dataset'],
  ['Ctrl+Z', 'keys.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'keys.redo'],
  ['Esc', 'keys.back'],
] as const

/** the list shown by the help panel: keys (as bound now) and what they do, in display order */
export function keyHelp(bindings: Bindings = DEFAULT_BINDINGS): [string, string][] {
  return [
    ...BINDABLE.map((c): [string, string] => [bindings[c] === '' ? '—' : showBinding(bindings[c]), BINDING_LABEL[c]]),
    ...FIXED_KEY_HELP.map(([k, w]): [string, string] => [k, w]),
  ]
}

/** the list with the default keys (the catalogue test checks every entry has its text) */
export const KEY_HELP = keyHelp()
