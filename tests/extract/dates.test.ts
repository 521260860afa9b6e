import { describe, expect, it } from 'vitest'
import { findDates, isoDate, parseDate, parseYear } from '../../src/main/extract/dates'

describe('dates', () => {
  it('reads the written forms to ISO', () => {
    expect(parseDate('2018-02-07')).toBe('2018-02-07')
    expect(parseDate('2018/2/7')).toBe('2018-02-07')
    expect(parseDate('2018年3月6日')).toBe('2018-03-06')
    expect(parseDate('2017 年 12 月 29 日')).toBe('2017-12-29')
    expect(parseDate('二O一一年一月十日')).toBe('2011-01-10')
    expect(parseDate('二〇二一年十二月三十一日')).toBe('2021-12-31')
  })
  it('gives no date when digits were lost or the day does not exist', () => {
    expect(parseDate('201711日')).toBeNull()
    expect(parseDate('2017年11日')).toBeNull()
    expect(parseDate('2018-02-30')).toBeNull()
    expect(parseDate('2018年13月1日')).toBeNull()
    expect(isoDate(2019, 2, 29)).toBeNull()
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29')
  })
  it('finds dates with their offsets, in order', () => {
    const s = '发布时间:2018-03-05 11:48:33，统计期限自2017年1月1日起至2017年12月29日止'
    const d = findDates(s)
    expect(d.map((x) => x.iso)).toEqual(['2018-03-05', '2017-01-01', '2017-12-29'])
    expect(s.slice(d[0].start, d[0].end)).toBe('2018-03-05')
  })
  it('reads years', () => {
    expect(parseYear('2017')).toBe(2017)
    expect(parseYear('二〇一七')).toBe(2017)
    expect(parseYear('12')).toBeNull()
  })
})
