/**
 * Two gaps in what a careful reader takes from a report: a prose count whose thousands are grouped by a
 * space (1 286条, also no-break / thin / narrow no-break spaces), read only in its unambiguous shape; and a
 * date written to the month only (2020年1月), which leaves the date field empty with a warning instead of
 * an invented day.
 */
import { describe, expect, it } from 'vitest'
import { findYearMonths } from '../../src/main/extract/dates'
import { NUMBER_SOURCE, parseNumber } from '../../src/main/extract/numbers'
import { codes, docOf, extract, txtDoc, valuesOf } from './helpers'

/** a free-form report around the given body lines, signed with a full date unless told otherwise */
function report(body: string[], signature = ['青山县自然资源局', '2021年1月20日']): string {
  return [
    '青山县自然资源局2020年政府信息公开工作年度报告',
    '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    '一、主动公开政府信息情况',
    ...body,
    '二、存在的问题及改进措施',
    '公开内容还不够全面。下一步将加强培训。',
    '',
    ...signature,
  ].join('\n')
}

const read = (body: string[]): ReturnType<typeof valuesOf> => valuesOf(extract(txtDoc(report(body))))

describe('a prose count with its thousands grouped by a space', () => {
  it.each([
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
    ['a thin space', '\u2009'],
    ['a narrow no-break space', '\u202f'],
  ])('reads 1%s286条 with %s as 1286', (_name, sp) => {
    const v = read([`全年主动公开政府信息1${sp}286条。`, `共收到政府信息公开申请2${sp}043件。`])
    expect(v.proactive_disclosures).toBe(1286)
    expect(v.applications_received).toBe(2043)
  })

  it('reads several groups, an approximate marker and the spacing a PDF conversion adds before the unit', () => {
    expect(read(['全年主动公开政府信息1 234 567条。']).proactive_disclosures).toBe(1234567)
    expect(read(['全年共主动公开政府信息 1 286 条。']).proactive_disclosures).toBe(1286)
    const r = extract(txtDoc(report(['全年主动公开政府信息1 286余条。'])))
    const f = r.fields.find((x) => x.field === 'proactive_disclosures')
    expect(f?.value).toBe(1286)
    expect(f?.approximate).toBe(true)
  })

  it('points the span at the whole grouped number in the raw text', () => {
    const text = report(['全年主动公开政府信息1 286条。'])
    const f = extract(txtDoc(text)).fields.find((x) => x.field === 'proactive_disclosures')
    expect(f?.span && text.slice(f.span[0], f.span[1])).toBe('1 286条')
  })

  it('reads fees and case counts in the same shape', () => {
    const v = read(['全年主动公开政府信息35条。', '收取信息处理费1 200元。', '全年共收到政府信息公开申请12件，发生政府信息公开行政复议案件1 002件。'])
    expect(v.fees_collected).toBe(1200)
    expect(v.admin_reconsiderations).toBe(1002)
  })

  it('does not join groups that are not exactly three digits: `12 34件` stays unread, neither 1234 nor 34', () => {
    const v = read(['全年主动公开政府信息35条。', '共收到政府信息公开申请12 34件。'])
    expect(v.applications_received).toBeUndefined()
    expect(read(['全年主动公开政府信息1 28条。']).proactive_disclosures).toBeUndefined()
    expect(read(['全年主动公开政府信息1 2865条。']).proactive_disclosures).toBeUndefined()
    // a first group of four digits is not a thousands grouping, and its tail is not a count
    expect(read(['全年主动公开政府信息1234 567条。']).proactive_disclosures).toBeUndefined()
  })

  it('never joins a year with the count after it', () => {
    expect(read(['全年主动公开政府信息2020 286条。']).proactive_disclosures).toBeUndefined()
    expect(read(['2020 年共主动公开政府信息 286 条。']).proactive_disclosures).toBe(286)
    expect(read(['2020 年，我局共收到政府信息公开申请 43 件。', '全年主动公开政府信息12条。']).applications_received).toBe(43)
  })

  it('keeps the shape to the number token: no 第, no decimal or comma run before it, a unit right after it', () => {
    const re = new RegExp(`(?:${NUMBER_SOURCE})件`)
    expect(re.exec('收到申请1 286件')?.[0]).toBe('1 286件')
    expect(re.exec('第1 286件')?.[0]).not.toBe('1 286件')
    expect(re.exec('第1 286件')?.[0]).not.toBe('286件')
    expect(re.exec('3.1 286件')?.[0]).not.toMatch(/1 286/)
    expect(re.exec('1,234 567件')?.[0]).not.toMatch(/234 567/)
    // no unit after the groups: not a count (第1 286号, a document number)
    expect(new RegExp(`(?:${NUMBER_SOURCE})号`).exec('第1 286号')?.[0]).not.toBe('1 286号')
  })

  it('parseNumber takes spaces between digits only as thousands groups', () => {
    expect(parseNumber('1 286条')).toEqual({ value: 1286, approximate: false, unit: '条' })
    expect(parseNumber('1\u202f286件')).toEqual({ value: 1286, approximate: false, unit: '件' })
    expect(parseNumber('12 34件')).toBeNull()
    expect(parseNumber('0 4')).toBeNull()
    expect(parseNumber('1,234件')).toEqual({ value: 1234, approximate: false, unit: '件' })
  })

  it('leaves glued value cells of a table row as two numbers (`0 4`, `12 5`)', () => {
    const rows = [
      ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['一、本年新收政府信息公开申请数量', '12 5', '0 4', '0', '0', '21'],
      ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0 0', '1'],
    ]
    const v = valuesOf(extract(docOf(['东湖镇2021年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', rows, '四、政府信息公开行政复议、行政诉讼情况'], 'pdf')))
    expect(v['t3.new.person']).toBe(12)
    expect(v['t3.new.business']).toBe(5)
    expect(v['t3.new.research']).toBe(0)
    expect(v['t3.new.nonprofit']).toBe(4)
    expect(v['t3.new.other_org']).toBe(0)
    expect(v['t3.new.total']).toBe(21)
    expect(v.applications_received).toBe(21)
    expect(v['t3.carried.other_org']).toBe(0)
  })
})

