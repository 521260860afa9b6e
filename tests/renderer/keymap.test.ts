// The keyboard flow as a pure mapping from keys (and where focus is) to commands.
import { describe, expect, it } from 'vitest'
import { digitOf, keyToCommand, type KeyContext } from '../../src/renderer/src/lib/keymap'

const review: KeyContext = { view: 'review', typing: false }
const library: KeyContext = { view: 'library', typing: false }
const typing: KeyContext = { view: 'review', typing: true }

describe('keyToCommand', () => {
  it('s compares the copies of a report, [ and ] open the neighbouring years; a opens the agencies in the library (issue 13)', () => {
    expect(keyToCommand({ key: 's' }, review)).toBe('copies')
    expect(keyToCommand({ key: 'S', shiftKey: true }, review)).toBe('copiesAll')
    expect(keyToCommand({ key: 'u' }, review)).toBe('splitCopy')
    expect(keyToCommand({ key: '[' }, review)).toBe('prevYear')
    expect(keyToCommand({ key: ']' }, review)).toBe('nextYear')
    expect(keyToCommand({ key: 'a' }, library)).toBe('agencies')
    expect(keyToCommand({ key: 's' }, typing)).toBeNull()
    expect(keyToCommand({ key: 'a' }, review)).toBeNull()
  })
  it('moves between documents with j/k; the arrows walk the library list only', () => {
    expect(keyToCommand({ key: 'j' }, review)).toBe('nextDoc')
    expect(keyToCommand({ key: 'ArrowDown' }, library)).toBe('nextDoc')
    expect(keyToCommand({ key: 'k' }, review)).toBe('prevDoc')
    expect(keyToCommand({ key: 'ArrowUp' }, library)).toBe('prevDoc')
  })
  it('in a document the arrows scroll the original, move between fields in the fields pane, and are the browser’s on the text', () => {
    expect(keyToCommand({ key: 'ArrowDown' }, review)).toBe('scrollDown')
    expect(keyToCommand({ key: 'ArrowUp' }, review)).toBe('scrollUp')
    expect(keyToCommand({ key: 'PageDown' }, review)).toBe('pageDown')
    const fields: KeyContext = { view: 'review', typing: false, zone: 'fields' }
    expect(keyToCommand({ key: 'ArrowDown' }, fields)).toBe('fieldDown')
    expect(keyToCommand({ key: 'ArrowUp' }, fields)).toBe('fieldUp')
    expect(keyToCommand({ key: 'ArrowLeft' }, fields)).toBe('fieldLeft')
    expect(keyToCommand({ key: 'ArrowRight' }, fields)).toBe('fieldRight')
    expect(keyToCommand({ key: 'ArrowDown' }, { view: 'review', typing: false, zone: 'original' })).toBeNull()
  })
  it('r reopens, Shift+R reads the document again by OCR (issue 14)', () => {
    expect(keyToCommand({ key: 'r' }, review)).toBe('reopen')
    expect(keyToCommand({ key: 'R', shiftKey: true }, review)).toBe('reocr')
    expect(keyToCommand({ key: 'R', shiftKey: true }, library)).toBeNull()
  })
  it('Tab is the browser’s; Enter and Space on a button press it', () => {
    expect(keyToCommand({ key: 'Tab' }, review)).toBeNull()
    expect(keyToCommand({ key: 'Tab', shiftKey: true }, review)).toBeNull()
    const control: KeyContext = { view: 'review', typing: false, zone: 'control' }
    expect(keyToCommand({ key: 'Enter' }, control)).toBeNull()
    expect(keyToCommand({ key: ' ' }, { view: 'library', typing: false, zone: 'control' })).toBeNull()
    expect(keyToCommand({ key: 'c' }, control)).toBe('confirm')
  })
  it('1–9 choose a suggestion (or a tag), Shift+1–9 a tag; / finds in a document, g jumps to a field', () => {
    expect(keyToCommand({ key: '3', code: 'Digit3' }, review)).toBe('digit')
    expect(keyToCommand({ key: '#', code: 'Digit3', shiftKey: true }, review)).toBe('tagDigit')
    expect(digitOf({ key: '#', code: 'Digit3', shiftKey: true })).toBe(3)
    expect(digitOf({ key: '7' })).toBe(7)
    expect(digitOf({ key: '0', code: 'Digit0' })).toBeNull()
    expect(keyToCommand({ key: '1' }, library)).toBeNull()
    expect(keyToCommand({ key: '/' }, review)).toBe('find')
    expect(keyToCommand({ key: '/' }, library)).toBe('search')
    expect(keyToCommand({ key: 'g' }, review)).toBe('jumpField')
    expect(keyToCommand({ key: 'o' }, review)).toBe('focusOriginal')
    expect(keyToCommand({ key: 'd' }, review)).toBe('dismiss')
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
    expect(keyToCommand({ key: '/' }, library)).toBe('search')
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
