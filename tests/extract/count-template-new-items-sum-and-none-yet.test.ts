/**
 * Count shapes from a tenth wild pass of counts (issue 12): the city template's running total with its rate clause
 * before the year's new items (累计主动公开政府信息N条，全文电子化率达100%，其中本年度新增的主动公开信息M条); parts then a
 * total written 合计共N条 whose last part has no verb of its own (…信息135条，主动公开发布…5条，水利领域信息81条，合计共221条);
 * 全年累计 in a sentence opened by the report year's end (截至2015年12月31日，全年累计主动公开…); none of the cases said
 * 尚未有因政府信息公开而申请行政复议、提起诉讼. Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const field = (name: string, ...lines: string[]) => run(...lines).fields.find((f) => f.field === name)
const proactive = (...lines: string[]) => field('proactive_disclosures', ...lines)

describe('the city template: a running total, its rate clause, then the year\'s new items', () => {
  const head = ['2016年上海市某某区某某局政府信息公开工作年度报告', '二、主动公开政府信息情况']
  it('其中本年度新增的主动公开信息M条 after 全文电子化率达100%: the new items are the year\'s', () => {
    expect(proactive(...head, '本局到2016年底累计主动公开政府信息2468条，全文电子化率达100%，其中本年度新增的主动公开信息73条。')?.value).toBe(73)
  })
  it('其中，本年度新增主动公开政府信息M条 after a rate below 100%: the year\'s', () => {
    expect(proactive(...head, '本区到2016年底累计主动公开政府信息9135条，全文电子化率达91.6%，其中，本年度新增主动公开政府信息1307条。')?.value).toBe(1307)
  })
  it('the year\'s own total (no 累计) before the rate clause and a kind\'s new items stays the year\'s', () => {
    expect(proactive(...head, '本局2016年主动公开政府信息864条，全文电子化率达100%，其中本年度新增的主动公开公文类政府信息29条。')?.value).toBe(864)
  })
  it('the running total alone stays no value', () => {
    expect(proactive(...head, '本局到2016年底累计主动公开政府信息2468条，全文电子化率达100%。')).toBeUndefined()
  })
})

describe('parts then a total written 合计共N条', () => {
  const head = ['某某县林业局2024年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况']
  it('the last part without its own verb still a part, and the parts add up: the total', () => {
    expect(proactive(...head, '通过政府信息公开网主动公开发布基础信息64条，主动公开发布重点领域信息7条，林业领域信息29条，合计共100条，较好完成了年度任务')?.value).toBe(100)
  })
  it('parts that do not add up to 合计共N条: not taken as the total', () => {
    expect(proactive(...head, '通过政府信息公开网主动公开发布基础信息64条，主动公开发布重点领域信息7条，林业领域信息29条，合计共120条，较好完成了年度任务')?.value).not.toBe(120)
  })
})

describe('全年累计 after the report year\'s end', () => {
  const head = ['某某市某某局2015年政府信息公开工作年度报告', '一、主动公开政府信息情况', '（一）公开的数量']
  it('截至2015年12月31日，全年累计主动公开政府信息的数量N条: the year\'s', () => {
    expect(proactive(...head, '截至2015年12月31日，全年累计主动公开政府信息的数量86条。其中，网上公开信息的数量86条。')?.value).toBe(86)
  })
  it('截至2015年12月31日，累计主动公开… without 全年: still a running total', () => {
    expect(proactive(...head, '截至2015年12月31日，累计主动公开政府信息的数量486条。')).toBeUndefined()
  })
})

describe('none of the cases said 尚未有…申请行政复议、提起诉讼', () => {
  const head = ['某某市某某局2015年政府信息公开工作年度报告', '二、行政复议、诉讼和申诉情况']
  it('截止到2015年末，本局尚未有因政府信息公开而申请行政复议、提起诉讼和申诉情况: 0 and 0', () => {
    const r = run(...head, '截止到2015年末，本局尚未有因政府信息公开而申请行政复议、提起诉讼和申诉情况。')
    expect(r.fields.find((f) => f.field === 'admin_reconsiderations')?.value).toBe(0)
    expect(r.fields.find((f) => f.field === 'admin_lawsuits')?.value).toBe(0)
  })
})

describe('requests called 依申请公开方面的诉求', () => {
  const head = ['某某市某某局2025年政府信息公开工作年度报告', '一、总体公开情况', '（二）依申请公开']
  it('接到依申请公开方面的诉求N件: the year\'s requests', () => {
    expect(field('applications_received', ...head, '2025年，本单位接到依申请公开方面的诉求4件，申请事项涉及道路规划，均依法作出答复告知。')?.value).toBe(4)
  })
  it('接到群众诉求N件 (no request word): still no value', () => {
    expect(field('applications_received', ...head, '2025年，本单位接到群众诉求41件，均已办结。')).toBeUndefined()
  })
})
