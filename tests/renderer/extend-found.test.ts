/** `e` after `/` (review-effort bench finding 4): found text grows to the whole name or phrase around it. */
import { describe, expect, it } from 'vitest'
import { extendFound } from '../../src/renderer/src/lib/extend-found'
import { findNext } from '../../src/renderer/src/lib/span-map'
import { keyToCommand } from '../../src/renderer/src/lib/keymap'

const grow = (text: string, term: string): string => {
  const hit = findNext(text, term, 0)!
  const [s, e] = extendFound(text, hit)
  return text.slice(s, e)
}

describe('extendFound', () => {
  it('takes an organ name whole from a piece of it, title or signature', () => {
    expect(grow('湖南省龙山县人民政府办公室2019年政府信息公开工作年度报告', '龙山')).toBe('湖南省龙山县人民政府办公室')
    expect(grow('现将报告公布如下。\n龙山县财政局\n2020年1月15日', '财政')).toBe('龙山县财政局')
    expect(grow('正文。\n龙山县卫生健康委员会 2020年1月', '卫生')).toBe('龙山县卫生健康委员会')
  })

  it('starts after a linking word and stops at the end of the name, not at a later one', () => {
    expect(grow('根据龙山县人民政府办公室的部署，县教育局开展了工作。', '龙山县')).toBe('龙山县人民政府办公室')
    expect(grow('本报告由龙山县教育局编制，关于县财政局的说明见附件。', '龙山县教育局')).toBe('龙山县教育局')
  })

  it('without an organ word, goes to the end of the phrase', () => {
    expect(grow('地址：湖南省龙山县民安街道，邮编416800', '民安')).toBe('湖南省龙山县民安街道')
  })
})

describe('the keys', () => {
  it('Delete clears the field and e extends the found text in a document; e stays export in the library', () => {
    expect(keyToCommand({ key: 'Delete' }, { view: 'review', typing: false, zone: 'fields' })).toBe('clearField')
    expect(keyToCommand({ key: 'e' }, { view: 'review', typing: false, zone: 'fields' })).toBe('extendFind')
    expect(keyToCommand({ key: 'e' }, { view: 'library', typing: false })).toBe('export')
    expect(keyToCommand({ key: 'Delete' }, { view: 'review', typing: true })).toBeNull()
  })
})
