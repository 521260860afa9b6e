/**
 * Count shapes from a ninth wild pass of counts (issue 12): a portal's count followed in its sentence by another
 * site's clause (cut off, or uncounted); a portal's count beside a count in the city's disclosure column; a total
 * said 主动向社会公开…共计N条; a total over 各个平台 whose 其中 names one platform; none of the requests said
 * 未收到申请政府信息公开事项 or 尚无接到要求; none of the cases said 尚未出现因…申请行政复议、提起行政诉讼的情况.
 * Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const field = (name: string, ...lines: string[]) => run(...lines).fields.find((f) => f.field === name)
const proactive = (...lines: string[]) => field('proactive_disclosures', ...lines)
const candidates = (...lines: string[]): unknown[] =>
  (run(...lines).candidates ?? []).filter((c) => c.field === 'proactive_disclosures').map((c) => c.value)

describe('a portal\'s count, then another site\'s clause in the same sentence', () => {
  const head = ['某某省水文局2011年政府信息公开年度报告', '二、主动公开政府信息的情况', '（二）公开形式']
  it('the other site\'s clause cut off before its number: one channel of several, no value, a candidate', () => {
    const lines = [...head, '1.互联网。2011年，某某省水文局通过某某省水文局门户网站主动公开政府信息8620条，通过省政府网站主']
    expect(proactive(...lines)).toBeUndefined()
    expect(candidates(...lines)).toContain(8620)
  })
  it('the other site named with its verb and no count: no value', () => {
    expect(proactive(...head, '2011年，本局通过门户网站主动公开政府信息8620条，通过省政府网站主动公开重要信息。')).toBeUndefined()
  })
  it('the same portal again (its other work, uncounted) does not make the count a channel\'s: 8620', () => {
    expect(proactive(...head, '2011年，本局通过门户网站主动公开政府信息8620条，通过门户网站及时更新公开目录。')?.value).toBe(8620)
  })
  it('the portal\'s count alone in its sentence stays the year\'s: 8620', () => {
    expect(proactive(...head, '2011年，本局通过门户网站主动公开政府信息8620条。')?.value).toBe(8620)
  })
})

describe('a site\'s count beside a count in the city\'s disclosure column', () => {
  it('网站…更新…信息N条，在市政府信息公开专栏主动公开发布信息M条: two channels, no total, no value', () => {
    const lines = ['一、总体情况', '2021年我办积极推动主动公开工作。网站全年更新工作动态、通知公告等信息206条，在市政府信息公开专栏主动公开发布信息31条，处理依申请公开4条。']
    expect(proactive(...lines)).toBeUndefined()
    expect(candidates(...lines)).toContain(31)
  })
  it('the column of the portal, named with it, is one channel (门户网站政府信息公开专栏…12条、…微信公众号更新95条): no value', () => {
    expect(proactive('一、总体情况', '（一）主动公开情况。', '全年共在某某县人民政府门户网站政府信息公开专栏主动发布政务信息12条、政务新媒体“某某微政务”微信公众号更新95条。')).toBeUndefined()
  })
  it('the column\'s total, a microblog\'s posts in a later part: the column\'s total stands (88)', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '2023年，围绕气象工作，市气象局及时公开信息，在某某市政府信息公开专栏共发布信息88条。', '（四）政府信息公开平台建设', '通过某某气象官方微博公开政府信息，2023年发布微博共计9120条。')?.value).toBe(88)
  })
  it('the column\'s count alone is still the year\'s: 31', () => {
    expect(proactive('一、总体情况', '2021年，我办在市政府信息公开专栏主动公开发布信息31条。')?.value).toBe(31)
  })
})

describe('a total said 主动向社会公开…共计N条', () => {
  it('…多种媒介，主动向社会公开我县水利工作有关政策、数据和工作信息共计316条: 316', () => {
    expect(proactive('一、总体情况', '（一）主动公开情况', '2020年，充分利用网站、微信、报刊等多种媒介，主动向社会公开我县水利工作有关政策、数据和工作信息共计316条，其中概况类信息9条。')?.value).toBe(316)
  })
  it('one kind said that way is still a part: 主动向社会公开政策解读12篇 gives no value', () => {
    expect(proactive('一、总体情况', '（一）主动公开情况', '2020年，我局主动向社会公开政策解读12篇。')).toBeUndefined()
  })
})

describe('a total over 各个平台, its 其中 naming one platform', () => {
  it('我局在各个平台共公开信息N条，其中，政务信息平台公开总数为M条(…): N', () => {
    expect(proactive('二、主动公开政府信息的情况', '本年度，我局在各个平台共公开信息2417条，其中，政务信息平台公开总数为356条（工作动态201条，其他155条）。', '三、依申请公开政府信息办理情况')?.value).toBe(2417)
  })
  it('traditional script: 我局在各個平台共公開信息N條 reads the same', () => {
    expect(proactive('二、主動公開政府信息的情況', '本年度，我局在各個平台共公開信息2417條，其中，政務信息平台公開總數為356條（工作動態201條，其他155條）。', '三、依申請公開政府信息辦理情況')?.value).toBe(2417)
  })
})

describe('none of the requests, in two more wordings', () => {
  it('我办未收到申请政府信息公开事项: 0', () => {
    expect(field('applications_received', '一、总体情况', '2021年，我办未收到申请政府信息公开事项，未发生针对本单位有关政府信息公开事务的行政复议、诉讼和申诉案件。')?.value).toBe(0)
  })
  it('under the requests\' heading, 目前尚无接到要求: 0', () => {
    expect(field('applications_received', '三、依申请公开情况', '采取开通电话、传真等方式受理政府信息依申请公开，目前尚无接到要求。', '四、政府信息公开的收费及减免情况')?.value).toBe(0)
  })
  it('尚无接到要求 elsewhere (another matter\'s heading) is no statement on requests', () => {
    expect(field('applications_received', '四、政府信息公开的收费及减免情况', '目前尚无接到要求。')).toBeUndefined()
  })
})

describe('none of the cases said 尚未出现', () => {
  it('2018年，我办尚未出现因信息公开申请行政复议、提起行政诉讼的情况: 0 and 0', () => {
    const lines = ['三、因政府信息公开申请行政复议、提起行政诉讼的情况', '2018年，我办尚未出现因信息公开申请行政复议、提起行政诉讼的情况', '四、政府信息公开机构人员及相关费用情况']
    expect(field('admin_reconsiderations', ...lines)?.value).toBe(0)
    expect(field('admin_lawsuits', ...lines)?.value).toBe(0)
  })
})

describe('a count in one item of the ways listed after 采用多种形式主动公开…：', () => {
  const ways = ['二、主动公开政府信息情况', '在主动公开信息工作中，为方便公众了解信息，全局采用多种形式主动公开政府信息：', '一是充分发挥网站作用，在网站发布政府信息公开目录并及时更新，公开政府信息27条；', '二是救助申报程序等信息在城乡公示栏等多种形式展示；', '三是一些重要的工作动态在新闻媒体上发布，发布信息41条。', '三、依申请公开政府信息情况']
  it('the website\'s item (一是…网站…27条), other ways after it: one way of several, no value, a candidate', () => {
    expect(proactive(...ways)).toBeUndefined()
    expect(candidates(...ways)).toContain(27)
  })
  it('items that are not ways (no 多种形式 before them): the first item\'s count stands (27)', () => {
    expect(proactive('二、主动公开政府信息情况', '我局主动公开政府信息的情况如下：', '一是全年主动公开政府信息27条；', '二是及时更新政府信息公开指南和目录。', '三、依申请公开政府信息情况')?.value).toBe(27)
  })
})

describe('a city\'s items counted by publisher: the city government, its departments, the towns', () => {
  const tiers = ['（一）本机关主动公开政府信息的数量。截至12月31日，市政府主动公开政府信息共1184条，市直各部门主动公开政府信息2731条，镇（区）主动公开政府信息1906条。', '（二）主动公开政府信息的主要类别情况。']
  it('市政府…共N条，市直各部门…M条，镇（区）…K条, no total: no value, a candidate', () => {
    expect(proactive('二、主动公开政府信息情况', ...tiers)).toBeUndefined()
    expect(candidates('二、主动公开政府信息情况', ...tiers)).toContain(1184)
  })
  it('the city government\'s own report, its count alone: 1184', () => {
    expect(proactive('二、主动公开政府信息情况', '（一）本机关主动公开政府信息的数量。2015年，市政府主动公开政府信息共1184条。')?.value).toBe(1184)
  })
})

describe('a total whose subject joins two tiers', () => {
  it('省直各部门和各市共主动公开…N万条，其中…: the area\'s total stands', () => {
    expect(proactive('二、主动公开情况', '全年省直各部门和各市共主动公开政府信息30.4万条。其中，省直单位主动公开信息5.1万条；各市主动公开信息25.3万条。')?.value).toBe(304000)
  })
})

describe('requests counted for one way they came in', () => {
  it('我委接收网络方式提交政府信息公开N件 (the way named 方式, no total): no value', () => {
    expect(field('applications_received', '一、总体情况', '（二）依申请公开。委不断规范完善依申请公开事项的接收、登记、审核流程。2023年，我委接收网络方式提交政府信息公开7件。未收取费用。')).toBeUndefined()
  })
  it('the total with the way as its part stays the year\'s: 9', () => {
    expect(field('applications_received', '一、总体情况', '（二）依申请公开。2023年，我委接收政府信息公开申请9件，其中网络方式提交7件。')?.value).toBe(9)
  })
})

describe('a statement of none opened by an earlier year than the report\'s', () => {
  const report = (...body: string[]) => ['某某市气象局2015年政府信息公开工作年度报告', '根据要求，编制了《某某市气象局2015年政府信息公开工作年度报告》。', ...body]
  it('2014年，我局未接收到政府信息公开申请 / 未有行政复议和诉讼 in a 2015 report: no values', () => {
    const lines = report('三、依申请公开情况', '2014年，我局未接收到政府信息公开申请。', '四、行政复议和诉讼情况', '2014年，我局未有行政复议和诉讼情况。')
    expect(field('report_year', ...lines)?.value).toBe(2015)
    expect(field('applications_received', ...lines)).toBeUndefined()
    expect(field('admin_reconsiderations', ...lines)).toBeUndefined()
    expect(field('admin_lawsuits', ...lines)).toBeUndefined()
  })
  it('the report\'s own year, or since the 条例 began (2008年5月1日以来), still gives 0', () => {
    expect(field('applications_received', ...report('三、依申请公开情况', '2015年，我局未接收到政府信息公开申请。'))?.value).toBe(0)
    expect(field('applications_received', ...report('三、依申请公开情况', '2008年5月1日以来，我局未接收到政府信息公开申请。'))?.value).toBe(0)
    expect(field('admin_lawsuits', ...report('四、行政复议和诉讼情况', '2015年，我局未有行政复议和诉讼情况。'))?.value).toBe(0)
  })
})

describe('the "other" category written 其它', () => {
  it('…其中：组织机构3条；政策法规4条；其它公开信息5条 after a running total (累计): the last category is no total (no value)', () => {
    expect(proactive('二、主动公开政府信息情况', '（一）公开主要内容', '1、按照《条例》的要求，截至2011年12月31日，累计主动公开政府信息12条。其中：组织机构3条；政策法规4条；其它公开信息5条。')).toBeUndefined()
  })
})
