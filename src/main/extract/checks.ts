/**
 * Checks on an extracted record: the identities the standard tables must satisfy (fields.md), the
 * report year against the dates, lost tables, mojibake, and the cross-year carry-over. They produce
 * warnings for a person to resolve; they never change a value.
 */
import type { DocWarning } from '../../shared/document'
import { T3_COLUMNS, T3_ROWS, T4_BLOCKS, type FieldValue } from '../../shared/fields'
import type { CellHit } from './standard-tables'

const APPLICANTS = T3_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id)
const OUTCOMES_2019 = ['granted', 'partial', 'denied_secret', 'denied_law', 'denied_safety', 'denied_third_party', 'denied_internal',
  'denied_process', 'denied_enforcement', 'denied_query', 'unable_no_info', 'unable_create', 'unable_unclear', 'unprocessed_complaint',
  'unprocessed_repeat', 'unprocessed_publication', 'unprocessed_mass', 'unprocessed_confirm', 'other']

type Cells = Map<string, CellHit>

/** A cell's number for arithmetic: blank reads as 0 (the template leaves zeros blank); absent is undefined. */
function num(cells: Cells, id: string): number | undefined {
  const c = cells.get(id)
  if (!c) return undefined
  return c.value ?? 0
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100)

const OUTCOMES_2021 = [...OUTCOMES_2019.filter((r) => r !== 'other'), 'other_overdue_correction', 'other_overdue_fee', 'other_rest']
/** table 三's cell ids, made once (the checks run on every report: building them per call cost ~4% of extraction) */
const T3_ID = new Map<string, Map<string, string>>()
for (const r of ['new', 'carried', 'total', 'carry_forward', ...OUTCOMES_2021, 'other']) {
  T3_ID.set(r, new Map(T3_COLUMNS.map((c) => [c.id, `t3.${r}.${c.id}`])))
}
const t3Id = (row: string, col: string): string => T3_ID.get(row)?.get(col) ?? `t3.${row}.${col}`

