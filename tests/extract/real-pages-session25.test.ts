/**
 * Shapes the real report pages of session 25 showed the rules getting wrong (sets 57 and 65–68, labelled before the rules
 * ran on them and kept outside the project as ../shared is). The texts here are written for the test in the same shapes,
 * shorter than the pages, with invented bodies and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const values = (text: string) => valuesOf(extract(txtDoc(text)))

describe('session 25: the opening of the overview', () => {
  it('一、总体情况 ⏎ 在2024年，某局坚决贯彻…: the year reported on, the body at work, and the standard outline', () => {
    const v = values([
      '一、总体情况 ',
      '在2024年，青州市经济合作局坚决贯彻党中央、国务院关于全面推进政务公开工作的决策部署，进一步拓展政务公开内容，扩大公开范围。',
      '（一）强化组织领导',
      '为了更有效地推进政府信息公开工作，我们重新调整了青州市经济合作局政务公开工作领导小组。',
    ].join('\n'))
    expect(v.report_year).toBe(2024)
    expect(v.agency).toBe('青州市经济合作局')
    expect(v.region).toBe('青州市')
    expect(v.format).toBe('standard-2021')
  })
})
