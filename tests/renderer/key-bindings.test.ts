// Rebinding the desk's keys (issue 11 point 4): the keymap follows the bindings, a clash or a fixed key is
// refused, stored bindings are made sound again.
import { describe, expect, it } from 'vitest'
import { DEFAULT_BINDINGS, bindingRefusal, soundBindings, showBinding } from '../../src/renderer/src/lib/key-bindings'
import { keyHelp, keyToCommand } from '../../src/renderer/src/lib/keymap'

const review = { view: 'review' as const, typing: false }

describe('key bindings', () => {
  it('a rebound action answers to its new key only; Shift+letter is its own key', () => {
    const b = { ...DEFAULT_BINDINGS, confirm: 'w', nextDoc: 'J' }
    expect(keyToCommand({ key: 'w' }, { ...review, bindings: b })).toBe('confirm')
    expect(keyToCommand({ key: 'c' }, { ...review, bindings: b })).toBeNull()
    expect(keyToCommand({ key: 'J', shiftKey: true }, { ...review, bindings: b })).toBe('nextDoc')
    expect(keyToCommand({ key: 'j' }, { ...review, bindings: b })).toBeNull()
    // the library walks the list with the same keys
    expect(keyToCommand({ key: 'J', shiftKey: true }, { view: 'library', typing: false, bindings: b })).toBe('nextDoc')
    expect(keyToCommand({ key: '+' }, review)).toBe('zoomIn')
    expect(keyToCommand({ key: '0' }, review)).toBe('zoomFit')
  })
  it('refuses a key another action holds, and keys with a fixed use', () => {
    expect(bindingRefusal(DEFAULT_BINDINGS, 'confirm', 'j')).toEqual({ reason: 'taken', by: 'nextDoc' })
    expect(bindingRefusal(DEFAULT_BINDINGS, 'confirm', '3')).toEqual({ reason: 'fixed' })
    expect(bindingRefusal(DEFAULT_BINDINGS, 'confirm', ' ')).toEqual({ reason: 'fixed' })
    expect(bindingRefusal(DEFAULT_BINDINGS, 'confirm', 'c')).toBeNull()
    expect(bindingRefusal(DEFAULT_BINDINGS, 'confirm', 'w')).toBeNull()
  })
  it('stored bindings: unknown and fixed keys dropped, a clashing set back to the defaults', () => {
    expect(soundBindings({ confirm: 'w', nosuch: 'z', flag: '5' })).toEqual({ ...DEFAULT_BINDINGS, confirm: 'w' })
    expect(soundBindings({ confirm: 'j' })).toEqual(DEFAULT_BINDINGS)
    expect(soundBindings('garbage')).toEqual(DEFAULT_BINDINGS)
  })
  it('y opens the years side by side in a document (Shift+Y: every field), Ctrl+Y stays redo', () => {
    expect(keyToCommand({ key: 'y' }, review)).toBe('years')
    expect(keyToCommand({ key: 'Y', shiftKey: true }, review)).toBe('yearsAll')
    expect(keyToCommand({ key: 'y', ctrlKey: true }, review)).toBe('redo')
    expect(keyHelp(DEFAULT_BINDINGS)).toContainEqual(['y', 'keys.yearsView'])
  })
  it('the help list shows the keys as bound', () => {
    const rows = keyHelp({ ...DEFAULT_BINDINGS, confirm: 'w' })
    expect(rows).toContainEqual(['w', 'keys.confirm'])
    expect(rows).toContainEqual([showBinding('C'), 'keys.confirmAll'])
    expect(showBinding('C')).toBe('Shift+C')
  })
})
