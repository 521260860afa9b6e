/**
 * Shapes the real report pages of session 19 showed the rules getting wrong (the pages' dev half, and the sets
 * labelled before the rules ran on them, kept outside the project as ../shared is). The texts here are written for
 * the test in the same shapes, shorter than the pages, with invented bodies and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))

describe('session 19: the year', () => {
  const opening = [
    '根据《中华人民共和国政府信息公开条例》的规定，现公布青川市交通运输局信息公开工作年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况组成。',
    '一、概述',
  ]
  it('a report that names no year but the work plan its body drew up for it (制定了《2018年政务公开工作要点分工方案》)', () => {
    const v = values([...opening, '我局按照市政务公开办要求，制定了《2018年政务公开工作要点分工方案》，推进了重点项目信息公开工作。'].join('\n'))
    expect(v.report_year).toBe(2018)
  })
  it('…not a plan it will draw up, nor a year stated elsewhere', () => {
    expect(values([...opening, '下一步，我局将制定《2019年政务公开工作要点分工方案》，推进重点项目信息公开。'].join('\n')).report_year).toBeUndefined()
    const v = values(['青川市交通运输局2017年政府信息公开工作年度报告', ...opening, '我局制定了《2018年政务公开工作要点》。'].join('\n'))
    expect(v.report_year).toBe(2017)
  })
})

describe('session 19: cases of another body', () => {
  it('the requests paragraph counts requests put to the city government (a template\'s words): its review count is that body\'s too', () => {
    const v = values([
      '2021年青禾街道政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开',
      '受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请7件，均在法定时限内予以答复。信息公开类行政复议2起，正在办理中。',
    ].join('\n'))
    expect(v.applications_received).toBeUndefined()
    expect(v.admin_reconsiderations).toBeUndefined()
  })
  it('…while a line that only says requests may be put to a department, then counts the body\'s own review, keeps it', () => {
    const v = values([
      '2021年青禾街道政府信息公开工作年度报告',
      '市民可通过依申请公开栏目向相关部门提出信息公开申请。2021年收到1份有关政府信息公开的行政复议申请，已及时处理。',
    ].join('\n'))
    expect(v.admin_reconsiderations).toBe(1)
  })
})

describe('session 19: the body', () => {
  it('a body the overview names as its subject with its higher places, then again without them, is one body', () => {
    const v = values([
      '依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。',
      '一、总体情况',
      '青川市东城区政务服务管理局以习近平新时代中国特色社会主义思想为指导，切实做好政府信息公开工作。',
      '2023年，东城区政务服务管理局持续强化主动公开，在区政府门户网站公开机关职能等信息。',
    ].join('\n'))
    expect(v.agency).toBe('青川市东城区政务服务管理局')
    expect(v.region).toBe('青川市东城区')
  })
  it('…but two bodies of other names as subjects name neither', () => {
    const v = values([
      '依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。',
      '一、总体情况',
      '青川市东城区政务服务管理局以习近平新时代中国特色社会主义思想为指导，切实做好政府信息公开工作。',
      '2023年，东城区财政局持续强化主动公开，在区政府门户网站公开机关职能等信息。',
    ].join('\n'))
    expect(v.agency).toBeUndefined()
  })
  it('a farm of a Production and Construction Corps division is a place and its own body', () => {
    const v = values(['第七师青河农场2024年政府信息公开工作年度报告', '一、总体情况', '青河农场认真贯彻落实《条例》。'].join('\n'))
    expect(v.agency).toBe('第七师青河农场')
    expect(v.region).toBe('第七师青河农场')
  })
})

describe('session 19: counts', () => {
  it('one kind\'s count whose sentence ends at ；, the next kind\'s count after it, is no total', () => {
    const v = values([
      '2022年政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开征地批复及相关资料18条；各类土地市场数据230条，供地计划2条，出让公告96条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('…while the year\'s information as a whole before ；keeps its count', () => {
    const v = values([
      '2022年政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开政府信息318条；各类土地市场数据230条，供地计划2条。',
    ].join('\n'))
    expect(v.proactive_disclosures).toBe(318)
  })
})

describe('session 19: counts of set 23', () => {
  const head = ['青川市2022年政府信息公开工作年度报告', '一、总体情况']
  it('a rough count of 万s (20余万条) over every channel closed by 等 is the year\'s, marked approximate', () => {
    const r = extract(txtDoc([...head, '通过政府公报、政府网站和政务新媒体以及报纸、广播等媒介，主动公开政府信息20余万条，其中，市政府门户网站发布信息16400条。'].join('\n')))
    const f = r.fields.find((x) => x.field === 'proactive_disclosures')
    expect(f?.value).toBe(200000)
  })
  it('the first count under the proactive part through 等各类渠道, its verb 公开 alone', () => {
    const v = values([...head, '（一）主动公开方面', '某区积极做好政府信息主动公开工作。共通过政府网站、政务新媒体、公示栏等各类渠道公开政府信息3.2万余条，其中：行政规范性文件4份。'].join('\n'))
    expect(v.proactive_disclosures).toBe(32000)
  })
  it('截至<year>年底, 本年度累计: the year\'s own tally', () => {
    const v = values(['青川市林业局2013年政府信息公开工作年度报告', '一、主动公开政务信息情况', '截至2013年底，本年度累计主动公开各类政府信息286条。各栏目公开信息情况如下表所示：'].join('\n'))
    expect(v.proactive_disclosures).toBe(286)
  })
  it('the information, its verb, then 总计 and parts that add up (政务信息公开总计N条，其中包括…)', () => {
    const v = values([...head, '（一）主动公开政府信息方面', '2022年，某街道办事处在政府网站政务信息公开总计120条，其中包括政府信息公开指南1条，法规文件15条，执行公开100条，政府信息公开年报4条。'].join('\n'))
    expect(v.proactive_disclosures).toBe(120)
  })
  it('…whose parts do not add up is no total', () => {
    const v = values([...head, '（一）主动公开政府信息方面', '2022年，某街道办事处在政府网站政务信息公开总计120条，其中包括政府信息公开指南1条，法规文件15条。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('the new media alone, listed by 、 after the portal\'s own count, are no total', () => {
    const v = values([...head, '（一）加强政府信息主动公开。2021年我部政府门户网站发布各类信息8118篇，网站总访问量达4.5亿次。2021年，我部微信公众号、微博、抖音账号共发布信息3376条，总关注量137.6万。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('nothing a request\'s handling caused (未发生因政府信息公开申请处理不当…) says nothing of the requests', () => {
    const v = values([...head, '2022年省税务局对49份政府信息公开申请依法作出答复，未发生因政府信息公开申请处理不当引发的舆情。'].join('\n'))
    expect(v.applications_received).toBeUndefined()
  })
})

describe('session 19: bodies of sets 23 and 24', () => {
  it('a town with 所 in its short own name (八所镇) is a place', () => {
    const v = values(['东岭市八所镇2024年度政府信息公开工作年度报告', '一、总体情况', '2024年，我镇在市政府的正确领导下，深入贯彻落实《条例》。'].join('\n'))
    expect(v.agency).toBe('东岭市八所镇')
    expect(v.region).toBe('东岭市八所镇')
  })
  it('…but a police station (派出所) before 乡镇 is no place', () => {
    const v = values(['2024年政府信息公开工作年度报告', '一、总体情况', '2024年，城关派出所乡镇治安工作有序开展。'].join('\n'))
    expect(v.region).toBeUndefined()
  })
  it('a township\'s government opening the year with no comma (2019年某镇政府严格按照…)', () => {
    const v = values(['2019年禾丰镇政府严格按照《中华人民共和国政府信息公开条例》的原则，及时、准确地公开政府信息。', '一、总体情况'].join('\n'))
    expect(v.agency).toBe('禾丰镇政府')
    expect(v.region).toBe('禾丰镇')
  })
  it('a bureau whose disclosure work 运行顺畅 is the year\'s subject', () => {
    const v = values(['2018年我局认真贯彻落实《条例》。', '一、工作概况', '2018年，青原区体育局政府信息公开工作运行顺畅，无政府信息公开申请。'].join('\n'))
    expect(v.agency).toBe('青原区体育局')
  })
  it('a zone-wide report compiled from the named zone\'s disclosure (结合某保税区政府信息公开情况编制): the zone', () => {
    const v = values(['根据《中华人民共和国政府信息公开条例》，结合青港保税区政府信息公开情况编制。', '一、概述', '本年度保税区认真贯彻落实有关部署。'].join('\n'))
    expect(v.agency).toBe('青港保税区')
    expect(v.region).toBe('青港保税区')
  })
  it('…not a zone\'s kind alone (结合2019年高新区政府信息公开工作实际)', () => {
    const v = values(['根据《条例》，结合2019年高新区政府信息公开工作实际编制本报告。', '一、概述'].join('\n'))
    expect(v.agency).toBeUndefined()
  })
  it('a district that says 我区 and names itself only in the plan it drew up for the year (制定了《2018年某区政务公开重点工作安排》)', () => {
    const v = values(['本年度报告根据《条例》编制。本年度报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。', '一、概述', '2018年我区认真贯彻落实有关决策部署。结合我区实际，制定了《2018年青原区政务公开重点工作安排》。'].join('\n'))
    expect(v.agency).toBe('青原区')
    expect(v.region).toBe('青原区')
  })
  it('…not a plan of another place it follows (根据《2018年青川市政务公开工作要点》)', () => {
    const v = values(['本年度报告根据《条例》编制。', '一、概述', '2018年我区根据《2018年青川市政务公开工作要点》推进工作。'].join('\n'))
    expect(v.agency).toBeUndefined()
  })
  it('a news site\'s location tag before the year in the heading (浙江青川2023年青川市生态环境局…)', () => {
    const v = values(['浙江青川2023年青川市生态环境局政府信息公开年报', '本报告根据《中华人民共和国政府信息公开条例》编制。', '一、总体情况'].join('\n'))
    expect(v.agency).toBe('青川市生态环境局')
    expect(v.region).toBe('青川市')
  })
})

describe('session 19: counts of set 24', () => {
  it('the kinds closed by 等内容, then the total in a clause of its own (，共计25条信息)', () => {
    const v = values(['2024年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况',
      '区统计局定期发布统计信息。2024年，通过某区政府门户网站主动公开季度主要经济指标完成情况、统计执法检查情况、财政预决算等内容，共计31条信息。'].join('\n'))
    expect(v.proactive_disclosures).toBe(31)
  })
  it('…a kind alone before it is still one kind', () => {
    const v = values(['2024年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况', '2024年，主动公开政策解读，共计31条信息。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('the first part named as the year\'s disclosure work is the overview (一、2010年全县政府信息公开工作情况), its total with parts that add up', () => {
    const v = values(['某县2010年政府信息公开工作年度报告', '一、2010年全县政府信息公开工作情况',
      '据初步统计，2010年我县通过政府信息公开网站，共公开政府信息1458条，其中：16个乡镇发布信息742条，各相关单位发布信息716条。'].join('\n'))
    expect(v.proactive_disclosures).toBe(1458)
  })
})

describe('session 19: format and requests of sets 23 and 24', () => {
  it('a text cut inside table 二\'s first label (1.主动公开政府信息情况⏎第二十条) is a standard report', () => {
    const v = values(['2021年政府信息公开工作年度报告', '一、概述', '2021年我局累计主动公开信息共74条。', '（二）主动公开政府信息的主要类别。', '1.主动公开政府信息情况', '第二十条'].join('\n'))
    expect(v.format).toBe('standard-2021')
  })
  it('…but 第二十条 cited in prose is not', () => {
    const v = values(['2018年政府信息公开工作年度报告', '一、概述', '依据《条例》第二十条规定主动公开政府信息。'].join('\n'))
    expect(v.format).toBe('free-form')
  })
  it('累计 in a paragraph the report year opens (（二）依申请公开情况。2022年，…。累计收到政府信息公开申请2件): the year\'s', () => {
    const v = values(['某开发区2022年政府信息公开工作年度报告', '（二）依申请公开情况。2022年，某开发区严格按照政府信息公开工作各项规定，对政府信息公开申请进行办理和答复。累计收到政府信息公开申请3件，都已及时答复。'].join('\n'))
    expect(v.applications_received).toBe(3)
  })
  it('…not one up to a date (截至…累计)', () => {
    const v = values(['某开发区2022年政府信息公开工作年度报告', '（二）依申请公开情况。2022年，某开发区严格按照规定办理。截至目前累计收到政府信息公开申请30件。'].join('\n'))
    expect(v.applications_received).toBeUndefined()
  })
})

describe('session 19: title and body of set 26', () => {
  it('a metadata list\'s bullet and label before the title (- 标题: …)', () => {
    const v = values(['- 发布机构: 青川市退役军人事务局', '- 标题: 青川市退役军人事务局2024年政府信息公开工作年度报告', '- 发文字号:', '本年度报告根据《条例》编制。', '一、总体情况'].join('\n'))
    expect(v.title).toBe('青川市退役军人事务局2024年政府信息公开工作年度报告')
  })
  it('a report compiled by gathering a named body\'s disclosure work (汇总某局政府信息公开工作情况编制而成): that body', () => {
    const v = values(['本报告依据《条例》有关规定，汇总青原区营商环境建设局政府信息公开工作情况编制而成。', '一、公开总体情况', '2018年，区营商局按照要求公开信息。'].join('\n'))
    expect(v.agency).toBe('青原区营商环境建设局')
  })
})

describe('session 19: set 25', () => {
  const head = ['某县2015年政府信息公开工作年度报告', '一、概述']
  it('a metadata list\'s keywords (政府信息公开、年度、报告) are no title; the report\'s heading below is', () => {
    const v = values(['• 青原区中心路街道办事处', '• 政府信息公开、年度、报告', '青川市青原区中心路街道办事处2020年政府信息公开工作年度报告', '本报告由青川市青原区中心路街道办事处编制。'].join('\n'))
    expect(v.title).toBe('青川市青原区中心路街道办事处2020年政府信息公开工作年度报告')
  })
  it('two unlabelled dates of a metadata list above the title say no release date', () => {
    const v = values(['• 青川市自然资源和规划局', '• 2024-01-29', '• 2024-01-30', '青川市自然资源和规划局2023年政府信息公开工作年度报告', '根据《条例》规定编制本报告。'].join('\n'))
    expect(v.publish_date).toBeUndefined()
  })
  it('…while one date line right above the title is its byline', () => {
    const v = values(['2024-01-30', '青川市自然资源和规划局2023年政府信息公开工作年度报告', '根据《条例》规定编制本报告。'].join('\n'))
    expect(v.publish_date).toBe('2024-01-30')
  })
  it('the government\'s department in charge named with its short name (某市人民政府信息公开主管部门市工业和信息化委员会)', () => {
    const v = values(['青川市2015年政府信息公开工作年度报告', '一、概述', '本年度报告由青川市人民政府信息公开主管部门市工业和信息化委员会负责编制，经市人民政府审核同意，现予以公布。'].join('\n'))
    expect(v.agency).toBe('青川市工业和信息化委员会')
  })
  it('the report saying whose work it covers (本报告内容主要为某州人民政府办公厅2012年度的政府信息公开工作情况)', () => {
    const v = values(['根据《条例》特编制本报告。', '本报告内容主要为青河哈萨克自治州人民政府办公厅2012年度的政府信息公开工作情况。各县市、各部门的年度报告自行公布。', '一、概述'].join('\n'))
    expect(v.agency).toBe('青河哈萨克自治州人民政府办公厅')
  })
  it('a rough total (5万多条) holds parts up to its next round figure', () => {
    expect(values([...head, '2015年，全市主动公开政府信息共5万多条，其中通过政府门户网站公开信息44104条、政府公报及政务微博等方式公开政府信息1万余条。'].join('\n')).proactive_disclosures).toBe(50000)
  })
  it('…not parts past it', () => {
    expect(values([...head, '2015年，全市主动公开政府信息共5万多条，其中通过政府门户网站公开信息54104条、政府公报等方式公开政府信息1万余条。'].join('\n')).proactive_disclosures).toBeUndefined()
  })
  it('a part\'s own breakdown after 包括 is inside it (9条，其中区政府网站公开9条，包括…1条、…7条)', () => {
    expect(values([...head, '（二）主动公开信息情况', '2015年，区审计局主动公开政务信息9条，其中区政府网站公开9条，包括审计项目计划1条、审计结果公告7条。'].join('\n')).proactive_disclosures).toBe(9)
  })
  it('since the report year\'s first month (自2019年1月份以来…共408条) is the year\'s', () => {
    const v = values(['某街道办事处2019年政府信息公开工作年度报告', '二、主动公开政府信息情况', '我办通过网站、报刊、宣传栏等渠道进行政府信息公开工作。自2019年1月份以来我办共计发布各类信息共408条，其中政策文件22条，机构设置3条。'].join('\n'))
    expect(v.proactive_disclosures).toBe(408)
  })
  it('a total over two channels named owns its 其中 parts, rough ones too', () => {
    const v = values(['某镇2023年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开方面', '2023年，我镇通过政务信息平台和党务、政务公开栏主动公开政府信息200余条，其中政府政务信息公开平台发布29条，党务、政务公开栏信息200余条。'].join('\n'))
    expect(v.proactive_disclosures).toBe(200)
  })
  it('one kind under the proactive label (主动公开政府集中采购信息20条) is no total', () => {
    const v = values(['一、总体情况', '1.主动公开政府信息情况。2020年，县农业农村局主动公开政府集中采购信息20条，累计金额2017万元；在县政府网站发布信息27条，微信公众平台发布91条。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('the year\'s part of the requests handled, in their bracket (其中当年收到3件，上年转结1件)', () => {
    const v = values(['某街道2021年政府信息公开工作年度报告', '（二）依申请公开。2021年内，某街道共办理4件政府信息公开申请（其中当年收到3件，上年转结1件），较2020年增加。'].join('\n'))
    expect(v.applications_received).toBe(3)
  })
})

describe('session 19: set 26', () => {
  it('services counted by the count before them (公开了涉及我委的53项服务项目) are a catalogue\'s entries', () => {
    const v = values(['某省卫生计生委2015年政府信息公开工作年度报告', '二、主动公开政府信息的情况', '（一）公开便民服务信息。2015年，在政务服务网公开了涉及我委的53项服务项目。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('one place\'s count, the sentence going on past ； to another place\'s: no total', () => {
    const v = values(['2023年某区医疗保障局政府信息公开工作年度报告', '一、总体情况', '（一）主动公开政府信息情况',
      '2023年，我局主动向社会公开法规公文、工作信息等方面的政务信息，在某市医疗保障局工作动态发布信息39条；在某区政府信息公开目录发布信息12条；在新媒体发布11条信息。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('every kind of information with parts that add up (官网公开各类政府信息N条，其中…)', () => {
    const v = values(['某市大数据局2020年政府信息公开工作年度报告', '一、总体情况',
      '（一）主动公开。截止2020年12月底，市大数据局官网公开各类政府信息40条，其中，“机构领导”1条，“政策解读”3条，“部门文件”6条，“对外交流”30条。'].join('\n'))
    expect(v.proactive_disclosures).toBe(40)
  })
  it('…whose parts do not add up is no total', () => {
    const v = values(['某市大数据局2020年政府信息公开工作年度报告', '一、总体情况',
      '（一）主动公开。截止2020年12月底，市大数据局官网公开各类政府信息40条，其中，“机构领导”1条，“政策解读”3条。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
  it('none of the requests, reviews and suits in one long clause (未收到和处理…申请、因…被申请行政复议及提起行政诉讼等情况)', () => {
    const v = values(['2019年政府信息公开工作年度报告', '一、总体情况', '我办未收到和处理政府信息公开申请、因政府信息公开工作被申请行政复议及提起行政诉讼等情况。'].join('\n'))
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
})

describe('session 19: a long short form', () => {
  it('the title\'s body written short with a long name (市住房公积金管理中心天台分中心), the text writing it in full', () => {
    const v = values(['市住房公积金管理中心青溪分中心2022年政府信息公开工作年度报告', '时间:2023-01-06 16:30',
      '为全面贯彻落实《中华人民共和国政府信息公开条例》，青州市住房公积金管理中心青溪分中心认真开展各项工作，现将2022年工作情况报告如下。'].join('\n'))
    expect(v.agency).toBe('青州市住房公积金管理中心青溪分中心')
    expect(v.region).toBe('青州市')
  })
})

describe('session 19: set 28', () => {
  it('主动向社会公布…共N条 is the year\'s total, not the first kind listed after it', () => {
    const v = values(['某区人社局2024年政府信息公开工作年度报告', '一、总体情况',
      '（一）主动公开方面。2024年，我局及时主动向社会公布信息共590条，专题领域主动公开268条（含社会保险、就业创业）、法律法规和政策文件4条、行政权力类117条。'].join('\n'))
    expect(v.proactive_disclosures).toBe(590)
  })
})

describe('session 19: set 27', () => {
  const head = ['2018年政府信息公开工作年度报告', '一、概述']
  it('条次 whose parts in 条 add up to it counts the items (主动公开政府信息195条次。其中，…1条；…194条)', () => {
    expect(values([...head, '二、主动公开政府信息情况', '2018年度我乡主动公开政府信息195条次。其中，机构概况类信息1条；政策法规类信息35条；业务工作类信息159条。'].join('\n')).proactive_disclosures).toBe(195)
  })
  it('…not parts that do not add up, nor 条次 alone (times, not items)', () => {
    expect(values([...head, '二、主动公开政府信息情况', '2018年度我乡主动公开政府信息195条次。其中，机构概况类信息1条；政策法规类信息35条。'].join('\n')).proactive_disclosures).toBeUndefined()
    expect(values([...head, '全年主动发布政务信息320条次。'].join('\n')).proactive_disclosures).toBeUndefined()
  })
  it('…but not after a verb of pushing or viewing (推送信息320条次)', () => {
    expect(values([...head, '2018年度我乡通过微信公众号主动推送信息320条次。'].join('\n')).proactive_disclosures).toBeUndefined()
  })
  it('the information named after a count in 份 (共主动公开185份政务信息)', () => {
    expect(values([...head, '二、主动公开政府信息情况', '本年度，在乡人民政府网站共主动公开185份政务信息。'].join('\n')).proactive_disclosures).toBe(185)
  })
  it('the body\'s former name in brackets is passed over (现公布某局（原某局）信息公开工作年度报告)', () => {
    const v = values(['根据《条例》的规定，现公布青川市农业农村局（原青川市农业局）信息公开工作年度报告。', '一、概述'].join('\n'))
    expect(v.agency).toBe('青川市农业农村局')
  })
  it('特向社会公开<year><township>政府信息公开年度报告 names the body', () => {
    const v = values(['青溪乡根据《条例》规定，结合我乡实际，特向社会公开2017年度青溪乡政府信息公开年度报告。', '一、概述'].join('\n'))
    expect(v.agency).toBe('青溪乡')
  })
  it('a bureau saying 我局 that names itself only in the rules it drew up (我局制定了《某县国土资源局网站信息发布制度》)', () => {
    const v = values([...head, '2010年，我局高度重视政府信息公开工作。为保证信息的准确性，我局制定了《青溪县国土资源局网站信息发布制度》，要求各股室及时报送信息。'].join('\n'))
    expect(v.agency).toBe('青溪县国土资源局')
    expect(v.region).toBe('青溪县')
  })
  it('…not another body\'s rules it follows (根据《某县人民政府办公室…》)', () => {
    const v = values([...head, '2010年，我局根据《青溪县人民政府办公室关于政府信息公开的通知》开展工作。'].join('\n'))
    expect(v.agency).toBeUndefined()
  })
})

describe('session 19: set 28, what is no count', () => {
  it('依申请公开信息0条 as the last kind of a published total\'s breakdown is a kind of information, not the requests', () => {
    const v = values(['某镇2021年政府信息公开工作年度报告', '一、总体情况', '2021年镇政府全年发布各类信息684条，其中机构概况类1条，公共服务类9条、政务动态类148条、其它信息526条、依申请公开信息0条。'].join('\n'))
    expect(v.applications_received).toBeUndefined()
  })
  it('…while said on its own it is none asked (依申请公开信息0条)', () => {
    const v = values(['某镇2021年政府信息公开工作年度报告', '一、总体情况', '2021年，我镇依申请公开信息0条。'].join('\n'))
    expect(v.applications_received).toBe(0)
  })
  it('one site\'s 各类信息 with parts that add up, beside other channels\' counts in its paragraph, is no total', () => {
    const v = values(['某市气象局2020年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况',
      '2020年，某市气象局在市政府集群子网站累计主动公开各类信息225条，包括政策文件5条，预警信息160条，工作动态60条。在省气象局门户网站子网站公开各类信息120条，其中公告公示6条，工作动态46条，预警信息68条。微信服务号发布天气预报预警信息147条。'].join('\n'))
    expect(v.proactive_disclosures).toBeUndefined()
  })
})
