/**
 * Count shapes from an eighth wild pass of counts (issue 12): an area-wide report that counts the year's items
 * tier by tier (the province's own bodies, the prefectures, the counties) with no total; an overview headed
 * "政府信息公开工作的总体情况" (the inline heading stops at its first 工作); the year's new requests said
 * 新接收 beside the requests handled. Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const field = (name: string, ...lines: string[]) => run(...lines).fields.find((f) => f.field === name)
const proactive = (...lines: string[]) => field('proactive_disclosures', ...lines)
const candidates = (...lines: string[]): unknown[] =>
  (run(...lines).candidates ?? []).filter((c) => c.field === 'proactive_disclosures').map((c) => c.value)

describe('a year\'s items counted tier by tier', () => {
  const tiers = ['某某省2012年度政府信息公开工作报告', '二、政府信息公开基本情况', '（一）主动公开情况。', '省政府及省直单位主动公开信息6.2万条，较上年增长40%；各市（地）政府及市直单位主动公开信息18.5万条，同比下降3%；各县级政府及县直单位主动公开信息27万条，同比增长21%。']
  it('the province\'s own bodies, the prefectures and the counties, no total: no value, a candidate', () => {
    expect(proactive(...tiers)).toBeUndefined()
    expect(candidates(...tiers)).toContain(62000)
    // the whole stated beside the tiers is still the year's total
    expect(proactive('二、主动公开情况', '全年全省共主动公开政府信息30.4万条。其中，省直单位主动公开信息5.1万条；各市主动公开信息25.3万条。')?.value).toBe(304000)
  })
  it('two tiers in two clauses of one sentence (…仅通过公开目录主动公开…；各市…): no value', () => {
    expect(proactive('2010年度某某省政府信息公开工作报告', '2010年，全省深入推行政府信息公开。省政府及直属部门仅通过公开目录主动公开政府信息1.8万余条，比上年增加3千余条；各市（地）主动公开政府信息9万条，比上年增加2万条。全省共受理政府信息公开申请412件。')).toBeUndefined()
  })
})

describe('an overview headed 政府信息公开工作的总体情况', () => {
  it('the year\'s total in it, its parts adding up, is read as in 一、总体情况', () => {
    expect(proactive('某某街道2020年政府信息公开工作年度报告', '一、政府信息公开工作的总体情况', '2020年，某某街道认真贯彻新《条例》。本单位对应主动公开的政府信息进行了梳理和编目，2020年度我街道共公开各类信息64条，其中机构信息8条，占12.5%，工作信息20条，占31.25%，民生事项36条，占56.25%。', '二、主动公开政府信息的情况')?.value).toBe(64)
  })
})

describe('the year\'s new requests said 新接收', () => {
  it('…处理…依申请公开87件，其中，本年度新接收85件，上年结转办理2件: 85', () => {
    const r = field('applications_received', '一、总体情况', '（二）依申请公开办理情况。今年以来，全区累计处理政府信息依申请公开87件，其中，本年度新接收85件，2019年结转办理2件。除3件转结下一年度办理以外，均依法依规完成答复。')
    expect(r?.value).toBe(85)
  })
})