export function tableChecks(cells: Cells): DocWarning[] {
  const out: DocWarning[] = []
  // one pass over the ids: is table 三 there, in its 2021 layout, and which of its rows
  const rows = new Set<string>()
  let is2021 = false
  for (const k of cells.keys()) {
    if (!k.startsWith('t3.')) continue
    const dot = k.indexOf('.', 3)
    const row = dot < 0 ? k.slice(3) : k.slice(3, dot)
    rows.add(row)
    if (row.startsWith('other_overdue') || row === 'other_rest') is2021 = true
  }
  if (rows.size > 0) {
    // 2021: 三（六） is three rows (the `other` field is their derived sum, not a cell)
    const outcomes = is2021 ? OUTCOMES_2021 : OUTCOMES_2019
    for (const col of T3_COLUMNS) {
      const c = col.id
      const n = num(cells, t3Id('new', c)), ca = num(cells, t3Id('carried', c))
      const t = num(cells, t3Id('total', c)), cf = num(cells, t3Id('carry_forward', c))
      if (n !== undefined && ca !== undefined && t !== undefined && cf !== undefined && n + ca !== t + cf) {
        out.push({
          code: 't3_balance', severity: 'warning', fields: [`t3.new.${c}`, `t3.carried.${c}`, `t3.total.${c}`, `t3.carry_forward.${c}`],
          message: `表三「${col.zh}」列：新收 ${fmt(n)} + 上年结转 ${fmt(ca)} ≠ 办理总计 ${fmt(t)} + 结转下年度 ${fmt(cf)}`,
          message_en: `Table 3, column ${col.en}: new ${fmt(n)} + carried ${fmt(ca)} ≠ handled ${fmt(t)} + carried forward ${fmt(cf)}`,
        })
      }
      if (t !== undefined) {
        const parts = outcomes.map((r) => ({ r, v: num(cells, t3Id(r, c)) }))
        const present = parts.filter((p) => p.v !== undefined)
        if (present.length >= outcomes.length - 1) {
          const sum = present.reduce((a, p) => a + (p.v ?? 0), 0)
          if (sum !== t) {
            out.push({
              code: 't3_outcomes', severity: 'warning', fields: [`t3.total.${c}`, ...present.map((p) => `t3.${p.r}.${c}`)],
              message: `表三「${col.zh}」列：各项办理结果之和 ${fmt(sum)} ≠ 总计 ${fmt(t)}`,
              message_en: `Table 3, column ${col.en}: outcomes add up to ${fmt(sum)}, not the total ${fmt(t)}`,
            })
          }
        }
      }
    }
    for (const r of rows) {
      const total = cells.get(t3Id(r, 'total'))
      if (!total || total.value === null) continue // a blank total is not a failure
      const vals = APPLICANTS.map((a) => num(cells, t3Id(r, a)))
      if (vals.some((v) => v === undefined)) continue
      const sum = vals.reduce<number>((a, v) => a + (v ?? 0), 0)
      if (sum !== total.value) {
        out.push({
          code: 't3_row_total', severity: 'warning', fields: [`t3.${r}.total`, ...APPLICANTS.map((a) => `t3.${r}.${a}`)],
          message: `表三「${T3_ROWS.find((x) => x.id === r)?.zh ?? r}」行：各类申请人之和 ${fmt(sum)} ≠ 总计 ${fmt(total.value)}`,
          message_en: `Table 3, row ${T3_ROWS.find((x) => x.id === r)?.en ?? r}: applicants add up to ${fmt(sum)}, not the total ${fmt(total.value)}`,
        })
      }
    }
  }
  for (const b of T4_BLOCKS) {
    const ids = ['upheld', 'corrected', 'other', 'pending'].map((r) => `t4.${b.id}.${r}`)
    const total = num(cells, `t4.${b.id}.total`)
    const parts = ids.map((id) => num(cells, id))
    if (total === undefined || parts.some((p) => p === undefined)) continue
    const sum = parts.reduce<number>((a, v) => a + (v ?? 0), 0)
    if (sum !== total) {
      out.push({
        code: 't4_block_total', severity: 'warning', fields: [...ids, `t4.${b.id}.total`],
        message: `表四「${b.zh}」：维持、纠正、其他、尚未审结之和 ${fmt(sum)} ≠ 总计 ${fmt(total)}`,
        message_en: `Table 4, ${b.en}: upheld + corrected + other + pending = ${fmt(sum)}, not the total ${fmt(total)}`,
      })
    }
  }
  return out
}

/** The report was dated before the year it reports on had ended. */
export function dateChecks(year: number | null, publish: string | null, signed: string | null): DocWarning[] {
  const out: DocWarning[] = []
  if (year === null) return out
  for (const [field, iso, zh, en] of [['publish_date', publish, '发布日期', 'publication date'], ['signed_date', signed, '落款日期', 'signature date']] as const) {
    if (iso && iso <= `${year}-12-31`) {
      out.push({
        code: 'date_before_year_end', severity: 'warning', fields: [field, 'report_year'],
        message: `${zh} ${iso} 早于报告年度 ${year} 年结束，请核对年度或日期`,
        message_en: `The ${en} ${iso} is before the end of the report year ${year}; check the year or the date`,
      })
    } else if (iso && Number(iso.slice(0, 4)) > year + 2) {
      out.push({
        code: 'date_long_after_year', severity: 'warning', fields: [field, 'report_year'],
        message: `${zh} ${iso} 比报告年度 ${year} 晚两年以上，请核对`,
        message_en: `The ${en} ${iso} is more than two years after the report year ${year}; please check`,
      })
    }
  }
  return out
}

/** Mojibake: replacement characters, or the `?!?/span>`-style debris of a mis-decoded page. */
export function mojibakeCheck(raw: string): DocWarning[] {
  const repl = (raw.match(/\uFFFD/g) ?? []).length
  const debris = (raw.match(/\?[!？]?\?\/?(?:span|p|div|font)>|锟斤拷|烫烫烫/g) ?? []).length
  const latin1 = (raw.match(/[ÃÂâ][\u0080-\u00ff]/g) ?? []).length
  if (repl + debris + latin1 === 0) return []
  return [{
    code: 'mojibake', severity: 'warning', fields: [],
    message: `文本中有乱码（${repl + debris + latin1} 处），附近的数字可能不可靠`,
    message_en: `The text contains garbled characters (${repl + debris + latin1} places); numbers near them may be unreliable`,
  }]
}