describe('a date written to the month only', () => {
  it('finds year-months that are not part of a full date', () => {
    expect(findYearMonths('2020年1月').map((d) => d.ym)).toEqual(['2020-01'])
    expect(findYearMonths('二〇二〇年一月').map((d) => d.ym)).toEqual(['2020-01'])
    expect(findYearMonths('二O二一年元月').map((d) => d.ym)).toEqual(['2021-01'])
    expect(findYearMonths('2020.01').map((d) => d.ym)).toEqual(['2020-01'])
    expect(findYearMonths('2020年12月  日').map((d) => d.ym)).toEqual(['2020-12'])
    expect(findYearMonths('2020年1月15日')).toEqual([])
    expect(findYearMonths('2020.01.15')).toEqual([])
    expect(findYearMonths('2020年13月')).toEqual([])
  })

  it.each([
    ['2021年1月', '2021-01'],
    ['二〇二一年一月', '2021-01'],
    ['二O二一年元月', '2021-01'],
    ['2021.01', '2021-01'],
  ])('leaves signed_date empty for a signature dated %s, with a warning that shows it', (written, ym) => {
    const r = extract(txtDoc(report(['全年主动公开政府信息35条。'], ['青山县自然资源局', written])))
    const v = valuesOf(r)
    expect(v.signed_date).toBeUndefined()
    const w = r.warnings.find((x) => x.code === 'date_without_day')
    expect(w?.fields).toEqual(['signed_date'])
    expect(w?.message).toContain(`「${written}」`)
    expect(w?.message_en).toContain(ym)
    // the rest of the signature still counts
    expect(v.agency).toBe('青山县自然资源局')
  })

  it('still takes the agency from a month-dated signature when nothing else names it', () => {
    const text = ['一、主动公开政府信息情况', '全年主动公开政府信息35条。', '二、存在的问题', '公开内容还不够全面。', '青山县自然资源局', '2021年1月'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency).toBe('青山县自然资源局')
    expect(codes(r)).toContain('date_without_day')
  })

  it('reads a signature on one line with the agency before the month', () => {
    const r = extract(txtDoc(report(['全年主动公开政府信息35条。'], ['青山县自然资源局 2021年1月'])))
    expect(valuesOf(r).signed_date).toBeUndefined()
    expect(r.warnings.filter((x) => x.code === 'date_without_day')).toHaveLength(1)
  })

  it('keeps a full signature date and says nothing', () => {
    const r = extract(txtDoc(report(['全年主动公开政府信息35条。'])))
    expect(valuesOf(r).signed_date).toBe('2021-01-20')
    expect(codes(r)).not.toContain('date_without_day')
  })

  it('does not treat a month in the body as a signature', () => {
    const r = extract(txtDoc(report(['全年主动公开政府信息35条。'], ['我局将于2021年3月开展培训。'])))
    expect(valuesOf(r).signed_date).toBeUndefined()
    expect(codes(r)).not.toContain('date_without_day')
  })

  it('shows the raw text of a signature in traditional script', () => {
    const r = extract(txtDoc(report(['全年主动公开政府信息35条。'], ['青山縣自然資源局', '二〇二一年元月'])))
    expect(r.warnings.find((x) => x.code === 'date_without_day')?.message).toContain('「二〇二一年元月」')
  })

  it('leaves a month-only release date empty, with a warning for publish_date', () => {
    const text = ['青山县自然资源局2020年政府信息公开工作年度报告', '发布时间：2021年1月  来源：青山县自然资源局', '一、主动公开政府信息情况',
      '全年主动公开政府信息35条。', '青山县自然资源局', '2021年1月20日'].join('\n')
    const r = extract(txtDoc(text))
    const v = valuesOf(r)
    expect(v.publish_date).toBeUndefined()
    expect(v.signed_date).toBe('2021-01-20')
    const w = r.warnings.filter((x) => x.code === 'date_without_day')
    expect(w.map((x) => x.fields)).toEqual([['publish_date']])
    expect(w[0].message).toContain('「2021年1月」')
  })

  it('gives no publish warning when the release date is whole, nor for a month that is not labelled', () => {
    const text = ['青山县自然资源局2020年政府信息公开工作年度报告', '发布时间：2021-01-21', '统计时间：2020年12月', '一、主动公开政府信息情况',
      '全年主动公开政府信息35条。', '青山县自然资源局', '2021年1月20日'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).publish_date).toBe('2021-01-21')
    expect(codes(r)).not.toContain('date_without_day')
  })

  it('warns for a month-only date under the title when there is no signature', () => {
    const text = ['青山县自然资源局2020年政府信息公开工作年度报告', '（2021年1月）', '一、主动公开政府信息情况', '全年主动公开政府信息35条。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).signed_date).toBeUndefined()
    expect(r.warnings.find((x) => x.code === 'date_without_day')?.fields).toEqual(['signed_date'])
  })
})
