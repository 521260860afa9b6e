/**
 * Extraction for the disclosure annual report profile: document fields, headline counts, the standard
 * tables, and the checks. Pure and synchronous: the same document and clean text always give the same
 * result, so re-extraction with newer rules is safe to run over a whole library.
 */
import { withAgencyCandidates } from './agency-candidates'
import { publishDateCandidates } from './date-candidates'
import { proactiveCountCandidates, requestCountCandidates } from './count-candidates'
import type { DocWarning, ExtractedField, ExtractionResult, FieldCandidate, ParsedDocument } from '../../shared/document'
import { regionOf } from './region-name'
import { T4_RESULTS, type FieldValue } from '../../shared/fields'
import { tableChecks, dateChecks, mojibakeCheck, lostTableWarning } from './checks'
import { consider, makeCtx, mkField, type Ctx } from './context'
import { detectFormat } from './format-detect'
import { findPageDate } from './page-dates'
import { isCopyStamp } from './copy-stamps'
import { ownScopeCount } from './count-own-scope'
import { annexCounts, gluedTable4Zero, type GluedCount } from './glued-tables'
import {
  agencyWarnings, findAgency, findPublishDate, findSignature, findTitle, findUnlabelledPublishDate, regionField,
  monthOnlyDateWarnings, signedDateField, titleField,
} from './profile-fields'
import {
  adminLawsuits, adminReconsiderations, applicationsAnswered, applicationsCarriedOver, applicationsReceived, budget, feesCollected,
  proactiveDisclosures, staffCount,
} from './prose-counts'
import { divisionFields } from './region-code'
import { findReportYear } from './report-year'
import { readStandardTables, type CellHit } from './standard-tables'
import { statsTableCounts } from './stats-table'
import { lostTableLines, tableRows } from './table-rows'
import type { CleanText } from './view'

export { crossYearWarnings } from './checks'
export type { CleanText } from './view'

/** Bump when rules change: the library re-extracts documents whose version differs. */
export const EXTRACTOR_VERSION = 'report-1.46.0'

/** Any running text: a sentence ended by 。 or a numbered section heading (一、…). */
function hasReportBody(ctx: Ctx): boolean {
  return ctx.sentences.some((s) => s.text.endsWith('。') && s.text.length >= 10)
    || ctx.lines.some((l) => /^[一二三四五六七八九十]{1,3}[、.．]/.test(l.text))
}

function noBodyWarning(): DocWarning {
  return {
    code: 'no_report_body', severity: 'warning', fields: ['format'],
    message: '页面没有报告正文（可能只有附件链接），未判断报告格式',
    message_en: 'The page holds no report text (perhaps only a link to an attachment): the format is left undecided',
  }
}

/**
 * A block of table 四 read with every cell blank, its total included: the template leaves zeros blank, so
 * the block states no case (0), at a lower confidence than a written number. A block with any cell missing
 * (not read at all) says nothing.
 */
function blankBlocksZero(cells: Map<string, CellHit>, blocks: string[], field: string): ExtractedField | null {
  const ids = blocks.flatMap((b) => T4_RESULTS.map((r) => `t4.${b}.${r.id}`))
  if (!ids.every((id) => cells.has(id) && cells.get(id)!.value === null)) return null
  return { field, value: 0, span: null, confidence: 0.6, rule: 'headline.t4-blank-block' }
}

/**
 * Re-validation after a person's change (issue 11, services/revalidate.ts): the document's values now.
 * The checks then read these instead of what the rules found, and a region a person set is what the
 * division code and level are derived from.
 */
export interface CurrentValues { values: Record<string, FieldValue>; region?: ExtractedField }

/** The table cells as the checks should read them: the values now laid over the cells the rules read. */
function overlayCells(cells: Map<string, CellHit>, values: Record<string, FieldValue>): void {
  for (const [id, v] of Object.entries(values)) {
    if (!/^t[34]\./.test(id) || (v !== null && typeof v !== 'number')) continue
    const c = cells.get(id)
    if (c) cells.set(id, { ...c, value: v })
    else if (v !== null) cells.set(id, { value: v, span: [0, 0], rule: 'manual' })
  }
}


/** below this a kept value is unsure: its field gets candidates too */
export const CANDIDATE_THRESHOLD = 0.7
const CANDIDATE_FIELDS = [
  'agency', 'region', 'publish_date', 'proactive_disclosures', 'applications_received', 'applications_carried_over', 'applications_answered',
  'admin_reconsiderations', 'admin_lawsuits', 'fees_collected', 'staff', 'budget',
]

