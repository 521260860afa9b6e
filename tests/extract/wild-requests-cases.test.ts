/**
 * Requests received and disclosure cases in the shapes a second set of real reports showed (issue 12, the
 * "wild" set): a label sentence carrying the subject, a bare 申请 under the requests' heading, the request
 * named before its verb, an old statistics line without a unit, none handled, a fee of zero that is not a
 * count of requests, and the part of all reviewed cases that concerns disclosure. Texts written for the tests.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const fields = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('requests received', () => {
  it('a bare 申请 under the requests heading, and a fee of zero that is not the requests', () => {
    const v = fields('一、概述', '我街道政府信息公开工作运行正常。', '三、政府信息依申请公开情况',
      '本街道2019年共收到申请3件，均按时办结，其中信息不存在1件。依申请公开收费为0。')
    expect(v.applications_received).toBe(3)
  })
  it('a label sentence before the count (二是依申请公开情况。…接收到申请书N份)', () => {
    const v = fields('一、总体情况', '二是依申请公开情况。2024年度县林业局接收到申请书17份，均已按时答复。')
    expect(v.applications_received).toBe(17)
    // with no heading or label about requests, a bare 申请 is not read
    expect(fields('一、总体情况', '2024年度县林业局共收到申请17件，均已办结。').applications_received ?? null).toBeNull()
  })
  it('the request named before its verb (依申请公开受理N件)', () => {
    const v = fields('一、总体情况', '2020年我县主动公开各类政务信息2100余份，依申请公开受理9件，办结9件，行政复议0件、行政诉讼0件。')
    expect(v.applications_received).toBe(9)
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
  it('依申请信息公开 as the request noun', () => {
    expect(fields('一、总体情况', '2021年市林业局收到依申请信息公开4件，其中予以公开3件。').applications_received).toBe(4)
  })
  it('an old statistics line without a unit (政府信息公开申请数为N，…)', () => {
    expect(fields('三、依申请公开政府信息情况', '政府信息公开申请数为5，当面申请数为3条。').applications_received).toBe(5)
  })
  it('none stated with words between 公开 and 信息的申请', () => {
    expect(fields('一、总体情况', '我乡未收到群众提出公开政府政务信息的申请。').applications_received).toBe(0)
  })
  it('none handled is none received; a handled count above zero is not read', () => {
    expect(fields('四、依申请公开政府信息受理情况', '2016年共处理政府信息公开申请0件。').applications_received).toBe(0)
    expect(fields('四、依申请公开政府信息受理情况', '2016年共处理政府信息公开申请6件。').applications_received ?? null).toBeNull()
  })
})

describe('reconsiderations and lawsuits', () => {
  it('a label sentence naming the cases, then none', () => {
    const v = fields('一、工作开展情况', '6、政府信息公开行政复议、行政诉讼情况。2021年我局未收到公开行政复议、行政诉讼的情况。')
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
  it('the disclosure part of all the cases a body handled (其中涉及政府信息公开的N件)', () => {
    const v = fields('五、行政复议、行政诉讼情况', '全年共办理行政复议案件38件，其中涉及政府信息公开的2件；行政诉讼案件5件，其中涉及政府信息公开的1件。')
    expect(v.admin_reconsiderations).toBe(2)
    expect(v.admin_lawsuits).toBe(1)
  })
})

describe('more statements of none', () => {
  it('the old wording: 未收到公民、法人或者其他组织申请…政府信息', () => {
    expect(fields('一、总体情况', '2020年县林业局未收到公民、法人或者其他组织申请除本机关主动公开以外的其他政府信息。').applications_received).toBe(0)
  })
  it('a comma in place of 、 between 行政复议 and 行政诉讼', () => {
    const v = fields('一、总体情况', '（二）依申请公开情况。2024年县林业局收到依申请公开3件。无因政府信息产生行政复议，提起行政诉讼情况发生。')
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
})

describe('the second harvest\'s shapes', () => {
  it('未发生因政府信息公开申请行政复议 is none of the cases, not none of the requests', () => {
    const v = fields('一、总体情况', '（二）依申请公开。今年以来，累计办理依申请公开信息合计9件。未发生因政府信息公开申请行政复议、提起行政诉讼情况。')
    expect(v.applications_received ?? null).toBeNull()
    expect(v.admin_reconsiderations).toBe(0)
  })
  it('none of 公开政府信息申请 without 的', () => {
    expect(fields('一、总体情况', '2020年度，我局未收到公开政府信息申请，未收到有关政府信息公开工作的行政复议或行政诉讼。').applications_received).toBe(0)
  })
})

describe('the third harvest\'s shapes', () => {
  it('无申请 under the requests heading is none received; under another heading it says nothing', () => {
    expect(fields('三、依申请公开政府信息和不予公开政府信息情况', '我镇2017年度无申请。').applications_received).toBe(0)
    expect(fields('四、政府信息公开的收费情况', '我镇2017年度无申请。').applications_received ?? null).toBeNull()
  })
})

describe('the fourth harvest\'s shapes', () => {
  it('none of 依申请信息公开 (没有发生依申请信息公开事件)', () => {
    expect(fields('二、政府信息主动公开情况', '由于主动公开及时准确，2015年没有发生依申请信息公开事件。').applications_received).toBe(0)
  })
})

describe('the fifth harvest\'s shapes', () => {
  it('依申请公开办理事项 is the request itself', () => {
    expect(fields('一、总体情况', '（二）政府信息依申请公开办理情况', '2022年，我局收到政府信息依申请公开办理事项3件，已在规定时间内办结答复。').applications_received).toBe(3)
  })
})
