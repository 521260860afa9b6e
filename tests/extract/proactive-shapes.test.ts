/**
 * Every way a number near 主动公开 is not the year's one total, and the ways the total is written (issue 12,
 * precision first: an invented count misleads, an empty field costs a reviewer one key). One hand-written
 * sentence per shape, set in a free-form report's overview or its proactive section, or in a standard report.
 * The same over-reach is checked for requests received, reconsiderations and lawsuits.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

/** a free-form 2020 report with the sentence in its overview */
const overview = (body: string): string => ['青禾县水务局2020年政府信息公开工作年度报告', '一、概述', body, '二、其他需要说明的问题', '无。'].join('\n')
/** the same, with the sentence under 二、主动公开政府信息情况 */
const section = (body: string): string => ['青禾县水务局2020年政府信息公开工作年度报告', '一、概述', '本局认真落实《条例》。', '二、主动公开政府信息情况', body, '三、依申请公开情况', '无。'].join('\n')
const fields = (text: string): ReturnType<typeof valuesOf> => valuesOf(extract(txtDoc(text)))
const proactive = (body: string, shell = overview): unknown => fields(shell(body)).proactive_disclosures

describe('a count near 主动公开 that is not the year\'s total gives no value', () => {
  // each: a shape of the genre, and one sentence written for it
  const negatives: [string, string][] = [
    // one channel of several
    ['a social-media channel alone', '通过"青禾水务"微信公众号主动发布信息672条，阅读量稳步提升。'],
    ['a microblog alone', '本年度通过政务微博主动公开信息315条。'],
    ['the new-media accounts alone', '依托政务新媒体主动发布政务信息460条，及时回应关切。'],
    ['a notice board alone', '在村务公开栏主动公开各类信息86条。'],
    ['a newspaper alone', '通过《青禾日报》主动公开政府信息45条。'],
    ['several channels, no total', '通过门户网站主动公开信息120条，通过微信公众号主动公开信息85条，通过公开栏公开信息30条。'],
    ['channels in the section without 主动', '在政府网站公开信息120条，在政务公开栏公开信息30条。'],
    ['the portal\'s count beside another channel\'s', '通过县政府门户网站主动公开政府信息320条，通过"青禾水务"微信公众号发布信息150条。'],
    // one category
    ['normative documents', '本年度主动公开规范性文件12件。'],
    ['budgets and final accounts', '全年主动公开财政预决算信息15条。'],
    ['procurement information', '全年主动公开政府采购信息28条。'],
    ['policy interpretations', '主动公开政策解读材料9篇。'],
    ['a key area', '全年主动公开重点领域信息230条。'],
    ['personnel information', '主动公开人事任免信息6条。'],
    ['replies to deputies\' proposals', '主动公开建议提案办理结果信息45件。'],
    ['comments sought', '主动公开征集意见建议15条。'],
    ['two kinds with two units and no total', '全年主动公开文件12件、信息156条。'],
    // running totals
    ['累计 with no year', '我局累计主动公开政府信息5600条。'],
    ['截至目前', '截至目前，我局主动公开政府信息5600条。'],
    ['历年', '历年主动公开政府信息共计8800条。'],
    ['since the Regulations', '自《条例》实施以来，我局主动公开政府信息5600条。'],
    ['since an earlier year', '2016年以来，我局主动公开政府信息3200条。'],
    // another year or period
    ['the year before', '去年我局主动公开政府信息260条。'],
    ['an earlier year by number', '2019年我局主动公开政府信息260条，2020年继续推进。'],
    ['an earlier year in the object', '我局主动公开2019年度政府信息260条。'],
    ['a change on the year before', '主动公开政府信息数量同比增加35条。'],
    ['a comparison with the year before\'s figure', '主动公开信息较上年的260条有所增加。'],
    ['a quarter', '第四季度主动公开政府信息90条。'],
    // not items
    ['page views', '主动公开专栏全年浏览量达12000余条次。'],
    ['clicks', '主动公开信息点击量3200条次。'],
    ['a target', '要求各股室每月主动公开信息不少于10条。'],
    ['rules written as N条 of something', '制定主动公开工作十条措施，规范发布流程。'],
    ['licensing decisions published', '主动公开行政许可决定信息1200条。'],
    ['the section\'s columns', '设置主动公开栏目36项。'],
    ['a catalogue\'s entries', '编制主动公开目录120项。'],
    ['an ordinal', '依照《条例》第二十条主动公开。'],
    ['a share of a subset', '局属各单位主动公开政府信息206条，占70.1%。'],
    ['proactive and requested together', '全年主动公开和依申请公开政府信息共计500条。'],
    ['requests turned proactive', '依申请公开转为主动公开信息2条。'],
    ['a total its parts exceed', '全年主动公开政府信息120条，包括门户网站80条，微信公众号60条。'],
    // other bodies' affairs or a part of the bodies
    ['village affairs', '全年主动公开村务信息560条。'],
    ['party affairs', '主动公开党务信息45条。'],
    ['the villages of a township', '各村（社区）主动公开信息560条。'],
    ['a part after 其中 and its comma', '其中，局办公室主动公开政府信息120条。'],
    // not items disclosed
    ['times, not items', '全年主动发布政务信息320条次。'],
    ['what was not disclosed', '本年度应主动公开而未公开的信息0条。'],
    ['a running total with the year\'s new items as its part', '主动公开政府信息5600条，其中本年度新增320条。'],
  ]
  for (const [shape, sentence] of negatives) {
    it(shape, () => {
      expect(proactive(sentence)).toBeUndefined()
      expect(proactive(sentence, section)).toBeUndefined()
    })
  }
})

