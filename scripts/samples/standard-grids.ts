/**
 * The standard tables laid out as the official templates print them (国办公开办函〔2019〕60号 and
 * 〔2021〕30号): table 二 by 第二十条 items, table 三 with its three-level row labels and merged applicant
 * header, table 四 with its two-level header. Zeros may be printed as 0, left blank, or dashed.
 */
import type { GridCell, TableBlockModel } from './blocks'
import type { BlankStyle, StandardTables } from './model'
import { t3OutcomeRows } from './tables'
import type { ReportFormat } from '../../src/shared/fields'

/** A number as printed. Totals are always printed; other zeros follow the report's style. */
export function printNumber(n: number, blanks: BlankStyle, isTotal: boolean): string {
  if (n !== 0 || isTotal || blanks === 'zero') return String(n)
  return { blank: '', dash: '—', slash: '/', wu: '无' }[blanks]
}

const c = (text: string, extra: Omit<GridCell, 'text'> = {}): GridCell => ({ text, ...extra })

export function t2Grid(t: StandardTables, blanks: BlankStyle): TableBlockModel {
  const t2 = t.t2
  if (!t2) throw new Error('no 2021 table 二 in this model')
  const n = (v: number): GridCell => c(printNumber(v, blanks, false))
  const fees = t2.fees === 0 ? printNumber(0, blanks, false) : t2.fees.toFixed(2)
  const grid: GridCell[][] = [
    [c('第二十条第（一）项', { colSpan: 4 })],
    [c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
    [c('规章'), ...t2.regulations.map(n)],
    [c('行政规范性文件'), ...t2.normative.map(n)],
    [c('第二十条第（五）项', { colSpan: 4 })],
    [c('信息内容'), c('本年处理决定数量', { colSpan: 3 })],
    [c('行政许可'), c(printNumber(t2.licensing, blanks, false), { colSpan: 3 })],
    [c('第二十条第（六）项', { colSpan: 4 })],
    [c('信息内容'), c('本年处理决定数量', { colSpan: 3 })],
    [c('行政处罚'), c(printNumber(t2.punishment, blanks, false), { colSpan: 3 })],
    [c('行政强制'), c(printNumber(t2.coercion, blanks, false), { colSpan: 3 })],
    [c('第二十条第（八）项', { colSpan: 4 })],
    [c('信息内容'), c('本年收费金额（单位：万元）', { colSpan: 3 })],
    [c('行政事业性收费'), c(fees, { colSpan: 3 })],
  ]
  return { kind: 'table', grid, headerRows: 0, labelCols: 1, compact: null }
}

function signed(v: number): string {
  return v > 0 ? `+${v}` : String(v)
}

export function t2v19Grid(t: StandardTables, blanks: BlankStyle): TableBlockModel {
  const v = t.t2v19
  if (!v) throw new Error('no 2019 table 二 in this model')
  const n = (x: number): GridCell => c(printNumber(x, blanks, false))
  const items = (row: [number, number, number]): GridCell[] => [n(row[0]), c(signed(row[1])), n(row[2])]
  const grid: GridCell[][] = [
    [c('第二十条第（一）项', { colSpan: 4 })],
    [c('信息内容'), c('本年新制作数量'), c('本年新公开数量'), c('对外公开总数量')],
    [c('规章'), ...v.regulations.map(n)],
    [c('规范性文件'), ...v.normative.map(n)],
    [c('第二十条第（五）项', { colSpan: 4 })],
    [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
    [c('行政许可'), ...items(v.licensing)],
    [c('其他对外管理服务事项'), ...items(v.other_services)],
    [c('第二十条第（六）项', { colSpan: 4 })],
    [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
    [c('行政处罚'), ...items(v.punishment)],
    [c('行政强制'), ...items(v.coercion)],
    [c('第二十条第（八）项', { colSpan: 4 })],
    [c('信息内容'), c('上一年项目数量'), c('本年增/减', { colSpan: 2 })],
    [c('行政事业性收费'), n(v.fees[0]), c(signed(v.fees[1]), { colSpan: 2 })],
    [c('第二十条第（九）项', { colSpan: 4 })],
    [c('信息内容'), c('采购项目数量'), c('采购总金额', { colSpan: 2 })],
    [c('政府集中采购'), n(v.procurement[0]), c(v.procurement[1] === 0 ? printNumber(0, blanks, false) : `${v.procurement[1]}万元`, { colSpan: 2 })],
  ]
  return { kind: 'table', grid, headerRows: 0, labelCols: 1, compact: null }
}

/** Row labels of table 三 as the template prints them: [level 1, level 2, level 3] (merged where repeated). */
const T3_LABELS: Record<string, string[]> = {
  new: ['一、本年新收政府信息公开申请数量'],
  carried: ['二、上年结转政府信息公开申请数量'],
  granted: ['三、本年度办理结果', '（一）予以公开'],
  partial: ['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  denied_secret: ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密'],
  denied_law: ['三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开'],
  denied_safety: ['三、本年度办理结果', '（三）不予公开', '3.危及“三安全一稳定”'],
  denied_third_party: ['三、本年度办理结果', '（三）不予公开', '4.保护第三方合法权益'],
  denied_internal: ['三、本年度办理结果', '（三）不予公开', '5.属于三类内部事务信息'],
  denied_process: ['三、本年度办理结果', '（三）不予公开', '6.属于四类过程性信息'],
  denied_enforcement: ['三、本年度办理结果', '（三）不予公开', '7.属于行政执法案卷'],
  denied_query: ['三、本年度办理结果', '（三）不予公开', '8.属于行政查询事项'],
  unable_no_info: ['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息'],
  unable_create: ['三、本年度办理结果', '（四）无法提供', '2.没有现成信息需要另行制作'],
  unable_unclear: ['三、本年度办理结果', '（四）无法提供', '3.补正后申请内容仍不明确'],
  unprocessed_complaint: ['三、本年度办理结果', '（五）不予处理', '1.信访举报投诉类申请'],
  unprocessed_repeat: ['三、本年度办理结果', '（五）不予处理', '2.重复申请'],
  unprocessed_publication: ['三、本年度办理结果', '（五）不予处理', '3.要求提供公开出版物'],
  unprocessed_mass: ['三、本年度办理结果', '（五）不予处理', '4.无正当理由大量反复申请'],
  unprocessed_confirm: ['三、本年度办理结果', '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'],
  other: ['三、本年度办理结果', '（六）其他处理'],
  other_overdue_correction: ['三、本年度办理结果', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  other_overdue_fee: ['三、本年度办理结果', '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  other_rest: ['三、本年度办理结果', '（六）其他处理', '3.其他'],
  total: ['三、本年度办理结果', '（七）总计'],
  carry_forward: ['四、结转下年度继续办理'],
}

/** The label of a row of table 三 on one line, numbered as fields.md does: 三（三）1.属于国家秘密. */
export function t3FlatLabel(row: string): string {
  const parts = T3_LABELS[row]
  if (parts.length === 1) return parts[0]
  // with an item number the section's name goes: 三（三）1.属于国家秘密
  const section = parts[2] ? (parts[1].match(/^（.）/)?.[0] ?? parts[1]) : parts[1].replace(/（[^）]*情形）$/, '')
  return `三${section}${parts[2] ?? ''}`
}

export function t3Grid(t: StandardTables, format: ReportFormat, blanks: BlankStyle): TableBlockModel {
  const rows = ['new', 'carried', ...t3OutcomeRows(format), 'total', 'carry_forward']
  const grid: GridCell[][] = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colSpan: 3, vMerge: 'restart' }), c('申请人情况', { colSpan: 7 })],
    [c('', { colSpan: 3, vMerge: 'continue' }), c('自然人', { vMerge: 'restart' }), c('法人或其他组织', { colSpan: 5 }), c('总计', { vMerge: 'restart' })],
    [c('', { colSpan: 3, vMerge: 'continue' }), c('', { vMerge: 'continue' }), c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'), c('其他'), c('', { vMerge: 'continue' })],
  ]
  let prev: string[] = []
  for (const r of rows) {
    const parts = T3_LABELS[r]
    const label: GridCell[] = []
    if (parts.length === 1) label.push(c(parts[0], { colSpan: 3 }))
    else {
      label.push(prev[0] === parts[0] ? c('', { vMerge: 'continue' }) : c(parts[0], { vMerge: 'restart' }))
      if (parts.length === 2) label.push(c(parts[1], { colSpan: 2 }))
      else {
        label.push(prev[1] === parts[1] ? c('', { vMerge: 'continue' }) : c(parts[1], { vMerge: 'restart' }))
        label.push(c(parts[2]))
      }
    }
    prev = parts
    const always = r === 'new' || r === 'carried' || r === 'total' || r === 'carry_forward'
    const values = t.t3[r].map((v, k) => c(printNumber(v, blanks, always || k === 6)))
    grid.push([...label, ...values])
  }
  const compact = [
    ['申请人情况', '自然人', '商业', '科研', '社会公', '法律服', '其他', '总计'],
    ['', '', '企业', '机构', '益组织', '务机构', '', ''],
    ...grid.slice(3).map((row, k) => [t3FlatLabel(rows[k]), ...row.slice(-7).map((x) => x.text)]),
  ]
  return { kind: 'table', grid, headerRows: 3, labelCols: 3, compact }
}

export function t4Grid(t: StandardTables, blanks: BlankStyle): TableBlockModel {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const values = [...t.t4.review, ...t.t4.direct, ...t.t4.after_review].map((v, k) => c(printNumber(v, blanks, k % 5 === 4)))
  const grid: GridCell[][] = [
    [c('行政复议', { colSpan: 5 }), c('行政诉讼', { colSpan: 10 })],
    [...results.map((r) => c(r, { vMerge: 'restart' })), c('未经复议直接起诉', { colSpan: 5 }), c('复议后起诉', { colSpan: 5 })],
    [...results.map(() => c('', { vMerge: 'continue' })), ...results.map((r) => c(r)), ...results.map((r) => c(r))],
    values,
  ]
  // fifteen columns on a page leave room for one character per line: the header words wrap downwards,
  // as they do in the narrow cells of real PDF reports
  const blank = (k: number): string[] => new Array<string>(k).fill('')
  const vertical = (line: number): string[] => {
    const one = results.map((r) => r[line] ?? '')
    return [...one, ...one, ...one]
  }
  const compact = [
    ['行政复议', ...blank(4), '行政诉讼', ...blank(9)],
    [...blank(5), '未经复议', ...blank(4), '复议后', ...blank(4)],
    [...blank(5), '直接起诉', ...blank(4), '起诉', ...blank(4)],
    vertical(0), vertical(1), vertical(2), vertical(3),
    values.map((x) => x.text),
  ]
  return { kind: 'table', grid, headerRows: 3, labelCols: 0, compact }
}
