/**
 * Agency rules under perturbation (issue 12, scripts/agency-perturb.ts): a name cut by a line break, and a
 * short form after a preposition, must not give a wrong agency (worse than none). Texts written for the test.
 */
import { describe, expect, it } from 'vitest'
import { regionOf } from '../../src/main/extract/region-name'
import { extract, txtDoc, valuesOf } from './helpers'

const BODY = [
  '一、总体情况',
  '2020年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1200条，收到政府信息公开申请15件。',
  '二、存在的主要问题及改进情况',
  '公开内容还不够全面，下一步将加强培训。',
]

describe('a name broken over two lines', () => {
  it('reads the whole name when the line above ends with its head', () => {
    const text = ['青山综合', '实验区2020年政府信息公开工作年度报告', ...BODY].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('青山综合实验区')
  })

  it('leaves the agency empty rather than keep the tail of a township cut in two', () => {
    const text = ['关于本年度政府信息公开工作的报告（东河', '里镇2020年政府信息公开工作年度报告）', ...BODY].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency === null || v.agency === '东河里镇').toBe(true)
  })

  it('reads a compiling or announcing sentence across a break inside the name', () => {
    const compiled = ['2020年政府信息公开工作年度报告', '本报告根据《中华人民共和国政府信息公开条例》要求，由青山县人民', '政府办公室编制。', ...BODY]
    expect(valuesOf(extract(txtDoc(compiled.join('\n')))).agency).toBe('青山县人民政府办公室')
    const announced = ['青山县2020年政府信息公开工作年度报告', '现将青山县人民', '政府办公室2020年政府信息公开工作年度报告公布如下。', ...BODY]
    expect(valuesOf(extract(txtDoc(announced.join('\n')))).agency).toBe('青山县人民政府办公室')
  })

  it('joins the whole head of a name cut after five characters, not its last four', () => {
    const text = ['标题: 青山综合实', '验区管委会2020年政府信息公开工作年度报告', ...BODY].join('\n')
    const v = valuesOf(extract(txtDoc(text)))
    expect(v.agency).toBe('青山综合实验区管委会')
    expect(v.region).toBe('青山综合实验区')
  })

  it('keeps a place alone that opens its own paragraph after a page word', () => {
    const text = ['图片', '', '西岭乡2021年政府信息公开工作年度报告', '', ...BODY].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('西岭乡')
  })
})

describe('a name at the start of a line that is not cut', () => {
  it('keeps a place alone after a short page word with no blank line between', () => {
    const text = ['图片', '西岭乡2021年政府信息公开工作年度报告', ...BODY].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('西岭乡')
  })

  it('keeps a body of a two-character county after a long breadcrumb line', () => {
    // the line above is long and ends in Chinese text (a cut line's shape) and the view keeps it: only the
    // known two-character county (代县) keeps the name whole; a breadcrumb line alone is dropped by the view
    const text = ['中国政府网 山西省人民政府 忻州市人民政府门户网站', '代县卫生健康局2024年政府信息公开工作年度报告', ' 时间:2025-01-21      来源:',
      '一、总体情况', '2024年度，我局严格遵循《中华人民共和国政府信息公开条例》，全面推进政府信息公开工作。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('代县卫生健康局')
  })
})

describe('words before a short form are not a place', () => {
  it('does not read 由市 or 为了让广大市 as a place', () => {
    expect(regionOf('由市财政局')).toBeNull()
    expect(regionOf('为了让广大市民了解市政府')).toBeNull()
    expect(regionOf('向阳镇人民政府')).toBe('向阳镇')
  })

  it('does not read a short form after a unit word as a place (市白云区政府, 街道南源街道办事处)', () => {
    expect(regionOf('市西岭区政府')).toBeNull()
    expect(regionOf('街道东源街道办事处')).toBeNull()
    expect(regionOf('西岭区东源街道办事处')).toBe('西岭区东源街道')
  })
})

describe('a 来源 line against the contact the report gives', () => {
  const head = ['日期:2023-01-11 来源:青山市人民政府 访问量:', '依据《中华人民共和国政府信息公开条例》编制此报告。报告所列数据统计期限为2022年1月1日起至2022年12月31日止。']

  it('takes the body inside the source place that the reader is told to contact', () => {
    const text = [...head, ...BODY, '如有疑问，请联系青山市东河镇政府。地址：青山市东河镇人民路8号。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('青山市东河镇政府')
  })

  it('leaves the agency empty, with both as candidates, when the contact is of another place', () => {
    const text = [...head, ...BODY, '如有疑问，请与西岭综合实验区政府信息公开工作办公室联系（电话：0000-1234567）。'].join('\n')
    const r = extract(txtDoc(text))
    expect(valuesOf(r).agency ?? null).toBeNull()
    const offered = (r.candidates ?? []).filter((c) => c.field === 'agency').map((c) => c.value)
    expect(offered).toContain('青山市人民政府')
    expect(offered).toContain('西岭综合实验区政府信息公开工作办公室')
  })

  it('keeps the source when the contact is its own office', () => {
    const text = [...head, ...BODY, '如有疑问，请与青山市人民政府办公室联系。'].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('青山市人民政府')
  })
})

describe('a list heading above a line that opens with a known place (sidebar perturbation, session 11)', () => {
  const sidebar = ['最新公开', '长沙市财政局2019年政府信息公开工作年度报告', '长沙市统计局2018年政府信息公开工作年度报告']
  const cityWide = [
    '一、概述',
    '2019年，在省委、省政府的正确领导下，我市认真贯彻落实《中华人民共和国政府信息公开条例》，全市主动公开政府信息35000余条。',
    '二、主动公开政府信息情况',
  ]

  it('does not join the heading to the place: 最新公开长沙市 is no one\'s name', () => {
    const v = valuesOf(extract(txtDoc([...sidebar, ...cityWide].join('\n'))))
    expect(String(v.agency ?? '')).not.toMatch(/最新公开/)
    expect(String(v.region ?? '')).not.toMatch(/最新公开/)
  })

  it('still joins the head of a place the data does not know (a zone cut at the line\'s width)', () => {
    const text = ['标题: 长沙综合', '实验区2019年政府信息公开工作年度报告', ...BODY].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('长沙综合实验区')
  })
})

describe('regionOf: page words run into a known place', () => {
  it('reads no place from a heading or a breadcrumb run into a known one', () => {
    expect(regionOf('最新公开长沙市')).toBeNull()
    expect(regionOf('首页长沙市岳麓区财政局')).toBeNull()
    expect(regionOf('相关文章广州市财政局')).toBeNull()
  })

  it('keeps a chain whose every link is a place, and unknown places alone', () => {
    expect(regionOf('湘西州龙山县城市管理局')).toBe('湘西州龙山县')
    expect(regionOf('长沙市岳麓区财政局')).toBe('长沙市岳麓区')
    expect(regionOf('螺洋街道')).toBe('螺洋街道')
  })
})