describe('the year\'s total, as reports write it', () => {
  const positives: [string, string, number, boolean?][] = [
    ['共主动公开', '2020年，我局共主动公开政府信息320条。', 320],
    ['the plain statement', '主动公开政府信息320条。', 320],
    ['数为', '本年度主动公开政府信息数为320条。', 320],
    ['累计 within the year', '2020年，我局累计主动公开政府信息320条。', 320],
    ['全年累计', '全年累计主动公开政府信息320条。', 320],
    ['the year\'s span', '2020年1月1日至12月31日，我局主动公开政府信息320条。', 320],
    ['the year\'s end since the 2019 template', '截至2020年12月31日，我局主动公开政府信息320条。', 320],
    ['since a day of the report\'s year', '自2020年1月1日以来，我局主动公开政府信息320条。', 320],
    ['长期以来, an idiom', '长期以来，我局高度重视政务公开，全年主动公开政府信息320条。', 320],
    ['approximate, flagged', '全年主动公开政府信息300余条。', 300, true],
    ['多, flagged', '全年主动公开各类信息300多条。', 300, true],
    ['超过, flagged', '全年主动公开政府信息超过300条。', 300, true],
    ['以上, flagged', '全年主动公开政府信息300条以上。', 300, true],
    ['a breakdown after the total', '全年主动公开政府信息320条，其中门户网站200条，微信公众号120条。', 320],
    ['channels named before the total', '通过门户网站、微信公众号、公开栏等渠道主动公开政府信息320条。', 320],
    ['the portal, the only count given', '通过政府门户网站主动公开政府信息320条。', 320],
    ['the portal\'s count with its breakdown by channel', '通过政府门户网站主动公开政府信息320条，其中微信公众号同步发布150条。', 320],
    ['the portal\'s count, other sites\' counts in the next sentence', '通过局门户网站主动公开政务信息320条。报送市政府门户网站被录用的信息103条。', 320],
    ['a change after the total', '全年主动公开政府信息320条，同比增长12%。', 320],
    ['a difference after the total', '全年主动公开政府信息320条，比上年增加40条。', 320],
    ['topics closed by 等', '全年主动公开机构职能、政策文件、工作动态等各类信息320条。', 320],
    ['parts adding up to a stated total', '通过网站公开信息200条，通过公开栏公开信息120条，共计320条。', 320],
    ['Chinese numerals', '全年主动公开政府信息三百二十条。', 320],
    ['the report\'s year in the object', '全年主动公开2020年度政府信息320条。', 320],
    ['the object after the count', '全年共主动公开320条政府信息。', 320],
    ['another kind listed after the total in its own unit', '全年主动公开政府信息320条、政策解读15篇。', 320],
    ['the year before in brackets after the total', '全年主动公开政府信息320条（上年260条）。', 320],
    ['the whole county\'s bodies', '2020年，全县各级各部门主动公开政府信息共计320条。', 320],
  ]
  for (const [shape, sentence, value, approximate] of positives) {
    it(shape, () => {
      const r = extract(txtDoc(overview(sentence)))
      const f = r.fields.find((x) => x.field === 'proactive_disclosures')
      expect(f?.value).toBe(value)
      expect(f?.approximate ?? false).toBe(approximate ?? false)
      expect(proactive(sentence, section)).toBe(value)
    })
  }
})

