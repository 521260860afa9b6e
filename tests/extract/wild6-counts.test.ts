/**
 * Count shapes from the seventh wild pass of counts (issue 12), learnt from strictly labelled pages: approximate
 * totals from 20余 up, a year's count split by level (政府级 / 政府部门) with no total, a site's posts that carry
 * its superiors' news, the proactive part of what was made and obtained, a count as of the year's last day.
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

describe('approximate totals', () => {
  it('20余条 and 四十余条 are the year\'s approximate total (10余条 only the order)', () => {
    const a = proactive('二、主动公开政府信息情况', '2016年，我镇共发布各类政府信息共计30余条。')
    expect(a?.value).toBe(30)
    expect(a?.approximate).toBe(true)
    const b = proactive('一、总体情况', '1、主动公开。某某街道依法公开机构职能信息。全年通过区官网政务信息平台等渠道共发布各类信息四十余条。')
    expect(b?.value).toBe(40)
    expect(b?.approximate).toBe(true)
  })
})

describe('a count split by who published it', () => {
  const split = ['二、主动公开政府信息情况', '（一）主动公开政府信息', '信息公开目录报送情况如下：', '1、政府级主动公开的信息数35条，包括领导分工、人事任免等信息。', '2、政府部门公开的信息数214条，多数内容为社会服务类。']
  it('政府级…35条 and 政府部门…214条 with no total: no value, both candidates', () => {
    expect(proactive(...split)).toBeUndefined()
    expect(candidates(...split)).toContain(35)
    // the level's count alone is still the year's
    expect(proactive(...split.slice(0, 4))?.value).toBe(35)
  })
})

describe('a site\'s posts', () => {
  const site = ['一、总体情况', '（一）行政机关主动公开政府信息情况', '1、我区门户网站“某某在线”设置区情概况、政务要闻、信息公开等版块，全年政府网站共发布信息860条，全文电子化率达100%。', '2、政务要闻版块，省要闻52条、某某市要闻61条、本区要闻95条，公告通知6条。']
  it('all a site posted, its news columns with the superiors\' news after it: no value, a candidate', () => {
    expect(proactive(...site)).toBeUndefined()
    expect(candidates(...site)).toContain(860)
    // without the news columns the portal's total stands
    expect(proactive(...site.slice(0, 3))?.value).toBe(860)
  })
})

describe('the proactive part of what was made and obtained', () => {
  it('共计制作、获取政府信息148条，其中主动公开信息有95条: 有 states the count', () => {
    expect(proactive('二、主动公开政府信息情况', '我乡在2011年度共计制作、获取政府信息总数148条，其中主动公开信息有95条，涉及国家秘密的公文类信息0条。')?.value).toBe(95)
  })
})

describe('a count as of the report year\'s last day', () => {
  const head = ['根据《条例》和国办公开办函〔2021〕30号要求，现将某某镇人民政府2023年政府信息公开工作年度报告予以公开发布。', '一、总体情况', '1.主动公开政府信息情况。我镇按照基层政务公开标准目录及时公开政务信息，做到应公开尽公开。']
  it('截至2023年12月31日，全镇公开各类信息412条 under 1.主动公开…情况 is the year\'s count (parts add up)', () => {
    expect(proactive(...head.slice(0, 2), head[2] + '截至2023年12月31日，全镇公开各类信息412条，其中，财政信息5条，政务动态类信息17条，微信公众号发布信息390条。')?.value).toBe(412)
    // in a report before 2019 too, unless the words say it runs since the office began (累计, 以来)
    expect(proactive('某某镇2013年政府信息公开工作年度报告', '一、总体情况', '1.主动公开政府信息情况。我镇及时公开政务信息。截至2013年12月31日，全镇公开各类信息412条。')?.value).toBe(412)
    expect(proactive('某某镇2013年政府信息公开工作年度报告', '一、总体情况', '1.主动公开政府信息情况。我镇及时公开政务信息。截至2013年12月31日，全镇累计公开各类信息412条。')).toBeUndefined()
    expect(proactive('某某镇2013年政府信息公开工作年度报告', '一、总体情况', '1.主动公开政府信息情况。自开通以来，截至2013年12月31日，全镇公开各类信息412条。')).toBeUndefined()
  })
})

describe('requests and cases in other words', () => {
  it('共收到依申请公开请求24件: 请求 is the request', () => {
    expect(field('applications_received', '三、依申请公开政府信息情况', '2018年，市某某局通过网络申请、信函申请、当面申请等方式，共收到依申请公开请求24件，均在规定时限内进行答复。')?.value).toBe(24)
  })
  it('没有…引起行政复议或者行政起诉的案例发生: none of either', () => {
    const lines = ['四、行政复议和行政诉讼情况', '2021年，我局没有因政府信息公开引起行政复议或者行政起诉的案例发生。']
    expect(field('admin_lawsuits', ...lines)?.value).toBe(0)
    expect(field('admin_reconsiderations', ...lines)?.value).toBe(0)
  })
})

describe('the portal as the one way', () => {
  const lines = ['一、总体情况', '市政府办公室高度重视政务公开工作。三是深化宣传教育，不断加强载体建设。依托电子显示屏、电子政务等平台，提高政府办公室工作的透明度。截至2022年12月31日，通过政府信息公开门户网站共公开信息215条。', '（一）主动公开政府信息情况', '1.公开的内容涉及我办的主要职能、机构设置、规划计划等方面。']
  it('the portal\'s count among other ways named is one of several, unless the text says the way is the portal', () => {
    expect(proactive(...lines)).toBeUndefined()
    expect(candidates(...lines)).toContain(215)
    // …unless the text says the way is the portal (公开的途径为某市人民政府网。)
    expect(proactive(...lines, '2.公开的途径为某市人民政府网。')?.value).toBe(215)
  })
})
