/**
 * Shapes the fifth-round wild sets taught (issue 12, wrong values first): the verbs that set up or staff a body's own
 * disclosure group (调整充实区林业局政府信息公开工作领导小组) are no place's name, so a short form is not "written out"
 * as 调整充实区林业局; a title broken after the body's name whose second line opens with 关于 (某县林业局 / 关于2017年…年度报告)
 * is joined; a news portal's /全文 mark after the headline is no part of the title; an old outline's first heading
 * 一、…基本概况 says free-form even in a 2019 report. Every text is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a group-staffing verb before a short form', () => {
  it('keeps 区林业局 as written for 调整充实区林业局政府信息公开工作领导小组', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》和《青州区人民政府办公室关于报送2017年政府信息公开年度报告的通知》要求，特向社会公布区林业局政府信息公开工作年度报告。',
      '一、概述', '区林业局围绕全区林业发展大局，健全政府信息公开工作制度。',
      '根据人事变动，调整充实区林业局政府信息公开工作领导小组和办公室成员，明确了1名兼职人员。',
      '二、主动公开政府信息情况', '2017年，我局主动公开政府信息46条。')
    expect(r.agency).toBe('区林业局')
    expect(r.region ?? null).toBeNull()
  })
})

describe('a title broken after the body, its second line opening with 关于', () => {
  it('joins 白河县林业局 / 关于2017年政府信息公开年度报告', () => {
    const r = v('白河县林业局', '关于2017年政府信息公开年度报告', '县信息办：',
      '根据《中华人民共和国政府信息公开条例》要求，现将我局2017年信息公开工作情况报告如下：', '一、基本情况', '2017年，我局主动公开政府信息31条。')
    expect(r.title).toBe('白河县林业局关于2017年政府信息公开年度报告')
  })
})

describe('a news portal\'s /全文 mark after the headline', () => {
  it('reads the headline without /全文', () => {
    const r = v('青原省2015年政府信息公开工作年度报告/全文', '', '2016年04月12日10:05 | 某某发展门户网 www.example.cn | 字号:T|T',
      '根据《中华人民共和国政府信息公开条例》编制此报告。报告由概述，主动公开政府信息情况，依申请公开政府信息情况等部分组成。',
      '一、概述', '2015年，全省主动公开政府信息21万条。')
    expect(r.title).toBe('青原省2015年政府信息公开工作年度报告')
  })
})

describe('an old outline\'s 基本概况 heading in a 2019 report', () => {
  it('says free-form for 一、政府信息公开工作的基本概况', () => {
    const r = v('引 言', '现编制并公布本单位2019年政府信息公开工作年度报告。本报告所列数据的统计期限为2019年1月1日至2019年12月31日。',
      '一、政府信息公开工作的基本概况', '（一）组织领导和制度建设情况', '2019年，乡政府按照县政府的统一部署开展政府信息公开工作，配备了1名兼职工作人员。')
    expect(r.format).toBe('free-form')
  })
})
