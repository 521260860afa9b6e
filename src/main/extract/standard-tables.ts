/**
 * The statistical tables of the standard formats (tables 二, 三, 四 of 国办公开办函〔2019〕60号 and
 * 〔2021〕30号), read from table rows by their labels, or — when the labels were lost and only a run of
 * numbers is left — by position once the version is known (table 三 has 23 rows in 2019, 25 in 2021).
 *
 * Cells keep three states: a number, a written zero ('0', '无'), or blank. Blank cells are recorded (the
 * checks read them as 0, as the template leaves zeros blank) but never emitted as fields.
 */
import { T3_COLUMNS, T4_BLOCKS, T4_RESULTS, type ReportFormat } from '../../shared/fields'
import type { TableRow, ValueCell } from './table-rows'

export interface CellHit { value: number | null; /** raw-text span */ span: [number, number]; rule: string }

export interface TablesResult {
  /** every cell found, blank ones with value null */
  cells: Map<string, CellHit>
  /** rows whose values could not be placed (blank cells lost, wrong count) */
  unplaced: { table: string; row: string }[]
  found: { t2: boolean; t3: boolean; t4: boolean }
}

const T3_MATCH: [string, RegExp][] = [
  ['new', /本年新收/],
  ['carried', /上年结转/],
  ['carry_forward', /结转下年度|下年度继续办理/],
  ['other_overdue_correction', /逾期不补正/],
  ['other_overdue_fee', /缴纳费用|收费通知/],
  ['partial', /部分公开/],
  ['granted', /予以公开/],
  ['denied_secret', /国家秘密/],
  ['denied_law', /法律行政法规禁止|其他法律/],
  ['denied_safety', /三安全一稳定|危及/],
  ['denied_third_party', /第三方/],
  ['denied_internal', /内部事务/],
  ['denied_process', /过程性/],
  ['denied_enforcement', /执法案卷/],
  ['denied_query', /查询事项/],
  ['unable_no_info', /不掌握/],
  ['unable_create', /另行制作/],
  ['unable_unclear', /仍不明确/],
  ['unprocessed_complaint', /信访|举报投诉/],
  ['unprocessed_repeat', /重复申请/],
  ['unprocessed_publication', /出版物/],
  ['unprocessed_mass', /大量反复/],
  ['unprocessed_confirm', /重新出具/],
  ['other', /其他处理/],
  ['total', /总计/],
]

/** Row order of table 三, for numbers that survived without their labels. */
const T3_ORDER_2019 = ['new', 'carried', 'granted', 'partial', 'denied_secret', 'denied_law', 'denied_safety', 'denied_third_party',
  'denied_internal', 'denied_process', 'denied_enforcement', 'denied_query', 'unable_no_info', 'unable_create', 'unable_unclear',
  'unprocessed_complaint', 'unprocessed_repeat', 'unprocessed_publication', 'unprocessed_mass', 'unprocessed_confirm', 'other', 'total', 'carry_forward']
const T3_ORDER_2021 = [...T3_ORDER_2019.slice(0, 20), 'other_overdue_correction', 'other_overdue_fee', 'other_rest', 'total', 'carry_forward']

interface T2Row { id: string; re: RegExp; n: number }
const T2_2021: T2Row[] = [
  { id: 'regulations', re: /^规章$/, n: 3 },
  { id: 'normative', re: /规范性文件/, n: 3 },
  { id: 'licensing', re: /行政许可/, n: 1 },
  { id: 'punishment', re: /行政处罚/, n: 1 },
  { id: 'coercion', re: /行政强制/, n: 1 },
  { id: 'fees', re: /行政事业性收费/, n: 1 },
]
const T2_2021_COLS: Record<string, string[]> = {
  regulations: ['issued', 'repealed', 'in_force'], normative: ['issued', 'repealed', 'in_force'],
  licensing: ['decisions'], punishment: ['decisions'], coercion: ['decisions'], fees: ['amount'],
}
const T2_2019: T2Row[] = [
  { id: 'regulations', re: /^规章$/, n: 3 },
  { id: 'normative', re: /规范性文件/, n: 3 },
  { id: 'licensing', re: /行政许可/, n: 3 },
  { id: 'other_services', re: /其他对外管理服务/, n: 3 },
  { id: 'punishment', re: /行政处罚/, n: 3 },
  { id: 'coercion', re: /行政强制/, n: 3 },
  { id: 'fees', re: /行政事业性收费/, n: 2 },
  { id: 'procurement', re: /政府集中采购/, n: 2 },
]
const T2_2019_COLS: Record<string, string[]> = {
  regulations: ['made', 'published', 'total'], normative: ['made', 'published', 'total'],
  licensing: ['prev_items', 'change', 'decisions'], other_services: ['prev_items', 'change', 'decisions'],
  punishment: ['prev_items', 'change', 'decisions'], coercion: ['prev_items', 'change', 'decisions'],
  fees: ['prev_items', 'change'], procurement: ['items', 'amount'],
}

