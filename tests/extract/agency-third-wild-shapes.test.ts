/**
 * Agency and region in the shapes a third set of real pages taught (issue 12, points 2 and 7: the third
 * "wild" set, harvested after the second round's rules). Every text is written for the test, with invented
 * places and numbers.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a title split over two lines', () => {
  it('a body on the first line with its city, the sentences naming it without the city: the same body', () => {
    const r = v('青江市东禾区民政局', '2023年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定，现公布东禾区民政局2023年政府信息公开工作年度报告。',
      '一、总体情况', '2023年，东禾区民政局在区委、区政府的领导下，扎实推进政务公开工作。', '（一）主动公开情况', '全年主动公开政府信息共128条。')
    expect(r.agency).toBe('青江市东禾区民政局')
    expect(r.region).toBe('青江市东禾区')
  })
  it('…but a subject of another place under such a first line leaves the field to the reviewer', () => {
    const r = v('青江市人民政府', '2023年政府信息公开工作年度报告',
      '一、总体情况', '2023年，北岭县民政局在县委、县政府的领导下，扎实推进政务公开工作。', '全年主动公开政府信息共57条。')
    expect(r.agency).toBeUndefined()
  })
})
