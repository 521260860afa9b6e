/**
 * Candidates for a proactive-disclosure count left empty (issue 12, point 5): the counts of the sentences that speak
 * of information made public, which the count rules refuse (channels with no total) or do not read; a stated whole
 * in the clause of 主动公开 first; none from visits or requests, and none when the count is kept with confidence.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/main/extract/index'
import { cleanText } from '../../src/main/text/index'
import { txtDoc } from './helpers'

const HEAD = '青禾镇2021年政府信息公开工作年度报告\n'
const extracted = (t: string) => extractReport(txtDoc(t), cleanText(t))
const proactiveCandidates = (t: string) => (extracted(t).candidates ?? []).filter((c) => c.field === 'proactive_disclosures')

describe('candidates for a proactive-disclosure count left empty', () => {
  it('offer each channel\'s count when the text states no total; the field stays empty', () => {
    const t = `${HEAD}（一）主动公开情况\n2021年，我镇通过区政府门户网站公开政府信息86条，通过微信公众号发布信息40条，通过公开栏公开信息12条。`
    expect(extracted(t).fields.find((f) => f.field === 'proactive_disclosures')).toBeUndefined()
    const c = proactiveCandidates(t)
    expect(c.map((x) => x.value)).toEqual([86, 40, 12])
    // (the statement under (一)主动公开情况 with no top-level heading is read by the count rules too, which set it
    // aside as one channel of several: the same candidate, named by that rule)
    expect(c[0].rule).toMatch(/^proactive_disclosures\.(?:candidate-disclosure-sentence|channel)$/)
    expect(t.slice(...c[0].span!)).toBe('86条')
  })

  it('list a stated whole in the clause of 主动公开 before the sentence\'s other counts', () => {
    const t = `${HEAD}截至2021年12月31日，我镇在门户网站发布动态信息56条，累计主动公开政府信息1290条。`
    expect(extracted(t).fields.find((f) => f.field === 'proactive_disclosures')).toBeUndefined()
    expect(proactiveCandidates(t).map((x) => x.value)).toEqual([1290, 56])
  })

  it('give none from visits or requests', () => {
    expect(proactiveCandidates(`${HEAD}全年门户网站发布信息后浏览量12000次，收到依申请公开3件。`)).toEqual([])
  })

  it('give nothing when the count is kept with confidence', () => {
    const t = `${HEAD}2021年，我镇共主动公开政府信息320条。`
    expect(extracted(t).fields.find((f) => f.field === 'proactive_disclosures')?.value).toBe(320)
    expect(proactiveCandidates(t)).toEqual([])
  })
})

describe('proactive candidates: another matter refused in the count\'s own clause (session 13)', () => {
  it('a word of another matter elsewhere in the sentence (社会关注度高的领域) does not hide the count', () => {
    const text = ['青山区2025年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况', '持续扩大主动公开覆盖面，全区累计主动公开政府信息658条，围绕社会关注度高的领域发布专栏信息上千条。'].join('\n')
    const r = extractReport(txtDoc(text), cleanText(text))
    const values = (r.candidates ?? []).filter((c) => c.field === 'proactive_disclosures').map((c) => c.value)
    expect(values).toContain(658)
  })
})
