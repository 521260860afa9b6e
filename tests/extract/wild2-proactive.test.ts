/**
 * The proactive count in the shapes a third set of real reports showed (issue 12, the second "wild" harvest):
 * one channel's total broken down by kind next to another channel's count, the proactive share of a portal's
 * count, a running total said after the year's count, a list of kinds closed by 等 after 包括, another
 * statement ending a total's parts, and a later count in a sentence about another channel. Texts written for
 * the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import type { ExtractedField } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const proactive = (...lines: string[]): ExtractedField | undefined =>
  extract(txtDoc(lines.join('\n'))).fields.find((f) => f.field === 'proactive_disclosures')

describe('one channel of several, even with its own parts', () => {
  it('a portal\'s total whose kinds add up, another channel counted in the next statement', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '2023年，我县政府网站共发布各类信息1240条，其中概况类信息40条；政务动态信息700条，信息公开发布量500条。通过政务微信共推送信息310条，群众满意度高。')).toBeUndefined()
    // the portal alone, its kinds adding up, is still the year's figure
    expect(proactive('一、总体情况', '（一）主动公开', '2023年，我县政府网站共发布各类信息1240条，其中概况类信息40条；政务动态信息700条，信息公开发布量500条。')?.value).toBe(1240)
  })
  it('the proactive share of a portal\'s count, other channels counted in the same sentence', () => {
    expect(proactive('一、总体情况', '2022年，全区各部门通过“某区门户网站”发布信息3120条，其中主动公开各类政府信息1460条，通过“某区发布”微博发布各类信息5200条，微信订阅号发布各类信息610条。')).toBeUndefined()
    expect(proactive('一、总体情况', '2022年，全区各部门通过“某区门户网站”发布信息3120条，其中主动公开各类政府信息1460条。')?.value).toBe(1460)
  })
  it('a later count in a sentence naming a channel, after another channel\'s count was set aside', () => {
    expect(proactive('一、总体情况', '1.宣传栏信息公开', '全年共在宣传栏公开信息96条。', '2.信息公开系统信息公开', '及时维护政府信息公开网上管理系统，从2021年1月至12月全年公开信息12条。')).toBeUndefined()
  })
})

describe('the year\'s count, not what follows it', () => {
  it('a running total after the year\'s count in one sentence (…累计公开信息N项)', () => {
    expect(proactive('二、主动公开政府信息情况', '本局2014年通过某市政府信息公开网主动公开政府信息64条，其中：政策文件类5条、工作信息类59条，删除了部分过期信息，累计公开信息702项。')?.value).toBe(64)
  })
  it('a list of kinds after 包括 closed by 等 into information is the object', () => {
    expect(proactive('（二）主动公开政府信息情况', '2020年，我乡主动公开包括机构职能等信息131条，向县委办报送政务信息4条。')?.value).toBe(131)
    expect(proactive('（二）主动公开政府信息情况', '2020年，我乡主动公开信息131条，包括机构职能信息20条。')?.value).toBe(131)
  })
  it('another statement (开展…, 受理…) after the parts does not add to them', () => {
    expect(proactive('一、总体情况', '（一）主动公开政府信息情况', '主动公开各类信息1830条，其中政务动态900条，政府信息公开类880条，概况类信息50条，开展网上调查2期，受理市长信箱来信9件，全部予以答复。')?.value).toBe(1830)
  })
})

describe('the portal counted twice', () => {
  it('two different counts of the portal\'s information in the section: which is the year\'s is not said', () => {
    expect(proactive('一、总体情况', '（一）主动公开', '1.主动公开政府信息数量。2022年，某局门户网站主动公开政府信息31条，其中：规范性文件0条。', '2.政府信息公开载体。一是通过政府网站公开政府信息。2022年，通过政府网站公开政府文件、政策解读、财政预决算等信息64条。')).toBeUndefined()
    // the same number twice agrees; one kind of information on the portal is a part, not another count
    expect(proactive('一、总体情况', '（一）主动公开', '1.主动公开政府信息数量。2022年，某局门户网站主动公开政府信息31条。', '2.政府信息公开载体。2022年，通过政府网站公开财政预决算信息4条。')?.value).toBe(31)
    // a total over several channels is not undone by its parts' portal count
    expect(proactive('（一）主动公开政府信息情况。2019年，通过政府门户网站、政务公开栏、新媒体平台等形式主动公开政府信息4100条。其中，通过县政府门户网站发布政府信息3500条，通过其他形式公开信息600条。')?.value).toBe(4100)
  })
})

describe('counts channel by channel under sub-headings', () => {
  it('a count under a sub-heading naming the site, later sub-headings naming other channels of proactive disclosure', () => {
    const doc = (third: string): ExtractedField | undefined => proactive('二、主动公开信息情况', `（一）某市环境保护公众网站主动公开政府信息情况。今年，某市环境保护公众网站发布政府信息 8120 条，其中法规标准类信息 3 条。（二）新闻发布会主动公开政府信息情况。今年召开新闻发布会 2 场。${third}`, '三、依申请公开政府信息情况', '本年度我局受理 1 个申请。')
    expect(doc('（三）通过媒体主动公开政府环境信息情况。今年，通过某市日报等媒体播发政府新闻信息 240 条。')).toBeUndefined()
    // a later part on publicity (信息发布情况, not 主动公开) does not make the site's count one of several
    expect(proactive('一、政府信息主动公开情况', '（一）镇政府信息公开网站主动公开政府信息情况', '2016年镇政府信息公开全年发布各类信息180条，其中机构概况类5条，其它事项175条。', '（二）政务网站、微信、微博信息发布情况', '2016年政务网站、微信、微博共发布各类信息1900条。')?.value).toBe(180)
  })
})

describe('the overview\'s total on the portal alone', () => {
  it('a year-scoped 累计 on the portal, its parts in 条 within the total and one part in another unit (16期)', () => {
    expect(proactive('一、总体情况', '（一）主动公开方面', '2024年，在县政府网站累计公开各类政府信息共计1520条，其中：工作动态700条、通知公告300条、征集调查12期、其他类信息505条。')?.value).toBe(1520)
    // parts in 条 that exceed the total still contradict it
    expect(proactive('一、总体情况', '（一）主动公开方面', '2024年，在县政府网站累计公开各类政府信息共计1520条，其中：工作动态900条、通知公告700条、征集调查12期。')).toBeUndefined()
    // a total that includes another body's site is not the body's own
    expect(proactive('一、总体情况', '（一）主动公开', '2021年，我局门户网站共公开各类信息1830条(含自治区某局门户网站信息910条)，均在规定日期内主动公开。')).toBeUndefined()
  })
})
