/**
 * Shapes the twelfth agency wild set taught (issue 12, wrong values first): a page's metadata table prints the rule's
 * 生效日期 beside its 发布时间 (the validity date is no release date); a street named for its road may hold 会 in its own
 * name (云会路街道: the region is the street, not cut to its district); a title writes 年 twice before 度
 * (…2015年年度政府信息公开…); a 新城 is a zone whose committee reports (松湖新城管委会); a flattened page opens with its
 * title written twice. Every text is written for the
 * test, with invented places, names and numbers.
 */
import { describe, expect, it } from 'vitest'
import { regionOf } from '../../src/main/extract/region-name'
import { extract, txtDoc, valuesOf } from './helpers'

const v = (...lines: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(lines.join('\n'))))

describe('a validity date beside the release date', () => {
  it('reads the 发布时间 and not the 生效日期 printed first in the metadata table', () => {
    const r = v('禾丰区人民政府', '', '松岭街道办事处政府信息公开', '',
      '索引号: 3070999000000013000000/2022030200000099 发布机构:', '生效日期: 2022-03-09 废止日期:', '文 号: 所属主题: 政府信息公开年报', '',
      '松岭街道办事处2021年政府信息公开工作年度报告', '', '来源: 发布时间:2022-01-26 浏览次数: 【字体:', '',
      '一、总体情况', '2021年，我办认真做好政府信息公开工作。', '2021年我办没有收到公民、法人或者其他组织申请公开政府信息。')
    expect(r.publish_date).toBe('2022-01-26')
  })
  it('leaves the date empty when the validity date is the only one', () => {
    const r = v('松岭街道办事处2021年政府信息公开工作年度报告', '生效日期: 2022-03-09 废止日期:', '一、总体情况', '2021年，我办认真做好政府信息公开工作。')
    expect(r.publish_date ?? null).toBeNull()
  })
})

describe('a street named for its road, with 会 in its own name', () => {
  it('reads the street whole after its district', () => {
    expect(regionOf('禾丰市松岭区云会路街道办事处')).toBe('禾丰市松岭区云会路街道')
    expect(regionOf('松岭区会丰路街道办事处')).toBe('松岭区会丰路街道')
    const r = v('禾丰市松岭区云会路街道办事处 2021年度政府信息公开工作年度报告',
      '索引号: | GS9999/2022-10001 | 部门: | 云会路街道办事处 |', '栏目: | 政府信息公开年报 | 来源: | 松岭区人民政府 |',
      '2021年，云会路街道深入贯彻落实《中华人民共和国政府信息公开条例》。', '一、总体情况', '2021年，我街道主动公开政府信息87条。')
    expect(r.agency).toBe('禾丰市松岭区云会路街道办事处')
    expect(r.region).toBe('禾丰市松岭区云会路街道')
    // (…while a body's or a meeting's 会 is still no place's own name)
    expect(regionOf('禾丰市工会街道')).toBe('禾丰市')
    expect(regionOf('召开会议县')).toBeNull()
    // (…nor a spam brand's before a street's name: 乐体会首页北城街道办事处 names no place 乐体会首页北城街道)
    expect(regionOf('乐体会首页北城街道办事处')).toBeNull()
  })
})

describe('a title that writes 年 twice before 度', () => {
  it('reads the township government from …2015年年度政府信息公开工作年度报告', () => {
    const r = v('禾丰市松溪乡人民政府2015年年度政府信息公开工作年度报告', '发布时间:2016-03-30 00:00 字体:[ ]',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。', '一、信息公开工作基本情况', '2015年我乡高度重视政府信息公开工作。')
    expect(r.agency).toBe('禾丰市松溪乡人民政府')
    expect(r.region).toBe('禾丰市松溪乡')
  })
})

describe('a 新城 zone and its committee', () => {
  it('reads 松湖新城管委会 from the sentence that announces the report', () => {
    const r = v('根据《中华人民共和国政府信息公开条例》规定，现公布松湖新城管委会2023年政府信息公开年度报告。',
      '一、总体情况', '2023年，新城主动公开政府信息412条。')
    expect(r.agency).toBe('松湖新城管委会')
    expect(r.region).toBe('松湖新城')
    // (…while a district or a township named 新城 stays as it was)
    expect(regionOf('禾丰市新城区')).toBe('禾丰市新城区')
    expect(regionOf('松湖新城街道办事处')).toBe('松湖新城街道')
  })
})

describe('a flattened page opening with its title written twice', () => {
  it('reads the title once from X年度报告X年度报告2020年,…', () => {
    const r = v('松岭经济开发区2020年政府信息公开工作年度报告松岭经济开发区2020年政府信息公开工作年度报告2020年,松岭经济开发区在区委的领导下,现公布松岭经济开发区2020年政府信息公开工作年度报告。一、总体情况2020年,开发区主动公开政府信息52条。')
    expect(r.title).toBe('松岭经济开发区2020年政府信息公开工作年度报告')
    expect(r.agency).toBe('松岭经济开发区')
  })
})
