import { describe, expect, it } from 'vitest'
import { parseCell, parseChineseInt, parseNumber, toYuan } from '../../src/main/extract/numbers'

describe('parseChineseInt', () => {
  it('reads place-value numerals', () => {
    expect(parseChineseInt('一百二十三')).toBe(123)
    expect(parseChineseInt('两千')).toBe(2000)
    expect(parseChineseInt('十')).toBe(10)
    expect(parseChineseInt('一百零五')).toBe(105)
    expect(parseChineseInt('壹佰贰拾叁')).toBe(123)
  })
  it('reads years digit by digit, with any zero look-alike', () => {
    expect(parseChineseInt('二〇一一')).toBe(2011)
    expect(parseChineseInt('二O一一')).toBe(2011)
    expect(parseChineseInt('二o二一')).toBe(2021)
    expect(parseChineseInt('二○二三')).toBe(2023)
    expect(parseChineseInt('二零一八')).toBe(2018)
  })
  it('refuses what is not a numeral', () => {
    expect(parseChineseInt('本年')).toBeNull()
    expect(parseChineseInt('')).toBeNull()
  })
})

describe('parseNumber', () => {
  it('keeps approximate markers', () => {
    expect(parseNumber('100余条')).toEqual({ value: 100, approximate: true, unit: '条' })
    expect(parseNumber('约50件')).toEqual({ value: 50, approximate: true, unit: '件' })
    expect(parseNumber('近200人次')).toEqual({ value: 200, approximate: true, unit: '人次' })
    expect(parseNumber('120多条')).toEqual({ value: 120, approximate: true, unit: '条' })
  })
  it('reads exact counts, separators, units and Chinese numerals', () => {
    expect(parseNumber('4901条')).toEqual({ value: 4901, approximate: false, unit: '条' })
    expect(parseNumber('1,234件')).toEqual({ value: 1234, approximate: false, unit: '件' })
    expect(parseNumber('三起')).toEqual({ value: 3, approximate: false, unit: '起' })
    expect(parseNumber('两千元')).toEqual({ value: 2000, approximate: false, unit: '元' })
    expect(parseNumber('１２个')).toEqual({ value: 12, approximate: false, unit: '个' })
  })
  it('converts 万元 to yuan exactly', () => {
    const n = parseNumber('3.2万元')
    expect(n).not.toBeNull()
    expect(toYuan(n!)).toBe(32000)
    expect(toYuan(parseNumber('4000元')!)).toBe(4000)
  })
  it('returns null for text', () => {
    expect(parseNumber('若干条')).toBeNull()
    expect(parseNumber('条')).toBeNull()
  })
})

describe('parseCell', () => {
  it('keeps blank and zero apart', () => {
    expect(parseCell('')).toEqual({ kind: 'blank' })
    expect(parseCell(' — ')).toEqual({ kind: 'blank' })
    expect(parseCell('/')).toEqual({ kind: 'blank' })
    expect(parseCell('-')).toEqual({ kind: 'blank' })
    expect(parseCell('0')).toEqual({ kind: 'number', value: 0 })
    expect(parseCell('无')).toEqual({ kind: 'number', value: 0 })
  })
  it('reads signed changes and amounts with a unit', () => {
    expect(parseCell('+2')).toEqual({ kind: 'number', value: 2 })
    expect(parseCell('-1')).toEqual({ kind: 'number', value: -1 })
    expect(parseCell('520.9万元')).toEqual({ kind: 'number', value: 520.9 })
  })
  it('says a label is not a value', () => {
    expect(parseCell('规章')).toBeNull()
    expect(parseCell('1.属于国家秘密')).toBeNull()
    expect(parseCell('1.')).toBeNull()
  })
})
