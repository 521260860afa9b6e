/**
 * The desk's rebindable keys (issue 11 point 4): each single-key action has a default that a reviewer may
 * change in the keys panel. A binding is one character as the event's `key` gives it, case kept: 'C' is
 * Shift+C. Keys with a fixed meaning (digits for suggestions and tags, Enter, Esc, Tab, Space, arrows and
 * page keys) cannot be taken, and no two actions share a key.
 */
export type BindableCommand =
  | 'nextDoc' | 'prevDoc' | 'queue' | 'help' | 'nextWarning' | 'jumpField' | 'find' | 'pick' | 'focusOriginal'
  | 'cycleText' | 'confirm' | 'confirmAll' | 'dismiss' | 'note' | 'verify' | 'flag' | 'reopen'
  | 'zoomIn' | 'zoomOut' | 'zoomFit' | 'extendFind' | 'copies' | 'copiesAll' | 'prevYear' | 'nextYear' | 'years' | 'yearsAll' | 'splitCopy' | 'reocr'

export type Bindings = Record<BindableCommand, string>

/** In the order the keys panel lists them. */
export const DEFAULT_BINDINGS: Readonly<Bindings> = {
  nextDoc: 'j', prevDoc: 'k', queue: 'q', nextWarning: 'n', jumpField: 'g', confirm: 'c', confirmAll: 'C',
  find: '/', extendFind: 'e', pick: 'p', focusOriginal: 'o', cycleText: 't', zoomIn: '+', zoomOut: '-', zoomFit: '0',
  dismiss: 'd', note: 'm', verify: 'v', flag: 'f', reopen: 'r',
  copies: 's', copiesAll: 'S', prevYear: '[', nextYear: ']', years: 'y', yearsAll: 'Y', splitCopy: 'u', reocr: 'R', help: '?',
}

export const BINDABLE = Object.keys(DEFAULT_BINDINGS) as BindableCommand[]

/** the help text of each action (i18n keys) */
export const BINDING_LABEL: Readonly<Record<BindableCommand, string>> = {
  nextDoc: 'keys.next', prevDoc: 'keys.prev', queue: 'keys.queue', nextWarning: 'keys.nextWarning', jumpField: 'keys.jump',
  confirm: 'keys.confirm', confirmAll: 'keys.confirmAll', find: 'keys.search', extendFind: 'keys.extend', pick: 'keys.pick', focusOriginal: 'keys.original',
  cycleText: 'keys.text', zoomIn: 'keys.zoomIn', zoomOut: 'keys.zoomOut', zoomFit: 'keys.zoomFit', dismiss: 'keys.dismiss',
  note: 'keys.note', verify: 'keys.verify', flag: 'keys.flag', reopen: 'keys.reopen',
  copies: 'keys.copies', copiesAll: 'keys.copiesAll', prevYear: 'keys.prevYear', nextYear: 'keys.nextYear', years: 'keys.yearsView', yearsAll: 'keys.yearsAll', splitCopy: 'keys.splitCopy', reocr: 'keys.reocr', help: 'keys.help',
}

/** The binding a key event stands for: its character, a letter upper-cased exactly when Shift is held. */
export function eventBinding(e: { key: string; shiftKey?: boolean }): string | null {
  if (e.key.length !== 1) return null
  return /^[a-z]$/i.test(e.key) ? (e.shiftKey ? e.key.toUpperCase() : e.key.toLowerCase()) : e.key
}

/** How a binding is shown: Shift+C for 'C'. */
export function showBinding(b: string): string {
  return /^[A-Z]$/.test(b) ? `Shift+${b}` : b
}

/** Why a key cannot be bound to `cmd`, or null when it can: a fixed key, or the action that holds it. */
export function bindingRefusal(bindings: Bindings, cmd: BindableCommand, key: string): { reason: 'fixed' } | { reason: 'taken'; by: BindableCommand } | null {
  // Shift+D opens the dataset view from anywhere (keymap.ts), so it is fixed too
  if (key.length !== 1 || /^[1-9 ]$/.test(key) || /\s/.test(key) || key === 'D') return { reason: 'fixed' }
  const by = BINDABLE.find((c) => c !== cmd && bindings[c] === key)
  return by ? { reason: 'taken', by } : null
}

/** Stored bindings made whole and sound: unknown actions dropped, a fixed key back to its default; a set that clashes is reset whole. */
export function soundBindings(stored: unknown): Bindings {
  const out: Bindings = { ...DEFAULT_BINDINGS }
  if (!stored || typeof stored !== 'object') return out
  for (const c of BINDABLE) {
    const k = (stored as Record<string, unknown>)[c]
    if (typeof k === 'string' && bindingRefusal(DEFAULT_BINDINGS, c, k)?.reason !== 'fixed') out[c] = k
  }
  return new Set(BINDABLE.map((c) => out[c])).size === BINDABLE.length ? out : { ...DEFAULT_BINDINGS }
}

/** The action bound to a key event, if any. */
export function boundCommand(bindings: Bindings, e: { key: string; shiftKey?: boolean }): BindableCommand | null {
  const k = eventBinding(e)
  if (k === null) return null
  return BINDABLE.find((c) => bindings[c] === k) ?? null
}
