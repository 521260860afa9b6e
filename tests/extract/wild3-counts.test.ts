/**
 * The counts in the shapes a fresh set of real reports showed (issue 12, the third "wild" harvest of counts):
 * a total whose channel parts carry their own bracketed sub-counts, a site named 某县人民政府网 (without 站), 主动
 * with the channel before its verb (主动在…网上公开…累计N条 within the year), and the invented values the set
 * showed. Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractedField } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const field = (name: string, ...lines: string[]): ExtractedField | undefined =>
  extract(txtDoc(lines.join('\n'))).fields.find((f) => f.field === name)
const proactive = (...lines: string[]): ExtractedField | undefined => field('proactive_disclosures', ...lines)

describe('the year\'s total over channels', () => {
  it('a channel part with its own bracketed sub-count is not another part (the parts still add up)', () => {
    expect(proactive('一、总体情况', '（二）主动公开情况', '全年主动公开政府信息1530条，其中网站主动公开信息210条（通知公告12条），政务微信480条，政务微博790条，抖音50条。')?.value).toBe(1530)
  })
  it('a site written 某县人民政府网 is the portal: with a WeChat account and 共, the whole', () => {
    expect(proactive('一、总体情况', '（一）主动公开政府信息情况', '2024年我镇通过青河县人民政府网、微信公众号共发布各类信息176条，其中在青河县人民政府网发布新闻动态20条，微信公众号发布政务动态156条。')?.value).toBe(176)
  })
  it('主动 with the channel before its verb, 累计 within the named year', () => {
    expect(proactive('一、总体情况', '（一）行政机关主动公开政府信息情况', '2024年，柳湾街道深入推进政务公开，主动在政务公开网上公开政府信息累计63条，其中工作动态40条，通知公告23条。')?.value).toBe(63)
    // up to a date, 累计 is still a running total
    expect(proactive('一、总体情况', '（一）主动公开', '截至2024年9月，柳湾街道主动在政务公开网上公开政府信息累计630条。')).toBeUndefined()
  })
})

describe('one channel of several, said later in the paragraph', () => {
  it('the portal\'s count, then a WeChat account publishing its own count after a comma', () => {
    expect(proactive('一、总体情况', '（一）主动公开。2024年，东塘街道在政府网站上发布主动公开政府信息共52条，其中重点领域信息12条，其他信息40条。在新媒体微信公众号“东塘发布”上，更新120次，共计公开260条。')).toBeUndefined()
  })
  it('the portal\'s count, then a microblog\'s own count two sentences on', () => {
    expect(proactive('一、总体情况', '（一）主动公开。通过某区政府网站主动公开信息58条。其中政策文件8条、工作动态50条。安排专人负责街道官方微博的运营和维护。截至2024年12月31日，街道官方微博共累计发布微博96条。')).toBeUndefined()
    // no other channel counted: the portal's count is the year's figure
    expect(proactive('一、总体情况', '（一）主动公开。通过某区政府网站主动公开信息58条。其中政策文件8条、工作动态50条。安排专人负责街道官方微博的运营和维护。')?.value).toBe(58)
  })
  it('a total over channels closed by 等 is not undone by a later column of the portal (信息公开栏目)', () => {
    expect(proactive('一、总体情况', '（一）主动公开政府信息情况。2019年，通过政府门户网站、政务公开栏、新媒体平台等形式主动公开政府信息3300条。其中通过县政府门户网站发布政府信息2400条，重点领域信息公开栏目发布500条。')?.value).toBe(3300)
  })
})

describe('cases about another act are not disclosure cases', () => {
  it('a lawsuit over another administrative act after a statement of none', () => {
    const lines = ['（四）行政复议、提起行政诉讼的情况', '2021年度某分局未因信息公开行政复议和提起行政诉讼情况。某分局因具体行政行为被提起行政诉讼3起，其中1起已移送，2起胜诉。']
    expect(field('admin_lawsuits', ...lines)?.value).toBe(0)
    expect(field('admin_reconsiderations', ...lines)?.value).toBe(0)
  })
})

describe('主动公开 that is not the verb of the count', () => {
  it('主动公开内容 names the catalogue: its indicators are not items disclosed', () => {
    expect(proactive('一、总体情况', '（二）认真梳理信息。全年在法定主动公开内容下的统计信息中公开15项统计主要经济指标信息。')).toBeUndefined()
  })
  it('documents issued as proactive under the overview\'s (三)平台建设和监督保障: not the year\'s items', () => {
    const head = ['一、总体情况', '（一）准确发布主动公开信息', '通过门户网站发布政策文件及解读9件，其他政府信息6条。']
    expect(proactive(...head, '（三）平台建设和监督保障方面', '一是规范文件制发。按照公文制发流程，明确文件公开属性，2022年共发布主动公开部门文件11件。')).toBeUndefined()
    // in an old report's proactive section, a sub-heading on the platform may still state the year's total
    expect(proactive('二、政府信息主动公开情况', '（一）完善平台建设，拓宽公开渠道。', '我局2017年全年主动公开政府信息740条。')?.value).toBe(740)
  })
})

describe('a small figure with 余 is the order, not the count', () => {
  it('10余条 gives no value; 100余条 is the approximate total', () => {
    expect(proactive('二、主动公开政府信息情况', '（一）2011年主动公开政府信息10余条')).toBeUndefined()
    const big = proactive('二、主动公开政府信息情况', '（一）2011年主动公开政府信息300余条')
    expect(big?.value).toBe(300)
    expect(big?.approximate).toBe(true)
  })
})

describe('requests: a label and its answer', () => {
  it('依申请受理信息公开申请：无 is none received', () => {
    expect(field('applications_received', '三、依申请公开政府信息情况', '我局2009年度依申请受理信息公开申请：无。')?.value).toBe(0)
    // the fees' row with the same answer is not about requests
    expect(field('applications_received', '四、政府信息公开收费与减免情况', '公民、法人和其他组织的收费情况：无。')).toBeUndefined()
  })
})

describe('title: page furniture before the heading', () => {
  it('a site tag 【图文】 and a metadata label 名称 are not part of the title', () => {
    expect(field('title', '【图文】某市市场监督管理局2022年度政府信息公开工作年度报告', '发布日期:2023-01-20', '一、总体情况')?.value).toBe('某市市场监督管理局2022年度政府信息公开工作年度报告')
    expect(field('title', '名称 某市2017年政府信息公开年度报告', '发布机构 某市人民政府办公室', '某市2017年政府信息公开年度报告', '一、概述')?.value).toBe('某市2017年政府信息公开年度报告')
  })
})

describe('the portal under other names, and other channels said a clause earlier', () => {
  it('政府外网 and 公众信息网 are the portal: another channel\'s count makes it one of several', () => {
    expect(proactive('一、总体情况', '（四）深化公开内容', '2019年度，我镇在县人民政府外网主动公开政府信息数21条(其中:乡镇动态18条,财政预算决算3条);在某某APP公开发布内容40条;在信息公示栏、宣传展板公开内容130条。')).toBeUndefined()
    expect(proactive('一、总体情况', '（一）主动公开情况', '2021年，县卫生健康委通过某县人民政府公众信息网主动公开信息460条，主要涵盖疫情防控等信息；通过政务新媒体“某县健康”公开信息35条。')).toBeUndefined()
  })
  it('a WeChat account whose post kinds are listed before its count', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '2024年度，区医保局通过政府门户网站主动公开各类政府信息共计66条。通过官方微信公众号、视频号“某区医保”发布医保政策、医保动态、医保知识等文章(视频)，共计215条。')).toBeUndefined()
  })
  it('全年发布信息N条 after a clause naming only a WeChat account is that account\'s count', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '同时通过发挥政务新媒体便捷优势，借助微信公众号平台“某某开发区”，全年发布信息264条，订阅量980。')).toBeUndefined()
  })
})

describe('主动公开 as an attribute or a column', () => {
  it('documents of the 主动公开 attribute, fee items and the statutory column are not the year\'s total', () => {
    expect(proactive('一、总体情况', '（一）制定公开源头认定办法。全年公开发布“主动公开”属性文件600余件。')).toBeUndefined()
    expect(proactive('一、总体情况', '（一）主动公开。全年累计报送政务信息90条；主动公开行政事业性收费2项，公开费用总额为3.1万元；法定主动公开信息14条，重点领域信息11条。')).toBeUndefined()
  })
})

describe('statements of none that are not about requests received', () => {
  it('none of the cases about requests is not none of the requests', () => {
    expect(field('applications_received', '（二）依申请公开', '我局把依申请公开工作列为重点任务。2021年，我局未发生依申请公开政府信息方面的行政复议和行政诉讼。')).toBeUndefined()
  })
  it('none from organisations says nothing of citizens\' requests', () => {
    expect(field('applications_received', '（二）依申请公开情况。2021年度，未收到法人或者其他组织对依申请公开政府信息的申请。')).toBeUndefined()
    expect(field('applications_received', '（二）依申请公开情况。2021年度，未收到公民、法人或者其他组织对依申请公开政府信息的申请。')?.value).toBe(0)
  })
})

describe('title: the report named as a sentence\'s subject', () => {
  it('…年度报告(以下简称年报)根据…编制: the name defines a short name inside a sentence, no title line', () => {
    expect(field('title', '青石县2010年政府信息公开工作年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》进行编制。全文包括概述等6个部分。', '一、概述')).toBeUndefined()
    // a note in brackets after a real title line is still page furniture
    expect(field('title', '青石县2010年政府信息公开工作年度报告（全文）', '根据《中华人民共和国政府信息公开条例》编制本报告。', '一、概述')?.value).toBe('青石县2010年政府信息公开工作年度报告')
  })
})

describe('dates and the year at the head of a page', () => {
  it('公文生成日期 is a document date, not the page\'s release', () => {
    expect(field('publish_date', '- 索 引 号:QZ0001-2013-00012', '- 发布机构:青石乡', '- 公文生成日期:2013-03-28', '根据《中华人民共和国政府信息公开条例》规定，编制2012年我乡政府信息公开工作年度报告。', '一、概述')).toBeUndefined()
  })
  it('the list page\'s date in brackets after the title on its line', () => {
    expect(field('publish_date', '2025年政府信息公开工作年度报告 ( 2026-02-03 )', '某市某委员会', '2025年政府信息公开工作年度报告', '一、总体情况')?.value).toBe('2026-02-03')
  })
  it('a date run into the first sentence at the top: the page\'s date, and no report year of its own', () => {
    const lines = ['2019年3月20日本年度报告根据《中华人民共和国政府信息公开条例》要求，由某某开发区管委会编制。', '一、概述', '二、主动公开政府信息情况', '某某开发区管委会2018年共通过政务信息公开系统公开政府文件、政务信息188条。']
    expect(field('publish_date', ...lines)?.value).toBe('2019-03-20')
    expect(field('report_year', ...lines)?.value).toBe(2018)
  })
})

describe('the portal\'s statement right after the proactive label on its own line', () => {
  it('（一）主动公开。2025年，通过门户网站发布各类政府信息共N条', () => {
    expect(proactive('一、总体情况', '  （一）主动公开。2025年，通过门户网站发布各类政府信息共940条，主要包括政策类文件120件、政务动态信息600条。')?.value).toBe(940)
    // another channel counted after it: one channel of several
    expect(proactive('一、总体情况', '  （一）主动公开。2025年，通过门户网站发布各类政府信息共940条。通过官方微信公众号发布信息310条。')).toBeUndefined()
  })
})

describe('the first statement of the proactive part, in its other wordings', () => {
  it('the body named after the year and the site as the channel, no comma', () => {
    expect(proactive('一、总体情况', '（一）主动公开。2022年青石街道依托政府门户网站及时公开机构设置、财政预算决算、工作动态等政府信息94条。', '（二）依申请公开。')?.value).toBe(94)
  })
  it('an approximate figure of the portal alone is not the year\'s total; over channels closed by 等 it is', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '2024年青石市政府网站主动公开各类政府信息3400余条。')).toBeUndefined()
    expect(proactive('一、总体情况', '（一）主动公开', '2024年，依托某市住建局门户网站、信息公开网、微信公众号等信息发布平台共发布信息1230余条。')?.value).toBe(1230)
  })
})

describe('requests received in other wordings', () => {
  it('the requests named then counted, with no verb', () => {
    expect(field('applications_received', '一、总体情况', '2023年全年主动公开政府信息31件。2023年全年依申请公开政府信息申请 6件，申请人均为自然人。')?.value).toBe(6)
    expect(field('applications_received', '（二）依申请公开情况。', '2025年，我苏木依申请公开政府信息共3件，其中，予以公开2件，不予公开1件。')?.value).toBe(3)
    // a verb before them says what was done, not what came in
    expect(field('applications_received', '（二）依申请公开情况。', '2025年，我苏木办结依申请公开政府信息申请3件。')).toBeUndefined()
  })
  it('要求公开信息的申请 and 依申请政府信息公开事项…例', () => {
    expect(field('applications_received', '2.依申请公开办理情况。2024年收到要求公开信息的申请19件，均已办理。')?.value).toBe(19)
    expect(field('applications_received', '2、依申请公开', '2022年我局共受理依申请政府信息公开事项12例，全部按时办结。')?.value).toBe(12)
  })
})

describe('the opening statement read only with a publishing verb', () => {
  it('转载/报送 政务公开信息: 政务公开 is a noun there, the verb another', () => {
    expect(proactive('一、总体情况', '（四）主动公开。2023年全镇转载政务公开信息45条。', '（五）依申请公开。')).toBeUndefined()
    expect(proactive('一、总体情况', '（四）主动公开。2023年全镇向上级报送政务公开信息45条。', '（五）依申请公开。')).toBeUndefined()
  })
})

describe('the page\'s date in the other places pages print it', () => {
  it('a bracketed label with a cell bar, and a label alone on its line over the date', () => {
    expect(field('publish_date', '| 发布机构 | 某区管委会 |', '[ 成文日期 ] | 2019-03-20 | [ 公开日期 ] | 2019-03-22 |', '某区2018年政府信息公开工作年度报告', '一、概述')?.value).toBe('2019-03-22')
    expect(field('publish_date', '  • 发布机构', '    某市人民政府办公室', '  • 发布日期', '    2021-01-27', '某市林业局2020年度政府信息公开工作年度报告', '一、总体情况')?.value).toBe('2021-01-27')
  })
  it('a byline of a body and a date', () => {
    expect(field('publish_date', '某省2015年政府信息公开工作年度报告', '某省人民政府办公厅 2016-04-12', '一、概述')?.value).toBe('2016-04-12')
    expect(field('publish_date', '某县人民政府2011年度信息公开年度报告', '2012-3-28    某县人民政府办公室', '根据《中华人民共和国政府信息公开条例》要求编制本报告。')?.value).toBe('2012-03-28')
  })
})

describe('title: a column\'s name and a metadata label are not the report\'s title', () => {
  it('部门信息公开年报 over the real title, and 信息名称: before it', () => {
    expect(field('title', '部门信息公开年报', '', '某县统计局2020年度政府信息公开工作年度报告', '作者: 来源: 发布时间:2021-01-27 11:01', '一、总体情况')?.value).toBe('某县统计局2020年度政府信息公开工作年度报告')
    expect(field('title', '信息名称:某省教育厅2019年政府信息公开工作年度报告', '信息索引:gs0004-01-2020-012', '一、总体情况')?.value).toBe('某省教育厅2019年政府信息公开工作年度报告')
  })
})

describe('the year\'s part of a running total', () => {
  it('…截至年底共主动公开N条，今年新增M条: the year\'s new items are its count', () => {
    expect(proactive('二、主动公开政府信息的情况', '（一）本机关主动公开政府信息的数量', '按照《条例》的要求，截至2012年12月30日，我乡在县政府网站共主动公开政府信息480条，今年新增66条。')?.value).toBe(66)
    // no running total before it: 今年新增 after a plain statement is not read as another count
    expect(proactive('二、主动公开政府信息的情况', '2012年，我乡在县政府网站主动公开政府信息66条。')?.value).toBe(66)
  })
})

describe('requests: more wordings of the count', () => {
  it('收到并处理…申请N项, 收到N起…公开事务申请', () => {
    expect(field('applications_received', '（二）政府信息依申请公开情况', '2023年某区人力资源局收到并处理政府信息公开申请2项，向政府信息公开申请人收取费用为0元。')?.value).toBe(2)
    expect(field('applications_received', '三、依申请公开政府信息办理情况', '本年度我委收到3起政府信息公开事务申请，按规定进行书面答复。')?.value).toBe(3)
    // a licensing matter in 项 is not a request
    expect(field('applications_received', '三、依申请公开政府信息办理情况', '本年度我委受理行政许可事项152项。')).toBeUndefined()
  })
})

describe('one channel of several across the overview\'s parts', () => {
  it('the portal\'s count under (一)主动公开, a WeChat account\'s own count under (四)平台建设: no total for the year', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '2023年，我局通过县政府门户网站主动公开政府信息86条。', '（四）平台建设', '我局微信公众号全年推送信息320条。')).toBeUndefined()
    // the platform part without a count of its own leaves the portal's count as the year's figure
    expect(proactive('一、总体情况', '（一）主动公开', '2023年，我局通过县政府门户网站主动公开政府信息86条。', '（四）平台建设', '我局持续优化微信公众号栏目设置。')?.value).toBe(86)
  })
})

describe('the old template\'s cover date', () => {
  it('a date alone on its line over 引言 is the page\'s date', () => {
    expect(field('publish_date', '青 石 县 人 民 政 府', '2011年3月12日', '引 言', '本年度报告是根据《中华人民共和国政府信息公开条例》要求编制。', '一 、概 述')?.value).toBe('2011-03-12')
    // a date alone at the top with no 引言 after it stays unread (a signature's or a list's)
    expect(field('publish_date', '青 石 县 人 民 政 府', '2011年3月12日', '本年度报告是根据《中华人民共和国政府信息公开条例》要求编制。')).toBeUndefined()
  })
})
