/**
 * Shapes of real disclosure reports the rules had not met (issue 12, generalising beyond the development
 * half of ../shared/corpus/pages): every text here is written for the test, in the genre and with its dirt.
 */
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/main/extract/format-detect'
import { regionOf } from '../../src/main/extract/region-name'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (text: string): ReturnType<typeof valuesOf> => valuesOf(extract(txtDoc(text)))

describe('agency where a scraped page names it', () => {
  it('a traditional mirror with Taiwan vocabulary (資訊 for 信息): title, agency and the standard labels', () => {
    const r = v([
      '青山市西湖區林業水利局2021年政府資訊公開工作年度報告',
      '一、總體情況',
      '三、收到和處理政府資訊公開申請情況',
      '本年新收政府資訊公開申請數量 2',
    ].join('\n'))
    expect(r.agency).toBe('青山市西湖区林业水利局')
    expect(r.region).toBe('青山市西湖区')
    expect(r.format).toBe('standard-2021')
  })

  it('a metadata table flattened without colons: 发布机构 and its value on one line or the next', () => {
    expect(v('索引号 11330100/2021-00012 发布机构 青山市西湖区林业水利局 生成日期 2021-01-20\n2020年政府信息公开工作年度报告\n根据《条例》规定编制本报告。').agency)
      .toBe('青山市西湖区林业水利局')
    expect(v('索引号\n11330100/2021-00012\n发布部门\n青山县民政局\n2020年政府信息公开工作年度报告\n根据《条例》规定编制本报告。').agency)
      .toBe('青山县民政局')
  })

  it('a spam brand inserted between the 信息来源 label and the name', () => {
    expect(v('2020年政府信息公开工作年度报告\n信息来源:老虎机游戏:青山乡政府 发布时间:2021-01-12\n根据《条例》规定，现将有关情况报告如下。').agency).toBe('青山乡政府')
  })

  it('a byline with its date under the title, in parentheses', () => {
    expect(v('2020年度政府信息公开工作年度报告\n（青山县民政局 2021年1月15日）\n根据《条例》规定，现将有关情况报告如下。').agency).toBe('青山县民政局')
  })

  it('the body as the subject of the opening sentence, before or after the leadership phrase', () => {
    expect(v('2020年，青山县林业局在县委、县政府的正确领导下，认真贯彻落实《条例》，现将有关情况报告如下。').agency).toBe('青山县林业局')
    expect(v('2020年，在县委、县政府的坚强领导下，青山县林业局深入贯彻落实《条例》，不断提升公开质量。').agency).toBe('青山县林业局')
    // still nothing where the text names no body (我局)
    expect(v('2020年度政府信息公开工作年度报告\n2020年，我局在县委、县政府的正确领导下，认真贯彻落实《条例》。').agency).toBeUndefined()
  })

  it('the body before the verb that makes the report, and the report named in 《》', () => {
    expect(v('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，青山市民政局编制了2020年度政府信息公开工作年度报告。').agency).toBe('青山市民政局')
    expect(v('经审核，现将《青山市水务局2020年政府信息公开工作年度报告》予以公布。').agency).toBe('青山市水务局')
  })

  it('a place-wide report compiled from its parts, and a place opening the year\'s account', () => {
    const agg = v('本年度报告根据《条例》要求，综合2021年度青山市各县（市、区）政府和市级各部门的政府信息公开年度工作报告编制而成。')
    expect(agg.agency).toBe('青山市')
    expect(agg.region).toBe('青山市')
    expect(v('本报告由概述、主动公开情况等部分组成。\n2021年，东河乡继续把政府信息公开作为建设法治政府的重要抓手。').agency).toBe('东河乡')
  })

  it('现就 opens the announcement, it is not part of the name', () => {
    expect(v('现就青山县民政局2020年度政府信息公开工作情况报告如下：').agency).toBe('青山县民政局')
  })

  it('a title line with page furniture after it, or its name set off by 【】 or a colon', () => {
    const dated = valuesOf(extract(txtDoc('青山县民政局2020年政府信息公开工作年度报告 发布时间：2021-01-20 来源：本网\n根据《条例》规定，现将有关情况报告如下。')))
    expect(dated.title).toBe('青山县民政局2020年政府信息公开工作年度报告')
    expect(dated.agency).toBe('青山县民政局')
    expect(v('【青山县水务局】2020年政府信息公开工作年度报告').agency).toBe('青山县水务局')
    expect(v('青山县水务局：2020年政府信息公开工作年度报告').agency).toBe('青山县水务局')
  })

  it('a short page: the site name over the page date at its head is no signature', () => {
    const r = v([
      '青山县人民政府', '2021-01-20', '青山县民政局2020年政府信息公开工作年度报告',
      '根据《条例》规定，现将本局2020年度政府信息公开工作情况报告如下。全年主动公开政府信息120条。',
    ].join('\n'))
    expect(r.agency).toBe('青山县民政局')
    expect(r.signed_date).toBeUndefined()
  })

  it('central bodies named by an abbreviation or a bank', () => {
    expect(v('国务院国资委2020年政府信息公开工作年度报告').agency).toBe('国务院国资委')
    expect(v('中国人民银行2020年政府信息公开工作年度报告').agency).toBe('中国人民银行')
  })

  it('organ words of co-operatives and state farms', () => {
    expect(v('青山县供销合作社联合社2020年政府信息公开工作年度报告').agency).toBe('青山县供销合作社联合社')
    expect(v('青山县国有林场2020年政府信息公开工作年度报告').agency).toBe('青山县国有林场')
  })
})

