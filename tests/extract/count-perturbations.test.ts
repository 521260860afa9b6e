/**
 * Counts that change meaning with one word (issue 12, second pass): the same number said of some of the
 * bodies (各乡镇, 县直各单位), of an ordinal (第16件), of a category (机构职能类信息), or in the clause after
 * 其中， is not the year's total; the same number in other wording (共计, full-width digits, Chinese numerals)
 * still is. Texts written for these tests, in the genre's shapes (scripts/perturb-counts.ts measures the same
 * rewrites on the development half of the shared corpus).
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc, valuesOf } from './helpers'

const report = (body: string): string =>
  ['柳溪县2021年政府信息公开工作年度报告', '一、总体情况', '我县认真贯彻落实《中华人民共和国政府信息公开条例》。', body, '五、其他需要报告的事项', '无。'].join('\n')
const values = (body: string): Record<string, unknown> => valuesOf(extract(txtDoc(report(body))))

describe('counts of some of the bodies are parts of the place\'s total', () => {
  it('proactive disclosures of the townships or the county departments give no value', () => {
    expect(values('（一）主动公开。各乡镇全年主动公开政府信息594条。').proactive_disclosures).toBeUndefined()
    expect(values('（一）主动公开。县直各单位主动公开政府信息1203条。').proactive_disclosures).toBeUndefined()
  })
  it('an overview count of the townships gives no value', () => {
    expect(values('2021年，各乡镇累计公开信息66条，涵盖乡村振兴、社会救助等领域。').proactive_disclosures).toBeUndefined()
  })
  it('requests and cases received by the townships give no value; the whole county\'s are the total', () => {
    const v = values('（二）依申请公开。各乡镇共收到政府信息公开申请12件，均按时答复。各乡镇发生政府信息公开行政复议2起。')
    expect(v.applications_received).toBeUndefined()
    expect(v.admin_reconsiderations).toBeUndefined()
    expect(values('（一）主动公开。全县各乡镇、各部门共主动公开政府信息3560条。').proactive_disclosures).toBe(3560)
    expect(values('（二）依申请公开。全年共收到政府信息公开申请12件，均按时答复。').applications_received).toBe(12)
  })
})

describe('an ordinal, a category, the clause after 其中， are not the total', () => {
  it('第N is an ordinal; the same count without 第, in other wording, is kept', () => {
    expect(values('（二）依申请公开。全年共收到政府信息公开申请第16件。').applications_received).toBeUndefined()
    expect(values('（三）复议诉讼。政府信息公开行政复议第3起已审结。').admin_reconsiderations).toBeUndefined()
    expect(values('（二）依申请公开。全年共计收到政府信息公开申请１６件。').applications_received).toBe(16)
    expect(values('（一）主动公开。全年主动公开政府信息一百二十条。').proactive_disclosures).toBe(120)
    expect(values('（一）主动公开。全年主动公开政府信息共计1 286条。').proactive_disclosures).toBe(1286)
    expect(values('今年，我县政府信息公开单位共公布政府信息共计2602条(其中机构职能类信息82条，其他信息2520条)。').proactive_disclosures).toBe(2602)
  })
  it('a category of information (…类信息, 类别) is a part', () => {
    expect(values('（一）主动公开。我县各工作部门主动公开政府信息的主要类别有：机构职能类信息594条。').proactive_disclosures).toBeUndefined()
    expect(values('（一）主动公开。全年共主动公开各类信息594条。').proactive_disclosures).toBe(594)
    expect(values('（一）主动公开。主要类别有：机构职能类信息25条，规划计划类信息19条，其他应主动公开的信息1831条。').proactive_disclosures).toBeUndefined()
  })
  it('requests counted in the clause after 其中， are a part', () => {
    expect(values('（二）依申请公开。我县完善办理机制。其中，县政府办公室共收到政府信息公开申请8件。').applications_received).toBeUndefined()
  })
})

describe('a sentence that opens with an earlier year counts that year', () => {
  it('its counts give no value even when a comma separates the year from the count', () => {
    const v = values('（二）依申请公开。2019年，县政府办公室共收到政府信息公开申请26件，均按时答复。2020年县政府主动公开政府信息139条。')
    expect(v.applications_received).toBeUndefined()
    expect(v.proactive_disclosures).toBeUndefined()
    expect(values('（二）依申请公开。2021年，县政府办公室共收到政府信息公开申请26件，均按时答复。').applications_received).toBe(26)
  })
})
