/**
 * The year a report covers. Evidence is weighed, strongest first: the title, the statistics period
 * (自2017年1月1日起至2017年12月31日), phrases naming the report's year (2017年度…报告), the year a
 * sentence says the work was done in, and last the publication or signature date minus one. When
 * strong evidence disagrees the year still comes from the strongest, with a warning for a person.
 */
import type { DocWarning, ExtractedField } from '../../shared/document'
import { type Ctx, mkField } from './context'
import { parseYear } from './dates'
import { ACADEMIC_YEAR, inReportListAt, type TitleHit } from './profile-fields'

interface Vote { year: number; weight: number; start: number; end: number; rule: string; strong: boolean }

/** a list of published items running up to a name (公开了…、人事信息…及): the name is one of them */
const PUBLISHED_LIST_BEFORE = /(?:公开|发布|公布)了?[^。；;\n]{0,80}[及和、]$/
const Y = '(\\d{4}|[〇零一二三四五六七八九OoＯ○]{4})'

export interface YearResult { field: ExtractedField | null; warnings: DocWarning[] }

// (the name with its book-title marks, or without them: 编制了2021年政府信息公开年度报告; wild-final3 w016, a period
// copied from the year before outvoted it)
const COMPILED_NAME = new RegExp(`(?:编制|编写)了?(?:《[^》]{0,30}?${Y}年度?[^》]{0,20}?(?:年度报告|工作报告|年报)》|${Y}年度?[^《》。，,；;\\n]{0,20}?(?:年度报告|工作报告|年报))`, 'g')
const CARRIED_INTO = new RegExp(`(?:转|轉)(?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[）)])?(?:至|入|到)?${Y}年度?(?:继续|繼續)?(?:办理|辦理|答复|答覆)`, 'g')
/** the period with its 年 dropped and the year glued to the month (20231月1日至12月31日; real page, session 13) */
const PERIOD_GLUED = /(?<!\d)((?:19|20)\d{2})1月1日(?:起|开始)?[，,]?(?:至|到|—|-|～|~)(?:((?:19|20)\d{2})年?)?12月3[01]日/g
const PERIOD_MONTHS = new RegExp(`${Y}年1月份?(?:起|开始)?(?:至|到|—|-|～|~)(?:${Y}年)?12月份?(?!\\d|\\s*\\d)`, 'y')
/** the statistics period to the day (自2017年1月1日起至2017年12月31日止) */
const PERIOD_DAYS = new RegExp(`${Y}年1月1日(?:起|开始)?[，,]?(?:至|到|—|-|～|~)(?:${Y}年)?12月3[01]日`, 'y')

/**
 * The matches of a sticky pattern that opens with a four-character year, tried only where `literal` (what follows the
 * year: 年1月1日) stands: the same matches a global scan finds, without trying the pattern at every character (the
 * period patterns were ~2% of extraction).
 */
function yearFirstMatches(text: string, literal: string, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let end = 0
  for (let i = text.indexOf(literal, 4); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (i - 4 < end) continue
    sticky.lastIndex = i - 4
    const m = sticky.exec(text)
    if (m) { out.push(m); end = m.index + m[0].length }
  }
  return out
}
function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m)
  return out
}
/** (or with hyphens, 自2015-1-1起至2015-12-31止; wild-agency9 w038) */
const PERIOD_DOTTED = /(?<!\d)(\d{4})([./-])0?1(?:\2)0?1\s*(?:起|开始)?\s*(?:至|到|—|–|-|～|~)\s*(\d{4})(?:\2)12(?:\2)3[01](?!\d)/g
const DATA_CUT_OFF = new RegExp(`(?:数据|统计)[^。；\\n]{0,8}?(?:截至|截止|截止到|截止至)${Y}年12月3[01]日`, 'g')
/**
 * the year's end as the day a figure runs to (到2016年12月31日止，全委已发布信息…; wild-agency9 w014): a weak vote, the
 * figure may be a running total, but the year it runs to is the report's when nothing else names one
 */
const YEAR_END_UNTIL = new RegExp(`(?:截至|截止|截止到|截止至|到)${Y}年12月3[01]日止?`, 'g')