describe('region of zones and party bodies', () => {
  it('a development zone is a place of its own', () => {
    expect(regionOf('青山经济技术开发区管理委员会')).toBe('青山经济技术开发区')
    expect(v('青山经济技术开发区管理委员会2020年政府信息公开工作年度报告').agency).toBe('青山经济技术开发区管理委员会')
  })

  it('中共 before the place is not part of it', () => {
    expect(regionOf('中共青山县委组织部')).toBe('青山县')
  })
})

describe('format without the tables', () => {
  it('the template labels of tables 三 and 四 alone make a standard report', () => {
    expect(detectFormat('（三）不予公开 属于三类内部事务信息 属于四类过程性信息 信访举报投诉类申请', 2020).format).toBe('standard-2019')
  })

  it('a numbered sub-outline under 一、总体情况', () => {
    expect(detectFormat('一、总体情况 1.主动公开 本单位及时公开各类信息。2.依申请公开', 2022).format).toBe('standard-2021')
  })

  it('a report on 2019 or later cut before its outline is standard; one with its own outline is free-form', () => {
    expect(detectFormat('根据《条例》规定，现将本单位2022年度政府信息公开工作情况报告如下。', 2022).format).toBe('standard-2021')
    expect(detectFormat('一、主动公开情况 全年主动公开信息30条。二、依申请公开情况 未收到申请。', 2019).format).toBe('free-form')
    expect(detectFormat('根据《条例》规定，现将本单位2017年度政府信息公开工作情况报告如下。', 2017).format).toBe('free-form')
  })
})

describe('proactive disclosures', () => {
  it('a total its own parts exceed gives no value; parts short of it keep it', () => {
    const over = v('2020年度政府信息公开工作年度报告\n一、总体情况\n全年主动公开政务信息120条，包括门户网站40条，公开栏30条，微信公众号90条，其中政策解读12条。')
    expect(over.proactive_disclosures).toBeUndefined()
    const short = v('2020年度政府信息公开工作年度报告\n一、总体情况\n全年主动公开政务信息120条，包括门户网站40条，公开栏30条。')
    expect(short.proactive_disclosures).toBe(120)
  })

  it('a count of one kind of item is not the year\'s total', () => {
    const r = v('2020年度政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n本年度主动公开政策解读12篇，及时回应社会关切。')
    expect(r.proactive_disclosures).toBeUndefined()
  })
})

