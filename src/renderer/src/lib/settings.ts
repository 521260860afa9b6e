/**
 * The desk's own settings, kept in localStorage (this browser profile, or the desktop window's): the
 * reviewer's name (issue 11: asked once, sent with every change), whether `v` moves on by itself, the
 * desk's key bindings (kept whole: a damaged or clashing set falls back to the defaults), and how many pages
 * of a scan OCR reads at once (sent with every import and OCR job, issue 14).
 * Storage may be unavailable (a locked-down profile): then the settings last for the session only.
 */
import { MAX_OCR_PAGES_AT_ONCE } from '../../../shared/contract'
import { soundBindings, type Bindings } from './key-bindings'

const KEYS = { reviewer: 'annalist.reviewer', advance: 'annalist.advanceOnVerify', keys: 'annalist.keyBindings', ocrPages: 'annalist.ocrPagesAtOnce' } as const
const memory = new Map<string, string>()

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return memory.get(key) ?? null
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    memory.set(key, value)
  }
}

export function reviewerName(): string {
  return (read(KEYS.reviewer) ?? '').trim()
}
export function setReviewerName(name: string): void {
  write(KEYS.reviewer, name.trim().slice(0, 100))
}

/** `v` verifies and goes on to the next document of the walk (queue or list); off unless chosen */
export function advanceOnVerify(): boolean {
  return read(KEYS.advance) === '1'
}
export function setAdvanceOnVerify(on: boolean): void {
  write(KEYS.advance, on ? '1' : '0')
}

/** Pages of one scan OCR reads at once: 1 (the default) leaves the other cores to other documents. */
export function ocrPagesAtOnce(): number {
  const n = Number(read(KEYS.ocrPages))
  return Number.isInteger(n) && n >= 1 && n <= MAX_OCR_PAGES_AT_ONCE ? n : 1
}
export function setOcrPagesAtOnce(n: number): void {
  write(KEYS.ocrPages, String(Math.max(1, Math.min(MAX_OCR_PAGES_AT_ONCE, Math.floor(n) || 1))))
}

let bindingsCache: Bindings | null = null

/** the desk's keys as this reviewer bound them (read on every key press, so it is cached) */
export function keyBindings(): Bindings {
  if (!bindingsCache) {
    let stored: unknown = null
    try {
      stored = JSON.parse(read(KEYS.keys) ?? 'null')
    } catch {
      stored = null
    }
    bindingsCache = soundBindings(stored)
  }
  return bindingsCache
}
export function setKeyBindings(b: Bindings): void {
  bindingsCache = soundBindings(b)
  write(KEYS.keys, JSON.stringify(bindingsCache))
}