/** Table 二 column headers → column ids (both versions). */
const T2_HEADER: [RegExp, string][] = [
  [/本年制发/, 'issued'], [/本年废止/, 'repealed'], [/现行有效/, 'in_force'], [/收费金额/, 'amount'], [/处理决定/, 'decisions'],
  [/新制作/, 'made'], [/新公开/, 'published'], [/对外公开总/, 'total'], [/上一年项目/, 'prev_items'], [/增.?减/, 'change'],
  [/采购项目/, 'items'], [/采购总金额/, 'amount'],
]

/** A table 二 header row: slot index → column id. */
const T2_HEADER_ANY = /本年制发|本年废止|现行有效|收费金额|处理决定|新制作|新公开|对外公开总|上一年项目|增.?减|采购项目|采购总金额/

function t2Header(row: TableRow): Map<string, number> | null {
  if (!row.cells || !T2_HEADER_ANY.test(row.text)) return null
  const map = new Map<string, number>()
  row.cells.forEach((c, i) => {
    const hit = T2_HEADER.find(([re]) => re.test(c))
    if (hit && !map.has(hit[1])) map.set(hit[1], i)
  })
  return map.size ? map : null
}

/** strip item numbering (一、 （三） 1. 三（六）) so that labels compare on their words */
function bareLabel(s: string): string {
  return s.replace(/[\s:：]/g, '').replace(/^(?:[一二三四五六七八九十]+[、.．]?)?(?:[（(][一二三四五六七八九十\d]+[）)])?(?:\d+[.．、])?/, '')
}

const T2_START = /本年制发件数|本年新制作数量|信息内容|主动公开政府信息情况/
const T3_START = /自然人|本年新收/
const T4_START = /行政复议/
const T4_CONFIRM = /结果维持|行政诉讼/

/** A line of running text: a sentence (。；) or a long line without cells; it never opens a table's zone. */
export function isProse(row: TableRow, all: string): boolean {
  return !row.positional && (/[。；;]/.test(all) || all.length > 60)
}

/** t3: the total (last) equals the sum of the six applicant columns; blanks count as 0, a blank total never adds up. */
function t3AddsUp(w: ValueCell[]): boolean {
  const total = w[w.length - 1].value
  if (total === null) return false
  const sum = w.slice(0, -1).reduce((a, c) => a + (c.value ?? 0), 0)
  return Math.abs(sum - total) < 1e-9
}

/**
 * Place a row's values: positional rows keep blanks in place; text rows must have exactly n numbers.
 * A positional row with more slots than values is normally read from its right end (labels sit left);
 * but a ragged table (a DOCX/HTML row with fewer cells than its grid, padded by the reader) leaves
 * blank slots after the last real cell. When the surplus right-hand slots are all blank and `addsUp`
 * holds for an earlier window but not for the last, that earlier window is the row.
 */
function place(row: TableRow, n: number, addsUp?: (w: ValueCell[]) => boolean): ValueCell[] | null {
  const picked = placeRaw(row, n)
  const v = row.values
  if (!picked || !addsUp || !row.positional || v.length <= n || addsUp(picked)) return picked
  for (let s = v.length - n - 1; s >= 0; s--) {
    if (!v.slice(s + n).every((c) => c.value === null)) break
    const w = v.slice(s, s + n)
    if (addsUp(w)) return w
  }
  return picked
}

