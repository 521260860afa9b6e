/**
 * Shapes the real report pages of session 25 showed the rules getting wrong (sets 57 and 65–68, labelled before the rules
 * ran on them and kept outside the project as ../shared is). The texts here are written for the test in the same shapes,
 * shorter than the pages, with invented bodies and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))

describe('session 25: the opening of the overview', () => {
  it('一、总体情况 ⏎ 在2024年，某局坚决贯彻…: the year reported on, the body at work, and the standard outline', () => {
    const v = values([
      '一、总体情况 ',
      '在2024年，青州市经济合作局坚决贯彻党中央、国务院关于全面推进政务公开工作的决策部署，进一步拓展政务公开内容，扩大公开范围。',
      '（一）强化组织领导',
      '为了更有效地推进政府信息公开工作，我们重新调整了青州市经济合作局政务公开工作领导小组。',
    ].join('\n'))
    expect(v.report_year).toBe(2024)
    expect(v.agency).toBe('青州市经济合作局')
    expect(v.region).toBe('青州市')
    expect(v.format).toBe('standard-2021')
  })
})

describe('session 25: agency and region', () => {
  it('青江市东河区人民政府白沙街道2022年…: a street named under its district\'s government is the body, not the site\'s name above', () => {
    const v = values([
      '青江市东河区人民政府',
      '您当前的位置：首页 » 青江市东河区人民政府白沙街道2022年政府信息公开工作年度报告 » 详情',
      '青江市东河区人民政府白沙街道2022年政府信息公开工作年度报告',
      '发布时间: 2023-01-13   来源: 白沙街道',
      '根据《中华人民共和国政府信息公开条例》相关要求，结合街道实际，现编制并向社会公开本年度报告。如有疑问，请联系：青江市东河区白沙街道办事处党政办公室。',
      '一、总体情况',
      '2022年，白沙街道通过区政府门户网站上报信息。',
    ].join('\n'))
    expect(v.agency).toBe('青江市东河区人民政府白沙街道')
    expect(v.region).toBe('青江市东河区白沙街道')
  })
  it('发文机关 a township government over a text that says only 我镇: the township\'s body, though its name is not written again', () => {
    const v = values([
      '索引号000014349/2024-03341',
      '发文字号 发文时间2024-01-10',
      '发文机关青禾镇人民政府 主题词',
      '标题2023年政府信息公开工作年度报告',
      '主题分类其它 发布日期2024-01-10',
      '2023年政府信息公开工作年度报告',
      '一、总体情况',
      '1、主动公开情况。',
      '一年来，我镇依托青山县人民政府门户网站共主动公开政府信息120条，其中政策文件7条、村务公开113条。',
      '2、依申请公开情况。',
      '2023年我单位未接收到任何依申请公开的申请。',
    ].join('\n'))
    expect(v.agency).toBe('青禾镇人民政府')
    expect(v.region).toBe('青禾镇')
  })
  it('修改完善了《某市某区某镇政府信息公开指南》 in a text saying only 我镇: the township, its city and district as the guide writes them', () => {
    const v = values([
      '一、总体情况',
      '2023年，我镇认真贯彻落实省市区关于政府信息公开的规定，通过宣传栏等方式主动公开政务信息。',
      '（一）主动公开情况。一是通过政府网站发表政务信息。',
      '（二）依申请公开情况。2023年度我镇无申请公开政务信息情况。',
      '（三）政府信息管理。建立健全我镇政府信息公开工作制度，修改完善了《青江市东河区三门白沙镇政府信息公开指南》，并对《青江市东河区三门白沙镇政府信息公开保密审查工作制度》进行了修订。',
    ].join('\n'))
    expect(v.region).toBe('青江市东河区三门白沙镇')
  })
  it('某镇政务公开领导小组 beside 《某县某镇政府信息公开指南》: one township, named the shorter way', () => {
    const v = values([
      '一、总体情况',
      '2023年，我镇成立了白沙镇政务公开领导小组，明确专人负责。',
      '（三）政府信息管理。我镇修订了《东河县白沙镇政府信息公开指南》。',
    ].join('\n'))
    expect(v.agency).toBe('白沙镇')
  })
  it('通江街道办事处是昌邑区政府的派出机构: the body introducing itself as its district\'s agency', () => {
    const v = values([
      '根据《中华人民共和国政府信息公开条例》要求，现对我街2009年度政府信息公开工作报告如下，请审阅。',
      '一、2009年白河街道政府信息工作概述',
      '白河街道办事处是东城区政府的派出机构，领导班子由五人组成。',
    ].join('\n'))
    expect(v.agency).toBe('白河街道办事处')
  })
  it('2019年，某市共收到申请19件 with no body named: the place the year\'s account has as its subject', () => {
    const v = values([
      '一、总体情况',
      '（一）主动公开情况',
      '2019年青州市共主动公开信息共计2080条。其中通过政府网站公开政府信息1858条，通过政务微博公开政府信息222条。',
      '（二）依申请公开办理情况',
      '2019年，青州市共收到申请19件。全部已在规定时间内答复。',
    ].join('\n'))
    expect(v.agency).toBe('青州市')
    expect(v.region).toBe('青州市')
  })
  it('a report\'s contact naming a government\'s office in full, the office at work by its short name: the office', () => {
    const v = values([
      '按照《中华人民共和国政府信息公开条例》规定编制本年度报告。如对本年度报告有疑问和意见建议，请与青州市人民政府办公室联系（地址：青州市同仁街26号）。',
      '一、总体情况',
      '2024年，市政府办公室以习近平新时代中国特色社会主义思想为指引，认真贯彻落实《中华人民共和国政府信息公开条例》要求。',
      '（一）主动公开方面。一是通过政府网站转载国家、省政府信息7271条，青州市政府办公室微信公众号发布和转载政府信息383条。',
    ].join('\n'))
    expect(v.agency).toBe('青州市人民政府办公室')
    // (the contact alone, the office never at work in the text: a city-wide report's contact, no agency)
    const w = values([
      '按照《中华人民共和国政府信息公开条例》规定编制本年度报告。如对本年度报告有疑问和意见建议，请与青州市人民政府办公室联系（地址：青州市同仁街26号）。',
      '一、总体情况',
      '2024年，全市各级行政机关认真贯彻落实《中华人民共和国政府信息公开条例》要求。',
    ].join('\n'))
    expect(w.agency).not.toBe('青州市人民政府办公室')
  })
  it('a portal\'s menu of sixty short items above the report\'s title line: the title is still found', () => {
    const words = ['机关简介', '规划信息', '统计信息', '预算决算', '收费项目', '政府采购', '重大项目', '教育信息', '医疗卫生', '社会保障']
    const menu = Array.from({ length: 60 }, (_, i) => `  • ${words[i % 10]}`)
    const v = values([
      '政府信息公开', ...menu, '',
      '2020年青州市政府信息公开工作年度报告',
      '发布时间：2021-03-30   信息来源：市政府办公室',
      '本报告依据《中华人民共和国政府信息公开条例》有关规定编制。',
    ].join('\n'))
    expect(v.title).toBe('2020年青州市政府信息公开工作年度报告')
  })
  it('a department saying only 我局 whose own site or own rules carry its full name: that body', () => {
    const site = values([
      '一、概述',
      '推进政府信息公开工作是我局贯彻落实《条例》的重要举措。2016年，我局按照市政府的要求完成了自查工作。',
      '二、主动公开政府信息的情况',
      '本年度，我局在各个平台共公开信息1638条。在青州市水务局门户网站上设置了信息公开专栏。',
    ].join('\n'))
    expect(site.agency).toBe('青州市水务局')
    const rules = values([
      '根据《中华人民共和国政府信息公开条例》要求，现将我局2013年度政府信息公开工作情况报告如下：',
      '一、基本情况',
      '（一）健全机构，配备人员。我局建立健全了东河县教育局政府信息公开相关工作制度，就政府信息公开的范围作出规定。',
    ].join('\n'))
    expect(rules.agency).toBe('东河县教育局')
    expect(rules.region).toBe('东河县')
    const corner = values([
      '一、总体情况',
      '2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。',
      '4、平台建设情况。为方便公众进行线下查阅，开设了青州市水利局政务公开专区：',
      '地址：青州市政府大楼南七楼。',
    ].join('\n'))
    expect(corner.agency).toBe('青州市水利局')
  })
  it('a portal\'s news headline as the only title line (某部发布2012年政府信息公开工作报告 / 中央政府门户网站 …): the title', () => {
    const v = values([
      '当前位置: 首页>> 工作动态>> 部门信息',
      '国家青山局公布政府信息公开工作2009年度报告',
      '中央政府门户网站 www.gov.cn   2010年04月01日   来源：青山局网站',
      '近日，国家青山局依据《中华人民共和国政府信息公开条例》公布了国家青山局2009年政府信息公开工作年度报告。',
      '2009年，国家青山局认真贯彻执行《条例》。',
    ].join('\n'))
    expect(v.title).toBe('国家青山局公布政府信息公开工作2009年度报告')
    // (under a headline, the report's own title line is the title)
    const w = values([
      '青州市发布2020年政府信息公开工作年度报告',
      '青州市人民政府2020年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定编制本报告。',
    ].join('\n'))
    expect(w.title).toBe('青州市人民政府2020年政府信息公开工作年度报告')
  })
  it('a township naming itself at work on its requests (2022年某街道接到依申请公开2件), its contact an office under its county', () => {
    const a = values(['一、总体情况', '（二）依申请公开', '2022年白沙街道接到依申请公开2件，主要为征地拆迁遗留问题。'].join('\n'))
    expect(a.agency).toBe('白沙街道')
    const b = values([
      '本年度报告根据《中华人民共和国政府信息公开条例》编制。如对本报告有任何疑问，请与青阳县石湾乡办公室联系，电话：0566-5592103。',
      '一、总体情况',
      '（一）主动公开。我乡按要求发布或更新信息。',
    ].join('\n'))
    expect(b.agency).toBe('石湾乡')
  })
  it('稿源: 某区政府网 2024-01-29 under the title: the page\'s date, past a stale page clock on the first line', () => {
    const v = values([
      '2021/8/16 上午9:31:36 星期一',
      '',
      '东河区交通运输局2023年政府信息公开工作年度报告',
      '',
      '东河区交通运输局',
      '',
      '稿源: 东河区政府网 2024-01-29',
      '',
      '根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2023年1月1日至2023年12月31日。',
    ].join('\n'))
    expect(v.publish_date).toBe('2024-01-29')
  })
  it('一、总体情况： closed by a colon, then 二、 where the saved text stops: the standard outline', () => {
    const v = values([
      '青河县交通运输局 2023年政府信息公开年度报告',
      '一、总体情况：',
      '在新修订的《中华人民共和国政府信息公开条例》指引下，青河县交通运输局坚持“以公开为常态、不公开为例外”。',
      '',
      '二、',
    ].join('\n'))
    expect(v.format).toBe('standard-2021')
  })
})

describe('session 25: counts', () => {
  it('督促市政府部门通过…政务网发布政府信息13954条: the departments\' items an office urged, not its own disclosures', () => {
    const v = values([
      '青州市人民政府办公厅2020年政府信息公开工作年度报告',
      '一、总体情况',
      '青州市人民政府办公厅深入贯彻落实政务公开工作有关要求。',
      '（一）主动公开方面',
      '加强政府信息公开专栏建设，督促市政府部门通过青州政务网发布政府信息13954条，充分发挥政府门户网站的主平台作用。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('门户网站共发布各类信息70243条，网站总访问量3436077次: the site\'s running figures, not the body\'s disclosures', () => {
    const v = values([
      '一、总体情况',
      '2020年，青州市人民政府办公室认真落实关于全面推进政务公开的系列决策部署。',
      '（一）不断拓展主动公开的深度和广度。一是拓展“六稳”、“六保”政府信息公开。2020年，青州市人民政府门户网站共发布各类信息70243条，网站总访问量3436077次。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('我委备案公文136件，主动公开136件，主动公开率100%: the documents\' share made public, not the year\'s items', () => {
    const v = values([
      '一、总体情况',
      '2024年，东河区卫健委认真贯彻实施《中华人民共和国政府信息公开条例》。',
      '（一）主动公开',
      '2024年，我委备案公文136件，主动公开136件，主动公开率100%。按时公布本部门年度预决算。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('门户网站主动公开政府信息93条 beside 微信公众号发布45篇文章: the portal\'s count stands, the articles are no disclosures', () => {
    const v = values([
      '青江省邮政管理局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开方面。及时发布行业政策及行业运行情况。2023年通过门户网站主动公开政府信息93条，按照主题分类，行政许可类77条；统计信息类14条；人事与财务管理类2条。微信公众号发布45篇文章。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(93)
  })
  it('我单位无涉及依申请公开的内容: no request received', () => {
    const v = values([
      '一、总体情况',
      '（二）依申请公开',
      '2024年，我单位无涉及依申请公开的内容。',
    ].join('\n'))
    expect(v.applications_received).toBe(0)
  })
  it('收到…申请1条。未发生被行政复议、行政诉讼的情况: the paragraph\'s requests make the cases disclosure cases, none of either', () => {
    const v = values([
      '一、总体情况',
      '2022年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》要求。',
      '本年度我镇收到社会公众提出的政府信息公开申请1条，已在规定时限内答复。未发生被行政复议、行政诉讼的情况。',
    ].join('\n'))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
  it('全年办理依申请公开事项0条: none handled, none received', () => {
    const v = values(['一、总体情况', '（二）依申请公开', '2022年，我局全年办理依申请公开事项0条。'].join('\n'))
    expect(v.applications_received).toBe(0)
  })
  it('共收到各类依申请公开26件 in the 主动公开 section: requests, not items made public', () => {
    const v = values([
      '一、政府信息主动公开情况',
      '一是增强组织领导。建立了依申请公开答复制度，全年共收到各类依申请公开26件，均及时答复。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
    expect(v.applications_received).toBe(26)
  })
  it('通过局网站主动公开…521条、通过其它方式公开…58条: two ways\' counts, no total', () => {
    const v = values([
      '二、主动公开信息情况',
      '2016年，我局全年通过局网站主动公开各类政府信息521条、通过其它方式公开各类政府信息58条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('共收到70条依申请事项 and 收到依申请公开政府信息要求2条: the requests by their short names', () => {
    const a = values(['一、总体情况', '（二）依申请公开情况', '2023年，东河区人民政府共收到70条依申请事项。严格按照依申请制度进行答复。'].join('\n'))
    expect(a.applications_received).toBe(70)
    const b = values(['一、总体情况', '（二）依申请公开办理情况', '2019年收到依申请公开政府信息要求2条，均已通过电子邮件予以回复。'].join('\n'))
    expect(b.applications_received).toBe(2)
  })
  it('2022年，全镇政府信息公开566条，一是…: the year\'s information named before its verb', () => {
    const v = values([
      '一、总体情况',
      '白沙镇人民政府严格按照《中华人民共和国政府信息公开条例》要求，切实加强政务信息管理。',
      '2022年，全镇政府信息公开566条，一是利用门户网站公开政务信息38条；二是通过微信等发布信息168条；三是通过公开栏公开信息360条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(566)
  })
})
