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

describe('a list of kinds closed by 等 that holds 事项', () => {
  it('主动公开规划信息、…、公益事业建设事项等共计76条: the year\'s total, not a catalogue\'s entries', () => {
    expect(proactive('一、总体情况', '（一）政府信息主动公开情况', '严格按上级要求对政务公开信息进行更新和完善。2024年，通过某市人民政府信息公开网站主动公开规划信息、统计信息、财政资金、政府采购、公益事业建设事项等共计76条，其中政策文件3件、公益事业建设41件、其他32件。')?.value).toBe(76)
  })
})

describe('the requests\' number named 依申请公开数', () => {
  it('全年依申请公开数0件: none received', () => {
    expect(field('applications_received', '三、依申请公开政府信息情况', '全年依申请公开数0件。', '四、政府信息公开的收费及减免情况')?.value).toBe(0)
  })
  it('依申请公开政务信息数3件 counts the items given out on request (pages p065\'s 依申请公开信息数), not the requests: no value', () => {
    expect(field('applications_received', '（二）依申请公开政务信息办理情况', '2022年度某某县水务局依申请公开政务信息数3件，已按要求在规定时间内办理，对其公开。')).toBeUndefined()
  })
})

describe('the year\'s total said as what its parts divide', () => {
  it('累计…9条 with the year\'s 9条 restated (在2011年公开的9条信息中): 9, not a later part', () => {
    expect(proactive('某某街道2011年政府信息公开工作年度报告', '二、主动公开政府信息情况', '（一）公开的数量。截止2011年末，累计公开信息总数9条，其中，街道公开信息分别为3条。社区公开信息6条。（二）公开的内容。在2011年公开的9条信息中，规范性文件类信息为9条，占全年公开信息总数比例为100%。')?.value).toBe(9)
  })
})

describe('the count under the template\'s sub-heading for it', () => {
  it('㈠本机关主动公开政府信息的数量: …64篇(条) beats the documents made marked 主动公开 in the overview', () => {
    expect(proactive('某县统计局2015年政府信息公开工作年度报告', '一、概述', '2015年本单位制作政府信息总数40件，其中主动公开文件数7件、不予公开文件数33件。', '二、主动公开政府信息情况', '㈠本机关主动公开政府信息的数量: 2015年度，我局主动公开政府信息简报64篇(条)，主要为网站信息发布。', '㈡主要类别：我局主动公开的政府信息主要涉及法规。')?.value).toBe(64)
  })
})

describe('a report with no top-level heading, its overview\'s parts only', () => {
  it('（一）主动公开情况 then the year\'s statement (累计发布各类信息…条): the year\'s total', () => {
    expect(proactive('本报告由某某乡人民政府编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。', '（一）主动公开情况', '2022年，某某乡累计发布各类信息57条，包括乡镇重要政策及解读、工作进展等。', '（二）依申请公开情况', '2022年我乡未收到依申请公开件。')?.value).toBe(57)
  })
})

describe('全年 with a comma, the ways, a comma, then the verb', () => {
  it('全年，通过…网站以及新闻媒体、公告栏等多种形式，发布各类政府信息60多条: 60, approximate', () => {
    const r = proactive('一、概述', '2012年某县商务局坚持以公开为原则。全年，通过某县人民政府信息公开网站以及新闻媒体、公告栏等多种形式，发布各类政府信息60多条，为公众提供了比较好的服务。')
    expect(r?.value).toBe(60)
    expect(r?.approximate).toBe(true)
  })
})

describe('the year\'s items said as such under the overview\'s platform part', () => {
  it('（四）平台建设 …全年主动公开信息130余条 with no other count: 130, approximate', () => {
    const r = proactive('一、总体情况', '（一）政府信息主动公开情况。2024年，我镇严格落实上级部署，及时更新发布政策法规、民生保障等领域信息。', '（二）政府信息依申请公开情况。2024年，我镇收到政府信息公开申请2件。', '（四）政府信息公开平台建设情况。指定专人统筹网站运营维护，规范各门类信息发布流程，全年主动公开信息130余条，保障信息发布的时效性。')
    expect(r?.value).toBe(130)
    expect(r?.approximate).toBe(true)
  })
})

describe('documents counted, then another kind of items with its own verb', () => {
  const t = ['一、总体情况', '（一）主动公开情况。2022年，各园区、镇（街道）及部门及时更新发布各类政策文件，累计主动公开各类政府文件1460条，区政府门户网站发布政务动态类消息2275条。全年累计发布政策解读18篇。']
  it('政府文件1460条 then the portal\'s news 2275条, no total: no value, a candidate', () => {
    expect(proactive(...t)).toBeUndefined()
    expect(candidates(...t)).toContain(1460)
    // the documents' count said again (全文电子化主动公开…条) is no other kind
    expect(proactive('一、概述', '2016年本机关制作、获取的政府信息1830条，其中主动公开文件612条，全文电子化主动公开612条，作为可依申请公开文件401条，不予公开文件817条。')?.value).toBe(612)
  })
})