/**
 * The candidates of every headline field left empty or kept below the threshold: what its rules weighed
 * (region: the place of each agency reading), best score first, one per value, the kept value left out.
 */
function candidatesFor(ctx: Ctx, fields: ExtractedField[]): FieldCandidate[] {
  const considered = [...ctx.considered]
  for (const a of ctx.considered) {
    if (a.field !== 'agency' || typeof a.value !== 'string') continue
    const r = regionOf(a.value)
    if (r) considered.push({ field: 'region', value: r, span: a.span, score: a.score * 0.9, rule: `region.of-${a.rule}` })
  }
  const out: FieldCandidate[] = []
  for (const field of CANDIDATE_FIELDS) {
    const kept = fields.find((f) => f.field === field)
    if (kept && kept.confidence >= CANDIDATE_THRESHOLD) continue
    const best = new Map<string, FieldCandidate>()
    for (const c of considered) {
      if (c.field !== field || (kept && c.value === kept.value)) continue
      const key = JSON.stringify(c.value)
      const seen = best.get(key)
      if (!seen || seen.score < c.score) best.set(key, c)
    }
    out.push(...[...best.values()].sort((a, b) => b.score - a.score))
  }
  return out
}

/** a sentence stating the year's requests received as a whole (全年共收到…申请37件): the prose that may contradict table 三 */
const YEAR_WHOLE_RECEIVED = /(?:全年|共|合计|总计)[^。；;，,\d]{0,16}?(?:收到|受理|接到|接收)[^。；;，,\d]{0,24}?(\d+)\s*件/g

/**
 * table 三 begun but the saved text ends before its 本年新收 row's numbers (a page excerpt cut inside the table): the row
 * is missing from the text, not unreadable, so the prose states the count (pages README; set 15 of real pages)
 */
function t3CutBeforeNewRow(text: string): boolean {
  const at = text.search(/本年新收/)
  return at < 0 || !/\d/.test(text.slice(at + 4, at + 200))
}

