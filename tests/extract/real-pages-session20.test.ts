/**
 * Shapes the real report pages of session 20 showed the rules getting wrong (sets 29–32, labelled before the rules ran
 * on them and kept outside the project as ../shared is). The texts here are written for the test in the same shapes,
 * shorter than the pages, with invented bodies and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'
import { detectFormat } from '../../src/main/extract/format-detect'
import { regionOf } from '../../src/main/extract/region-name'

const values = (text: string) => valuesOf(extract(txtDoc(text)))
const candidates = (text: string, field: string) => (extract(txtDoc(text)).candidates ?? []).filter((c) => c.field === field)

describe('session 20: proactive counts', () => {
  const head = ['青川市教育体育局2024年政府信息公开工作年度报告', '一、总体情况']
  it('four kinds and more with one count and no 等 are the site\'s columns together, not one kind', () => {
    const v = values([...head,
      '1.主动公开。2024年青川市教育体育局通过青川市政府门户网站主动公开政府部门信息、互动交流、公示公告、专题专栏信息214条，其中政策文件12条，工作动态90条，公示公告112条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(214)
  })
  it('…while one kind stays one kind, and a list closed by 等 is named by the words after it', () => {
    expect(values([...head, '1.主动公开。2024年通过门户网站主动公开公示公告信息38条。'].join('\n')).proactive_disclosures).toBeUndefined()
    const v = values([...head,
      '1.主动公开。2024年共公开政府信息1900条，主动公开人事任免、招投标、疫情防控、食品安全、义务教育等重点领域信息640条。',
    ].join('\n'))
    expect(v.proactive_disclosures).not.toBe(640)
  })
  it('a long list of kinds closed by 等N类政府信息 and its total (共计N条) is the year\'s count', () => {
    const v = values([...head,
      '（一）主动公开情况。本年度主动公开概况信息、人事任免、政策文件、政策解读、规范性文件及解读、重点领域、行政权力、应急管理、会议开放、规划计划、重大决策预公开、预决算公开、政府采购等13类政府信息，共计186条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(186)
  })
  it('a stated total whose parts run over it by a slip (2 items) is kept; parts far over it still contradict it', () => {
    const slip = values([...head, '（一）主动公开情况。2024年度全县主动公开各类信息150条，其中概况类信息更新3条，政务动态信息更新60条，公开目录信息更新89条。'].join('\n'))
    expect(slip.proactive_disclosures).toBe(150)
    const over = values([...head, '（一）主动公开情况。2024年度全县主动公开各类信息150条，其中概况类信息更新30条，政务动态信息更新60条，公开目录信息更新89条。'].join('\n'))
    expect(over.proactive_disclosures).toBeUndefined()
  })
  it('one channel\'s count said again elsewhere beside another channel\'s own is per-channel counts with no total', () => {
    const text = [
      '洪川区科技局2025年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开情况',
      '2025年门户网站主动公开信息41条，其中公示公告30条，财政预决算信息2条，其他信息9条。',
      '二、主动公开政府信息情况',
      '2025年度，我局通过门户网站主动公开信息41，通过局微信公众号发布信息266条。',
    ].join('\n')
    expect(values(text).proactive_disclosures).toBeUndefined()
    expect(candidates(text, 'proactive_disclosures').some((c) => c.value === 41 && c.rule === 'proactive_disclosures.channel-restated')).toBe(true)
  })
  it('…while the same count said again alone stands', () => {
    const v = values([
      '洪川区科技局2025年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开情况',
      '2025年门户网站主动公开信息41条，其中公示公告30条，财政预决算信息2条，其他信息9条。',
      '二、主动公开政府信息情况',
      '2025年度，我局通过门户网站主动公开信息41条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(41)
  })
  it('the units an office guides are some of the bodies: their posts are not the office\'s count', () => {
    const v = values([
      '青川市青山区人民政府办公室2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开',
      '全年指导区政府系统各单位通过区政府门户网站发布政务信息2310条，围绕优化营商环境等主题发布政策解读。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('a count on a site of one kind of information (政府采购网) is that kind\'s', () => {
    const v = values([
      '青川县面山镇2025年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开情况。面山镇严格落实主动公开要求，全年在青云省政府采购网公开信息9条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('a count published together with replies (回复和公布) is a consultation platform\'s answers', () => {
    const v = values([
      '青云山景区管理局2017年政府信息公开工作年度报告',
      '二、主动公开情况',
      '景区开通一号通服务平台，及时回应游客关切。今年共计回复和公布48条，主要针对景区交通组织等问题。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
})

describe('session 20: the format', () => {
  it('a report citing the 2019 notice by name alone follows it, whatever its year', () => {
    const text = '根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求，现将我单位2025年度政府信息公开工作报告如下。报告由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项六部分组成。'
    expect(detectFormat(text, 2025).format).toBe('standard-2019')
  })
  it('…unless the 2021 notice is named beside it; 格式 alone (no 试行) is no sign of either', () => {
    const both = '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求，报告由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况组成。'
    expect(detectFormat(both, 2021).format).toBe('standard-2021')
    const formatOnly = '本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，报告由总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况组成。'
    expect(detectFormat(formatOnly, 2020).format).toBe('standard-2019')
  })
  it('a preamble announcing the old outline\'s parts makes a 2023 report free-form', () => {
    const v = values([
      '青川市住房和城乡建设局2023年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》的有关要求，青川市住房和城乡建设局编制了本报告。本报告由总体情况，主动公开政府信息情况，回应解读情况，依申请公开政府信息办理情况，举报、行政复议、行政诉讼情况，依申请公开信息收取费用情况，机构建设情况，政府信息公开会议和培训情况，存在的问题及下一阶段工作措施等组成。',
      '一、总体情况',
      '2023年，我局认真贯彻落实《条例》，深入推行政务公开。2023年共公开信息52条。',
    ].join('\n'))
    expect(v.format).toBe('free-form')
  })
})

describe('session 20: names, places and dates', () => {
  it('a town whose own name holds 乡 is read whole (北乡义镇, not 北乡)', () => {
    expect(regionOf('东乡和镇人民政府')).toBe('东乡和镇')
    const v = values(['东乡和镇2020政府信息公开年度报告', '发布机构: 东乡和镇', '本报告依据《中华人民共和国政府信息公开条例》编制。'].join('\n'))
    expect(v.region).toBe('东乡和镇')
  })
  it('…while a township before 村 stays a word (乡村振兴)', () => {
    expect(regionOf('乡村振兴局')).toBeNull()
  })
  it('成立 opens no name: 成立县水利局…领导小组 offers no 成立县 to the reviewer', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》和省、县政府信息公开有关要求，我局编写了2019年政府信息公开工作年度报告。',
      '一、总体概述',
      '1.组织领导情况。成立县水利局宣传信息报道工作领导小组，由局长任组长。',
    ].join('\n')
    expect(candidates(text, 'agency').some((c) => String(c.value).startsWith('成立'))).toBe(false)
    expect(candidates(text, 'region').some((c) => String(c.value).startsWith('成立'))).toBe(false)
  })
  it('a release label (发布日期) beats another date\'s label (发文时间) in the same metadata block', () => {
    const v = values([
      '索引号 01236931-5/2020-14005',
      '发文字号 发文时间 2020-02-17',
      '发文机关 青川镇政府 主题词',
      '标题 青川镇2019年政府信息公开工作年度报告',
      '主题分类 其它 发布日期 2020-03-10',
      '青川镇2019年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定，现公布青川镇2019年政府信息公开工作年度报告。',
    ].join('\n'))
    expect(v.publish_date).toBe('2020-03-10')
  })
  it('…and a 发文日期 alone is still the date', () => {
    const v = values(['青川镇2019年政府信息公开工作年度报告', '发文日期 2020-02-17', '根据《中华人民共和国政府信息公开条例》规定，现公布青川镇2019年政府信息公开工作年度报告。'].join('\n'))
    expect(v.publish_date).toBe('2020-02-17')
  })
  it('a place-wide report announced with the body that compiled it right before is credited to that body', () => {
    const v = values([
      '|',
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,宁夏回族自治区人民政府办公厅编制了《宁夏回族自治区2013年政府信息公开工作年度报告》。报告全文包括:政府信息公开工作的基本情况,主动公开政府信息情况,依申请公开政府信息情况等七大部分。本年度报告中所列数据的统计期限自2013年1月1日起,至12月31日止。本年度报告在宁夏回族自治区人民政府门户网站全文公开。如对本年度报告有任何疑问,请与自治区政府信息公开领导小组办公室联系。',
    ].join('\n'))
    expect(v.agency).toBe('宁夏回族自治区人民政府办公厅')
    expect(v.region).toBe('宁夏回族自治区')
  })
  it('…while the place\'s report announced with no compiler before it stays the place', () => {
    const v = values(['根据《中华人民共和国政府信息公开条例》要求，现公布《青海省2013年政府信息公开工作年度报告》。本年度报告中所列数据的统计期限自2013年1月1日起，至12月31日止。'].join('\n'))
    expect(v.agency).toBe('青海省')
  })
})

describe('session 20: titles, the compiler, cases', () => {
  it('a news headline with its verb after the report\'s name is no title: the report\'s own title line below is', () => {
    const v = values([
      '国家林草局2019年政府信息公开工作年度报告发布',
      '日前，国家林草局网站发布《国家林业和草原局2019年政府信息公开工作年度报告》。全文如下。',
      '国家林业和草原局2019年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》有关规定，编制本年度报告。',
    ].join('\n'))
    expect(v.title).toBe('国家林业和草原局2019年政府信息公开工作年度报告')
    expect(v.agency).toBe('国家林业和草原局')
  })
  it('设在 opens no name (设在镇党政办公室 is no body 设在镇…)', () => {
    const text = ['青山镇2016年政府信息公开工作年度报告', '青山镇政府信息公开工作领导小组办公室设在镇党政办公室，负责日常工作。'].join('\n')
    expect(candidates(text, 'agency').some((c) => String(c.value).startsWith('设在'))).toBe(false)
  })
  it('a count of cases before their cause (全年有3起因政府信息公开申请提起的行政复议) is the year\'s reviews', () => {
    const v = values([
      '青山区青山街道2025年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开情况',
      '2025年度，我街道严格按照规定办理政府信息公开申请，均在规定的期限内予以答复。全年有2起因政府信息公开申请提起的行政复议，1起因政府信息公开申请提起的行政诉讼。',
    ].join('\n'))
    expect(v.admin_reconsiderations).toBe(2)
    expect(v.admin_lawsuits).toBe(1)
  })
})

describe('session 20: the old template\'s breakdown of what was made, and cases of either kind', () => {
  it('the proactive share opening a bracket after the total of what was made is the proactive count', () => {
    const v = values([
      '青山区2012年政府信息公开工作年度报告',
      '一、概述',
      '2012年制作、获取的政府信息5210条(主动公开信息4380条、作为依申请公开信息700条、不予公开信息130条)。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(4380)
  })
  it('…while a proactive count inside another bracket stays a part', () => {
    const v = values([
      '青山区2012年政府信息公开工作年度报告',
      '一、概述',
      '2012年通过多种渠道公开政府信息(其中主动公开信息4380条)，群众满意度进一步提高。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('cases counted as suits or reviews together (行政诉讼或行政复议1起) are neither alone', () => {
    const v = values([
      '青山县交通运输局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '2022年收到政府信息公开申请2条，按规范回复2条，因政府信息公开而产生的行政诉讼或行政复议1起。',
    ].join('\n'))
    expect(v.admin_reconsiderations).toBeUndefined()
    expect(v.admin_lawsuits).toBeUndefined()
  })
})

describe('session 20: a numbered heading of its own above the requests paragraph', () => {
  it('收到申请总数为1起 under 2、依申请公开政府信息和不予公开政府信息情况 is the year\'s requests', () => {
    const text = [
      '青山区农业局2018年政府信息公开工作年度报告',
      '1、主动公开政府信息情况',
      '2018年，我局认真贯彻《政府信息公开条例》，持续推进政府信息公开工作。',
      '2、依申请公开政府信息和不予公开政府信息情况',
      '',
      '2018年我局收到申请总数为2起，均已按时答复。',
    ].join('\n')
    expect(values(text).applications_received).toBe(2)
  })
  it('…while the same sentence under a heading of another topic is no request count', () => {
    const text = [
      '青山区农业局2018年政府信息公开工作年度报告',
      '3、行政许可办理情况',
      '',
      '2018年我局收到申请总数为2起，均已按时办结。',
    ].join('\n')
    expect(values(text).applications_received).toBeUndefined()
  })
})