/** the body drew up the year's plan for its open-government work (制定了《2018年政务公开工作要点分工方案》) */
const WORK_PLAN_MADE = new RegExp(`(?:制定|印发|出台|编制|下发)(?:并印发)?了?《[^》]{0,20}?${Y}年度?[^》]{0,12}?(?:政务公开|政府信息公开|信息公开)[^》]{0,6}?(?:工作)?(?:要点|方案|计划)[^》]{0,8}》`, 'g')

/**
 * A year that is one end of a span of two (2019—2020年度, 2019至2020年): the span names no single year the
 * report covers, so neither end votes; the other evidence (the period, the body, the dates) decides.
 */
const SPAN_SEP = '\\s*(?:—|–|-|－|~|～|至|到)+\\s*'
const SPAN_HEAD = new RegExp(`${Y}${SPAN_SEP}$`)
const SPAN_TAIL = new RegExp(`^(?:年度?)?${SPAN_SEP}${Y}`)
const SPAN_CHAR = /[—–\-－~～至到\s]/
export function inYearSpan(text: string, start: number, end: number): boolean {
  // (a separator beside the year, or after its 年/年度, before any regex is run: most years stand alone)
  const after = text.slice(end, end + 3)
  if (!SPAN_CHAR.test(text.charAt(start - 1)) && !SPAN_CHAR.test(after)) return false
  return SPAN_HEAD.test(text.slice(Math.max(0, start - 7), start)) || SPAN_TAIL.test(text.slice(end, end + 9))
}

/** a sentence about the year's plans (2021年，我们将进一步…, 2021年计划…): the next year, not the one reported on */
const FUTURE_AT = /[，,]?[^。，,；]{0,8}?(?:(?:将|要)(?:进一步|继续|持续|认真|着力|重点|全面|不断|切实|加大|加强|深入|扎实)|计划|拟|力争|预计)/y
function plansAt(text: string, at: number): boolean {
  FUTURE_AT.lastIndex = at
  return FUTURE_AT.test(text)
}

/** a verb that cites a document (针对《…》, 根据《…》): the document is another, often last year's report */
const CITES = /(?:针对|根据|按照|依据|对照|参照|落实|在)$/
/** the verbs that say a document went out (公开发布《…》, 发布了《…》), not that this report is announced (现公布《…》) */
const PUBLISHES = /(?:公开发布|发布了|公开了|公布了|上网发布)$/
/** Whether `at` lies inside 《…》 whose opening mark follows one of `verbs` (a cited or published document, not the report). */
function quotedAfter(text: string, at: number, verbs: RegExp): boolean {
  const open = text.lastIndexOf('《', at)
  if (open < 0 || at - open > 40 || text.lastIndexOf('》', at) > open) return false
  return verbs.test(text.slice(Math.max(0, open - 4), open))
}
/** Whether `at` lies inside 《…》 that the text cites rather than announces (现将《…》公布 is the report itself). */
const citedDocument = (text: string, at: number): boolean => quotedAfter(text, at, CITES)

const LIST_LINE_MAX = 121
/** on a line of a list of reports (a sidebar's links): only a short line can be one, so a paragraph is not looked up */
function listed(ctx: Ctx, at: number): boolean {
  const text = ctx.view.text
  const prev = text.lastIndexOf('\n', at - 1)
  if (at - prev > LIST_LINE_MAX) return false
  const next = text.indexOf('\n', at)
  const end = next < 0 ? text.length : next
  if (end - prev > LIST_LINE_MAX) return false
  // every item of such a list names a report
  const line = text.slice(prev + 1, end)
  return (line.includes('报告') || line.includes('年报')) && inReportListAt(ctx, at)
}

// (the patterns below are made once, not at every report: extraction's hot path)
/** words of an assessment and its rectification before a year in the same sentence (评估, 考核, 整改, 查摆) */
const ASSESSED_BEFORE = /(?:评估|考核|测评|整改|查摆)/
/** the title's year */
const TITLE_YEAR = new RegExp(`${Y}\\s*年`)
/** "2017年度…报告", "2017年政府信息公开工作": the year a phrase says the report is about */
const NAMED_YEAR = new RegExp(`${Y}年(度)?([^。；\\n]{0,20}?)(年度报告|工作报告|政府信息公开|政务公开|信息公开)`, 'g')
/**
 * a sentence opening with the year: 2017年，我局… / 2017全年 (or with the body's self-name before it, 我委2019年度共主动公开…;
 * sixth set of real pages)
 */
