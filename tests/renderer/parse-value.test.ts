// Typed field values from what a person types or picks from a report's text.
import { describe, expect, it } from 'vitest'
import { fieldDef } from '../../src/shared/fields'
import { foldWidth, parseFieldValue } from '../../src/renderer/src/lib/parse-value'

const def = (id: string) => {
  const d = fieldDef(id)
  if (!d) throw new Error(id)
  return d
}
const ok = (id: string, input: string) => {
  const r = parseFieldValue(def(id), input)
  if (!r.ok) throw new Error(`${id} ${input}: ${r.reason}`)
  return r.value
}
const reason = (id: string, input: string) => {
  const r = parseFieldValue(def(id), input)
  return r.ok ? null : r.reason
}

describe('parseFieldValue', () => {
  it('integers as reports write them', () => {
    expect(ok('applications_received', '17')).toBe(17)
    expect(ok('applications_received', '１７')).toBe(17)
    expect(ok('applications_received', '1,234件')).toBe(1234)
    expect(ok('proactive_disclosures', '300余条')).toBe(300)
    expect(ok('proactive_disclosures', '1.2万条')).toBe(12000)
    expect(ok('admin_lawsuits', '无')).toBe(0)
    expect(ok('admin_lawsuits', '未发生')).toBe(0)
    expect(ok('t3.new.total', ' 2件 ')).toBe(2)
  })
  it('refuses what is not a whole number', () => {
    expect(reason('staff', '若干个')).toBe('parse.integer')
    expect(reason('staff', '2.5')).toBe('parse.integer')
    expect(reason('staff', '12abc')).toBe('parse.integer')
  })
  it('numbers keep fractions and units', () => {
    expect(ok('fees_collected', '12.5元')).toBe(12.5)
    expect(ok('budget', '1.5万元')).toBe(15000)
    expect(ok('t2.fees.amount', '0.35')).toBe(0.35)
    expect(reason('budget', '若干')).toBe('parse.number')
  })
  it('report year from “2022年度”', () => {
    expect(ok('report_year', '2022年度')).toBe(2022)
    expect(ok('report_year', '２０２２年')).toBe(2022)
  })
  it('dates in Chinese and ISO forms, checked for real days', () => {
    expect(ok('publish_date', '2023年1月25日')).toBe('2023-01-25')
    expect(ok('signed_date', '2023-1-5')).toBe('2023-01-05')
    expect(ok('signed_date', '2023.01.05')).toBe('2023-01-05')
    expect(ok('signed_date', '２０２３年１２月３１日')).toBe('2023-12-31')
    expect(reason('signed_date', '2023年2月30日')).toBe('parse.date')
    expect(reason('signed_date', '二〇二三年一月')).toBe('parse.date')
  })
  it('enums only take their options', () => {
    expect(ok('format', 'Standard-2021')).toBe('standard-2021')
    expect(reason('admin_level', 'city')).toBe('parse.enum')
  })
  it('text is trimmed and its whitespace folded; empty clears', () => {
    expect(ok('agency', '  白河市\n生态环境局 ')).toBe('白河市 生态环境局')
    expect(ok('staff', '   ')).toBeNull()
  })
  it('foldWidth folds full-width digits and letters only', () => {
    expect(foldWidth('１２ＡＢ，中')).toBe('12AB,中')
  })
})

describe('values keep their meaning (issue 11)', () => {
  const typed = (id: string, input: string) => parseFieldValue(def(id), input)
  it('keeps an approximate marker as the approximate flag', () => {
    expect(typed('proactive_disclosures', '300余')).toEqual({ ok: true, value: 300, approximate: true })
    expect(typed('proactive_disclosures', '约300条')).toEqual({ ok: true, value: 300, approximate: true })
    expect(typed('proactive_disclosures', '近百')).toEqual({ ok: true, value: 100, approximate: true })
    expect(typed('applications_received', '100多件')).toEqual({ ok: true, value: 100, approximate: true })
    expect(typed('applications_received', '17')).toEqual({ ok: true, value: 17 })
  })
  it('accepts Chinese numerals', () => {
    expect(typed('proactive_disclosures', '三百一十二')).toEqual({ ok: true, value: 312 })
    expect(typed('applications_received', '两千零五件')).toEqual({ ok: true, value: 2005 })
    expect(typed('proactive_disclosures', '三百余条')).toEqual({ ok: true, value: 300, approximate: true })
  })
})
