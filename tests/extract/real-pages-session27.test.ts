/**
 * Shapes the real report pages of session 27 showed the rules getting wrong (sets 95–98, labelled before the rules ran on
 * them and kept outside the project as ../shared is). The texts here are written for the test in the same shapes, shorter
 * than the pages, with invented bodies and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))

describe('session 27: the agency', () => {
  it('a title split after its year (…分局2020年 / 政府信息公开工作年度报告): the first line is the title\'s head, not a site\'s name', () => {
    const v = values([
      '青江市自然资源和规划局国家高新区分局2020年',
      '政府信息公开工作年度报告',
      '本年报根据《中华人民共和国政府信息公开条例》，结合2020年高新区自然资源和规划分局政府信息公开工作实际编制。',
      '一、总体情况',
      '2020年，高新区自然资源和规划分局认真贯彻落实《条例》，主动公开政府信息37条。',
    ].join('\n'))
    expect(v.agency).toBe('青江市自然资源和规划局国家高新区分局')
    expect(v.region).toBe('青江市')
  })

  it('江东省青江市气象部门2022年…报告: a place\'s whole service of one trade reporting as one, as its title names it', () => {
    const v = values([
      '江东省青江市气象部门2022年政府信息公开工作年度报告',
      '一、总体情况',
      '2022年，青江市气象部门深入贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。',
    ].join('\n'))
    expect(v.agency).toBe('江东省青江市气象部门')
    expect(v.region).toBe('江东省青江市')
  })
})

describe('session 27: the agency as the sentences\' subject', () => {
  it('the zone\'s bureau in full, then with its place abbreviated (高新区城市管理局): one body, the full name', () => {
    const v = values([
      '2022年，青江高新技术产业开发区管委会城市管理局深入贯彻落实《中华人民共和国政府信息公开条例》，现向社会公布2022年度本级政府信息公开年度报告。',
      '一、总体情况',
      '（一）主动公开工作开展情况',
      '高新区城市管理局严格按照规定及时公开政府信息，全年主动公开政府信息52条。',
    ].join('\n'))
    expect(v.agency).toBe('青江高新技术产业开发区管委会城市管理局')
  })
})

describe('session 27: the agency from a page\'s source line', () => {
  it('来源：东河镇人民政府 over 请与北河县东河镇党政办公室联系: the contact names the same township with its county, no conflict', () => {
    const v = values([
      '您现在所在的位置: 网站首页 > 政府信息公开 > 东河镇人民政府 > 政府信息公开年报',
      '东河镇2019年度政府信息公开年度报告',
      '发布时间:2020-01-20 00:00 来源:东河镇人民政府 字体:[ ]',
      '',
      '东河镇2019年度政府信息公开工作年度报告',
      '',
      '根据《中华人民共和国政府信息公开条例》，特向社会公布2019年度东河镇政府信息公开工作年度报告。如对本报告有任何疑问，请与北河县东河镇党政办公室联系（地址：北河县东河镇政府1楼）。',
      '一、总体情况',
    ].join('\n'))
    expect(v.agency).toBe('东河镇人民政府')
  })
})

describe('session 27: items proactively disclosed', () => {
  it('主动公开的各类政府信息数量12688。: the count with no unit after the number of items', () => {
    const v = values([
      '青江市东河区2020年政府信息公开年度报告',
      '一、总体情况',
      '严格执行《政府信息公开条例》要求，2020年主动公开的各类政府信息数量12688。区档案馆设政府信息公开查阅中心面积30平方米，累计接待查阅公众116人次。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(12688)
  })

  it('在门户网站部门动态发布信息21条，信息公开栏目发布信息18条: two places of the site counted, no total said', () => {
    const v = values([
      '青江市东河区审计局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）加强审核把关。我局严格按照规定期限主动公开政府信息。全年在政府门户网站部门动态发布信息21条，信息公开栏目发布信息18条（含审计结果公告4条）。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })

  it('建立政策法规专栏，公开法律法规14件: the laws a column reprints, not the year\'s items', () => {
    const v = values([
      '青江县市场监督管理局2015年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '（二）政府信息公开方式',
      '1、利用各网站公开宣传信息；建立政策法规专栏，公开法律法规14件。',
      '2、通过政府网站对单位概况、内设机构、规范性文件等方面的情况进行了介绍。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })

  it('发布了94篇法定主动公开内容: pieces the words after them call the proactive items', () => {
    const v = values([
      '青江市东河街道2024年政府信息公开工作年度报告',
      '一、总体情况',
      '2024年，我街道认真贯彻落实《条例》，扎实推进政府信息公开工作。',
      '二、主动公开政府信息情况',
      '2024年，我街道在政府信息公开平台更新了《东河街道政务公开指南（2024）》，并发布了94篇法定主动公开内容，其内容包括领导班子分工、机构等基本信息。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(94)
  })
})

describe('session 27: items proactively disclosed, their year and their site', () => {
  it('全年共公开信息584条，其中…，网站全年总访问量达189320次: the year\'s items through no site, the visits closing the breakdown', () => {
    const v = values([
      '青江县东河乡2024年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开',
      '2024年我乡根据上级要求做好政务信息公开工作，全年共公开信息584条，其中政策文件及解读10条、政府工作报告2个，财政专项资金清单6条，村务公开40条，网站全年总访问量达189320次。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(584)
  })

  it('截至2021年底累计…331条，全文电子化率达100%。其中，本年度新增的…23条: the year\'s new items in the next sentence', () => {
    const v = values([
      '青江市东河区北山镇2021年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开方面',
      '本单位截至2021年底累计主动公开政府信息331条，全文电子化率达100%。其中，本年度新增的主动公开政府信息23条，党政混合类信息2条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(23)
  })
})

describe('session 27: requests received', () => {
  it('全年共收到依申请公开事项7，均已办理: the count with its unit lost after the request\'s matter', () => {
    const v = values([
      '青江市教育局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开',
      '完善政府信息公开申办工作机制，全年共收到依申请公开事项7，均已办理。',
    ].join('\n'))
    expect(v.applications_received).toBe(7)
  })

  it('未收到提交申请要求公开信息事项: none asked', () => {
    const v = values([
      '青江市机关事务管理局2019年政府信息公开工作年度报告',
      '一、总体情况',
      '主动公开单位概况、工作动态等政府信息共计328条（其中门户网站249条、微信公众号79条）。未收到提交申请要求公开信息事项，未发生有关政府信息公开的行政复议。',
    ].join('\n'))
    expect(v.applications_received).toBe(0)
  })

  it('收到《政府信息公开申请表》5件: the request\'s form by its name, quoted', () => {
    const v = values([
      '青江市东河街道2022年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开',
      '2022年，东河街道收到《政府信息公开申请表》5件，均已在法定期限内答复。',
    ].join('\n'))
    expect(v.applications_received).toBe(5)
  })

  it('受理向青江市人民政府及青江市人民政府办公厅提出的…申请85件: the report\'s own government named in full, not a template\'s bare 市政府', () => {
    const v = values([
      '青江市人民政府办公厅2020年政府信息公开工作年度报告',
      '一、总体情况',
      '（三）依法依规处理申请。严格按照《条例》规定，依法及时妥善处理政府信息公开申请。2020年，共受理向青江市人民政府及青江市人民政府办公厅提出的各类政府信息公开申请85件，均已按时答复。',
    ].join('\n'))
    expect(v.applications_received).toBe(85)
  })

  it('共办理…依申请公开件659宗，其中，新收到610宗，上年结转49宗: the year\'s new requests', () => {
    const v = values([
      '青江市人民政府2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开方面。2023年，全市各级行政机关共办理政府信息依申请公开件659宗，其中，新收到610宗，上年结转49宗。当年办结630宗，结转下年度继续办理29宗。',
    ].join('\n'))
    expect(v.applications_received).toBe(610)
  })
})

describe('session 27: set 102', () => {
  it('• 信息类别: 政府信息公开年报 above the title: a bulleted metadata row, not the title', () => {
    const v = values([
      '• 信息类别: 政府信息公开年报',
      '  • 公开方式: 主动公开',
      '  • 生成日期:2021-01-29',
      '',
      '东河生态环境局2020年度政府信息公开工作年度报告',
      '',
      '发布日期: 2021-01-29 来源:中国·东河网',
      '一、总体情况',
      '2020年，东河生态环境局信息公开各项工作扎实推进。',
    ].join('\n'))
    expect(v.title).toBe('东河生态环境局2020年度政府信息公开工作年度报告')
  })

  it('a title made long by the body\'s other names in brackets: the title, and the body before its brackets', () => {
    const v = values([
      '青江高新技术产业开发区管理委员会公共服务局（青江高新技术产业开发区管理委员会退役军人事务局、青江高新技术产业开发区退役军人服务中心、青江高新技术产业开发区教育事务中心）2021年政府信息公开工作年度报告',
      '来源:公共服务局 发布时间:2022-01-29',
      '一、总体情况',
      '2021年，青江高新区公共服务局认真贯彻落实《中华人民共和国政府信息公开条例》。',
    ].join('\n'))
    expect(v.title).toMatch(/^青江高新技术产业开发区管理委员会公共服务局（.+）2021年政府信息公开工作年度报告$/)
    expect(v.agency).toBe('青江高新技术产业开发区管理委员会公共服务局')
  })

  it('主动公开…等21条信息，主动公开疫情防控信息68条、…，主动公开…19条: counts by topic, no total said', () => {
    const v = values([
      '青江区教育局2021年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开',
      '主动公开教育概况、招生政策、控辍保学等21条信息，主动公开疫情防控信息68条、卫生健康领域信息56条，主动公开公共文化服务领域信息19条。',
      '（二）依申请公开',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })

  it('…共制作政府信息236条，其中主动公开信息数为158条: the proactive share of what was made is still the count', () => {
    const v = values([
      '青江区教育局2013年政府信息公开工作年度报告',
      '一、概述',
      '2013年，青江区教育局同步推进主动公开与依申请公开工作，全年共制作政府信息236条，其中主动公开信息数为158条，依申请公开信息数54条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(158)
  })

  it('今年共发布信息600余条 above 三是…，全年共发布相关信息30条，其中…: the related items of one work are not the year\'s', () => {
    const v = values([
      '青江县自然资源和规划局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开',
      '1.做好基础信息公开。今年共发布信息600余条。其中自然资源领域353条，部门文件3条，政策解读14条。',
      '2.做好重点领域信息公开。一是围绕重大项目公开信息。二是坚持抓好相关信息的规范发布。三是完善监测预警信息发布，制定年度地质灾害防治方案，全年共发布相关信息30条，其中应急预案2条、预警信息23条、应对情况5条。',
      '（二）依申请公开',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(600)
  })
})

describe('session 27: set 99', () => {
  it('主动公开主办的42件人大代表建议、43件政协委员提案办理结果: the proposals\' answers, not the year\'s items', () => {
    const v = values([
      '江东省住房和城乡建设厅2021年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开',
      '二是加强执行和结果公开。制定并公开厅2020年工作总结和2021年工作计划。主动公开主办的42件人大代表建议、43件政协委员提案办理结果。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })

  it('政务网站和新媒体共公开18296条政府信息: the count before the information it counts', () => {
    const v = values([
      '江东省公安厅政府信息公开工作年度报告（2020年度）',
      '一、总体情况',
      '（一）主动公开工作。省公安厅充分依托政务网站和新媒体平台，认真做好政府信息公开。在主动发布方面，省公安厅政务网站和新媒体共公开18296条政府信息，其中，组织在线访谈3次，公开规范性文件6份，重点领域信息20条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(18296)
  })

  it('全年受理依申请公开来件29件，续办上年度结转办件1件，共办理30件: the requests as letters come in', () => {
    const v = values([
      '江东省科学技术厅2024年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开方面',
      '依法依规办理依申请公开来件。全年受理依申请公开来件29件，续办上年度结转办件1件，共办理30件，全部在规定时间内办结。',
    ].join('\n'))
    expect(v.applications_received).toBe(29)
  })

  it('共收到2起涉及药械化方面的政府信息依申请公开: what was asked about, before the request', () => {
    const v = values([
      '江东省药品监督管理局2022年政府信息公开年度报告',
      '一、总体情况',
      '（二）依申请公开情况',
      '2022年，我局共收到2起涉及药械化方面的政府信息依申请公开，均为网络申请，已严格按程序和时限办理。',
    ].join('\n'))
    expect(v.applications_received).toBe(2)
  })
})

describe('session 27: sets 101 and 105', () => {
  it('客服热线:0755-8882 8155 above 2017年…报告: a phone number\'s digits are not the year\'s first digits', () => {
    const v = values([
      '客服热线:0755-8882 8155',
      '',
      '2017年青江市政府信息公开工作年度报告',
      '',
      '本报告根据《中华人民共和国政府信息公开条例》编制。',
      '一、概述',
    ].join('\n'))
    expect(v.title).toBe('2017年青江市政府信息公开工作年度报告')
  })

  it('三是市交通运输局全年…: the enumerated point\'s 三是 is no place', () => {
    const v = values([
      '一、总体情况',
      '（一）主动公开',
      '一是2021年共办理人大建议、政协提案14件。二是按要求制定并印发了公开事项基本目录。三是市交通运输局全年在市政府网站发布81篇。',
    ].join('\n'))
    expect(v.agency).toBeUndefined()
    expect(v.region).toBeUndefined()
  })

  it('共受理…121件（其中本年度新收申请数112件，上年结转申请数9件）: the year\'s new requests', () => {
    const v = values([
      '青江市市场监督管理局东河监管局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开政府信息情况。2023年共受理政府信息依申请公开121件（其中本年度新收申请数112件，上年结转申请数9件），已答复119件。',
    ].join('\n'))
    expect(v.applications_received).toBe(112)
  })

  it('行政复议、行政诉讼共0项: none of either', () => {
    const v = values([
      '青江市东河区生态环境局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '（四）信息公开方面。2024年全年，东河区生态环境局本年新收到和处理政府信息公开申请数量7件；行政复议、行政诉讼共0项。',
    ].join('\n'))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
})

describe('session 27: set 104', () => {
  it('累计达173条，其中…62条。2010年新增 49条。: the year\'s new items in the next sentence', () => {
    const v = values([
      '青江市环境保护局2010年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '（一）公开的主要内容',
      '本部门网站主动公开政府信息累计达173条，其中公文类信息（规范性文件、通知、公告）62条。2010年新增 49条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(49)
  })

  it('共主动公开政府信息417条（此数含2008年以来所有主动公开信息数）: not the year\'s', () => {
    const v = values([
      '青江市城市管理行政执法局2011年政府信息公开工作年度报告',
      '二、主动公开政府信息的情况',
      '政府信息主动公开工作的内容方面，本局2011年度共主动公开政府信息417条（此数含2008年以来所有主动公开信息数），主动公开信息全文电子化率达100%。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })

  it('主动发布重点民生领域信息263条 among other kinds\' counts: one key area\'s', () => {
    const v = values([
      '青江市东河区人民政府2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开方面',
      '全年公开政策文件118件，同步发布政策解读78期。全面做好重点领域栏目信息动态更新工作，及时公开政府重大决策信息26条，主动发布重点民生领域信息263条，便民公布企事业单位信息300余条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })

  it('来源：青山县行政服务中心管委会 under 青山县2020年…报告 speaking for 全县: the place', () => {
    const v = values([
      '青山县2020年政府信息公开工作年度报告',
      '',
      '发布时间:2021-01-08 16:18 | 来源:青山县行政服务中心管委会',
      '',
      '本年度报告是根据《中华人民共和国政府信息公开条例》规定要求组织编制。',
      '一、总体情况',
      '2020年，全县各级各部门认真贯彻落实《条例》，持续推进政府信息公开工作。',
    ].join('\n'))
    expect(v.agency).toBe('青山县')
  })

  it('…等上级文件要求，发布东河区人民政府2024年…报告: the body the announcing sentence names', () => {
    const v = values([
      '发布机构: | 东河区政府办公室 |',
      '根据《中华人民共和国政府信息公开条例》等上级文件要求，发布东河区人民政府2024年政府信息公开工作年度报告。报告包括总体情况、主动公开政府信息情况等六部分。',
      '一、总体情况',
    ].join('\n'))
    expect(v.agency).toBe('东河区人民政府')
  })
})

describe('session 27: set 103', () => {
  it('面向社会公开了各类信息，共计100余条: the total after a comma', () => {
    const v = values([
      '一、总体情况',
      '（一）主动公开情况。按照《条例》规定和要求，东河街道通过市人民政府网、公开栏等形式面向社会公开了各类信息，共计100余条。主要公开内容涉及经济社会发展等重要政务活动的动态。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(100)
  })

  it('全年累计公开政务信息、工作信息200余条: two words for information, the year\'s total', () => {
    const v = values([
      '青江区东河镇2019年政府信息公开工作年度报告',
      '一、总体情况',
      '充分利用区政府门户网站、微信公众号、政务公开栏等多种途径，对我镇机构设置、人事信息等事项进行了及时主动公开，全年累计公开政务信息、工作信息200余条，切实保障了广大群众的知情权。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(200)
  })
})

describe('session 27: set 108', () => {
  it('青江市东河区东郊办事处 (a street office without 街道): the street\'s name is its region', () => {
    const v = values([
      '青江市东河区东郊办事处2019年政府信息公开工作年度报告',
      '一、总体情况',
      '2019年，东郊办事处认真贯彻落实《条例》。',
    ].join('\n'))
    expect(v.region).toBe('青江市东河区东郊')
  })
})

describe('session 27: set 107', () => {
  it('2021年，县卫生健康局的政府信息公开工作…: the body\'s name stops before 的', () => {
    const v = values([
      '一、总体情况',
      '（一）总体公开情况说明。2021年，县卫生健康局的政府信息公开工作严格按照省、市、县各级有关要求推进。',
    ].join('\n'))
    expect(v.agency).toBe('县卫生健康局')
  })

  it('177条，其中通过政府网站公开信息114条，内容来看，…组织机构信息2条…: a second breakdown by content is not more parts', () => {
    const v = values([
      '东河镇2018年政府信息公开工作年度报告',
      '一、主动公开政府信息情况',
      '截止到2018年12月31日，我镇今年主动公开政府信息177条，其中通过政府网站公开信息114条，内容来看，今年我镇主动公开的信息中，组织机构信息2条，政策文件5条，工作信息67条，人事信息2条，服务公开1条，重点领域信息36条，其他信息5条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(177)
  })

  it('门户网站发布信息104条，其中新闻栏目…5条；政策栏目全年发布信息14条: a column\'s year is not the body\'s', () => {
    const v = values([
      '一、总体情况',
      '2023年，我委政府门户网站发布信息104条，其中新闻栏目全年发布信息5条，政务动态栏目发布信息3条；政策栏目全年发布信息14条，人事任免栏目发布信息3条；信息公开栏目全年发布信息85条。',
    ].join('\n'))
    expect(v.proactive_disclosures).not.toBe(14)
  })
})

describe('session 27: set 109', () => {
  it('2009年青山县教育局机关政府信息公开工作年度报告: the bureau its offices (机关) stand for', () => {
    const v = values([
      '2009年青山县教育局机关政府信息公开工作年度报告',
      '',
      '根据《中华人民共和国政府信息公开条例》要求，从概述、政府信息主动公开情况等方面报告如下。',
      '一、概述',
    ].join('\n'))
    expect(v.agency).toBe('青山县教育局')
  })
})

describe('session 27: set 110', () => {
  it('全年累计受理依申请公开4件: 累计 after the year\'s own word is the year\'s tally', () => {
    const v = values([
      '青山县2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开政府信息情况。全年累计受理依申请公开4件，为互联网申请。',
    ].join('\n'))
    expect(v.applications_received).toBe(4)
  })

  it('在2016年度东河区人民政府政府信息公开工作年度报告的基础上编制: the body whose report it was made on', () => {
    const v = values([
      '本报告根据《中华人民共和国政府信息公开条例》要求，在2016年度东河区人民政府政府信息公开工作年度报告的基础上编制。全文包括总体工作情况、主动公开政府信息情况等。',
      '一、总体情况',
    ].join('\n'))
    expect(v.agency).toBe('东河区人民政府')
  })
})
