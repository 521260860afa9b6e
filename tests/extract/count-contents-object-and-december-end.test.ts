/**
 * Count shapes from an eleventh wild pass of counts (issue 12): a township's overview counting 主动公开内容共N条 — 内容
 * alone is the object counted, not a catalogue's column whose count belongs to another verb — and a count up to
 * 截至YYYY年12月 (the report year's last month, no day written), which is the year's as 截至YYYY年12月31日 is.
 * Texts written for the tests (invented places and numbers).
 */
import { describe, expect, it } from 'vitest'
import { extract, txtDoc } from './helpers'

const head = ['某某县某某乡2024年政府信息公开工作年度报告', '一、总体情况', '（一）政府信息主动公开情况']
const proactive = (...lines: string[]) => extract(txtDoc([...head, ...lines].join('\n'))).fields.find((f) => f.field === 'proactive_disclosures')

describe('主动公开内容(共)N条: the contents themselves counted', () => {
  it('2024年，我乡主动公开内容共27条，包括…: 27', () => {
    expect(proactive('2024年，我乡主动公开内容共27条，包括规划计划4条、领导信息2条、文件通知21条。')?.value).toBe(27)
  })
  it('主动公开内容27条 without 共: 27', () => {
    expect(proactive('2024年，我乡主动公开内容27条。')?.value).toBe(27)
  })
  it('a catalogue\'s 内容 with another verb\'s count after it stays no total (法定主动公开内容下的…中公开12项)', () => {
    expect(proactive('在法定主动公开内容下的统计信息中公开12项。')?.value).not.toBe(12)
  })
})

describe('截至YYYY年12月 with no day: the report year\'s end', () => {
  it('截至2024年12月，我乡主动公开内容共27条: 27', () => {
    expect(proactive('截至2024年12月，我乡主动公开内容共27条，包括规划计划4条、领导信息2条、文件通知21条。')?.value).toBe(27)
  })
  it('截至2024年12月，我乡主动公开信息共27条 (traditional script too): 27', () => {
    expect(proactive('截至2024年12月，我鄉主動公開信息共27條。')?.value).toBe(27)
  })
  it('截至2024年11月 (part of the year) stays no value', () => {
    expect(proactive('截至2024年11月，我乡主动公开信息共27条。')?.value).not.toBe(27)
  })
  it('截至an earlier year\'s December stays no value', () => {
    expect(proactive('截至2023年12月，我乡主动公开信息共27条。')?.value).not.toBe(27)
  })
})

describe('requests: 申请案件 and none from 公众、法人或其他组织', () => {
  const rhead = ['某某县某某镇2023年政府信息公开工作年度报告', '一、总体情况', '（二）政府信息依申请公开情况']
  const requests = (line: string) => extract(txtDoc([...rhead, line].join('\n'))).fields.find((f) => f.field === 'applications_received')
  it('共受理政府信息公开申请案件4件: the request\'s cases are the requests, 4', () => {
    expect(requests('2023年，我镇共受理政府信息公开申请案件7件，办结6件。')?.value).toBe(7)
  })
  it('受理行政复议申请案件 stays no request count', () => {
    expect(requests('2023年，我镇受理行政复议申请案件7件。')?.value).not.toBe(7)
  })
  it('未收到公众、法人或其他组织对政府信息公开的申请: none from anyone, 0', () => {
    expect(requests('2023年，我镇未收到公众、法人或其他组织对政府信息公开的申请。')?.value).toBe(0)
  })
  it('未收到法人或其他组织…的申请 (organisations only) stays no value', () => {
    expect(requests('2023年，我镇未收到法人或其他组织对政府信息公开的申请。')).toBeUndefined()
  })
})
