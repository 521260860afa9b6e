/**
 * The desk's own settings, kept in localStorage (this browser profile, or the desktop window's): the
 * reviewer's name (issue 11: asked once, sent with every change), whether `v` moves on by itself, and the
 * desk's key bindings (kept whole: a damaged or clashing set falls back to the defaults).
 * Storage may be unavailable (a locked-down profile): then the settings last for the session only.
 */
import { soundBindings, type Bindings } from './key-bindings'

const KEYS = { reviewer: 'annalist.reviewer', advance: 'annalist.advanceOnVerify', keys: 'annalist.keyBindings' } as const
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
