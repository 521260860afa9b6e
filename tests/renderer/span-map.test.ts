// Highlighting: raw spans into the clean view through clean_map, and text cut into marked segments.
import { describe, expect, it } from 'vitest'
import { cleanSpanToRaw, findAll, findNext, rawSpanToClean, segments } from '../../src/renderer/src/lib/span-map'

/** a clean text made from raw by dropping ranges, with its map, the way normalisation reports it */
function clean(raw: string, drop: [number, number][]): { text: string; map: number[] } {
  let text = ''
  const map: number[] = []
  for (let i = 0; i < raw.length; i++) {
    if (drop.some(([s, e]) => i >= s && i < e)) continue
    text += raw[i]
    map.push(i)
  }
  map.push(raw.length)
  return { text, map }
}

describe('rawSpanToClean', () => {
  const raw = '首页>新闻\n白河市(bái hé shì)生态环境局2022年报告'
  const nav = raw.indexOf('\n') + 1
  const pinyin: [number, number] = [raw.indexOf('('), raw.indexOf(')') + 1]
  const c = clean(raw, [[0, nav], pinyin])

  it('maps a span after dropped text to the same characters', () => {
    const s = raw.indexOf('生态环境局')
    const [a, b] = rawSpanToClean([s, s + 5], c.map)
    expect(c.text.slice(a, b)).toBe('生态环境局')
  })
  it('a span that covers dropped text keeps only what is left', () => {
    const s = raw.indexOf('白河市')
    const e = raw.indexOf('局') + 1
    const [a, b] = rawSpanToClean([s, e], c.map)
    expect(c.text.slice(a, b)).toBe('白河市生态环境局')
  })
  it('a span wholly inside dropped text maps to an empty span at its place', () => {
    const [a, b] = rawSpanToClean([pinyin[0] + 1, pinyin[1] - 1], c.map)
    expect(a).toBe(b)
    expect(c.text.slice(0, a)).toBe('白河市')
  })
  it('a span at the end stays inside the text', () => {
    const [a, b] = rawSpanToClean([raw.length - 2, raw.length], c.map)
    expect(c.text.slice(a, b)).toBe('报告')
  })
  it('goes back from clean to raw', () => {
    const a = c.text.indexOf('2022')
    const [s, e] = cleanSpanToRaw([a, a + 4], c.map)
    expect(raw.slice(s, e)).toBe('2022')
  })
})

describe('segments', () => {
  it('marks hits and the focus, the focus winning over an overlapping hit', () => {
    const text = '申请17件，办结17件'
    const segs = segments(text, [2, 4], findAll(text, '17'))
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['plain', '申请'], ['focus', '17'], ['plain', '件，办结'], ['hit', '17'], ['plain', '件'],
    ])
    expect(segs.map((s) => s.text).join('')).toBe(text)
  })
  it('keeps an empty focus as a zero-width mark to scroll to', () => {
    const segs = segments('abc', [1, 1], [])
    expect(segs.map((s) => s.kind)).toEqual(['plain', 'focus', 'plain'])
  })
  it('the text found with / wins over the focus and the hits, and findNext wraps', () => {
    const text = '申请17件，办结17件'
    const segs = segments(text, [2, 4], findAll(text, '17'), [2, 5])
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['plain', '申请'], ['found', '17件'], ['plain', '，办结'], ['hit', '17'], ['plain', '件'],
    ])
    expect(findNext(text, '17', 0)).toEqual([2, 4])
    expect(findNext(text, '17', 4)).toEqual([8, 10])
    expect(findNext(text, '17', 10)).toEqual([2, 4])
    expect(findNext(text, '18', 0)).toBeNull()
  })
  it('plain text when nothing is marked', () => {
    expect(segments('abc', null, [])).toEqual([{ text: 'abc', start: 0, kind: 'plain' }])
  })
  it('findAll ignores Latin case and does not overlap', () => {
    expect(findAll('PDF pdf Pdf', 'pdf')).toEqual([[0, 3], [4, 7], [8, 11]])
    expect(findAll('aaaa', 'aa')).toEqual([[0, 2], [2, 4]])
    expect(findAll('abc', '  ')).toEqual([])
  })
})
