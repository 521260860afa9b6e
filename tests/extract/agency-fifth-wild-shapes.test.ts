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