function placeRaw(row: TableRow, n: number): ValueCell[] | null {
  const v = row.values
  if (n === 1 && row.positional) {
    const filled = v.filter((c) => c.value !== null)
    if (filled.length === 1) return filled
    if (filled.length === 0 && v.length) return [v[0]]
    return null
  }
  if (row.positional && v.length >= n) return v.slice(v.length - n)
  if (v.length === n) return v
  return null
}

function put(cells: Map<string, CellHit>, id: string, c: ValueCell, rule: string): void {
  if (!cells.has(id)) cells.set(id, { value: c.value, span: c.span, rule })
}

const T4_RESULT_HEADER = /结果维持.*结果纠正.*其他结果.*尚未审结.*总计/

function stackedBlock(text: string): string | null {
  if (/未经复议|直接起诉/.test(text)) return 'direct'
  if (/复议后起诉/.test(text)) return 'after_review'
  if (/行政复议/.test(text) && !/行政诉讼/.test(text)) return 'review'
  return null
}

/**
 * Table 四 laid out one block under another: a header row naming one block and its five results, then
 * a data row whose last five values are that block's. Taken only when all three blocks are read.
 */
function readStackedT4(rows: TableRow[], cells: Map<string, CellHit>): boolean {
  const blocks = new Map<string, ValueCell[]>()
  rows.forEach((row, i) => {
    const text = row.text.replace(/\s/g, '')
    const block = T4_RESULT_HEADER.test(text) ? stackedBlock(text) : null
    const next = rows[i + 1]
    if (!block || !next || blocks.has(block) || next.values.length < 5) return
    const vals = next.positional ? next.values.slice(-5) : next.values.length === 5 ? next.values : null
    if (vals) blocks.set(block, vals)
  })
  if (blocks.size !== 3) return false
  for (const [block, vals] of blocks) vals.forEach((c, i) => put(cells, `t4.${block}.${T4_RESULTS[i].id}`, c, 'table.t4.block'))
  return true
}

