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

  it('keeps a place alone that opens its own paragraph after a page word', () => {
    const text = ['图片', '', '西岭乡2021年政府信息公开工作年度报告', '', ...BODY].join('\n')
    expect(valuesOf(extract(txtDoc(text))).agency).toBe('西岭乡')
  })
})

describe('words before a short form are not a place', () => {
  it('does not read 由市 or 为了让广大市 as a place', () => {
    expect(regionOf('由市财政局')).toBeNull()
    expect(regionOf('为了让广大市民了解市政府')).toBeNull()
    expect(regionOf('向阳镇人民政府')).toBe('向阳镇')
  })
})
