/**
 * Candidates for a request count left empty (issue 12, point 5): the counts of the sentences that speak of requests,
 * which the count rules do not read as the year's requests; the count right after the requests are named first;
 * none from letters, hotlines or reviews, and none when the count is kept with confidence.
 */
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../src/main/extract/index'
import { cleanText } from '../../src/main/text/index'
import { txtDoc } from './helpers'

const HEAD = '青禾街道2021年政府信息公开工作年度报告\n'
const extracted = (t: string) => extractReport(txtDoc(t), cleanText(t))
const requestCandidates = (t: string) => (extracted(t).candidates ?? []).filter((c) => c.field === 'applications_received')

describe('candidates for a request count left empty', () => {
  it('offer the count said right after the requests, with its span and rule; the field stays empty', () => {
    // (documents listed by attribute in the sentence: 依申请公开4件 may be documents, the field stays empty)
    const t = `${HEAD}一、总体情况\n2021年我街主动公开文件30份，依申请公开4件，不予公开文件2份。\n二、存在的问题\n信息更新不够及时。`
    expect(extracted(t).fields.find((f) => f.field === 'applications_received')).toBeUndefined()
    const c = requestCandidates(t)
    expect(c.map((x) => x.value)).toEqual([4])
    expect(c[0].rule).toBe('applications_received.candidate-request-sentence')
    expect(t.slice(...c[0].span!)).toBe('4件')
  })

  it('list first the count right after the requests over other counts of the sentence', () => {
    const t = `${HEAD}全年累计主动公开政府信息21条，依申请公开0件，网上公开了21件，配发解读材料3件，不予公开文件2份。`
    expect(requestCandidates(t)[0]?.value).toBe(0)
  })

  it('give none from letters, hotlines or reviews', () => {
    expect(requestCandidates(`${HEAD}全年办理书记信箱130件，市长热线108条，行政复议申请2件。`)).toEqual([])
  })

  it('give nothing when the count is kept with confidence', () => {
    const t = `${HEAD}全年共收到政府信息公开申请5件，均已按时答复。`
    expect(extracted(t).fields.find((f) => f.field === 'applications_received')?.value).toBe(5)
    expect(requestCandidates(t)).toEqual([])
  })
})
