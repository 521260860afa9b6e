import { describe, expect, it } from 'vitest'
import { crossYearWarnings } from '../../src/main/extract/index'
import { dateChecks, mojibakeCheck } from '../../src/main/extract/checks'
import { detectFormat } from '../../src/main/extract/format-detect'

describe('detectFormat', () => {
  it('knows each standard by its own labels, whatever the year says', () => {
    expect(detectFormat('信息内容本年制发件数本年废止件数现行有效件数', 2020).format).toBe('standard-2021')
    expect(detectFormat('信息内容本年新制作数量本年新公开数量对外公开总数量', 2022).format).toBe('standard-2019')
  })
  it('falls back on the year when only the common skeleton survived', () => {
    const skeleton = '三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况'
    expect(detectFormat(skeleton, 2020).format).toBe('standard-2019')
    expect(detectFormat(skeleton, 2021).format).toBe('standard-2021')
  })
  it('calls prose without the standard labels free-form', () => {
    expect(detectFormat('二、主动公开政府信息的情况 三、依申请公开政府信息情况', 2012).format).toBe('free-form')
  })
})

describe('checks', () => {
  it('cross-year: this year\'s carried over against last year\'s carried forward', () => {
    expect(crossYearWarnings({ 't3.carried.total': 3 }, { 't3.carry_forward.total': 3, report_year: 2020 })).toEqual([])
    const w = crossYearWarnings({ 't3.carried.total': 2 }, { 't3.carry_forward.total': 5, report_year: 2020 })
    expect(w).toHaveLength(1)
    expect(w[0].code).toBe('carry_over_mismatch')
    expect(w[0].message).toContain('2020')
    expect(crossYearWarnings({ applications_carried_over: 4 }, { 't3.carry_forward.total': 1 })[0].code).toBe('carry_over_mismatch')
    expect(crossYearWarnings({}, { 't3.carry_forward.total': 1 })).toEqual([])
  })
  it('dates against the report year', () => {
    expect(dateChecks(2017, '2018-02-07', '2018-01-30')).toEqual([])
    expect(dateChecks(2017, '2017-12-30', null).map((w) => w.code)).toEqual(['date_before_year_end'])
    expect(dateChecks(2012, '2019-01-01', null).map((w) => w.code)).toEqual(['date_long_after_year'])
  })
  it('mojibake', () => {
    expect(mojibakeCheck('正常的文本')).toEqual([])
    expect(mojibakeCheck('成效?!?/span>')[0].code).toBe('mojibake')
    expect(mojibakeCheck('锟斤拷锟斤拷')[0].code).toBe('mojibake')
  })
})

describe('year-on-year jumps (issue 13)', () => {
  it('warns on a headline figure ten times apart from the year before, on that field', () => {
    const w = crossYearWarnings({ proactive_disclosures: 1200, report_year: 2021 }, { proactive_disclosures: 120, report_year: 2020 })
    expect(w.map((x) => [x.code, x.fields])).toEqual([['year_jump', ['proactive_disclosures']]])
    expect(w[0].message).toContain('2020年')
    expect(crossYearWarnings({ applications_received: 3 }, { applications_received: 310 })[0]?.code).toBe('year_jump')
  })

  it('stays quiet for small counts and ordinary swings', () => {
    expect(crossYearWarnings({ admin_lawsuits: 12 }, { admin_lawsuits: 1 })).toEqual([])
    expect(crossYearWarnings({ proactive_disclosures: 250 }, { proactive_disclosures: 30 })).toEqual([])
    expect(crossYearWarnings({ proactive_disclosures: 250 }, { proactive_disclosures: null })).toEqual([])
  })
})

