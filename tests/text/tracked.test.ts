/**
 * The offset-tracking string every cleaning rule rewrites: how replacements map back to raw spans.
 */
import { describe, expect, it } from 'vitest'
import { concatTracked, cut, rewrite, trackRaw, trimTracked, withChars } from '../../src/main/text/tracked'

const spans = (t: { s: string; st: Int32Array; en: Int32Array }): Array<[string, number, number]> =>
  Array.from(t.s, (c, i) => [c, t.st[i], t.en[i]])

describe('tracked text', () => {
  it('starts as the identity', () => {
    expect(spans(trackRaw('甲乙', 0))).toEqual([['甲', 0, 1], ['乙', 1, 2]])
    expect(spans(trackRaw('xx甲乙', 2))).toEqual([['甲', 2, 3], ['乙', 3, 4]])
  })
  it('drops removed chars and keeps the others where they were', () => {
    const t = rewrite(trackRaw('a(b)c'), /\(b\)/g, () => '')
    expect(spans(t)).toEqual([['a', 0, 1], ['c', 4, 5]])
  })
  it('maps a same-length replacement char for char', () => {
    const t = rewrite(trackRaw('x１２y'), /[１２]+/g, () => '12')
    expect(spans(t)).toEqual([['x', 0, 1], ['1', 1, 2], ['2', 2, 3], ['y', 3, 4]])
  })
  it('maps a replacement of another length to the whole match', () => {
    const t = rewrite(trackRaw('a&nbsp;b'), /&nbsp;/g, () => ' ')
    expect(spans(t)).toEqual([['a', 0, 1], [' ', 1, 7], ['b', 7, 8]])
  })
  it('maps every char to the whole match when asked, even at the same length', () => {
    const t = rewrite(trackRaw('a|||b'), /\|+/g, () => ' | ', true)
    expect(spans(t)).toEqual([['a', 0, 1], [' ', 1, 4], ['|', 1, 4], [' ', 1, 4], ['b', 4, 5]])
  })
  it('keeps a match when the callback says undefined, and returns the same object when nothing changes', () => {
    const t = trackRaw('abc')
    expect(rewrite(t, /b/g, () => undefined)).toBe(t)
    expect(rewrite(t, /z/g, () => '')).toBe(t)
  })
  it('chains: offsets survive several rewrites', () => {
    let t = trackRaw('<p>規(guī)劃</p>')
    t = rewrite(t, /<\/?p>/g, () => '')
    t = rewrite(t, /\(guī\)/g, () => '')
    t = withChars(t, '规划')
    expect(spans(t)).toEqual([['规', 3, 4], ['划', 9, 10]])
  })
  it('cuts, trims and concatenates', () => {
    const t = trackRaw('  甲乙丙  ')
    const trimmed = trimTracked(t, (c) => c === ' ')
    expect(spans(trimmed)).toEqual([['甲', 2, 3], ['乙', 3, 4], ['丙', 4, 5]])
    expect(spans(cut(trimmed, 1, 2))).toEqual([['甲', 2, 3], ['丙', 4, 5]])
    const joined = concatTracked([trackRaw('abxxxcd', 0, 2), trackRaw('abxxxcd', 5)], () => ' ')
    expect(spans(joined)).toEqual([['a', 0, 1], ['b', 1, 2], [' ', 2, 5], ['c', 5, 6], ['d', 6, 7]])
  })
  it('refuses a char-for-char change of another length', () => {
    expect(() => withChars(trackRaw('ab'), 'abc')).toThrow()
  })
})
