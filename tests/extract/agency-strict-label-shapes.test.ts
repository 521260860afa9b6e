/**
 * Agency and region in the shapes where the strictly labelled wild set (wild-final) and the tool disagreed (issue 12,
 * wrong values first): the title's place over a sentence copied from another body's report; a place's
 * disclosure-coordinating office given as the contact of the place-wide report; a column's name under a site's
 * name, above a title that writes the body shorter; an organ word doubled before the body's own office in a contact;
 * a national bureau's survey team named by its place's bare name; a unit word alone (自治区) as a region. Every
 * text is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a sentence naming another body under a township\'s title', () => {
  it('keeps 青山县东河镇 of the title against 现公布青山县民族宗教事务局… copied into its opening', () => {
    const r = v('青山县东河镇2025年政府信息公开工作年度报告', '',
      '根据《中华人民共和国政府信息公开条例》要求，现公布青山县民族宗教事务局2025年度政府信息公开工作年度报告。所列数据统计时限为2025年1月1日至2025年12月31日。',
      '一、总体情况', '2025年，东河镇人民政府认真贯彻落实《条例》。', '二、主动公开政府信息情况', '全年主动公开政府信息共41条。')
    expect(['青山县东河镇', '青山县东河镇人民政府']).toContain(r.agency)
    expect(['东河镇', '青山县东河镇']).toContain(r.region)
    // (a compiler of the title's own place, 现公布青山县东河镇人民政府… under 东河镇2025年…, is still read)
    const own = v('东河镇2025年政府信息公开工作年度报告', '',
      '根据《中华人民共和国政府信息公开条例》要求，现公布青山县东河镇人民政府2025年度政府信息公开工作年度报告。',
      '一、总体情况', '2025年，我镇认真贯彻落实《条例》。')
    expect(own.agency).toBe('青山县东河镇人民政府')
  })
})

describe('a place-wide report whose contact is the place\'s disclosure-coordinating office', () => {
  it('reads the city 青江市, not 青江市政务公开工作领导小组办公室', () => {
    const r = v('青江市2018年政府信息公开工作年度报告', '来源:政府信息公开办 时间:2019-03-07 11:43', '',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求组织编制。对本报告有疑问，请联系青江市政务公开工作领导小组办公室，联系电话：05980000000。',
      '一、主要任务落实情况', '2018年，我市认真贯彻落实《条例》，全市各级行政机关主动公开政府信息。')
    expect(r.agency).toBe('青江市')
    expect(r.region).toBe('青江市')
    // (a township's own government given as the contact, 请联系青江市东河镇政府, is still read)
    const own = v('青江市东河镇2018年政府信息公开工作年度报告', '',
      '本年度报告根据《条例》编制。如有疑问，请联系青江市东河镇政府，电话：0451-0000000。', '一、概述', '2018年，我镇认真做好政府信息公开工作。')
    expect(own.agency).toBe('青江市东河镇政府')
  })
})

describe('a column\'s name under a site\'s name', () => {
  it('keeps the title\'s 东禾区人民政府 against the site line 青江市东禾区人民政府 and the column 政府信息公开', () => {
    const r = v('青江市东禾区人民政府', '', '政府信息公开', '', '东禾区人民政府2019年度政府信息公开工作报告',
      '2020-03-06 14:38   来源:东禾区人民政府   (点击: )', '',
      '按照市委、市政府的统一部署，认真贯彻落实《中华人民共和国政府信息公开条例》。', '一、总体情况', '2019年，全区政府信息公开工作稳步推进。')
    expect(r.agency).toBe('东禾区人民政府')
    expect(['东禾区', '青江市东禾区']).toContain(r.region)
  })
})

describe('an organ word doubled before the body\'s own office in a contact', () => {
  it('reads 东禾区教育局, not 东禾区教育局局, from 东禾区教育局局党政办公室', () => {
    const r = v('依据《中华人民共和国政府信息公开条例》规定，编制本报告。所列统计数据时间范围为2024年1月1日至2024年12月31日。如对本报告有疑问，请联系：东禾区教育局局党政办公室，地址：东禾区青山大道12号。',
      '一、总体情况', '2024年，在区委、区政府的正确领导下，我局坚持依法公开，结合我局实际推进公开工作。', '二、主动公开政府信息情况', '全年主动公开信息23条。')
    expect(r.agency).toBe('东禾区教育局')
    expect(r.region).toBe('东禾区')
  })
})

describe('a national bureau\'s survey team named by its place\'s bare name', () => {
  it('reads 国家统计局青山调查队 with the region 青山', () => {
    const r = v('国家统计局青山调查队2017年政府信息公开工作报告', '',
      '根据《中华人民共和国政府信息公开条例》规定，现公布国家统计局青山调查队（以下简称“青山队”）2017年政府信息公开工作报告。',
      '一、政府信息公开主要工作概述', '2017年，青山队认真贯彻落实《条例》。')
    expect(r.agency).toBe('国家统计局青山调查队')
    expect(r.region).toBe('青山')
  })
})

describe('a unit word alone as a region', () => {
  it('leaves the region of 自治区人民政府办公厅 empty rather than 自治区', () => {
    const r = v('自治区人民政府办公厅2022', '', '政府信息公开工作年度报告', '',
      '依据《中华人民共和国政府信息公开条例》要求，编制本报告。', '一、总体情况', '2022年，自治区人民政府办公厅坚持依法公开。')
    expect(r.agency).toBe('自治区人民政府办公厅')
    expect(r.region ?? null).toBeNull()
  })
})

describe('a short-named body owning the year\'s disclosure work as the subject', () => {
  it('reads 县水利局 as written from 2010年，县水利局政府信息公开工作在县委、县政府的领导下…', () => {
    const r = v('2010年，县水利局政府信息公开工作在县委、县政府的领导下，全面贯彻落实《中华人民共和国政府信息公开条例》，现将我局2010年度政府信息公开工作年度报告如下：',
      '在主动公开信息工作中，我局认真落实《条例》和县委、县政府的各项要求，主动公开政府信息120条。')
    expect(r.agency).toBe('县水利局')
  })
})

describe('a betting brand in place of a district\'s name', () => {
  it('reads no agency nor region from 皇冠体育,皇冠体育平台区人民政府办公室2019年度…', () => {
    const r = v('皇冠体育,皇冠体育平台皇冠体育,皇冠体育平台区人民政府办公室2019年度政府信息公开工作年度报告', '一、总体情况',
      '2019年，皇冠体育,皇冠体育平台区人民政府办公室深入贯彻落实《条例》，区政府办公室高度重视，认真负责。')
    expect(r.agency ?? null).toBeNull()
    expect(r.region ?? null).toBeNull()
  })
})

describe('a compiler named before the report\'s name it compiled', () => {
  it('reads the compiler 东禾区政务公开领导小组办公室 of …编制了2019年东禾区人民政府信息公开工作年度报告', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》规定及省、市、区政务公开工作要求，东禾区政务公开领导小组办公室编制了2019年东禾区人民政府信息公开工作年度报告。本报告数据统计时限为2019年1月1日至12月31日。',
      '一、总体情况', '2019年，东禾区政府坚持以公开为常态、不公开为例外。')
    expect(r.agency).toBe('东禾区政务公开领导小组办公室')
    expect(r.region).toBe('东禾区')
  })
})

describe('a body\'s kind alone opening the year\'s account', () => {
  it('reads 水务局 as written from 2024年，水务局深入贯彻… in a text that calls itself 我局', () => {
    const r = v('一、总体情况', '2024年，水务局深入贯彻落实《中华人民共和国政府信息公开条例》要求，结合我局信息公开工作实际，不断完善公开内容。',
      '（一）主动公开情况', '2024年，我局在市政府网站发布信息17条。')
    expect(r.agency).toBe('水务局')
    expect(r.region ?? null).toBeNull()
  })
})
