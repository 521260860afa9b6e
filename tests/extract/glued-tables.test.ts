/**
 * Tables that lost their cell boundaries (issue 12): the old annex 统计表 (本年度 / 历年累计) and table 四 as
 * one digit run. A readable cell (two numbers a space apart, or a run of zeros) gives the year's value;
 * a glued run of other digits gives nothing; prose that disagrees with a readable cell gives nothing.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const annex = (rows: string): string => `附件：东岚县2012年政府信息公开情况统计表指标名称计量单位2012年度历年累计${rows}附件2：`
const doc = (...parts: string[]): Record<string, unknown> => valuesOf(extract(txtDoc(['东岚县人民政府2012年政府信息公开工作年度报告', ...parts].join('\n'))))

describe('glued tables', () => {
  it('the annex: the year\'s column where the cells are a space apart, zeros where glued zeros', () => {
    const v = doc('一、概述', '今年工作平稳。', annex('主动公开信息数条318 2290其中：1.网站公开条318 2290受理依申请公开信息总数条00行政复议数件0 0行政诉讼数件0 0行政申诉、举报数件0 0'))
    expect(v.proactive_disclosures).toBe(318)
    expect(v.applications_received).toBe(0)
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
  })
  it('a glued annex run of other digits gives nothing', () => {
    expect(doc('一、概述', '今年工作平稳。', annex('主动公开信息数条3182290行政诉讼数件0 0')).proactive_disclosures).toBeUndefined()
  })
  it('prose that disagrees with a readable annex cell gives nothing', () => {
    const v = doc('二、主动公开政府信息情况', '2012年主动公开政府信息5120条。', '三、依申请公开', '收到1份有关政府信息公开行政复议申请。', annex('主动公开信息数条6033 9120行政复议数件0 0行政诉讼数件0 0'))
    expect(v.proactive_disclosures).toBeUndefined()
    expect(v.admin_reconsiderations).toBeUndefined()
    expect(v.admin_lawsuits).toBe(0)
  })
  it('table 四 as one run: all zeros is 0 for both, other digits nothing', () => {
    const t4 = (digits: string): string => `四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${digits} 五、存在的主要问题及改进情况`
    const zero = doc('一、总体情况', '本年度工作平稳。', t4('000000000000000'))
    expect(zero.admin_reconsiderations).toBe(0)
    expect(zero.admin_lawsuits).toBe(0)
    const some = doc('一、总体情况', '本年度工作平稳。', t4('110024001510102'))
    expect(some.admin_reconsiderations).toBeUndefined()
    expect(some.admin_lawsuits).toBeUndefined()
  })
  it('statements of none that name several things before 诉讼, and 条 for lawsuits', () => {
    expect(doc('一、总体情况', '全年未发生针对本镇有关政府信息公开事务的行政复议案件、行政诉讼案件和举报申诉件。').admin_lawsuits).toBe(0)
    expect(doc('一、总体情况', '2025年我县共收到依申请公开0件，行政复议0件，行政诉讼0条。').admin_lawsuits).toBe(0)
  })
})
