/**
 * Channels, totals after their parts, kinds that are not information, and counts written on the line after
 * their object (issue 12, third pass). Texts written for these tests in the genre's shapes;
 * scripts/perturb-counts.ts measures the same rewrites on the development half of the shared corpus.
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const report = (body: string): string =>
  ['柳溪县2021年政府信息公开工作年度报告', '一、总体情况', '我县认真贯彻落实《中华人民共和国政府信息公开条例》。', body, '五、其他需要报告的事项', '无。'].join('\n')
const values = (body: string): Record<string, unknown> => valuesOf(extract(txtDoc(report(body))))

describe('one channel\'s count for the year is not the total when another channel is counted', () => {
  it('全年 in the portal\'s clause next to the WeChat account\'s count gives no value', () => {
    expect(values('（一）主动公开。通过政府网站全年主动公开政府信息643条，通过微信公众号发布信息37条。').proactive_disclosures).toBeUndefined()
  })
  it('the total after the channels is taken, even when a channel\'s clause says 共', () => {
    expect(values('（一）主动公开。通过政府网站共主动公开政府信息525条，通过政务微信公开信息175条，合计700条。').proactive_disclosures).toBe(700)
    expect(values('（一）主动公开。通过政府网站全年累计主动公开政府信息75条，通过政务微信公开信息25条，合计100条。').proactive_disclosures).toBe(100)
    expect(values('（一）主动公开。通过政府网站主动公开涉及疫情防控、社会救助、养老服务、公共文化服务、保障性住房等方面信息318条，通过政务微信公开信息105条，合计423条。').proactive_disclosures).toBe(423)
  })
})

describe('documents, replies to concerns and press events are kinds, not information items', () => {
  it('gives no value for them', () => {
    expect(values('（一）主动公开。全年主动公开政府信息规范性文件36件。').proactive_disclosures).toBeUndefined()
    expect(values('（一）主动公开。全年主动公开政府信息回应社会关切52条。').proactive_disclosures).toBeUndefined()
  })
})

describe('an overview total with its parts', () => {
  it('parts end at a nested bracket; an approximate total matches its parts\' sum', () => {
    expect(values('今年，我县政府信息公开单位共公布政府信息2599条，其中通过政府网站公开1950条、通过政务微信公开649条，(其中机构职能类信息25条，其他信息2574条)。').proactive_disclosures).toBe(2599)
    expect(values('2021年政府信息累计公开3500余条，其中通过政府网站公开2625条、通过政务微信公开875条。').proactive_disclosures).toBe(3500)
  })
})

describe('a count on the line after its object', () => {
  it('is read for proactive disclosures, requests, reconsiderations and lawsuits', () => {
    const v = values('（一）主动公开。全年共主动公开各类政府信息\n1356条，涵盖机构职能、政策文件等。\n（二）依申请公开。本年度全县共收到\n70件申请，均按时答复。全年因政府信息公开申请引发的行政复议\n3起，行政诉讼\n2起。')
    expect(v.proactive_disclosures).toBe(1356)
    expect(v.applications_received).toBe(70)
    expect(v.admin_reconsiderations).toBe(3)
    expect(v.admin_lawsuits).toBe(2)
  })
  it('is read in an overview total', () => {
    expect(values('今年，我县政府信息公开单位共公布政府信息\n2599条，涵盖机构职能、政策文件等。').proactive_disclosures).toBe(2599)
  })
})

describe('counts written as a label or after 共有', () => {
  it('reads 共有N件…申请 and 行政复议：N件', () => {
    expect(values('（二）依申请公开。全年共有28件政府信息公开申请，均按时答复。').applications_received).toBe(28)
    const v = values('四、因政府信息公开申请提起行政复议、行政诉讼情况\n行政复议：3件；行政诉讼：1件。')
    expect(v.admin_reconsiderations).toBe(3)
    expect(v.admin_lawsuits).toBe(1)
  })
})

describe('a section on disclosure cases or requests whose whole answer is none', () => {
  it('gives 0 for each kind of case its heading names, and for the requests', () => {
    const v = values('四、因政府信息公开申请提起行政复议、行政诉讼情况\n无。')
    expect(v.admin_reconsiderations).toBe(0)
    expect(v.admin_lawsuits).toBe(0)
    expect(values('四、因政府信息公开申请提起行政复议、行政诉讼情况\n本年度无此类情况。').admin_lawsuits).toBe(0)
    const split = values('四、因政府信息公开申请提起行政复议情况\n未发生。\n五、因政府信息公开申请提起行政诉讼情况\n全年被提起行政诉讼2件。')
    expect(split.admin_reconsiderations).toBe(0)
    expect(split.admin_lawsuits).toBe(2)
    expect(values('三、政府信息依申请公开情况\n无。').applications_received).toBe(0)
    // a heading that does not say the cases concern disclosure gives nothing
    expect(values('四、行政复议情况\n无。').admin_reconsiderations).toBeUndefined()
  })
})
