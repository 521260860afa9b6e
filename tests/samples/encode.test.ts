/**
 * The GB18030 and Big5 encoders round-trip through Node's decoders and refuse what they cannot write.
 */
import { describe, expect, it } from 'vitest'
import { encodeBig5, encodeGb18030, encodeUtf16le } from '../../scripts/samples/encode'

const SIMPLIFIED = '绩溪县自然资源局2017年政府信息公开工作年度报告：主动公开信息226条，“三安全一稳定”，二〇一八年。\r\n'
const TRADITIONAL = '江西省林業局2014年政府信息公開工作年度報告：依申請公開21件，（一）予以公開。\n'

describe('encoders', () => {
  it('GB18030 round-trips simplified, traditional and pinyin with tone marks', () => {
    for (const s of [SIMPLIFIED, TRADITIONAL, '規(guī)劃(huà)局']) {
      expect(new TextDecoder('gb18030').decode(encodeGb18030(s))).toBe(s)
    }
    expect([...encodeGb18030('规')]).toEqual([0xb9, 0xe6])
  })

  it('Big5 round-trips traditional text with its standard codes', () => {
    expect(new TextDecoder('big5').decode(encodeBig5(TRADITIONAL))).toBe(TRADITIONAL)
    expect([...encodeBig5('規')]).toEqual([0xb3, 0x57])
  })

  it('refuses a character the encoding lacks, naming it and its line', () => {
    expect(() => encodeBig5('一行\n規(guī)')).toThrow(/Big5: no code for “ī” \(U\+012B\) on line 2/)
    expect(() => encodeGb18030('😀')).toThrow(/GB18030: no code/)
  })

  it('UTF-16LE starts with a byte-order mark', () => {
    const b = encodeUtf16le('年报')
    expect([...b.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(b.subarray(2).toString('utf16le')).toBe('年报')
  })
})