/** Read tables 二, 三, 四 from the rows of a document. `format`: the detected format (chooses table 二's layout). */
export function readStandardTables(rows: TableRow[], format: ReportFormat): TablesResult {
  const cells = new Map<string, CellHit>()
  const unplaced: { table: string; row: string }[] = []
  const found = { t2: false, t3: false, t4: false }
  const t2rows = format === 'standard-2021' ? T2_2021 : T2_2019
  const t2cols = format === 'standard-2021' ? T2_2021_COLS : T2_2019_COLS
  const t2prefix = format === 'standard-2021' ? 't2' : 't2v19'
  let zone: 'none' | 't2' | 't3' | 't4' = 'none'
  let lastT3 = ''
  let header: { map: Map<string, number>; width: number } | null = null
  const t3Rows = new Set<string>()
  const zoneRows: Record<'t2' | 't3' | 't4', TableRow[]> = { t2: [], t3: [], t4: [] }

  for (const row of rows) {
    const all = row.text.replace(/\s/g, '')
    // a sentence that names the tables' subjects (未发生…行政复议、行政诉讼) is prose, not a table's header
    if (!isProse(row, all)) {
      if ((T4_START.test(all) && T4_CONFIRM.test(all)) || /结果维持/.test(all)) zone = 't4'
      else if (T3_START.test(all)) zone = 't3'
      else if (T2_START.test(all) && zone === 'none') zone = 't2'
    }
    const label = bareLabel(row.label)

    if (zone === 't2' || zone === 'none') {
      if (zone === 't2') zoneRows.t2.push(row)
      const h = t2Header(row)
      if (h) { header = { map: h, width: row.cells?.length ?? 0 }; continue }
      const def = t2rows.find((d) => d.re.test(label))
      if (def && row.values.length) {
        const cols = t2cols[def.id]
        // by the header's slots when the row lines up with it (a DOCX row padded with empty slots)
        if (header && row.slots && row.slots.length === header.width && cols.every((c) => header!.map.has(c))) {
          const hdr = header.map
          cols.forEach((c) => { const v = row.slots![hdr.get(c)!]; if (v) put(cells, `${t2prefix}.${def.id}.${c}`, v, 'table.t2.row') })
          found.t2 = true
          continue
        }
        const vals = place(row, def.n)
        if (!vals) { unplaced.push({ table: t2prefix, row: def.id }); continue }
        vals.forEach((c, i) => put(cells, `${t2prefix}.${def.id}.${cols[i]}`, c, 'table.t2.row'))
        found.t2 = true
      }
      continue
    }
    if (zone === 't3') {
      zoneRows.t3.push(row)
      if (!row.values.length) continue
      let id = T3_MATCH.find(([, re]) => re.test(label))?.[0]
      if (!id && /^其他$/.test(label) && /^other_overdue/.test(lastT3)) id = 'other_rest'
      if (!id) continue
      lastT3 = id
      if (t3Rows.has(id)) continue
      const vals = place(row, 7, t3AddsUp)
      if (!vals) { unplaced.push({ table: 't3', row: id }); continue }
      t3Rows.add(id)
      vals.forEach((c, i) => put(cells, `t3.${id}.${T3_COLUMNS[i].id}`, c, 'table.t3.row'))
      found.t3 = true
      continue
    }
    if (zone === 't4') {
      zoneRows.t4.push(row)
      if (found.t4 || row.values.length < 15) continue
      const vals = place(row, 15)
      if (!vals) { unplaced.push({ table: 't4', row: 'data' }); continue }
      vals.forEach((c, i) => put(cells, `t4.${T4_BLOCKS[Math.floor(i / 5)].id}.${T4_RESULTS[i % 5].id}`, c, 'table.t4.row'))
      found.t4 = true
    }
  }

  // labels lost, numbers kept: a run of exactly 23×7 (2019) or 25×7 (2021) numbers in the 三 zone
  if (!found.t3 && zoneRows.t3.length) {
    const nums = zoneRows.t3.flatMap((r) => r.values)
    const order = nums.length === 25 * 7 ? T3_ORDER_2021 : nums.length === 23 * 7 ? T3_ORDER_2019 : null
    if (order) {
      nums.forEach((c, i) => put(cells, `t3.${order[Math.floor(i / 7)]}.${T3_COLUMNS[i % 7].id}`, c, 'table.t3.position'))
      found.t3 = true
      unplaced.length = 0
    }
  }
  // table 二 with its labels lost: exactly 10 (2021) or 22 (2019) numbers, in template order
  if (!found.t2 && zoneRows.t2.length) {
    const nums = zoneRows.t2.flatMap((r) => r.values)
    const order = t2rows.flatMap((d) => t2cols[d.id].map((c) => `${t2prefix}.${d.id}.${c}`))
    if (nums.length === order.length) {
      nums.forEach((c, i) => put(cells, order[i], c, 'table.t2.position'))
      found.t2 = true
    }
  }
  if (!found.t4 && zoneRows.t4.length) found.t4 = readStackedT4(zoneRows.t4, cells)
  if (!found.t4 && zoneRows.t4.length) {
    const nums = zoneRows.t4.flatMap((r) => r.values)
    if (nums.length === 15) {
      nums.forEach((c, i) => put(cells, `t4.${T4_BLOCKS[Math.floor(i / 5)].id}.${T4_RESULTS[i % 5].id}`, c, 'table.t4.position'))
      found.t4 = true
    }
  }
  if (!found.t4 && zoneRows.t4.length) readCutT4(zoneRows.t4, cells)
  return { cells, unplaced, found }
}

/**
 * Table 四's data row cut short (a page stored up to the table's middle): a row of cells from the first
 * column, with fewer than fifteen. Its first block, 行政复议, is read when it is whole (one more cell
 * follows its 总计, so the total's digits are not cut) and adds up; the lawsuit blocks, one of which is
 * missing, are not read, since their sum needs both.
 */
function readCutT4(rows: TableRow[], cells: Map<string, CellHit>): void {
  const row = rows.find((r) => r.positional && r.values.length > 5 && r.values.length < 15 && !/[\u4e00-\u9fa5]/.test(r.label))
  if (!row) return
  const block = row.values.slice(0, 5)
  if (block[4].value === null || block.slice(0, 4).reduce((a, c) => a + (c.value ?? 0), 0) !== block[4].value) return
  block.forEach((c, i) => put(cells, `t4.review.${T4_RESULTS[i].id}`, c, 'table.t4.cut-row'))
}
