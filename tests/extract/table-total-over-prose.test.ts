/**
 * In a standard report, requests received is table 三's 本年新收 total (issue 12, second pass): a number in
 * the prose never overrides the table's total, and when table 三 is there but that row's total cannot be
 * read (blank, garbled, numbers that do not fit the columns) the prose gives no value either — the table
 * was the report's statement and it is lost, so a reviewer reads it from the source. When the prose states the
 * year's whole as another number (全年共收到…8件 over 5), neither is kept (session 11, by the pages README).
 */
import { describe, expect, it } from 'vitest'
import { docOf, extract, valuesOf } from './helpers'

const head = ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
const carried = ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']
const report = (newRow: string[], prose: string): Record<string, unknown> => valuesOf(extract(docOf([
  '东湖镇2021年政府信息公开工作年度报告', '一、总体情况', prose,
  '三、收到和处理政府信息公开申请情况', [head, newRow, carried],
  '四、政府信息公开行政复议、行政诉讼情况'], 'pdf')))

describe('table 三\'s total, not the prose', () => {
  it('the total cell when it is read, else no value, whatever the prose says', () => {
    expect(report(['一、本年新收政府信息公开申请数量', '3', '2', '0', '0', '0', '0', '5'], '全年共收到政府信息公开申请5件。').applications_received).toBe(5)
    // a share of the requests, or an approximate figure, says nothing against the table
    expect(report(['一、本年新收政府信息公开申请数量', '3', '2', '0', '0', '0', '0', '5'], '镇党政办代表镇政府受理政府信息公开申请2件。').applications_received).toBe(5)
    expect(report(['一、本年新收政府信息公开申请数量', '3', '2', '0', '0', '0', '0', '5'], '全年收到政府信息公开申请约8件。').applications_received).toBe(5)
    expect(report(['一、本年新收政府信息公开申请数量', '3', '2', '0', '0', '0', '0', '※'], '全年共收到政府信息公开申请8件。').applications_received).toBeUndefined()
    expect(report(['一、本年新收政府信息公开申请数量', '3 2', '0', '0', '5'], '全年共收到政府信息公开申请8件。').applications_received).toBeUndefined()
  })

  it('no value when the prose states another whole for the year (pages README: a readable table that disagrees with the prose)', () => {
    expect(report(['一、本年新收政府信息公开申请数量', '3', '2', '0', '0', '0', '0', '5'], '全年共收到政府信息公开申请8件。').applications_received).toBeUndefined()
  })
})
