/**
 * Proactive disclosures: one total for the year, never a part of one (issue 12, "Misleading numbers" in the
 * shared corpus): kinds in a list, an ordinal, a bracketed breakdown, a share, requests turned proactive,
 * decisions published as information, the parts after a running total; 累计 within the year is the year's.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const report = (body: string): string => ['青禾镇2022年政府信息公开工作年度报告', '一、总体情况', body, '三、其他', '无。'].join('\n')
const proactive = (body: string): unknown => valuesOf(extract(txtDoc(report(body)))).proactive_disclosures

describe('proactive disclosures: a part is not the total', () => {
  it('kinds listed with their own counts and no total give nothing', () => {
    expect(proactive('2022年，我镇共主动公开镇政府文件3条，工作动态41条，通知公告9条等信息。')).toBeUndefined()
    expect(proactive('全镇共主动公开新增规范性文件4件（含修订1件）、其他文件88件。')).toBeUndefined()
  })
  it('a count followed by its own statement is still the count', () => {
    expect(proactive('全年主动公开统计信息1,204条，发布数据解读16篇。')).toBe(1204)
  })
  it('an ordinal, a share, a converted request and decisions are not the total', () => {
    expect(proactive('二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数')).toBeUndefined()
    expect(proactive('镇直各单位主动公开政府信息206条，占70.1%。')).toBeUndefined()
    expect(proactive('本年度依申请公开转主动公开文件2件。')).toBeUndefined()
    expect(proactive('二、主动公开政府信息情况\n今年各村发布行政处罚信息300多条。')).toBeUndefined()
  })
  it('the parts after a running total are its parts, across ；', () => {
    expect(proactive('截至2022年12月31日，我镇累计主动公开政府信息520条；网站主动公开信息212条，公开栏公开信息66条。')).toBeUndefined()
  })
  it('累计 within the year, and a list of topics closed by 等, are the year\'s total', () => {
    expect(proactive('全年累计主动公开政府信息300余条，保障公众知情权。')).toBe(300)
    expect(proactive('2022年，累计公开信息17条，涵盖教育、卫生等领域。')).toBe(17)
    expect(proactive('截止到2022年12月，我镇主动公开涉及乡村振兴、社会救助、安全生产、人居环境等方面信息381条。')).toBe(381)
    expect(proactive('全年共主动公开机构职能、工作动态、办事指南等各类信息58条。')).toBe(58)
    expect(proactive('2022年我镇共制作信息40条，其中主动公开信息数33条，占比82.5%。')).toBe(33)
  })
  it('an overview total of information without 主动: kept, even when its bracketed kinds misadd', () => {
    expect(proactive('今年，我区各单位共公布政府信息1402条，(其中机构职能类信息25条，其他信息1300条)。')).toBe(1402)
  })
})
