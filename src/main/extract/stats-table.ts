/**
 * The statistics table of the free-form years (many provinces asked for one before the 2019 standard):
 * rows of 指标 / 单位 / 数量, e.g. `（一）主动公开政府信息数 | 条 | 1254`. Read by row label, the value
 * being the row's last number; breakdown rows (其中：…, 1.当面申请数) are never the headline.
 */
import type { ExtractedField } from '../../shared/document'
import { COUNTING_NOTE, type TableRow } from './table-rows'

interface StatRow { field: string; re: RegExp }

const STAT_ROWS: StatRow[] = [
  { field: 'proactive_disclosures', re: /^主动公开(?:政府)?信息(?:数|条数|数量|总数)$/ },
  { field: 'applications_received', re: /^(?:收到|受理)(?:政府信息公开)?申请(?:数|件数|数量|总数)$/ },
  { field: 'admin_reconsiderations', re: /^(?:因政府信息公开(?:申请)?(?:引起的|提起的)?)?行政复议(?:数|数量|件数|案件数)$/ },
  { field: 'admin_lawsuits', re: /^(?:因政府信息公开(?:申请)?(?:引起的|提起的)?)?行政诉讼(?:数|数量|件数|案件数)$/ },
]

const COUNTING_NOTES = new RegExp(COUNTING_NOTE.source, 'g')
/** numbering (一、 （一） 1.) and the unit column's word are not part of the label */
// (…nor a bracketed counting note, 主动公开政府信息数（不同渠道和方式公开相同信息计1条）: the template's own words)
function statLabel(s: string): string {
  return s.replace(/[\s:：]/g, '').replace(COUNTING_NOTES, '').replace(/^(?:[一二三四五六七八九十]+[、.．])?(?:[（(][一二三四五六七八九十\d]+[）)])?(?:\d+[.．、])?/, '').replace(/(条|件|个|项|次)$/, '')
}

/** Headline counts from a statistics table, by field id; only rows that hold exactly one number. */
export function statsTableCounts(rows: TableRow[]): Map<string, ExtractedField> {
  const out = new Map<string, ExtractedField>()
  if (!rows.some((r) => /指标|统计表/.test(r.text))) return out
  for (const row of rows) {
    if (/^其中/.test(row.label) || /^\d+[.．、]/.test(row.label.trim())) continue
    const label = statLabel(row.label)
    const def = STAT_ROWS.find((d) => d.re.test(label))
    if (!def || out.has(def.field)) continue
    const nums = row.values.filter((v) => v.value !== null)
    if (nums.length !== 1 || !Number.isInteger(nums[0].value)) continue
    out.set(def.field, { field: def.field, value: nums[0].value, span: nums[0].span, confidence: 0.85, rule: 'headline.stats-table' })
  }
  return out
}
