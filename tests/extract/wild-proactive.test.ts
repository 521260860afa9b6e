/**
 * The proactive count in the shapes a second set of real reports showed (issue 12, the "wild" set): a total said
 * with 全年 and the ways it went out, the count before what it counts, 份 of information, files sent to another
 * office, and another channel's count in the paragraph's next statement. Texts written for the tests.
 */
import { describe, expect, it } from 'vitest'
import type { ExtractedField } from '../../src/shared/document'
import { extract, txtDoc } from './helpers'

const proactive = (...lines: string[]): ExtractedField | undefined =>
  extract(txtDoc(lines.join('\n'))).fields.find((f) => f.field === 'proactive_disclosures')

describe('the year\'s proactive total', () => {
  it('全年 with several channels closed by 等, next to files sent to another office', () => {
    const f = proactive('一、总体情况', '全年通过门户网站、12345政务微信等平台公开发布信息1530条，向市政府办公室送交主动公开文件38件。')
    expect(f?.value).toBe(1530)
  })
  it('全年 on the portal alone, its parts adding up; one other channel alone is not the total', () => {
    expect(proactive('一、总体情况', '全年我街道政府网站公开上传信息48条，其中工作动态40条、政策文件8条。')?.value).toBe(48)
    expect(proactive('一、总体情况', '全年公开各类信息120条。')?.value).toBe(120)
    expect(proactive('一、总体情况', '全年通过政务微博发布信息300条。')).toBeUndefined()
  })
  it('the count before what it counts (发布N条主动公开政府信息)', () => {
    expect(proactive('一、概述', '2015年共整理、录入、发布27条主动公开政府信息。')?.value).toBe(27)
  })
  it('份 of information, approximate; 份 of files is one kind', () => {
    const f = proactive('一、总体情况', '2021年我县主动公开各类政务信息2600余份，其中政府文件98份。')
    expect(f?.value).toBe(2600)
    expect(f?.approximate).toBe(true)
    expect(proactive('一、总体情况', '2021年我县主动公开政府文件98份。')).toBeUndefined()
  })
})

describe('one channel of several', () => {
  it('another channel counted in a later statement of the paragraph', () => {
    expect(proactive('一、总体情况', '2024年，通过市政府门户网站发布主动公开信息1530条。其中，政策文件40条，其他信息1490条。通过“某市发布”微信公众号发布信息380条，拓宽了公开渠道。')).toBeUndefined()
  })
  it('channel counts in 件', () => {
    expect(proactive('一、总体情况', '全年通过区政府信息公开网站主动发布公开信息310件，通过“某区教育”微信公众号刊发信息520件。')).toBeUndefined()
  })
})

describe('an old report\'s disclosure section named without 主动', () => {
  it('二、政府信息公开情况 holds the year\'s count', () => {
    expect(proactive('一、概述', '我镇信息公开工作有序开展。', '二、政府信息公开情况', '2011年，我镇通过门户网站公开各类信息58条。', '三、政府信息依申请公开办理情况', '本年度我镇没有收到申请。')?.value).toBe(58)
  })
})

describe('the second harvest\'s shapes', () => {
  it('parts that add up, then a change on the year before (相比去年，共增加N条)', () => {
    expect(proactive('一、总体情况', '2022年市水利局主动公开信息312条，其中在政府门户网站发布信息120条，通过微信公众号等新媒体公开信息150条，报刊公开信息42条，相比去年，共增加27条。')?.value).toBe(312)
  })
  it('共发布 after channels closed by 等, in the overview', () => {
    const f = proactive('一、总体情况', '（一）主动公开。2022年，依托市水利局门户网站、信息公开网、微信公众号等信息发布平台共发布信息1260余条，发布政策解读8项。')
    expect(f?.value).toBe(1260)
    expect(f?.approximate).toBe(true)
  })
})

describe('the fourth harvest\'s shapes', () => {
  it('截至目前 then the report\'s year scopes the count to the year; without the year it is a running total', () => {
    const report = (s: string): string[] => ['2015年度青石街道政府信息公开年度报告', '一、概述', '本街道继续开展政务信息公开工作。', '二、政府信息主动公开情况', s]
    expect(proactive(...report('截至目前，2015年度主动公开政府信息共计286条，全文电子化率达100%。'))?.value).toBe(286)
    expect(proactive(...report('截至目前，主动公开政府信息共计2860条，全文电子化率达100%。'))).toBeUndefined()
  })
})

describe('a statement opened by the report\'s year under (一)主动公开', () => {
  it('the portal\'s count right under the label is the year\'s; another year\'s or one other channel\'s is not', () => {
    const doc = (s: string): string[] => ['编制青石镇人民政府2024年政府信息公开工作年度报告。', '一、总体情况', '（一）主动公开情况', s, '（二）依申请公开办理情况']
    expect(proactive(...doc('2024年，通过某县人民政府网站公开信息41条。其中政策文件3条，工作信息38条。'))?.value).toBe(41)
    expect(proactive(...doc('2023年，通过某县人民政府网站公开信息41条。'))).toBeUndefined()
    expect(proactive(...doc('2024年，通过镇政务微信公众号发布信息41条。'))).toBeUndefined()
  })
})
