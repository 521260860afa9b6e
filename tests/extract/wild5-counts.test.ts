/**
 * Count shapes from the sixth wild harvest of counts (issue 12): what is not the year's items (documents issued with
 * the attribute 主动公开, a site's articles), how items are counted (16项65条), and totals said with their channels
 * (a total after a 、-list of channel counts, a total whose 其中 parts by channel add up to it, a site's 公开栏目 that
 * is no notice board). Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const run = (...lines: string[]): ExtractionResult => extract(txtDoc(lines.join('\n')))
const value = (field: string, ...lines: string[]): unknown => run(...lines).fields.find((f) => f.field === field)?.value
const proactive = (...lines: string[]): unknown => value('proactive_disclosures', ...lines)
const candidates = (...lines: string[]): unknown[] =>
  (run(...lines).candidates ?? []).filter((c) => c.field === 'proactive_disclosures').map((c) => c.value)

describe('counts that are not the year\'s items', () => {
  const made = ['一、总体情况', '（一）主动公开。2021年，市文旅局共制定主动公开文件27件，其中，实施方案类文件4件，通知公告类文件23件，全部在门户网站进行了公开发布。']
  it('documents issued as 主动公开 (共制定主动公开文件27件): what was made, a candidate only', () => {
    expect(proactive(...made)).toBeUndefined()
    expect(candidates(...made)).toContain(27)
  })
  const articles = ['一、总体情况', '（一）切实做好政府信息主动公开工作。及时发布部门预算等财政资金信息。', '（三）持续加强信息公开平台建设。局门户网站10个栏目共发布公开文章64篇，其中通知公告40篇，招聘信息20篇，其余各类信息4篇。']
  it('a site\'s articles with parts that add up (共发布公开文章64篇，其中…): its output, a candidate only', () => {
    expect(proactive(...articles)).toBeUndefined()
    expect(candidates(...articles)).toContain(64)
  })
})

describe('how the items are counted', () => {
  it('16项65条: the kinds, then the items — the items are the count', () => {
    expect(proactive('二、主动公开政府信息情况', '2014年，我局在“青川市政府信息公开”平台中共主动公开政府信息12项48条，其中工作动态30条，部门文件18条。')).toBe(48)
  })
})

describe('a total said with its channels', () => {
  it('a site\'s 公开栏目 in the breakdown is a column of the portal, not a notice board', () => {
    expect(proactive('一、总体情况', '（一）主动公开情况', '2025年，全年通过县人民政府门户网站主动公开信息总量1530条，其中，政务动态板块发布1100条；政务公开栏目公开信息430条。')).toBe(1530)
  })
  it('a total after a 、-list of the channels\' counts (…486条、全年总计…500条) is the year\'s', () => {
    expect(proactive('一、总体情况', '（一）主动公开情况。', '2025年，柳河镇全面推进信息主动公开。其中，通过县人民政府网站更新信息22条，政务新媒体更新318条、全年总计更新主动公开信息340条。')).toBe(340)
  })
  const byChannel = (wechat: number): string =>
    `（一）主动公开情况。2022年，我局通过政府信息公开平台公开政府信息共计512条，其中，政府网站信息301条、“青川人社”微信服务号发布信息${wechat}条。`
  it('a total whose 其中 parts by channel add up to it is the year\'s; parts that do not add up leave it one channel\'s', () => {
    expect(proactive('一、总体情况', byChannel(211))).toBe(512)
    expect(proactive('一、总体情况', byChannel(200))).toBeUndefined()
  })
})

describe('requests counted with 是', () => {
  it('受理依申请公开政府信息是0件 / 是3件', () => {
    expect(value('applications_received', '（二）依申请公开受理情况', '2021年受理依申请公开政府信息是0件。')).toBe(0)
    expect(value('applications_received', '（二）依申请公开受理情况', '2021年受理依申请公开政府信息是3件。')).toBe(3)
  })
})

describe('the first count under the proactive sub-heading, after a sentence of words', () => {
  const title = '青石镇2022年政府信息公开工作年度报告'
  const intro = '（一）主动公开。我镇以政府门户网站为信息公开平台，主动公开政务信息，主动接受监督。'
  it('the year\'s statement of the site\'s count is the year\'s figure; one kind of information is not', () => {
    expect(proactive(title, '一、总体情况', intro + '2022年政府门户网站公开信息57条。其中：政务活动20条，通知公告37条。')).toBe(57)
    expect(proactive(title, '一、总体情况', intro + '2022年，我镇通过网站公开人事招聘信息85条、政策文件及政策解读20条、工作动态信息140条。')).toBeUndefined()
  })
})

describe('numbers near 主动公开 that count no items', () => {
  const head = ['柳岸镇2019年政府信息公开工作年度报告', '二、主动公开政府信息情况']
  it('the ways counted (主要通过四条途径, 途径有三条，即…): no value', () => {
    expect(proactive(...head, '我镇主动公开政府信息主要通过四条途径：一是政府网站，二是公开栏，三是微信，四是会议。')).toBeUndefined()
    expect(proactive(...head, '主动公开的途径有三条，即政府网站、公开栏和微信公众号。')).toBeUndefined()
  })
  it('the later part of a breakdown whose total is not stated: one channel\'s, no value', () => {
    expect(proactive(...head, '2019年，我镇主动公开政府信息。其中通过镇政务公开栏公开信息48条，通过网站公开信息36条。')).toBeUndefined()
    expect(candidates(...head, '2019年，我镇主动公开政府信息。其中通过镇政务公开栏公开信息48条，通过网站公开信息36条。')).toContain(36)
  })
})

describe('the portal\'s count in a sentence that goes on to other ways', () => {
  const lines = (rest: string): string[] => ['柳岸镇2019年政府信息公开工作年度报告', '一、总体情况', `（一）主动公开情况。2019年，我镇通过政府网站主动公开政府信息120条${rest}`]
  it('other ways named after it, uncounted: the portal\'s share, no value; its own breakdown keeps it', () => {
    expect(proactive(...lines('，同时通过微信公众号、镇村公开栏及时公开惠民政策。'))).toBeUndefined()
    expect(candidates(...lines('，同时通过微信公众号、镇村公开栏及时公开惠民政策。'))).toContain(120)
    expect(proactive(...lines('，其中工作动态80条，通知公告40条。'))).toBe(120)
  })
})

describe('the portal\'s count when its sub-part names other ways', () => {
  const T = '柳岸镇2019年政府信息公开工作年度报告'
  it('the other ways in a paragraph of its sub-part, or after it in its sentence with 在: no value, the count a candidate; not from a later sub-part', () => {
    expect(proactive(T, '一、总体情况', '（一）主动公开情况', '我镇通过政府网站、微信公众号、公开栏等多种渠道主动公开信息。', '2019年，通过政府网站主动公开政府信息120条。')).toBeUndefined()
    expect(proactive(T, '一、总体情况', '（一）主动公开情况', '2019年，通过政府网站主动公开政府信息120条。', '同时，我镇利用微信公众号、村务公开栏公开惠民政策。')).toBeUndefined()
    expect(proactive(T, '二、主动公开政府信息情况', '2019年，我镇在政府网站主动公开信息85条，在政务公开栏公开信息。')).toBeUndefined()
    expect(proactive(T, '二、主动公开政府信息情况', '2019年，我镇通过政府网站主动公开信息56条，微信公众号发布各类信息。')).toBeUndefined()
    // (the same items again on another channel, 同步发布, are no other way)
    expect(proactive(T, '二、主动公开政府信息情况', '2019年，我镇通过政府网站主动公开信息56条，微信公众号同步发布相关信息。')).toBe(56)
    expect(candidates(T, '一、总体情况', '（一）主动公开情况', '2019年，通过政府网站主动公开政府信息120条。', '同时，我镇利用微信公众号、村务公开栏公开惠民政策。')).toContain(120)
    // the other ways in a later sub-part ((四)平台建设), or a total whose parts by channel add up: the count stands
    expect(proactive(T, '一、总体情况', '（一）主动公开情况', '2019年，通过政府网站主动公开政府信息120条。', '（四）政府信息公开平台建设情况', '同时，我镇利用微信公众号、村务公开栏公开惠民政策。')).toBe(120)
    expect(proactive(T, '一、总体情况', '我局通过政府网、政务新媒体(微信公众号、官方微博)等途径主动公开各类政务信息。', '一是主动公开情况。全平台发布各类政务信息合计700条，其中网站发布100条，官方微博200条，官方公众号400条。')).toBe(700)
  })
})

describe('requests named after who made them', () => {
  const requests = (sentence: string): unknown => value('applications_received', '柳岸镇2024年政府信息公开工作年度报告', '（二）依申请公开情况', sentence)
  it('共收到来自公民、法人或者其他组织对依申请公开政府信息的申请3件: the requests; put to another body: no value', () => {
    expect(requests('2024年度，我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请3件，比去年增加1件。')).toBe(3)
    expect(requests('受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请6件，均在法定时限内予以答复。')).toBeUndefined()
  })
})

describe('items numbered by the way they name', () => {
  const T = '柳岸镇2018年政府信息公开工作年度报告'
  it('the portal\'s item, then the next item of the same numbering naming another way: no value; another kind of item next: the count', () => {
    expect(proactive(T, '二、主动公开政府信息情况', '1.网站公开：全年在政府网站主动公开信息56条。', '2.公开栏公开：在镇村公开栏张贴各类信息。')).toBeUndefined()
    expect(candidates(T, '二、主动公开政府信息情况', '1.网站公开：全年在政府网站主动公开信息56条。', '2.公开栏公开：在镇村公开栏张贴各类信息。')).toContain(56)
    expect(proactive(T, '二、主动公开政府信息情况', '1.网站公开：全年在政府网站主动公开信息56条。', '2.依申请公开：全年未收到政府信息公开申请。')).toBe(56)
  })
})