export function lostTableWarning(lines: number, headingsOnly: boolean): DocWarning[] {
  if (lines === 0 && !headingsOnly) return []
  return [{
    code: 'table_lost', severity: 'warning', fields: [],
    message: '报告的统计表在转换中丢失（只剩表格线或空的表格标题），表中数字未能提取',
    message_en: 'The report\'s tables were lost in conversion (only rules or empty table headings remain); their numbers could not be extracted',
  }]
}

/**
 * Cross-year carry-over for the same agency: this year's requests carried over (t3.carried.total, or
 * applications_carried_over) should equal last year's carried forward (t3.carry_forward.total).
 */
function carryOverWarnings(thisYear: Record<string, FieldValue>, lastYear: Record<string, FieldValue>): DocWarning[] {
  const carried = thisYear['t3.carried.total'] ?? thisYear['applications_carried_over'] ?? null
  const forward = lastYear['t3.carry_forward.total'] ?? null
  if (typeof carried !== 'number' || typeof forward !== 'number' || carried === forward) return []
  const y = typeof lastYear['report_year'] === 'number' ? String(lastYear['report_year']) : '上一'
  const yEn = typeof lastYear['report_year'] === 'number' ? String(lastYear['report_year']) : 'the previous year'
  return [{
    code: 'carry_over_mismatch', severity: 'warning', fields: ['t3.carried.total', 'applications_carried_over'],
    message: `上年结转申请 ${carried} 件，与${y}年报告的结转下年度 ${forward} 件不一致`,
    message_en: `Requests carried over (${carried}) differ from those carried forward in ${yEn}'s report (${forward})`,
  }]
}

/** Headline figures compared year on year, with their labels. */
const YEAR_ON_YEAR: readonly [string, string, string][] = [
  ['proactive_disclosures', '主动公开信息数', 'items proactively disclosed'],
  ['applications_received', '收到申请数', 'requests received'],
  ['admin_reconsiderations', '行政复议数', 'administrative reconsiderations'],
  ['admin_lawsuits', '行政诉讼数', 'administrative lawsuits'],
]
/** A jump this large (either way) between consecutive years is worth a look: a lost or extra digit, another scope. */
const JUMP = 10
/** Below this, small counts swing by tenfold in ordinary years (1 → 12 lawsuits): no warning. */
const JUMP_FLOOR = 20

function jumpWarnings(thisYear: Record<string, FieldValue>, lastYear: Record<string, FieldValue>): DocWarning[] {
  const out: DocWarning[] = []
  const y = typeof lastYear['report_year'] === 'number' ? `${lastYear['report_year']}年` : '上一年'
  const yEn = typeof lastYear['report_year'] === 'number' ? String(lastYear['report_year']) : 'the previous year'
  for (const [field, zh, en] of YEAR_ON_YEAR) {
    const now = thisYear[field]
    const then = lastYear[field]
    if (typeof now !== 'number' || typeof then !== 'number' || Math.max(now, then) < JUMP_FLOOR) continue
    if (Math.max(now, then) < JUMP * Math.max(1, Math.min(now, then))) continue
    out.push({
      code: 'year_jump', severity: 'warning', fields: [field],
      message: `${zh} ${now}，与${y}的 ${then} 相差十倍以上，请核对（多或少了一位数？统计口径不同？）`,
      message_en: `${en[0].toUpperCase()}${en.slice(1)} ${now} is more than ten times apart from ${yEn}'s ${then}: check it (a digit too many or too few? another scope?)`,
    })
  }
  return out
}

/**
 * Checks of this year's report against the same agency's previous one (issue 13): the carry-over, and a
 * headline figure that jumps by an order of magnitude.
 */
export function crossYearWarnings(thisYear: Record<string, FieldValue>, lastYear: Record<string, FieldValue>): DocWarning[] {
  return [...carryOverWarnings(thisYear, lastYear), ...jumpWarnings(thisYear, lastYear)]
}