export function extractReport(doc: ParsedDocument, clean: CleanText, current?: CurrentValues): ExtractionResult {
  const ctx = makeCtx(doc, clean)
  const now = <T extends FieldValue>(id: string, found: T | null): FieldValue =>
    current && Object.prototype.hasOwnProperty.call(current.values, id) ? current.values[id] : found
  const fields: ExtractedField[] = []
  const warnings: DocWarning[] = []
  const add = (f: ExtractedField | null): void => { if (f && f.value !== null && f.value !== '') fields.push(f) }

  const title = findTitle(ctx)
  add(titleField(ctx, title))
  const sig = findSignature(ctx)
  const agency = findAgency(ctx, title, sig)
  if (agency) add(mkField(ctx, 'agency', agency.value, agency.start, agency.end, agency.confidence, agency.rule))
  warnings.push(...agencyWarnings(agency))

  const region = current?.region ?? regionField(ctx, agency, title, sig)
  if (region) fields.push(region)
  fields.push(...divisionFields(ctx, agency, title, fields.find((f) => f.field === 'region')))

  let publish = findPublishDate(ctx) ?? findUnlabelledPublishDate(ctx) ?? findPageDate(ctx, title)
  add(publish)
  if (!publish || publish.confidence < CANDIDATE_THRESHOLD) publishDateCandidates(ctx)
  const signed = signedDateField(ctx, sig, title)
  add(signed)
  let publishIso = publish ? String(publish.value) : null
  const signedIso = signed ? String(signed.value) : null

  const year = findReportYear(ctx, title, publishIso, signedIso)
  add(year.field)
  warnings.push(...year.warnings)
  const reportYear = year.field ? Number(year.field.value) : null
  // a copying site's stamp, long after the year reported on, is no release date: the reviewer's candidate only
  if (publish && isCopyStamp(ctx.doc.text, publish, reportYear)) {
    fields.splice(fields.indexOf(publish), 1)
    ctx.considered.push({ field: 'publish_date', value: publish.value as string, span: publish.span, score: 0.3, rule: 'publish_date.copy-stamp' })
    publish = null
    publishIso = null
  }
  const yearNow = now('report_year', reportYear), publishNow = now('publish_date', publishIso), signedNow = now('signed_date', signedIso)
  warnings.push(...dateChecks(typeof yearNow === 'number' ? yearNow : null, typeof publishNow === 'string' ? publishNow : null,
    typeof signedNow === 'string' ? signedNow : null))
  warnings.push(...monthOnlyDateWarnings(ctx, sig, title, publish, signed))

  const fmt = detectFormat(ctx.view.text, reportYear)
  const fmtAt = fmt.marker ? ctx.view.text.indexOf(fmt.marker) : -1
  // a page that only links the report (附件…pdf) shows nothing of its layout: no format is better than a guess
  const bodyless = !fmt.marker && !hasReportBody(ctx)
  if (bodyless) warnings.push(noBodyWarning())
  else add(mkField(ctx, 'format', fmt.format, fmtAt >= 0 ? fmtAt : null, fmtAt >= 0 ? fmtAt + fmt.marker!.length : null, fmt.confidence, fmt.rule))

  // ---- the standard tables ----
  let cells = new Map<string, CellHit>()
  let t3Found = false
  const lost = lostTableLines(doc.text)
  if (fmt.format !== 'free-form') {
    const tables = readStandardTables(tableRows(ctx.view, doc), fmt.format)
    cells = tables.cells
    t3Found = tables.found.t3
    for (const [id, c] of cells) {
      // a blank cell is recorded for the checks but not emitted: blank is not 0
      if (c.value === null) continue
      fields.push({ field: id, value: c.value, span: c.span, confidence: c.rule.endsWith('position') ? 0.7 : 0.9, rule: c.rule })
    }
    if (fmt.format === 'standard-2021' && tables.found.t3) {
      for (const col of ['person', 'business', 'research', 'nonprofit', 'legal', 'other_org', 'total']) {
        const parts = ['other_overdue_correction', 'other_overdue_fee', 'other_rest'].map((r) => cells.get(`t3.${r}.${col}`))
        if (parts.some((p) => p && p.value !== null) && !cells.has(`t3.other.${col}`)) {
          const v = parts.reduce((a, p) => a + (p?.value ?? 0), 0)
          fields.push({ field: `t3.other.${col}`, value: v, span: null, confidence: 0.9, rule: 'table.t3.other-sum' })
        }
      }
    }
    for (const u of tables.unplaced) {
      warnings.push({
        code: 'table_row_unplaced', severity: 'warning', fields: [],
        message: `表格行「${u.table}.${u.row}」的数字个数与栏目不符（空格可能在转换中丢失），未取值`,
        message_en: `Table row ${u.table}.${u.row}: the numbers do not match the columns (blank cells may have been lost); left empty`,
      })
    }
    if (!tables.found.t3 && !tables.found.t4) warnings.push(...lostTableWarning(lost.length, true))
    if (current) overlayCells(cells, current.values)
    warnings.push(...tableChecks(cells))
  } else if (lost.length) {
    warnings.push(...lostTableWarning(lost.length, false))
  }
  // a free-form report's statistics table (指标 / 单位 / 数量), read before its prose
  const stats = fmt.format === 'free-form' && /指标|统计表/.test(ctx.view.text)
    ? statsTableCounts(tableRows(ctx.view, doc)) : new Map<string, ExtractedField>()

  // a table 四 block whose printed total 0 its own parts contradict (总计 0 under 维持 10): neither is stated
  const t4Contradicted = (block: string): boolean => {
    const parts = T4_RESULTS.filter((r) => r.id !== 'total').map((r) => cells.get(`t4.${block}.${r.id}`)?.value ?? 0)
    const total = cells.get(`t4.${block}.total`)?.value
    // only a zero total under counted parts: a total that merely misadds is kept (and the checks warn)
    return total === 0 && parts.reduce((a, b) => a + b, 0) > 0
  }
  const cellField = (id: string, field: string): ExtractedField | null => {
    const c = cells.get(id)
    if (!c || c.value === null) return null
    if (id.startsWith('t4.') && t4Contradicted(id.split('.')[1])) {
      consider(ctx, field, c.value, null, null, 0.4, `headline.from-${id}`)
      return null
    }
    return { field, value: c.value, span: c.span, confidence: 0.9, rule: `headline.from-${id}` }
  }

  // the old annex 统计表 and a table 四 run together as one digit string, where a cell is still readable
  const glued = annexCounts(ctx)
  const t4zero = gluedTable4Zero(ctx)
  if (t4zero) {
    for (const f of ['admin_reconsiderations', 'admin_lawsuits']) {
      if (!glued.has(f)) glued.set(f, { field: f, value: 0, start: t4zero.start, end: t4zero.end, rule: `${f}.glued-t4-zeros` })
    }
  }
  /**
   * a table's count and the prose's that disagree: neither is kept, both stay the reviewer's candidates, and a warning
   * says why (pages README: prose and table disagreeing)
   */
  const neither = (field: string, table: { value: FieldValue; start: number | null; end: number | null; rule: string }, prose: ExtractedField): null => {
    consider(ctx, field, table.value, table.start, table.end, 0.4, table.rule)
    consider(ctx, field, prose.value, null, null, 0.4, prose.rule)
    warnings.push({
      code: 'ambiguous_count', severity: 'warning', fields: [field],
      message: `正文与统计表不一致（${String(prose.value)}、${String(table.value)}），未自动取值`,
      message_en: `the prose and the table disagree (${String(prose.value)}, ${String(table.value)}); left empty`,
    })
    return null
  }

  /** prose and a readable annex cell: either alone, the same value, or — when they disagree — neither */
  const withAnnex = (field: string, prose: ExtractedField | null): ExtractedField | null => {
    const a: GluedCount | undefined = glued.get(field)
    if (!a) return prose
    if (prose && prose.value !== a.value) return neither(field, { value: a.value, start: a.start, end: a.end, rule: a.rule }, prose)
    return prose ?? mkField(ctx, field, a.value, a.start, a.end, 0.75, a.rule)
  }

  /**
   * a free-form report's statistics table and its prose: the table's count, unless the prose states another for the
   * same thing (复议2件 in the text, 行政复议数 3 in the table): then neither, as with a readable annex or table 三
   * (pages README: prose and table disagreeing); the prose is read for the comparison only
   */
  const statsOr = (field: string, prose: (w: DocWarning[]) => ExtractedField | null, otherwise: () => ExtractedField | null): ExtractedField | null => {
    const st = stats.get(field)
    if (!st) return otherwise()
    const p = prose([])
    return !p || p.value === st.value ? st : neither(field, { value: st.value, start: null, end: null, rule: st.rule }, p)
  }

  /**
   * table 三's 本年新收 total and a prose statement of the requests received that says another number (全年共收到…申请37件
   * over a table of 35 new): neither (pages README: a readable table that disagrees with the prose makes the field null)
   */
  // only a statement of the year's whole (全年共收到…37件), exact: an approximate one (约20件) or one body's share
  // (区政府办代表区政府受理…17件, 其中…) does not contradict the table (corpus/real 002: table 95 over the office's 17)
  const statesTheTotal = (p: ExtractedField): boolean => {
    if (p.approximate || !p.span) return false
    const before = doc.text.slice(Math.max(0, p.span[0] - 40), p.span[0])
    const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1)
    return /全年|共|合计|总计/.test(clause) && !/代表|其中|本级|办公室|办公厅/.test(clause)
  }
  const tableOverProse = (cell: ExtractedField | null, prose: (w: DocWarning[]) => ExtractedField | null): ExtractedField | null | undefined => {
    if (!cell) return undefined
    // (the prose rules are read again only when a sentence states a whole for the year with another number: most
    // standard reports' prose agrees with their table, or says nothing of it)
    const other = [...ctx.view.text.matchAll(YEAR_WHOLE_RECEIVED)].some((m) => Number(m[1]) !== cell.value)
    if (!other) return cell
    const p = prose([])
    // (…64件（含2022年结转3件）: the new and the carried-over together, as table 三 counts them: 61 + 3)
    const carried = cells.get('t3.carried.total')?.value ?? 0
    // (…全区各级行政机关共收到…申请215件，我街道收到3件: the table's own number said in the prose too, beside another
    // scope's; session-11 blind batch)
    const saidToo = new RegExp(`(?:收到|受理|接到)[^。；;，,\\d]{0,24}?(?<!\\d)${String(cell.value)}\\s*件`).test(ctx.view.text)
    // (only where the prose says so: 收到…申请26件 over a table of 24 new and 2 carried over is a count that disagrees;
    // session-12 blind batch)
    const withCarried = p !== null && p.value === (cell.value as number) + carried && p.span !== null && /结转|結轉/.test(doc.text.slice(p.span[1], p.span[1] + 30))
    if (!p || p.value === cell.value || withCarried || !statesTheTotal(p) || saidToo) return cell
    return neither(cell.field, { value: cell.value, start: null, end: null, rule: cell.rule }, p)
  }

  /**
   * table 三 is there but its 本年新收 total could not be read (blank, garbled, cells that do not fit the
   * columns): the report stated the count in the table, so a prose number (often of something else, or of a
   * part) is only a candidate for the reviewer (issue 12): the prose rule runs for the candidates it records
   */
  const onlyCandidates = (prose: ExtractedField | null): null => {
    void prose
    return null
  }

  // a department's own count over its system's or place's, read from the prose (count-own-scope.ts)
  const ownScope = (id: 'proactive_disclosures' | 'applications_received'): void => {
    const had = fields.find((f) => f.field === id) ?? null
    if (had && !had.rule.startsWith(`${id}.`)) return
    const own = ownScopeCount(ctx, id, had, agency?.value ?? null, title?.value ?? null)
    if (own === had) return
    if (had) fields.splice(fields.indexOf(had), 1)
    add(own)
  }

  // ---- headline counts: from the tables when they were read, else from the prose ----
  add(statsOr('proactive_disclosures', (w) => proactiveDisclosures(ctx, w, reportYear), () => withAnnex('proactive_disclosures', proactiveDisclosures(ctx, warnings, reportYear))))
  ownScope('proactive_disclosures')
  const proactive = fields.find((f) => f.field === 'proactive_disclosures')
  if (!proactive || proactive.confidence < CANDIDATE_THRESHOLD) proactiveCountCandidates(ctx)
  add(tableOverProse(cellField('t3.new.total', 'applications_received'), (w) => applicationsReceived(ctx, w, reportYear)) ?? (cells.has('t3.new.total') ? null
    : t3Found && !t3CutBeforeNewRow(ctx.view.text) ? onlyCandidates(applicationsReceived(ctx, warnings, reportYear))
    : statsOr('applications_received', (w) => applicationsReceived(ctx, w, reportYear), () => withAnnex('applications_received', applicationsReceived(ctx, warnings, reportYear)))))
  if (!cells.has('t3.new.total')) ownScope('applications_received')
  const received = fields.find((f) => f.field === 'applications_received')
  if (!received || received.confidence < CANDIDATE_THRESHOLD) requestCountCandidates(ctx)
  add(cellField('t3.carried.total', 'applications_carried_over') ?? (cells.has('t3.carried.total') ? null : applicationsCarriedOver(ctx, warnings)))
  add(cellField('t3.total.total', 'applications_answered') ?? (cells.has('t3.total.total') ? null : applicationsAnswered(ctx, warnings)))
  // table 四's review total against a prose count of the year's reviews that says another number: neither (pages README;
  // session-12 blind batch: a table of 0 under 发生…行政复议案件1件)
  const reviewCell = cellField('t4.review.total', 'admin_reconsiderations')
  const reviewProse = reviewCell ? adminReconsiderations(ctx, [], reportYear) : null
  const reviewSaid = reviewCell && reviewProse && reviewProse.value !== reviewCell.value && reviewProse.rule === 'admin_reconsiderations.sentence'
  if (reviewSaid) neither('admin_reconsiderations', { value: reviewCell.value, start: null, end: null, rule: reviewCell.rule }, reviewProse)
  else add(reviewCell ?? (cells.has('t4.review.total')
    ? blankBlocksZero(cells, ['review'], 'admin_reconsiderations')
    : statsOr('admin_reconsiderations', (w) => adminReconsiderations(ctx, w, reportYear), () => withAnnex('admin_reconsiderations', adminReconsiderations(ctx, warnings, reportYear)))))
  const direct = cells.get('t4.direct.total'), after = cells.get('t4.after_review.total')
  if (direct || after) {
    if (t4Contradicted('direct') || t4Contradicted('after_review')) {
      consider(ctx, 'admin_lawsuits', (direct?.value ?? 0) + (after?.value ?? 0), null, null, 0.4, 'headline.from-t4-lawsuits')
    } else if ((direct && direct.value !== null) || (after && after.value !== null)) {
      fields.push({ field: 'admin_lawsuits', value: (direct?.value ?? 0) + (after?.value ?? 0), span: null, confidence: 0.9, rule: 'headline.from-t4-lawsuits' })
    } else {
      add(blankBlocksZero(cells, ['direct', 'after_review'], 'admin_lawsuits'))
    }
  } else {
    add(statsOr('admin_lawsuits', (w) => adminLawsuits(ctx, w, reportYear), () => withAnnex('admin_lawsuits', adminLawsuits(ctx, warnings, reportYear))))
  }
  add(feesCollected(ctx, warnings))
  add(staffCount(ctx, warnings))
  add(budget(ctx, warnings))

  warnings.push(...mojibakeCheck(doc.text))
  return { extractorVersion: EXTRACTOR_VERSION, fields, warnings, candidates: withAgencyCandidates(ctx, fields, candidatesFor(ctx, fields)) }
}