// (…or with 在 before it, 一、总体情况 ⏎ 在2024年，某局坚决贯彻…: set 57 of real pages)
const OVERVIEW_YEAR = new RegExp(`(?:^|\\n)\\s*一[、.．]\\s*(?:总体情况|概述)\\s*\\n\\s*在?${Y}年度?[，,]`)
const YEAR_OPENER = new RegExp(`(?:^|[\\n。])\\s*(?:[一二三四五六七八九十]+、)?(?:截至|截止|我[局委办镇乡厅]|在)?${Y}(?:年|全年)`, 'g')

export function findReportYear(ctx: Ctx, title: TitleHit | null, publishIso: string | null, signedIso: string | null): YearResult {
  const votes: Vote[] = []
  const text = ctx.view.text
  if (title) {
    const m = title.value.match(TITLE_YEAR)
    const y = m && !inYearSpan(title.value, m.index!, m.index! + m[1].length) ? parseYear(m[1]) : null
    if (y) {
      const at = text.indexOf(m![0], title.line.start)
      const s = at >= 0 && at < title.endLine.end ? at : title.line.start
      votes.push({ year: y, weight: 10, start: s, end: s + (m![1].length), rule: 'report_year.title', strong: true })
    }
    // a school's report on its academic year (中山大学2024—2025学年信息公开年度报告): the year it ends in, as the report
    // is made then (set 83 of real pages)
    const a = y ? null : ACADEMIC_YEAR.exec(title.value)
    if (a && Number(a[2]) === Number(a[1]) + 1) {
      const at = text.indexOf(a[0], title.line.start)
      const s = at >= 0 && at < title.endLine.end ? at + a[0].indexOf(a[2], 4) : title.line.start
      votes.push({ year: Number(a[2]), weight: 10, start: s, end: s + 4, rule: 'report_year.academic-year', strong: true })
    }
  }
  // statistics period: both ends in the same year, from January to December (the end's year may go unsaid:
  // 从2017年1月1日到12月31日止)
  // (a comma after 起: 自2016年1月1日起，至2016年12月31日止; real page, session 13)
  for (const m of yearFirstMatches(text, '年1月1日', PERIOD_DAYS)) {
    const a = parseYear(m[1]), b = m[2] === undefined ? a : parseYear(m[2])
    if (a && a === b) votes.push({ year: a, weight: 8, start: m.index, end: m.index + 4, rule: 'report_year.period', strong: true })
  }
  // the same period written to the month (2023年1月至12月) or with dotted dates (2023.1.1-2023.12.31), and the
  // statistics' cut-off date (数据统计截至2023年12月31日): the year the figures cover
  const periods: [RegExp, RegExpExecArray[]][] = [[PERIOD_MONTHS, yearFirstMatches(text, '年1月', PERIOD_MONTHS)],
    [PERIOD_DOTTED, allMatches(text, PERIOD_DOTTED)], [DATA_CUT_OFF, allMatches(text, DATA_CUT_OFF)], [PERIOD_GLUED, allMatches(text, PERIOD_GLUED)]]
  for (const [re, matches] of periods) {
    for (const m of matches) {
      // (the dotted period's second group is its separator, the end's year the third)
      const endYear = re === PERIOD_DOTTED ? m[3] : m[2]
      const a = parseYear(m[1]), b = endYear === undefined ? a : parseYear(endYear)
      if (a && a === b) votes.push({ year: a, weight: re === DATA_CUT_OFF ? 6 : 8, start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + 4, rule: 'report_year.period', strong: true })
    }
  }
  // "2017年度…报告", "2017年政府信息公开工作" — not next year's plans
  const named = NAMED_YEAR
  named.lastIndex = 0
  for (let m = named.exec(text); m; m = named.exec(text)) {
    const plans = plansAt(text, m.index + m[1].length + 1 + (m[2] ? 1 : 0))
    // (a list of other years' reports, a sidebar's links, names their years, not this report's)
    const y = inYearSpan(text, m.index, m.index + m[1].length) || plans || citedDocument(text, m.index) || listed(ctx, m.index)
      ? null : parseYear(m[1])
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12)
    const before = text.slice(Math.max(0, m.index - 6), m.index)
    // (2019年3月26日本年度报告…: a date, its 年 not naming the report's year)
    // (an item in a list of what was published, 公开了…信用信息、人事信息…及2018年度信息公开工作报告: last year's report,
    // disclosed this year; real page, session 13)
    // (…or its name in 《》 after the verb that says it went out, 二是稳妥做好主动公开。公开发布《某署2021年政府信息公开工作年度
    // 报告》: last year's report among this year's disclosures; set 63)
    const publishedItem = PUBLISHED_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index)) || quotedAfter(text, m.index, PUBLISHES)
    // (2021年，我局将根据…政务公开工作…: what the body will do next year; sixth set of real pages)
    const willDo = /(?:我|本)[\u4e00-\u9fa5]{0,3}将/.test(m[3])
    // (a year an assessment's feedback is rectified for, 落实…评估反馈意见整改…要求，认真查摆2022年度我局政务公开情况 in a
    // 2023 report: the year assessed, the one before; set 88 of real pages)
    // (…or the assessment named right after it, 《关于2022年度政务公开第三方评估反馈意见…》)
    const assessed = ASSESSED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).split(/[。；\n]/).pop()!) || /^(?:工作)?(?:第三方)?(?:评估|考核|测评)/.test(after)
    if (!y || publishedItem || willDo || assessed || /^(工作)?(安排|计划|打算|要点|重点|思路)/.test(after) || /(下一年|明年|做好)$/.test(before) || /^\s*\d{1,2}\s*月/.test(m[3])) { named.lastIndex = m.index + 4; continue }
    const isReport = /报告/.test(m[4]) || /报告/.test(after.slice(0, 8))
    // "2017年度…报告" or "2017年度政府信息公开工作" names the year the report is about
    const aboutReport = !!m[2] && (isReport || m[3].length <= 16)
    votes.push({ year: y, weight: aboutReport ? 3 : 1.5, start: m.index, end: m.index + m[1].length, rule: 'report_year.phrase', strong: aboutReport })
    named.lastIndex = m.index + 4
  }
  // the report naming itself as compiled (编制了《舒兰市气象局2015年政府信息公开工作年度报告》): its year, as a title's
  // (wild-counts5 w005: the body's sentences copied from the year before outvoted it)
  COMPILED_NAME.lastIndex = 0
  for (let m = COMPILED_NAME.exec(text); m; m = COMPILED_NAME.exec(text)) {
    const ys = m[1] ?? m[2]
    const y = parseYear(ys)
    const at = m.index + m[0].indexOf(ys)
    if (y) votes.push({ year: y, weight: 6, start: at, end: at + 4, rule: 'report_year.compiled-name', strong: true })
  }
  // requests carried into the next year (余8件转2023年度办理, 結轉至2023年辦理): the report's year is the one before
  // (wild-final2 w029, a year implied by nothing else; a mirror may set pinyin after a character, 轉(zhuǎn))
  CARRIED_INTO.lastIndex = 0
  for (let m = CARRIED_INTO.exec(text); m; m = CARRIED_INTO.exec(text)) {
    const y = parseYear(m[1])
    const at = m.index + m[0].indexOf(m[1])
    if (y) votes.push({ year: y - 1, weight: 1.5, start: at, end: at + 4, rule: 'report_year.carried-into', strong: false })
  }
  const opener = YEAR_OPENER
  opener.lastIndex = 0
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    // (a line that is only a date, 2014年3月 above a report's first words, dates the page: the cover's month, not the
    // year reported on; an excerpt cut before the report names its year has nothing else; session-11 cut probe)
    // (…or says the report came out then: 2021年3月，报告发布。 on a wiki's copy; real page, session 13)
    const dateLine = /^\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:[^\S\n]*(?:\n|$)|[，,]\s*(?:本?报告)?(?:发布|公布|印发))/.test(text.slice(m.index + m[0].length))
    const y = plansAt(text, m.index + m[0].length) || listed(ctx, m.index + m[0].length - 1) || dateLine
      ? null : parseYear(m[1])
    if (y) votes.push({ year: y, weight: 0.5, start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + 4, rule: 'report_year.sentence', strong: false })
    opener.lastIndex = m.index + m[0].length
  }
  // the year that opens the overview's first sentence (一、总体情况 ⏎ 2020年，某委坚持…): the template's place for the year
  // reported on, above a page date of the year after (a late posting, 发布时间：2022-01-29; set 53 of real pages)
  const overview = OVERVIEW_YEAR.exec(text)
  const oy = overview && !plansAt(text, overview.index + overview[0].length) ? parseYear(overview[1]) : null
  if (overview && oy) {
    const at = overview.index + overview[0].lastIndexOf(overview[1])
    votes.push({ year: oy, weight: 1, start: at, end: at + 4, rule: 'report_year.overview', strong: false })
  }
  // the year's own work plan the body drew up (制定了《2018年政务公开工作要点分工方案》): a weak vote, the plan is the
  // year's the report covers when nothing else names one (the pages' gold p099 reads it so)
  WORK_PLAN_MADE.lastIndex = 0
  for (let m = WORK_PLAN_MADE.exec(text); m; m = WORK_PLAN_MADE.exec(text)) {
    const y = parseYear(m[1])
    const at = m.index + m[0].indexOf(m[1])
    const before = text.slice(Math.max(0, m.index - 16), m.index).split(/[。；\n]/).pop()!
    if (y && !/将|拟|计划|下一步|下步|明年/.test(before) && !plansAt(text, m.index + m[0].length)) votes.push({ year: y, weight: 0.5, start: at, end: at + 4, rule: 'report_year.work-plan', strong: false })
  }
  YEAR_END_UNTIL.lastIndex = 0
  for (let m = YEAR_END_UNTIL.exec(text); m; m = YEAR_END_UNTIL.exec(text)) {
    const y = parseYear(m[1])
    const at = m.index + m[0].indexOf(m[1])
    if (y) votes.push({ year: y, weight: 1, start: at, end: at + 4, rule: 'report_year.year-end', strong: false })
  }
  // a report is due early the next year (by 31 March under the 2008 条例, 31 January since 2019): a date in
  // January to April says the year before; a later one may be a late report or an early one, and says nothing
  for (const iso of [publishIso, signedIso]) {
    if (iso && Number(iso.slice(5, 7)) <= 4) votes.push({ year: Number(iso.slice(0, 4)) - 1, weight: 1, start: -1, end: -1, rule: 'report_year.date', strong: false })
  }
  if (!votes.length) {
    return { field: null, warnings: [{ code: 'year_missing', severity: 'warning', message: '未能确定报告年度', message_en: 'The report year could not be determined', fields: ['report_year'] }] }
  }
  const score = new Map<number, number>()
  for (const v of votes) score.set(v.year, (score.get(v.year) ?? 0) + v.weight)
  let best = votes[0].year
  for (const [y, s] of score) if (s > (score.get(best) ?? 0)) best = y
  const top = votes.filter((v) => v.year === best && v.start >= 0).sort((a, b) => b.weight - a.weight)[0]
  const total = [...score.values()].reduce((a, b) => a + b, 0)
  const share = (score.get(best) ?? 0) / total
  const strongBest = votes.some((v) => v.year === best && v.strong)
  const confidence = Math.min(0.95, (strongBest ? 0.6 : 0.35) + share * 0.35)
  const field = top
    ? mkField(ctx, 'report_year', best, top.start, top.end, confidence, top.rule)
    : mkField(ctx, 'report_year', best, null, null, 0.4, 'report_year.date')
  const warnings: DocWarning[] = []
  const disagree = votes.filter((v) => v.strong && v.year !== best)
  if (disagree.length) {
    const ys = [...new Set(disagree.map((v) => v.year))].join('、')
    warnings.push({
      code: 'year_conflict', severity: 'warning', fields: ['report_year'],
      message: `报告年度取 ${best} 年，但文中另有 ${ys} 年度的说法，请核对`,
      message_en: `Report year taken as ${best}, but the text also names ${ys} as the report's year; please check`,
    })
  }
  return { field, warnings }
}
