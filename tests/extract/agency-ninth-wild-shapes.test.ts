/**
 * Agency in the shapes the ninth wild pass taught (issue 12, third round): a body named only short (no place) in
 * a flattened page table's 发布机构 cell, in the sentence that announces the report (现将住建局政务信息公开…), or
 * as the subject of the clause after the rules it follows (根据…要求，市X局高度重视…); and a short form whose
 * kind a superior of another level also bears (省林业局 beside 县林业局) is still the body as written. Every text
 * is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))
const tail = ['一、概述', '本年度我局认真做好政府信息公开工作。', '二、主动公开政府信息情况', '全年主动公开政府信息共41条。']

describe('a body named short in a page table row', () => {
  it('reads 发布机构 | 区水务局 | as the body', () => {
    const r = v('索引号 | /2014-00321 | 发布机构 | 区水务局 | ||', '成文日期 | 2014-02-11 00:00:00 | 公开方式 | 主动公开 |',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求，汇总2013年度区水务局的政府信息公开年度报告编制而成。', ...tail)
    expect(r.agency).toBe('区水务局')
    expect(r.region ?? null).toBeNull()
  })
})

describe('a body named short in the announcing sentence', () => {
  it('reads 现将林业局政务信息公开2010年工作总结 as the body', () => {
    const r = v('根据青政公字[2011]2号文件的精神，现将林业局政务信息公开2010年工作总结和2011年工作安排报告如下：', '一、2010年政务信息工作总结',
      '林业局历来高度重视政府信息公开工作，我们对林业局机构职能、政策法规等信息进行了公开发布。')
    expect(r.agency).toBe('林业局')
  })
})

describe('a body named short as the subject after the rules it follows', () => {
  it('reads 根据…相关要求，市档案局高度重视… as the body', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》、省市关于做好政府信息公开工作的相关要求，市档案局高度重视、认真组织，积极完成了政务公开各项工作，现将主要工作情况报告如下：',
      '一、总体情况', '2022年，我局严格遵照《条例》要求开展信息公开工作。', '（一）主动公开', '全年主动公开政府信息共52条。')
    expect(r.agency).toBe('市档案局')
  })
})

describe('a short form beside a superior of another level with the same kind', () => {
  it('keeps 县林草局 as written when 北岭省林草局 is named as a superior', () => {
    const r = v('一、总体情况', '2022年，县林草局严格按照县委县政府要求，认真贯彻落实《条例》及相关规定，切实抓好政府信息公开工作。',
      '（一）主动公开情况。2022年县林草局以门户网站为主要公开平台，全年主动公开政府信息共63条。',
      '（二）依申请公开情况。全年未收到政府信息公开申请。', '本年度我局积极参加国家林业信息中心、北岭省林草局组织的政务公开业务培训。')
    expect(r.agency).toBe('县林草局')
  })
})

describe('a body that 特此编制 its report', () => {
  it('is the compiler (…，青石镇人民政府特此编制2023年度…报告)', () => {
    const r = v('为深入贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），提升政府工作的透明度和公信力，青石镇人民政府特此编制2023年度政府信息公开工作年度报告。',
      '本报告电子版可在北原市人民政府门户网站下载。公众如需进一步咨询了解相关信息，请与青石镇人民政府联系（地址：北原市青石镇青石村；电话：0000-4650001）。',
      '一、总体情况', '2023年，青石镇信息公开工作紧紧围绕市委、市政府决策部署开展。', '（一）主动公开', '全年主动公开政府信息共29条。')
    expect(r.agency).toBe('青石镇人民政府')
    expect(r.region).toBe('青石镇')
  })
})

describe('a spam brand in place of the place, the kind left after a space', () => {
  it('gives no agency (星河直播 统计局 is not a body anyone wrote)', () => {
    const r = v('2012年星河直播 统计局政府信息公开工作年度报告', '引 言',
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求，由星河直播 统计局编制的2012年度政府信息公开年度报告。如对本报告有任何疑问，请联系星河直播 统计局办公室。',
      '一 概 述', '2012年，我局继续加强政府信息公开工作制度建设。')
    expect(r.agency ?? null).toBeNull()
  })
})