describe('proactive disclosures: a number near 主动公开 that is not the year\'s total', () => {
  const head = '2020年度政府信息公开工作年度报告\n一、总体情况\n'

  it('a count up to a date (截至…月底) is a running total unless the clause says the year', () => {
    expect(v(head + '截止2019年12月底，我乡主动公开政府信息2873条，其中通过政府网站公开1600条。').proactive_disclosures).toBeUndefined()
    expect(v(head + '截至2020年12月31日，全年主动公开政府信息300条。').proactive_disclosures).toBe(300)
    expect(v(head + '2020年1月1日至12月31日，我乡主动公开政府信息300条。').proactive_disclosures).toBe(300)
    // since the 2019 template, the report year's end closes the year's count
    expect(v(head + '截至2020年12月31日，我街道共主动公开政府信息数700条。').proactive_disclosures).toBe(700)
    // before it too, when nothing says the count runs since an earlier start (pages README: 截至… gives no value
    // only "when the text suggests since-2008 totals"); 累计, or parts adding up to another figure, do
    const old = '2018年度政府信息公开工作年度报告\n一、总体情况\n'
    expect(v(old + '截至2018年12月31日，我乡主动公开政府信息2873条。').proactive_disclosures).toBe(2873)
    expect(v(old + '截至2018年12月31日，我乡累计主动公开政府信息2873条。').proactive_disclosures).toBeUndefined()
    expect(v(old + '截至2018年12月31日，我乡主动公开政府信息2873条，其中，网站1600条；微信450条；公开栏453条。').proactive_disclosures).toBeUndefined()
    expect(v(old + '截至2018年12月31日，我乡主动公开政府信息2503条，其中，网站1600条；微信450条；公开栏453条。').proactive_disclosures).toBe(2503)
  })

  it('a count of another year than the report\'s is not this year\'s total', () => {
    expect(v(head + '2019年我局主动公开政府信息150条，本年度工作继续推进。').proactive_disclosures).toBeUndefined()
    expect(v(head + '2020年我局主动公开政府信息150条，工作继续推进。').proactive_disclosures).toBe(150)
  })

  it('a change on the year before (较上年增加35条) is a difference, not a total', () => {
    expect(v(head + '本年度主动公开政府信息较上年增加35条，公开质量进一步提高。').proactive_disclosures).toBeUndefined()
  })

  it('views of the disclosure column and targets per month are not counts of items disclosed', () => {
    expect(v(head + '主动公开专栏全年被浏览12000余条次，群众满意度较高。').proactive_disclosures).toBeUndefined()
    expect(v(head + '我局要求各科室每月主动公开政府信息不少于20条。').proactive_disclosures).toBeUndefined()
  })

  it('the year before, part of the year and a span of years are other periods than the report\'s', () => {
    expect(v(head + '上年度我局主动公开政府信息150条，本年度继续推进。').proactive_disclosures).toBeUndefined()
    expect(v(head + '上半年我局主动公开政府信息80条，下半年继续推进。').proactive_disclosures).toBeUndefined()
    expect(v(head + '2008年至2020年，我局主动公开政府信息1500条。').proactive_disclosures).toBeUndefined()
  })

  it('several channels\' own counts with no total give no value', () => {
    expect(v(head + '通过门户网站主动公开政府信息560条，通过政府公报主动公开文件12件。').proactive_disclosures).toBeUndefined()
    expect(v(head + '通过门户网站主动公开政府信息560条，通过政务公开栏主动公开政府信息120条。').proactive_disclosures).toBeUndefined()
  })

  it('in the proactive section, a guide\'s or a list\'s entries are not the total', () => {
    expect(v('2020年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n本年度公布办事指南52项，更新权责清单。').proactive_disclosures).toBeUndefined()
  })

  it('the columns of the disclosure section, and requests counted with proactive items, are not the total', () => {
    expect(v(head + '我县主动公开栏目36项，内容涵盖机构职能、政策文件等。').proactive_disclosures).toBeUndefined()
    expect(v(head + '全年主动公开和依申请公开政府信息共计500条。').proactive_disclosures).toBeUndefined()
  })
})

describe('title and agency lines that are not the report\'s own', () => {
  it('a line that announces the report, or offers it for download, is no title line', () => {
    const r = v('首页 > 政务公开\n现公布青山县民政局2020年政府信息公开工作年度报告 发布日期：2021-01-20\n根据《条例》规定，现将有关情况报告如下。')
    expect(r.title).toBeUndefined()
    expect(r.agency).toBe('青山县民政局')
    expect(v('请下载：青山县民政局2020年政府信息公开工作年度报告.doc 2021-01-20\n').title).toBeUndefined()
  })

  it('a notice that issues the report does not name its agency by its own first words', () => {
    expect(v('关于印发青山县2020年政府信息公开工作年度报告的通知 2021-01-20\n各乡镇：现将报告印发给你们。').agency).toBeUndefined()
  })
})

describe('agency of a place\'s report', () => {
  it('the contact line names the place\'s own body; a contact elsewhere or none keeps the place', () => {
    const tail = '\n一、总体情况\n本年度未收到政府信息公开申请。\n'
    expect(v('青山县东河镇2022年政府信息公开工作年度报告' + tail + '如有疑问，请联系青山县东河镇政府。地址：东河大街1号').agency).toBe('青山县东河镇政府')
    expect(v('青山县东河镇2022年政府信息公开工作年度报告' + tail + '如有疑问，请联系青山县政务服务中心。').agency).toBe('青山县东河镇')
    expect(v('青山县东河镇2022年政府信息公开工作年度报告' + tail).agency).toBe('青山县东河镇')
  })
})
