/**
 * Shapes the strict fourth wild set taught (issue 12, wrong values first): a sentence's words ending in 部 (费用全部)
 * are no ministry; the body's own office in brackets after its name (…行政公署（行署办公室）) is a gloss, not a
 * second name; a township opening the year's account with 以来 (2022年以来，X乡在…); a government's counsellors'
 * office (参事室) is a body. Every text is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a sentence ending in 部 is no body', () => {
  it('leaves the agency empty for 工作经费全部在…列支 in a report that names no body', () => {
    const r = v('一、总体情况', '2017年度，全县税务机关主动公开各类信息128条。安排1名工作人员承担信息公开工作。工作经费全部在财政拨付的办公经费中列支。未产生相关费用。',
      '二、主动公开政府信息情况', '本年主动公开政府信息128条。')
    expect(r.agency ?? null).toBeNull()
  })
})

describe('the body\'s own office in brackets after its name', () => {
  it('reads 青河地区行政公署 from 现就青河地区行政公署（行署办公室）2013年度…报告如下', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》的有关要求，现就青河地区行政公署（行署办公室）2013年度政府信息公开工作情况报告如下。',
      '一、概述', '2013年，青河地区大力开展政府信息公开工作。')
    expect(r.agency).toBe('青河地区行政公署')
    expect(r.region).toBe('青河地区')
  })
  it('keeps a second name that is another body (…发展和改革委员会（青山市粮食局）)', () => {
    const r = v('现将青山市发展和改革委员会（青山市粮食局）2020年政府信息公开工作年度报告公布如下。', '一、总体情况', '2020年，我委主动公开政府信息56条。')
    expect(r.agency).toBe('青山市发展和改革委员会（青山市粮食局）')
  })
})

describe('a township opening the year\'s account with 以来', () => {
  it('reads 石桥乡 from 2021年以来，石桥乡在县委县政府的正确领导下…', () => {
    const r = v('一、总体情况', '2021年以来，石桥乡在县委县政府的正确领导下，扎实推进政务公开工作。石桥乡坚持把政府信息公开工作作为重要举措。',
      '二、主动公开政府信息情况', '本年度我乡未收到政府信息公开申请。')
    expect(r.agency).toBe('石桥乡')
    expect(r.region).toBe('石桥乡')
  })
})

describe('a counsellors\' office named in its title', () => {
  it('reads 青江省参事室 from the title line', () => {
    const r = v('青江省参事室2012年政府信息公开工作年度报告', '', '根据《中华人民共和国政府信息公开条例》，现将2012年度信息公开工作情况报告如下。',
      '一、基本情况', '2012年，我室进一步加大政府信息公开工作力度。')
    expect(r.agency).toBe('青江省参事室')
    expect(r.region).toBe('青江省')
  })
})
