/**
 * Agency and region in the shapes the fifth wild set and the kinds across all the wild sets taught (issue 12,
 * second round): a township whose own name is one character before a township unit (柘镇镇, 宁镇街道: the place is
 * the whole name, not 柘镇), a 管理区 under its city's government (青崖市人民政府石湾管理区管委会). Every text is
 * written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { leadingPlaces, regionOf } from '../../src/main/extract/region-name'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))
const tail = ['一、总体情况', '（一）主动公开', '全年主动公开政府信息共37条。', '（二）依申请公开', '全年共收到政府信息公开申请1件。']

describe('a township whose own name is one character and a unit', () => {
  it('reads 柘镇镇 and 宁镇街道 whole', () => {
    expect(leadingPlaces('柘镇镇人民政府')).toEqual(['柘镇镇'])
    expect(leadingPlaces('宁镇街道2023年政府信息公开工作年度报告')).toEqual(['宁镇街道'])
    expect(regionOf('柘镇镇人民政府')).toBe('柘镇镇')
  })
  it('keeps a two-character name before its unit (城关镇镇政府 is 城关镇)', () => {
    expect(leadingPlaces('城关镇镇政府')).toEqual(['城关镇'])
  })
  it('gives the region of a report titled so', () => {
    const r = v('2019年柘镇镇人民政府信息公开年度报告', '本年度报告根据《条例》要求，汇总2019年度柘镇镇政府信息公开年度报表编制而成。', ...tail)
    expect(r.region).toBe('柘镇镇')
    const s = v('宁镇街道2023年政府信息公开工作年度报告根据《条例》编制。', '2023年，宁镇街道积极推进政务公开。', ...tail)
    expect(s.region).toBe('宁镇街道')
  })
})

describe('a 管理区 under its city\'s government', () => {
  it('is the region with its city', () => {
    expect(regionOf('青崖市人民政府石湾管理区管委会')).toBe('青崖市石湾管理区')
  })
})

describe('a report that names its body only in its own contact sentence', () => {
  const open = ['本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2021年1月1日起至2021年12月31日止。']
  it('a bureau through its internal office (请与青崖县林业局办公室联系): the bureau', () => {
    const r = v(...open, '如对本年度报告有疑问，请与青崖县林业局办公室联系（电话：0000-1234567）。', ...tail)
    expect(r.agency).toBe('青崖县林业局')
    expect(r.region).toBe('青崖县')
  })
  it('a bureau through a section (直接与青崖县林业局人秘股联系), where the text calls itself 我局', () => {
    const r = v(...open, '如对本报告有疑问，可通过意见箱反映或直接与青崖县林业局人秘股联系。', '2021年，我局认真落实《条例》。', '我局全年主动公开政府信息共37条。', '（二）依申请公开', '全年共收到政府信息公开申请1件。')
    expect(r.agency).toBe('青崖县林业局')
  })
  it('a township\'s government (请与石湾乡人民政府联系), the text speaking of 全乡', () => {
    const r = v(...open, '如对本报告有任何疑问，请与石湾乡人民政府联系（地址：石湾乡政府党政办）。', '一、概述', '全乡政府信息公开工作运行正常。', '全年主动公开政府信息共37条。')
    expect(r.agency).toBe('石湾乡人民政府')
    expect(r.region).toBe('石湾乡')
  })
  it('not a government\'s disclosure office, nor a county\'s government office', () => {
    const r = v(...open, '如对本报告有任何疑问，请与青崖县人民政府办公室联系。', ...tail)
    expect(r.agency).toBeUndefined()
    const s = v(...open, '如对本报告有任何疑问，请与青崖县政府信息公开办公室联系。', ...tail)
    expect(s.agency).toBeUndefined()
  })
})

describe('a committee through its office (请与青崖市石湾科技产业园管委会办公室联系)', () => {
  it('is the committee, not a name cut inside 管委会, and its park the region', () => {
    const r = v('本报告根据《条例》编制。如对本报告有任何疑问，请与青崖市石湾科技产业园管委会办公室联系（电话：0000-7654321）。', ...tail)
    expect(r.agency).toBe('青崖市石湾科技产业园管委会')
    expect(r.region).toBe('青崖市石湾科技产业园')
  })
  it('a park with no place before it is no region (高科技电子产业园)', () => {
    expect(regionOf('高科技电子产业园管委会')).toBeNull()
  })
})

describe('a site\'s tag in brackets before the title (【图文】青崖市市场监督管理局2022年度…)', () => {
  it('the title\'s body, not a short form the sentences use', () => {
    const r = v('【图文】青崖市市场监督管理局2022年度政府信息公开工作年度报告', '发布日期：2023-01-20', '一、总体情况', '2022年，青崖市市场监管局认真贯彻落实《条例》。', '全年主动公开政府信息共37条。')
    expect(r.agency).toBe('青崖市市场监督管理局')
  })
})

describe('a scenic area\'s committee (风景区, 旅游度假区) is a place of its own', () => {
  it('is the region with its city, not the city alone', () => {
    expect(regionOf('青崖市石湾生态旅游风景区管理委员会市场监督管理局')).toBe('青崖市石湾生态旅游风景区')
    expect(regionOf('青崖市石湾旅游度假区管委会')).toBe('青崖市石湾旅游度假区')
  })
})

describe('a title naming its bureau short under a 来源 row naming the city government\'s office', () => {
  it('takes the full name the text writes once (青崖市交通运输局门户网站)', () => {
    const r = v('2014年市交通运输局政府信息公开工作年度报告', '来源：市政府办公室　发布时间：2015-03-10', '2014年度，市交通运输局政府信息公开工作紧紧围绕市委、市政府中心工作。', '一、概述', '市交通运输局充分运用《青崖日报》、青崖市交通运输局门户网站、官方微博等形式推进政府信息公开。', '全年主动公开政府信息共37条。')
    expect(r.agency).toBe('青崖市交通运输局')
    expect(r.region).toBe('青崖市')
  })
})

describe('a mirror\'s domain written in place of the county before a township (现公布example.com石湾乡2017年…)', () => {
  it('reads the township after it', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》要求，现公布qingya-mirror.com石湾乡2017年政府信息公开工作年度报告。', '一、概述', '我乡全年主动公开政府信息共37条。')
    expect(r.agency).toBe('石湾乡')
  })
})

describe('a body opening the text with its second name in brackets, then the rules it follows (X（区行政复议局）根据《…》等规定编制本报告)', () => {
  it('is the agency, without the bracket', () => {
    const r = v('青崖市石湾区司法局（区行政复议局）根据《中华人民共和国政府信息公开条例》《青崖省政府信息公开暂行办法》等规定编制本报告。', '一、总体情况', '全年主动公开政府信息共37条。')
    expect(r.agency).toBe('青崖市石湾区司法局')
    expect(r.region).toBe('青崖市石湾区')
  })
})
