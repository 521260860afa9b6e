/**
 * Count shapes learnt from a fourth strictly labelled set of real pages (issue 12): a count up to the report
 * year's last day in a report before the 2019 template is the year's unless the words say it runs since an
 * earlier start or its parts add up to another figure.
 * Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const field = (name: string, ...lines: string[]) => run(...lines).fields.find((f) => f.field === name)
const proactive = (...lines: string[]) => field('proactive_disclosures', ...lines)

describe('a count up to the report year\'s last day, before the 2019 template', () => {
  const head = ['青川市河道局2012年政府信息公开工作年度报告', '本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。', '二、主动公开政府信息情况', '（一）公开主要内容']
  it('共主动公开…17条 followed by its parts in the next sentence: the total, not its last part', () => {
    expect(proactive(...head, '1、按照《条例》的要求，截至2012年12月31日，共主动公开政府信息17条。其中：机构职能4条；规划计划5条；其它公开信息8条。')?.value).toBe(17)
  })
  it('with 累计, or parts adding up to another figure: no value', () => {
    expect(proactive(...head, '1、截至2012年12月31日，累计主动公开政府信息17条。')).toBeUndefined()
    expect(proactive(...head, '1、截至2012年12月31日，我局主动公开政府信息170条，其中，网站90条；公开栏40条；简报26条。')).toBeUndefined()
  })
})

describe('the parts of a running total in the next sentence, opened by 其中', () => {
  const head = ['青川市河道局2012年政府信息公开工作年度报告', '二、主动公开政府信息情况', '（一）公开主要内容']
  it('累计…17条。其中：…其它公开信息8条: no value, not the last part', () => {
    expect(proactive(...head, '1、截至2012年12月31日，累计主动公开政府信息17条。其中：机构职能4条；规划计划5条；其它公开信息8条。')).toBeUndefined()
    expect(proactive(...head, '1、自2008年以来，共主动公开政府信息170条。其中：机构职能40条；规划计划50条；其它公开信息80条。')).toBeUndefined()
  })
  it('a count in the next sentence that opens otherwise is still read', () => {
    expect(proactive(...head, '1、自2008年以来，共主动公开政府信息170条。2012年新公开信息80条。')?.value).toBe(80)
  })
})

describe('a stated total whose parts come short of it, in the overview', () => {
  const head = ['一、总体情况', '（一）主动公开方面']
  it('公开政府信息58条，其中主动公开公文信息3条: the total, the documents being one kind', () => {
    expect(proactive(...head, '全年街道公开政府信息58条，其中主动公开公文信息3条，主动公开率100%。')?.value).toBe(58)
  })
  it('公开各类信息共计8520条, parts by channel short of it (one approximate): the total is kept', () => {
    expect(proactive('一、总体情况', '2021年全年，我局公开各类信息共计8520条，其中通过局网站公开信息7310条，通过“某某教育”微信公众号发布信息900余条。在局网站答复网民留言610条。')?.value).toBe(8520)
  })
  it('one site\'s posts with parts by kind that do not add up: no value', () => {
    expect(proactive('一、总体情况', '2025年区政府网站共发布信息15230条，其中概况类信息更新量2条，政务动态信息更新量5120条，信息公开目录信息更新量41条。')).toBeUndefined()
  })
  it('the share of information as a whole after 其中 is not a part: the total of all published is not taken', () => {
    expect(proactive('一、总体情况', '全年街道公开政府信息58条，其中主动公开政府信息31条。')?.value).not.toBe(58)
  })
  it('a site\'s count whose parts by kind, across ；, add up to it', () => {
    expect(proactive('一、总体情况', '（一）主动公开情况', '2022年某某街政府网站公开政府信息73条，其中组织机构类信息3条；年度报告信息6条；财政预决算信息12条；动态类信息52条。')?.value).toBe(73)
  })
})

describe('policy documents are one kind of information', () => {
  it('主动公开…政策性文件信息53件 after the portal\'s approximate count: a part, not the year\'s total', () => {
    const lines = ['一、总体情况', '（一）主动公开信息情况', '2021年，市政府办公室通过某某市政府门户网站政务公开专栏主动公开政府信息3800余条。一是推进政策性文件公开。主动公开某政发、某政办发政策性文件信息53件；市政府常务会议18期全部对外公开。']
    expect(proactive(...lines)?.value).not.toBe(53)
  })
})

describe('a statement of none opened by an earlier year than the report\'s', () => {
  const doc = (year: string): string[] => ['《某某县林业局2016年政府信息公开工作年度报告》', '本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。',
    '四、依申请公开政府信息情况', `${year}年，我局未接收到政府信息公开申请。`, '五、行政复议和诉讼情况', `${year}年，我局未有行政复议和诉讼情况。`]
  it('2015年，我局未接收到政府信息公开申请 in a 2016 report: not the year\'s, no value', () => {
    const r = run(...doc('2015'))
    expect(r.fields.find((f) => f.field === 'applications_received')).toBeUndefined()
    expect(r.fields.find((f) => f.field === 'admin_reconsiderations')).toBeUndefined()
    expect(r.fields.find((f) => f.field === 'admin_lawsuits')).toBeUndefined()
  })
  it('the report\'s own year: none, 0', () => {
    const r = run(...doc('2016'))
    expect(r.fields.find((f) => f.field === 'applications_received')?.value).toBe(0)
    expect(r.fields.find((f) => f.field === 'admin_reconsiderations')?.value).toBe(0)
    expect(r.fields.find((f) => f.field === 'admin_lawsuits')?.value).toBe(0)
  })
})

describe('parts by kind, then a channel\'s own count in the same list', () => {
  const head = ['一、总体情况', '（一）主动公开']
  it('其中工作动态…、通知公告…、某某微信公众号发布信息260条: the channel is not a part, the total stands', () => {
    expect(proactive(...head, '2019年1月1日至2019年12月31日，某某街道主动公开政府信息150条，其中工作动态信息80条，通知公告20条，小额工程采购40条，人事信息10条，某某微信公众号发布信息260条。')?.value).toBe(150)
  })
  it('parts by kind that exceed the total without a channel: no value', () => {
    expect(proactive(...head, '2019年1月1日至2019年12月31日，某某街道主动公开政府信息150条，其中工作动态信息80条，通知公告20条，小额工程采购40条，人事信息260条。')).toBeUndefined()
  })
})

describe('up to the report year\'s second-last day', () => {
  it('截至2019年12月30日，我苏木主动公开96条信息: the year\'s count, as up to the 31st', () => {
    const head = ['某某苏木2019年政府信息公开工作年度报告', '一、总体情况']
    expect(proactive(...head, '截至2019年12月30日，我苏木主动公开96条信息，其中政务制度5条。')?.value).toBe(96)
    expect(proactive(...head, '截至2019年11月30日，我苏木主动公开96条信息，其中政务制度5条。')).toBeUndefined()
  })
})

describe('none yet (尚未接到) of reviews and lawsuits', () => {
  it('我苏木尚未接到有关政府信息公开的举报、投诉、行政复议和行政诉讼: 0 and 0', () => {
    const r = run('某某苏木2019年政府信息公开工作年度报告', '（五）因政府信息公开申请行政复议、提起行政诉讼的情况', '截至2019年12月31日，我苏木尚未接到有关政府信息公开的举报、投诉、行政复议和行政诉讼。')
    expect(r.fields.find((f) => f.field === 'admin_reconsiderations')?.value).toBe(0)
    expect(r.fields.find((f) => f.field === 'admin_lawsuits')?.value).toBe(0)
  })
})

describe('依申请公开N件 as a clause of its own', () => {
  const requests = (...lines: string[]) => field('applications_received', ...lines)
  it('…主动公开文件26份，依申请公开3件: 3 requests; 发生依申请公开2次: 2', () => {
    expect(requests('某某街2021年政府信息公开工作年度报告', '一、总体情况', '2021年我街主动公开文件26份，依申请公开3件。')?.value).toBe(3)
    expect(requests('某某街道2020年政府信息公开工作年度报告', '（二）依申请公开情况', '2020年度某某街道发生依申请公开2次。')?.value).toBe(2)
  })
  it('not documents listed by attribute, nor items in 条', () => {
    expect(requests('某某镇2021年政府信息公开工作年度报告', '一、总体情况', '2021年，我镇共发文80件，其中主动公开文件0件，不公开文件80件，依申请公开0件。')).toBeUndefined()
    expect(requests('某某街道2023年政府信息公开工作年度报告', '（二）依申请公开方面', '依申请公开2条，免于公开信息0条。')).toBeUndefined()
  })
})

describe('a bare none of requests under the label opening its line', () => {
  const requests = (...lines: string[]) => field('applications_received', ...lines)
  it('(二)依申请公开情况。…。…。2019年度我局无申请公开政府信息情况: 0', () => {
    expect(requests('某某区民政局2019年政府信息公开工作年度报告', '（二）依申请公开情况。在网站公开了申请处理流程，建立了依申请公开制度。申请人可以通过互联网、信函等方式申请政府信息公开。2019年度我局无申请公开政府信息情况。')?.value).toBe(0)
    expect(requests('某某乡2022年政府信息公开工作年度报告', '（二）依申请公开情况。2022年度我乡无依法申请公开件。')?.value).toBe(0)
  })
  it('under another label: no value', () => {
    expect(requests('某某区民政局2019年政府信息公开工作年度报告', '（三）政府信息管理情况。严格落实审核制度。2019年度我局无申请公开政府信息情况。')).toBeUndefined()
  })
})

describe('不涉及 reviews and lawsuits', () => {
  it('…未收到…申请，也不涉及行政复议和行政诉讼: 0 and 0', () => {
    const r = run('某某区某某局2020年政府信息公开工作年度报告', '三、依申请公开情况', '此外，未收到任何公民、法人或其他组织提出的公开政府信息的申请，也不涉及行政复议和行政诉讼。')
    expect(r.fields.find((f) => f.field === 'admin_reconsiderations')?.value).toBe(0)
    expect(r.fields.find((f) => f.field === 'admin_lawsuits')?.value).toBe(0)
  })
})
