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
  })
  it('the level\'s count alone is still the year\'s', () => {
    expect(proactive(...split.slice(0, 4))?.value).toBe(35)
  })
})

describe('a site\'s posts', () => {
  const site = ['一、总体情况', '（一）行政机关主动公开政府信息情况', '1、我区门户网站“某某在线”设置区情概况、政务要闻、信息公开等版块，全年政府网站共发布信息860条，全文电子化率达100%。', '2、政务要闻版块，省要闻52条、某某市要闻61条、本区要闻95条，公告通知6条。']
  it('all a site posted, its news columns with the superiors\' news after it: no value, a candidate', () => {
    expect(proactive(...site)).toBeUndefined()
    expect(candidates(...site)).toContain(860)
  })
  it('without the news columns the portal\'s total stands', () => {
    expect(proactive(...site.slice(0, 3))?.value).toBe(860)
  })
})
