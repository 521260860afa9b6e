// The keyboard flow as a pure mapping from keys (and where focus is) to commands.
import { describe, expect, it } from 'vitest'
import { keyToCommand, type KeyContext } from '../../src/renderer/src/lib/keymap'

const review: KeyContext = { view: 'review', typing: false }
const library: KeyContext = { view: 'library', typing: false }
const typing: KeyContext = { view: 'review', typing: true }

describe('keyToCommand', () => {
  it('moves between documents with j/k and the arrows', () => {
    expect(keyToCommand({ key: 'j' }, review)).toBe('nextDoc')
    expect(keyToCommand({ key: 'ArrowDown' }, library)).toBe('nextDoc')
    expect(keyToCommand({ key: 'k' }, review)).toBe('prevDoc')
    expect(keyToCommand({ key: 'ArrowUp' }, review)).toBe('prevDoc')
  })
  it('review keys', () => {
    expect(keyToCommand({ key: 'n' }, review)).toBe('nextWarning')
    expect(keyToCommand({ key: 'c' }, review)).toBe('confirm')
    expect(keyToCommand({ key: 'C', shiftKey: true }, review)).toBe('confirmAll')
    expect(keyToCommand({ key: 'Enter' }, review)).toBe('edit')
    expect(keyToCommand({ key: 'p' }, review)).toBe('pick')
    expect(keyToCommand({ key: 'v' }, review)).toBe('verify')
    expect(keyToCommand({ key: 'f' }, review)).toBe('flag')
    expect(keyToCommand({ key: 'q' }, review)).toBe('queue')
    expect(keyToCommand({ key: 'Tab' }, review)).toBe('nextField')
    expect(keyToCommand({ key: 'Tab', shiftKey: true }, review)).toBe('prevField')
  })
  it('review-only keys do nothing in the library', () => {
    expect(keyToCommand({ key: 'c' }, library)).toBeNull()
    expect(keyToCommand({ key: 'v' }, library)).toBeNull()
    expect(keyToCommand({ key: 'x' }, library)).toBe('toggleSelect')
    expect(keyToCommand({ key: 'Enter' }, library)).toBe('edit')
  })
  it('undo and redo, Ctrl or Cmd', () => {
    expect(keyToCommand({ key: 'z', ctrlKey: true }, review)).toBe('undo')
    expect(keyToCommand({ key: 'z', metaKey: true }, library)).toBe('undo')
    expect(keyToCommand({ key: 'Z', ctrlKey: true, shiftKey: true }, review)).toBe('redo')
    expect(keyToCommand({ key: 'y', ctrlKey: true }, review)).toBe('redo')
    expect(keyToCommand({ key: 'c', ctrlKey: true }, review)).toBeNull()
  })
  it('/ ? and Esc', () => {
    expect(keyToCommand({ key: '/' }, review)).toBe('search')
    expect(keyToCommand({ key: '?', shiftKey: true }, library)).toBe('help')
    expect(keyToCommand({ key: 'Escape' }, review)).toBe('back')
  })
  it('while typing only Esc is a command; letters and undo belong to the input', () => {
    expect(keyToCommand({ key: 'j' }, typing)).toBeNull()
    expect(keyToCommand({ key: 'Enter' }, typing)).toBeNull()
    expect(keyToCommand({ key: 'z', ctrlKey: true }, typing)).toBeNull()
    expect(keyToCommand({ key: 'Escape' }, typing)).toBe('back')
  })
  it('Alt combinations are left to the system', () => {
    expect(keyToCommand({ key: 'j', altKey: true }, review)).toBeNull()
  })
})