describe('standard reports: table 二 has no total', () => {
  it('the rows of table 二 are not summed into the proactive count', () => {
    const text = [
      '青禾县水务局2021年政府信息公开工作年度报告',
      '一、总体情况',
      '本局认真落实《条例》。',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      '规章 | 0 | 0 | 0',
      '行政规范性文件 | 3 | 1 | 12',
      '第二十条第（五）项',
      '信息内容 | 本年处理决定数量',
      '行政许可 | 125',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n')
    expect(fields(text).proactive_disclosures).toBeUndefined()
  })
})

describe('requests, reconsiderations and lawsuits: the same over-reach', () => {
  const y = (body: string): ReturnType<typeof valuesOf> => fields(['青禾县水务局2020年政府信息公开工作年度报告', '一、概述', '本局认真落实《条例》。', '三、依申请公开情况', body].join('\n'))
  it('requests of another year, a change, or handled rather than received give no value', () => {
    expect(y('2019年我局收到政府信息公开申请8件。').applications_received).toBeUndefined()
    expect(y('去年我局收到政府信息公开申请8件。').applications_received).toBeUndefined()
    expect(y('收到政府信息公开申请数量较上年减少5件。').applications_received).toBeUndefined()
    expect(y('累计收到政府信息公开申请120件。').applications_received).toBeUndefined()
    expect(y('共收到群众咨询45件，均已答复。').applications_received).toBeUndefined()
    expect(y('共收到政府信息公开申请及咨询45件。').applications_received).toBeUndefined()
    expect(y('受理行政许可申请1200件。').applications_received).toBeUndefined()
    expect(y('自2008年以来，共收到政府信息公开申请120件。').applications_received).toBeUndefined()
  })
  it('none received, written with a slip or with its unit lost', () => {
    expect(y('2020年度，我局未受到公民、法人和其他组织申请公开政府信息。').applications_received).toBe(0)
    expect(y('本年度共收到依申请公开事项0四是平台建设方面').applications_received).toBe(0)
    // a spaced row of a flattened table is not a zero with its unit lost
    expect(y('本年新收政府信息公开申请数量0 1 2 0 0 0 3').applications_received).toBeUndefined()
  })
  it('the year\'s requests are kept, with a change after them', () => {
    expect(y('全年共收到政府信息公开申请12件，同比减少3件。').applications_received).toBe(12)
    expect(y('2020年，我局收到政府信息公开申请12件。').applications_received).toBe(12)
  })
  it('reconsiderations and lawsuits of another year, or handled as the review body, give no value', () => {
    const r = y('2019年我局发生政府信息公开行政复议1起、行政诉讼2起。')
    expect(r.admin_reconsiderations).toBeUndefined()
    expect(r.admin_lawsuits).toBeUndefined()
    expect(y('本年度政府信息公开行政复议案件较上年减少2件。').admin_reconsiderations).toBeUndefined()
    expect(y('本局作为复议机关办理行政复议案件8件。').admin_reconsiderations).toBeUndefined()
    expect(y('本局作为复议机关，全年审结行政复议案件6件，其中涉及政府信息公开的2件。').admin_reconsiderations).toBeUndefined()
  })
  it('all the body\'s cases, said not to concern disclosure or followed by the disclosure part, are not the count', () => {
    expect(y('本年度本局行政复议、行政诉讼案件共12件，均不涉及政府信息公开。').admin_lawsuits).toBeUndefined()
    expect(y('全年本局作为被申请人的行政复议案件3件，均与政府信息公开无关。').admin_reconsiderations).toBeUndefined()
    expect(y('全年共发生行政诉讼案件45起，其中涉及政府信息公开的行政诉讼2起。').admin_lawsuits).toBe(2)
  })
  it('the year\'s own cases are kept', () => {
    const r = y('本年度发生政府信息公开行政复议1起、行政诉讼2起。')
    expect(r.admin_reconsiderations).toBe(1)
    expect(r.admin_lawsuits).toBe(2)
  })
})

describe('channel and kind words as reports write them', () => {
  it('a WeChat platform alone is one channel, not the portal', () => {
    expect(proactive('通过"青禾水务"微信平台主动发布信息78条，涉及政策文件、通知公告等内容。')).toBeUndefined()
    expect(proactive('通过"青禾水务"微信平台公开发布信息78条，涉及政策文件、通知公告等内容。', section)).toBeUndefined()
  })
  it('news items of the portal are one kind of information', () => {
    expect(proactive('2020年，在县政府门户网站发布政务动态类信息226条。', section)).toBeUndefined()
  })
})

describe('the same shapes on a traditional-script page', () => {
  const trad = (b: string): unknown => fields(['青禾縣水務局2020年政府信息公開工作年度報告', '一、概述', b, '二、其他需要說明的問題', '無。'].join('\n')).proactive_disclosures
  it('a notice board, a microblog or one kind give no value; the plain total is kept', () => {
    expect(trad('在村務公開欄主動公開各類信息86條。')).toBeUndefined()
    expect(trad('通過政務微博主動公開信息315條。')).toBeUndefined()
    expect(trad('全年主動公開財政預決算信息15條。')).toBeUndefined()
    expect(trad('全年主動公開政府信息320條。')).toBe(320)
  })
})
