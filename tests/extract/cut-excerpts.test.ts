/**
 * A page stored cut after its first ~600–1,000 characters (the pages store's excerpts, issue 12): what the cut
 * leaves must give the fields a careful reader would read from it, and never a value the whole text would not
 * give (a cover's month for the year, a heading cut in half read as another outline). Found by cutting every
 * non-held text every five characters (session 11, scripts/cut-probe.ts). A table row cut in its last cell's
 * digits is not caught: nothing tells it from a text that ends with its table (an annex's statistics table).
 * Texts written for the test.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))

const OVERVIEW = [
  '青山县民政局2021年政府信息公开工作年度报告',
  '一、总体情况',
  '2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息236条，收到政府信息公开申请5件。',
]

describe('a standard report cut inside its second heading', () => {
  it('reads the template outline from 一、总体情况 and the heading\'s first characters', () => {
    for (const cut of ['二、', '二、主', '二、主动公开', '二、主动公开政府信息']) {
      expect(values([...OVERVIEW, '', cut].join('\n')).format).toBe('standard-2021')
    }
  })

  it('still reads an old outline\'s second heading as its own (二、依申请公开… is not the template\'s)', () => {
    const old = ['青山县民政局2021年政府信息公开工作年度报告', '一、概述', '2021年，我局全年主动公开政府信息236条。', '', '二、依申请']
    expect(values(old.join('\n')).format).toBe('free-form')
  })
})

describe('a report cut before it names its year', () => {
  it('does not take the cover\'s month line for the year reported on', () => {
    const v = values(['2014年3月', '本年度报告是根据《中华人民共和国政府信息公开条例》和本市有关规定要求，由市政府办公厅综合各'].join('\n'))
    expect(v.report_year ?? null).toBeNull()
  })

  it('still reads a sentence that opens with the year and a month', () => {
    const v = values(['青山县民政局政府信息公开工作年度报告', '2014年3月，我局修订了政府信息公开指南，全年主动公开政府信息120条。'].join('\n'))
    expect(v.report_year).toBe(2014)
  })
})

describe('one kind of information, counted in a sentence the cut ends', () => {
  const withSentence = (s: string) => values([...OVERVIEW.slice(0, 2), `2021年，我局认真贯彻落实《条例》。${s}`].join('\n')).proactive_disclosures ?? null

  it('regulations, the body\'s profile and its leaders\' doings are kinds, not the year\'s total', () => {
    expect(withSentence('全市共主动公开新增市政府规章18件。')).toBeNull()
    expect(withSentence('共主动公开机构简介2条，')).toBeNull()
    expect(withSentence('全年主动公开领导活动57条。')).toBeNull()
  })

  it('information as a whole is still the total', () => {
    expect(withSentence('全年共主动公开政府信息120条。')).toBe(120)
  })
})
