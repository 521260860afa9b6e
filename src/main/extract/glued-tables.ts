/**
 * Tables whose cells lost their boundaries (crawled pages, corpus/pages README "Flattened tables"): the
 * old 政府信息公开情况统计表 annex (指标名称 | 计量单位 | 本年度 | 历年累计) and the post-2019 table 四 run
 * together as one digit string. The gold convention: a value only where the cell is readable — two
 * numbers a space apart give the year's (the first); a glued run gives nothing unless every digit is 0.
 */
import type { Ctx } from './context'

export interface GluedCount { field: string; value: number; start: number; end: number; rule: string }

/** the annex rows the headline fields come from; a row label never follows another CJK word (接受行政诉讼、举报数) but the header's 历年累计 */
const ANNEX_ROWS: { field: string; label: string }[] = [
  { field: 'proactive_disclosures', label: '主动公开(?:政府)?信息数' },
  { field: 'applications_received', label: '受理依申请公开信息总数' },
  { field: 'admin_reconsiderations', label: '(?:因政府信息公开(?:申请)?(?:提起的)?)?行政复议(?:案件)?数' },
  { field: 'admin_lawsuits', label: '(?:因政府信息公开(?:申请)?(?:提起的)?)?行政诉讼(?:案件)?数' },
]

/** "0 0", "425 1516", "00": the year's number, or null when the run is glued and not all zeros */
function yearValue(cells: string): number | null {
  const t = cells.trim()
  if (/^\d+\s+\d+$/.test(t)) return Number(t.split(/\s+/)[0])
  if (/^0+$/.test(t)) return 0
  return null
}

export function annexCounts(ctx: Ctx): Map<string, GluedCount> {
  const out = new Map<string, GluedCount>()
  const text = ctx.view.text
  const head = text.search(/统计表\s*指标名称\s*计量单位/)
  if (head < 0) return out
  for (const row of ANNEX_ROWS) {
    const re = new RegExp(`(?:(?<![\\u4e00-\\u9fa5、])|(?<=累计))${row.label}\\s*(?:条|件|个|宗|次)\\s*(\\d+(?: \\d+)?)(?![\\d])`, 'g')
    re.lastIndex = head
    const m = re.exec(text)
    if (!m) continue
    const v = yearValue(m[1])
    if (v === null) continue
    const at = m.index + m[0].length - m[1].length
    out.set(row.field, { field: row.field, value: v, start: at, end: at + m[1].length, rule: `${row.field}.annex` })
  }
  return out
}

/**
 * Table 四 flattened to its labels and one digit run (…尚未审结总计000000000000000): all zeros means no
 * reconsideration and no lawsuit whatever the boundaries; any other run is unreadable.
 */
export function gluedTable4Zero(ctx: Ctx): { start: number; end: number } | null {
  // (the run may sit in a row of its own, between bars: | 尚未审结 | 总计 |⏎| 000000000000000 |)
  const m = /行政复议[\s\S]{0,40}?行政诉讼[\s\S]{0,120}?尚未审结[\s|｜]*总计[\s|｜]*(\d{10,})(?!\d)/.exec(ctx.view.text)
  if (!m || !/^0+$/.test(m[1])) return null
  const at = m.index + m[0].length - m[1].length
  return { start: at, end: at + m[1].length }
}
