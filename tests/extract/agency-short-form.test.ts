/**
 * A body the report names as its own only short (issue 12, the lead's decision after the fourth wild set, pages
 * README p127 外經貿局): written without its place, its full name nowhere in the text, it is the agency as
 * written, its region what the text says. A place's own government or its office named short (县政府, 区政府办公室)
 * is not (pages p039). Every text is written for the test, with invented places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))
const tail = ['一、总体情况', '（一）主动公开', '全年主动公开政府信息共86条。', '（二）依申请公开', '全年共收到政府信息公开申请2件。']

describe('a body named only short is the agency as written', () => {
  it('the head of the title (县统计局2019年…)', () => {
    const r = v('县统计局2019年政府信息公开工作年度报告', '根据《中华人民共和国政府信息公开条例》规定，编制本报告。', ...tail)
    expect(r.agency).toBe('县统计局')
    expect(r.region).toBeUndefined()
  })
  it('a title with its year first (2018年度区卫计局…)', () => {
    const r = v('2018年度区卫计局政府信息公开工作报告', '根据《条例》要求，现将我局2018年度政府信息公开工作情况报告如下。', ...tail)
    expect(r.agency).toBe('区卫计局')
  })
  it('the compiler (由区市场监督管理局编制)', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》要求，由区市场监督管理局编制本报告。', ...tail)
    expect(r.agency).toBe('区市场监督管理局')
  })
  it('a body written as its kind alone (由信访局结合有关统计数据编制；现将信访局2021年度…)', () => {
    const r = v('本报告由信访局结合有关统计数据编制。现将信访局2021年度政府信息公开工作报告如下：', ...tail)
    expect(r.agency).toBe('信访局')
    expect(r.region).toBeUndefined()
  })
  it('the subject opening the account under its heading (一、总体情况⏎市财政局高度重视…)', () => {
    const r = v('根据《条例》规定，现公布我局2021年政府信息公开工作年度报告。', '一、总体情况', '市财政局高度重视政府信息公开工作，认真落实各项要求。', '全年主动公开政府信息共41条。')
    expect(r.agency).toBe('市财政局')
  })
  it('an organ word typed twice is read once (区水利局局认真落实…), and its full name taken where written', () => {
    const r = v('本报告依据《青岭区水利局政府信息公开指南》编制。', '一、总体情况', '2022年，区水利局局认真落实《条例》相关规定。', '全年主动公开政府信息共19条。')
    expect(r.agency).toBe('青岭区水利局')
    expect(r.region).toBe('青岭区')
  })
})

describe('an abbreviation and its full name are one body', () => {
  it('the subject written short (县人社局), the full name only in the contact: the full name', () => {
    const r = v('本报告中使用数据统计期限为2023年1月1日至12月31日。（联系单位：北禾县人力资源和社会保障局办公室）',
      '一、总体情况', '2023年，县人社局在县委、县政府领导下，扎实开展政务公开工作。', '全年主动公开政府信息共64条。')
    expect(r.agency).toBe('北禾县人力资源和社会保障局')
    expect(r.region).toBe('北禾县')
  })
  it('the subject abbreviated, the compiling sentence spelling it out without a place: the spelled-out name', () => {
    const r = v('2023年，区人社局认真贯彻落实《政府信息公开条例》，本年报结合2023年度区人力资源和社会保障局政府信息公开工作实际编制而成。', ...tail)
    expect(r.agency).toBe('区人力资源和社会保障局')
  })
})

describe('not the agency as written', () => {
  it('a bureau as the subject is; the place\'s own government\'s office as the subject (2022年，区政府办公室…) is not', () => {
    const bureau = v('现将我局2022年度政府信息公开情况报告如下：', '一、总体情况', '2022年，区民政局认真贯彻执行《条例》的各项要求。', '全年主动公开政府信息共230条。')
    expect(bureau.agency).toBe('区民政局')
    const office = v('现将我办2022年度政府信息公开情况报告如下：', '一、总体情况', '2022年，区政府办公室认真贯彻执行《条例》的各项要求。', '全年主动公开政府信息共230条。')
    expect(office.agency).toBeUndefined()
  })
  it('a short form after a verb (编制市城管局…): the short form, no place made of the verb', () => {
    const r = v('本年度报告根据《条例》规定要求，编制市城管局2020年政府信息公开工作年度报告。', '一、工作开展情况',
      '2020年，市城管局按照市委、市政府的统一部署，认真贯彻落实《条例》。', '全年主动公开政府信息共288条。')
    expect(r.agency).toBe('市城管局')
    expect(r.region).toBeUndefined()
  })
})

describe('choosing among the forms a text writes one body in (fourth wild set)', () => {
  it('a title naming its body by an alias with no place (自治区西江办), the alias defined for the full name: the full name', () => {
    const r = v('自治区西江办2022年政府信息公开工作年度报告', '发布日期: 2023-02-01',
      '本年度报告根据《条例》要求，由广西壮族自治区西江经济带规划管理办公室（以下简称自治区西江办）编制。', ...tail)
    expect(r.agency).toBe('广西壮族自治区西江经济带规划管理办公室')
    expect(r.region).toBe('广西壮族自治区')
  })
  it('a title naming a banner over a 来源 row naming its government\'s office: the banner as titled', () => {
    const r = v('东乌拉旗2021年政府信息公开工作年度报告', '发布日期: 2022-01-25    来源:  东乌拉旗人民政府办公室',
      '根据《条例》规定，向社会公布2021年东乌拉旗政府信息公开工作年度报告。', ...tail)
    expect(r.agency).toBe('东乌拉旗')
    expect(r.region).toBe('东乌拉旗')
  })
  it('a subject written without its banner, the full name written with it elsewhere: the full name', () => {
    const r = v('全文包括四子王旗白音塔拉苏木人民政府信息公开总体情况、主动公开政府信息情况等。如有疑问，请与四子王旗白音塔拉苏木人民政府联系。',
      '一、总体情况', '2025年，白音塔拉苏木人民政府坚持以人民为中心，认真落实政务公开各项要求。', '全年主动公开政府信息279条。')
    expect(r.agency).toBe('四子王旗白音塔拉苏木人民政府')
    expect(r.region).toBe('四子王旗白音塔拉苏木')
  })
  it('a 苏木 (Inner Mongolia\'s township) is a place of its own under its banner', () => {
    const r = v('青格尔旗沙拉苏木2021年政府信息公开工作年度报告', '一、总体情况', '2021年，我苏木按照“应公开、尽公开”的要求推进政务公开。', '全年主动公开政府信息28条。')
    expect(r.agency).toBe('青格尔旗沙拉苏木')
    expect(r.region).toBe('青格尔旗沙拉苏木')
  })
})

describe('sentences and rows the fourth wild set taught', () => {
  it('a compiler that works 围绕 its year before compiling (由青山市统计局围绕2020年度…编制而成)', () => {
    const r = v('本年度报告根据《条例》要求，由青山市统计局围绕2020年度政府信息公开工作情况编制而成。全文包括总体情况等六部分。', ...tail)
    expect(r.agency).toBe('青山市统计局')
    expect(r.region).toBe('青山市')
  })
  it('a title under a page row of labelled values is whole, not the tail of a name cut at the line\'s end', () => {
    const r = v('索引号: 330000/2018-00001 文件编号: 发布机构: 东禾乡', '公开形式: 网站 公开方式: 主动公开 公开范围: 面向全社会',
      '东禾乡2017年政府信息公开工作年度报告', '发布日期:2018-03-30 00:00 来源:东禾乡', '根据《条例》的规定，特向社会公开本年度报告。', ...tail)
    expect(r.agency).toBe('东禾乡')
    expect(r.region).toBe('东禾乡')
  })
  it('a section heading run into its first sentence (一、总体情况青山市统计局坚持…) does not hide the subject', () => {
    const r = v('编制说明：本年度报告根据有关规定编制。本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。 一、总体情况 青山市统计局坚持以公开为常态，不断加大政府信息公开工作力度。 2019年，我局对外发布统计信息120条。')
    expect(r.agency).toBe('青山市统计局')
  })
})

describe('a township\'s party committee and government as one subject', () => {
  it('2016年东禾乡党委政府高度重视…: the township', () => {
    const r = v('本年度报告根据《条例》要求编制。', '一、概述', '2016年东禾乡党委政府高度重视政府信息公开工作，将其作为推动依法行政的重要形式。2016年，我乡成立了政务公开工作领导组。', '二、政府信息主动公开情况', '2016年，我乡主动公开政府信息52条。')
    expect(r.agency).toBe('东禾乡')
    expect(r.region).toBe('东禾乡')
  })
})

describe('the title\'s form against a compiler adding the city', () => {
  it('福田区民政局2021年… over 由深圳市福田区民政局编制: the title\'s form; a report\'s own title line under a headline still gives the fuller one', () => {
    const r = v('东禾区民政局2021年度政府信息公开工作年度报告', '信息提供日期 : 2022-01-21 17:10来源 : 东禾区民政局',
      '本报告是根据有关要求，由青江市东禾区民政局编制的2021年度政府信息公开工作年度报告。', ...tail)
    expect(r.agency).toBe('东禾区民政局')
    const own = v('2016年东禾区民政局政府信息公开工作年度报告', '来源:东禾区民政局', '发布时间:2017-02-09 00:00', '打印',
      '青江市东禾区民政局', '2016年政府信息公开工作年度报告', '青江市东禾区民政局2016年政府信息公开工作年度报告是根据《条例》规定进行编制。', ...tail)
    expect(own.agency).toBe('青江市东禾区民政局')
  })
})

describe('the region of a body named only short', () => {
  it('the one place of its unit named as its publishing platform (利用龙山县人民政府网站…); a verb before the unit is no place', () => {
    const r = v('一、总体情况', '2023年，县人社局严格按照《条例》相关规定，及时准确发布政务信息。全年，利用龙山县人民政府网站，对县人社局的工作动态不定时进行更新。', '全年主动公开政府信息共118条。')
    expect(r.agency).toBe('县人社局')
    expect(r.region).toBe('龙山县')
    const none = v('一、总体情况', '2022年，市住建局坚持围绕中心、服务大局，依托市政府网站发布信息。', '全年主动公开政府信息共77条。')
    expect(none.agency).toBe('市住建局')
    expect(none.region).toBeUndefined()
  })
})

describe('a body introducing itself', () => {
  it('一、总体情况⏎青江市卫生健康委是主管全市…的市政府职能部门: the body', () => {
    const r = v('一、总体情况', '青江市卫生健康委是主管全市医疗卫生健康事业的市政府职能部门，按照《条例》的要求开展政府信息公开工作。2020年，我委配备了1名兼职工作人员。', '（一）主动公开', '全年主动公开政府信息共64条。')
    expect(r.agency).toBe('青江市卫生健康委')
    expect(r.region).toBe('青江市')
  })
})

describe('a metadata table with its labels in one row and their values in the next', () => {
  it('索引号 | 公开方式 | 发布机构 |⏎… | 主动公开 | 龙山县石牌镇人民政府 |, the text writing the township again: that government', () => {
    const r = v('索引号 | 公开方式 | 发布机构 |', '116223010139324488/2010-00023 | 主动公开 | 龙山县石牌镇人民政府 |',
      '根据《中华人民共和国政府信息公开条例》，特向社会公布2009年度本机关信息公开年度报告。', '一、概述',
      '2009年，石牌镇人民政府信息公开工作严格按照《条例》开展，政府信息公开工作已经走上制度化、正规化轨道。', '2009年共整理、录入、发布14条主动公开政府信息。')
    expect(r.agency).toBe('龙山县石牌镇人民政府')
    expect(r.region).toBe('龙山县石牌镇')
  })
})
