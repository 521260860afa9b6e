/**
 * The answer key of a fixture, read off its model: what a careful person finds in the text, by field id
 * (fields.md), null where the text does not state a value, and notes naming the traps. Values are in
 * simplified script whatever the file's script, as the corpus gold is.
 */
import type { FieldValue } from '../../src/shared/fields'
import type { ReportModel, StatedCount } from './model'
import { printNumber } from './standard-grids'
import { cellValue } from './tables'

export type Gold = Record<string, FieldValue> & { notes: string }

function stated(c: StatedCount | undefined): number | null {
  if (!c || c.kind === 'unstated') return null
  return c.kind === 'none' ? 0 : c.n
}

/** Cells scored by default in a standard report with readable tables. */
const DEFAULT_CELLS = [
  't3.new.total', 't3.new.person', 't3.carried.total', 't3.granted.total', 't3.unable_no_info.total',
  't3.total.total', 't3.carry_forward.total', 't4.review.total', 't4.direct.total', 't4.after_review.total',
]
const DEFAULT_T2 = ['t2.regulations.issued', 't2.normative.in_force', 't2.licensing.decisions', 't2.punishment.decisions']
const DEFAULT_T2V19 = ['t2v19.normative.made', 't2v19.licensing.decisions', 't2v19.punishment.decisions', 't2v19.fees.prev_items']

/** Whether a cell is printed as a number (not blank or dashed) under the report's blank style. */
function printed(id: string, v: number, model: ReportModel): boolean {
  const [table, row, col] = id.split('.')
  const always = col === 'total' || (table === 't3' && ['new', 'carried', 'total', 'carry_forward'].includes(row))
  if (table === 't2v19' && col === 'change') return true
  return /^[+-]?\d/.test(printNumber(v, model.spec.blanks ?? 'zero', always))
}

export function autoNotes(model: ReportModel): string[] {
  const s = model.spec
  const d = s.dirt ?? {}
  const n: string[] = []
  if (s.script === 'traditional') n.push('Traditional script: values are given in simplified.')
  if (d.pinyin) n.push('Pinyin with tone marks glued after converted characters (規(guī)劃): strip before matching.')
  if (d.nav?.length) n.push(`Web navigation lines (${d.nav.join(', ')}): never a title or an agency.`)
  if (d.sitePrefixTitle) n.push(`The page title line carries the site name prefix ${s.agency.site}-: the title is without it.`)
  if (d.noTitle) n.push('No title line: agency and date come from the signature at the end.')
  if (d.mojibake) n.push("An HTML remnant with mojibake '?!?/span>' ends one paragraph.")
  if (d.flattenTables) n.push('The statistical tables were lost in scraping: only runs of | remain, so every table cell is null; counts come from the prose only.')
  if (d.yearConflict) n.push(`One sentence names ${s.year + 1}年度 by mistake; title, statistics period and dates say ${s.year}.`)
  if (d.pdfSpaces) n.push('PDF-style spaces between digits and Chinese (2017 年度).')
  if (s.signedStyle === 'chinese-O') n.push('Signature date in Chinese numerals with a Latin letter O for zero.')
  if (s.signedStyle === 'chinese') n.push('Signature date in Chinese numerals (〇).')
  if (!s.publish) n.push('No release date line: publish_date is null.')
  if (s.signed === null) n.push('No date under the signature: signed_date is null.')
  const st = s.stats
  if (st?.proactive.kind === 'count' && st.proactive.approx) n.push(`Approximate count: ${st.proactive.n}余条 -> ${st.proactive.n}, approximate.`)
  if (st?.proactiveCumulative !== undefined) n.push(`历年累计 ${st.proactiveCumulative} is a running total, not this year's count.`)
  if (st?.applications.kind === 'none') n.push('未收到…申请: applications_received is 0, not empty.')
  if (st?.licensingAccepted !== undefined) n.push(`The ${st.licensingAccepted} cases 受理 in the 依申请公开 section are licensing cases, not disclosure requests: applications_received is null.`)
  if (st?.consultations !== undefined) n.push(`${st.consultations} 咨询 enquiries are not requests.`)
  if (s.consultationsProse !== undefined) n.push(`${s.consultationsProse} 咨询 enquiries are not requests.`)
  if (st?.reconsiderations.kind === 'none' && st.lawsuits.kind === 'none') n.push('没有发生…行政复议和行政诉讼: both 0.')
  if (st?.fees?.kind === 'none') n.push('未收取任何费用: fees_collected 0.')
  if (s.feesNoneProse) n.push('未收取…信息处理费: fees_collected 0.')
  if (s.blanks === 'blank') n.push('Zero cells are left blank as in the official template (totals printed); blank cells are not scored.')
  const mark = { dash: '—', slash: '/', wu: '无' } as const
  if (s.blanks === 'dash' || s.blanks === 'slash' || s.blanks === 'wu') {
    n.push(`Zero cells are printed as ${mark[s.blanks]} (totals printed); such cells are not scored.`)
  }
  for (const b of s.breaks ?? []) {
    if (b === 't3-balance') n.push('Deliberately broken: table 三 new + carried != total + carry_forward (person and total columns); expect a check warning. Gold gives the printed numbers.')
    if (b === 't3-row-sum') n.push('Deliberately broken: t3.granted.total is 2 more than the sum of its row (and of its column); expect a check warning. Gold gives the printed numbers.')
    if (b === 't4-sum') n.push('Deliberately broken: table 四 review total is 1 more than its parts; expect a check warning. Gold gives the printed total.')
  }
  if (s.agency.level === 'central') n.push('A central agency: no region is written, region is null.')
  if (s.agency.level === 'township') n.push(`A township: region is written with its county (${s.agency.region}).`)
  return n
}

