/**
 * Agency when nothing else names the body (issue 12): the one body with its place that is the subject of
 * the report's own statements; never when several bodies are subjects (an aggregate report), never a
 * body without its place. A metadata row (组配分类 政府信息公开年报) is never the title.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('agency as the subject of the report\'s statements', () => {
  it('one body with its place, subject of a disclosure statement', () => {
    const r = v('一、总体情况', '本年度工作平稳推进。', '2023年，青禾县南岗镇人民政府未收到政府信息公开申请。')
    expect(r.agency).toBe('青禾县南岗镇人民政府')
  })
  it('several bodies as subjects, or a body without its place: none', () => {
    expect(v('一、总体情况', '青禾县财政局主动公开信息31条，青禾县教育局主动公开信息56条。').agency).toBeUndefined()
    expect(v('一、总体情况', '2023年，林业局累计主动公开政府信息30条。').agency).toBeUndefined()
  })
  it('a metadata row is not the title; the title under it names the place', () => {
    const r = v('发布机构 南岗镇', '组配分类 政府信息公开年报', '', '2023年南岗镇政府信息公开工作年度报告', '一、总体情况', '我镇高度重视。')
    expect(r.title).toBe('2023年南岗镇政府信息公开工作年度报告')
  })
})

describe('publish date on the portal\'s line under the title', () => {
  it('a date preceded by the re-posting portal and followed by its time and 来源', () => {
    const r = v('国家统计局2013年政府信息公开工作年度报告', '中央政府门户网站 www.gov.cn 2014-03-21 10:21 来源: 国家统计局网站', '一、概述', '本年度工作平稳。')
    expect(r.publish_date).toBe('2014-03-21')
  })
})