export function goldFor(model: ReportModel): Gold {
  const s = model.spec
  const d = s.dirt ?? {}
  const t = model.tables && !d.flattenTables ? model.tables : null
  const gold: Record<string, FieldValue> = {
    title: d.noTitle ? null : model.title,
    agency: s.agency.name,
    region: s.agency.region,
    report_year: s.year,
    publish_date: s.publish,
    signed_date: s.signed,
    format: s.format,
  }
  if (s.format === 'free-form') {
    const st = s.stats
    gold.proactive_disclosures = stated(st?.proactive)
    gold.applications_received = stated(st?.applications)
    gold.admin_reconsiderations = stated(st?.reconsiderations)
    gold.admin_lawsuits = stated(st?.lawsuits)
    if (st?.fees) gold.fees_collected = stated(st.fees)
    if (st?.staff !== undefined) gold.staff = st.staff
    if (st?.budget !== undefined) gold.budget = st.budget
  } else {
    const tables = model.tables
    if (!tables) throw new Error(`${s.name}: a standard report without tables`)
    gold.proactive_disclosures = s.proactiveProse ?? null
    gold.applications_received = t ? t.t3.new[6] : s.applicationsProse ? tables.t3.new[6] : null
    gold.applications_carried_over = t ? t.t3.carried[6] : s.applicationsProse ? tables.t3.carried[6] : null
    gold.applications_answered = t ? t.t3.total[6] : s.applicationsProse ? tables.t3.total[6] : null
    gold.admin_reconsiderations = t ? t.t4.review[4] : null
    gold.admin_lawsuits = t ? t.t4.direct[4] + t.t4.after_review[4] : null
    if (s.feesNoneProse) gold.fees_collected = 0
    const cells = s.goldCells ?? [...DEFAULT_CELLS, ...(s.format === 'standard-2021' ? DEFAULT_T2 : DEFAULT_T2V19)]
    for (const id of cells) {
      const v = cellValue(tables, id)
      if (v === undefined) throw new Error(`${s.name}: the model has no cell ${id}`)
      if (!t) gold[id] = null
      else if (printed(id, v, model)) gold[id] = v
    }
  }
  const notes = [...(s.notes ? [s.notes] : []), ...autoNotes(model)].join(' ')
  return { ...gold, notes }
}
