/**
 * A page's release date where no label stands beside it (wild pages, issue 12; pages README: "an explicit
 * 发布日期 line, else a date under the title"):
 * - a flattened definition list puts the label on one line and its date on the next (• 发布日期 / 2021-01-29);
 * - a date ends the title's own line (…2023年政府信息公开工作年度报告 2024-01-28), or opens the page's metadata run onto
 *   it (…年度报告 2024年01月10日 来源：某局);
 * - a byline next to the title: the posting body and its date (安徽省人民政府办公厅 2016/3/28, 2012-3-30 连平县
 *   人民政府办公室), or the date in brackets under the body's name (赣州市卫生局 / （2013年1月30日）), or a date
 *   opening the page's metadata line under it (2024-01-23 16:45 稿件作者: 浏览量:);
 * - a date alone on its line right above the old template's 引言 (the cover or metadata block under the title);
 * - a date alone on the page's first line, before anything else, or on the line under a body's name that opens it.
 * Each is read only when no labelled date was found, and never a date that bounds the statistics period.
 */
import { findDates } from './dates'
import { mkField, type Ctx } from './context'
import type { ExtractedField } from '../../shared/document'
import type { TitleHit } from './profile-fields'
import type { Line } from './view'

/** a release-date label alone on its line, a bullet or a cell's bracket around it */
// (日期 alone too, a metadata block's row: 浏览量 / 日期 / 2024-01-31; real page, session 13)
const LABEL_ALONE = /^[\s•·●▪\-–—[［【]*(?:发布时间|发布日期|公开日期|发文日期|发稿时间|日\s*期)[\s:：\]］】|｜]*$/
/** the date and nothing else (brackets, a bullet) */
const DATE_ONLY = (rest: string): boolean => /^[\s•·●▪()（）[［【\]］】]*$/.test(rest)
/** the page's metadata after a date (its time perhaps between): where it came from, who wrote it, its counters */
const META_AFTER = /^[\s\]］】)）]*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|信息来源|文章来源|作者|稿件作者|稿件来源|发布者|发布机构|浏览|点击|阅读|访问|字号|字体)/
/** a body's name, as a byline writes the one that posted the page */
// (its second name in brackets after it, 某经开区管委会(某商务区管委会): set 16 of real pages)
const BODY = /^[\u4e00-\u9fa5]{2,24}(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|办|署|中心|街道办事处|街道|镇|乡)(?:[（(][\u4e00-\u9fa5]{2,20}[）)])?$/
/** the portal column or site that posted the page, as a byline names it (安徽省信息公开 2015/3/27, 某市政府网) */
const COLUMN = /^[\u4e00-\u9fa5]{2,16}(?:政府信息公开|信息公开|政务公开|政府网|门户网站|网站)$/
/**
 * A year's last day (2012年12月31日) read without a label is the statistics period's end (the Beijing template's cover
 * prints it alone over 引言), not a release: a year's report is released after its year has closed.
 */
const yearEnd = (iso: string): boolean => iso.endsWith('-12-31')
const HEAD_LINES = 8
/** a metadata block's value alone on its line: none, the disclosure kind, an index number */
const META_VALUE = /^\s*(?:无|主动公开|依申请公开|不予公开|[A-Za-z0-9][A-Za-z0-9\-/]{5,40})\s*$/

/** a report's title as a heading writes it, whole or its end: the year's report of disclosure work */
// (words and a year only: a byline's date and time before the heading is no part of it)
const TITLE_AGAIN = /^(?=.{8,60}$)[\u4e00-\u9fa5\d（）()]*(?:信息公开|政务公开)[\u4e00-\u9fa5\d（）()]{0,16}(?:报告|年报)$/
/**
 * How many lines from `k` (one, or two it was cut into) say the report's title again under the page's heading: the
 * report's own title (某区人民政府 / 2014年政府信息公开工作年度报告; 县人民政府办公室2020年政府信息 / 公开年度报告;
 * sets 60, 63 and 92 of real pages), over the date it prints under it. 0 when they do not.
 */
export function titleSaidAgain(lines: readonly Line[], k: number): number {
  let said = ''
  for (let n = 1; n <= 2 && lines[k + n - 1]; n++) {
    said += lines[k + n - 1].text.replace(/\s+/g, '')
    if (TITLE_AGAIN.test(said)) return n
  }
  return 0
}

/** the line with a label alone and the date alone on the next non-empty line */
function dateUnderLabel(ctx: Ctx): ExtractedField | null {
  const head = ctx.lines.slice(0, 40)
  for (const [k, l] of head.entries()) {
    if (!LABEL_ALONE.test(l.text)) continue
    const next = head.slice(k + 1).find((n) => n.text.trim() !== '')
    const d = next ? findDates(next.text) : []
    if (!next || d.length !== 1 || !DATE_ONLY(next.text.slice(0, d[0].start) + next.text.slice(d[0].end))) continue
    return mkField(ctx, 'publish_date', d[0].iso, next.start + d[0].start, next.start + d[0].end, 0.75, 'publish_date.label-above')
  }
  return null
}

/** a page's tools in brackets (【打印该页】, [关闭], 【字体:大 中 小】), or one cut at the line's end (【字体:, the view's lone 【) */
const PAGE_TOOLS = /[【[［]\s*(?:(?:打印|关闭|字体|字号|收藏|分享|返回)[^】\]］]{0,12})?(?:[】\]］]|$)/g
/** a 来源 row's label before the body's name on a byline */
// (稿源, the copy's source: 稿源: 某区政府网 2024-01-29; set 76 of real pages)
const SOURCE_LABEL = /^(?:来源|信息来源|文章来源|稿源|稿件来源|发布机构|发布单位)[:：]\s*/
/** a date with nothing but a body's name (or brackets) beside it on its line */
function bylineDate(text: string): ReturnType<typeof findDates>[number] | null {
  const d = findDates(text)
  if (d.length !== 1) return null
  // (the page's tools beside them are no words of the byline, 市政府办公室 2024-01-23【打印该页】; nor the time after the
  // date, and a 来源 label before the name, 来源:某省人民政府办公厅 2020-03-31 17:13:25 【字体:; set 64)
  const rest = (text.slice(0, d[0].start) + ' ' + text.slice(d[0].end).replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?/, ''))
    .replace(PAGE_TOOLS, ' ').replace(/\s+/g, ' ').trim().replace(SOURCE_LABEL, '')
  if (yearEnd(d[0].iso)) return null
  // (…or opens the page's metadata line under the title: 2024-01-23 16:45 稿件作者: 浏览量:; wild-agency9 w026)
  if (DATE_ONLY(text.slice(0, d[0].start)) && META_AFTER.test(text.slice(d[0].end))) return d[0]
  return DATE_ONLY(rest) || BODY.test(rest) || COLUMN.test(rest) ? d[0] : null
}

function nearTitle(ctx: Ctx, title: TitleHit | null): ExtractedField | null {
  if (!title) return null
  // the date that ends the title's own line
  const own = title.endLine.text
  const end = own.indexOf(title.value) < 0 ? -1 : own.indexOf(title.value) + title.value.length
  const after = end < 0 ? '' : own.slice(end)
  const tail = findDates(after)
  // (…or opens the page's metadata run onto the title's line: …年度报告 2024年01月10日 来源：某局)
  const runOn = tail.length > 0 && DATE_ONLY(after.slice(0, tail[0].start)) && META_AFTER.test(after.slice(tail[0].end))
  if (tail.length > 0 && !yearEnd(tail[0].iso) && ((tail.length === 1 && DATE_ONLY(after.slice(0, tail[0].start) + after.slice(tail[0].end))) || runOn)) {
    const at = title.endLine.start + own.length - after.length
    return mkField(ctx, 'publish_date', tail[0].iso, at + tail[0].start, at + tail[0].end, 0.6, 'publish_date.title-line')
  }
  // a byline on the line above the title or on the two below it (a name-only line between is passed over)
  const i = ctx.lines.indexOf(title.line), j = ctx.lines.indexOf(title.endLine)
  // (a line above that is no byline, a site's search box, does not stop the lines below: wild-agency9 w028's mirror)
  const above = ctx.lines[i - 1]
  // (not the last of a metadata list's values whose labels were lost, • 2024-01-29 / • 2024-01-30 above the title, one
  // date a line: which is the release the page does not say; two readers of sets 24 and 25 left it empty)
  const twoAbove = ctx.lines[i - 2]
  const twoAboveDates = twoAbove ? findDates(twoAbove.text) : []
  const unlabelledList = twoAboveDates.length === 1 && DATE_ONLY(twoAbove.text.slice(0, twoAboveDates[0].start) + twoAbove.text.slice(twoAboveDates[0].end))
  const aboveDate = above && !unlabelledList ? bylineDate(above.text) : null
  if (above && aboveDate) return mkField(ctx, 'publish_date', aboveDate.iso, above.start + aboveDate.start, above.start + aboveDate.end, 0.6, 'publish_date.byline')
  const aboveName = above && (BODY.test(above.text.trim()) || COLUMN.test(above.text.trim())) ? [above] : []
  // (the old template's metadata block under the title, one value a line, is passed over too: 无 / 主动公开 / 无 /
  // 青浦区环境保护局 / 2010.02.25, its index number, disclosure kind and document number before the body and date)
  // (the report's own title under the page's heading is passed over, the date under it read: titleSaidAgain)
  const again = titleSaidAgain(ctx.lines, j + 1)
  const near = [...aboveName, ...ctx.lines.slice(j + 1 + again, j + 7 + again)].filter((l) => l && l.text.trim() !== '')
  for (const l of near.slice(0, 6)) {
    // (a date in brackets right under the title is the report's signed date: signedDateField reads it)
    if (l === ctx.lines[j + 1 + again] && /^\s*[（(]/.test(l.text)) break
    const d = bylineDate(l.text)
    if (d) return mkField(ctx, 'publish_date', d.iso, l.start + d.start, l.start + d.end, 0.6, 'publish_date.byline')
    // (the title said again on the next line, the page's heading then its own, is passed over too: set 53 of real pages)
    if (!BODY.test(l.text.trim()) && !COLUMN.test(l.text.trim()) && !META_VALUE.test(l.text) && l.text.trim() !== title.value) break
  }
  return null
}

/** the one date of a line that holds nothing else (brackets, a bullet), or null */
function dateAloneOn(text: string): ReturnType<typeof findDates>[number] | null {
  const d = findDates(text)
  return d.length === 1 && DATE_ONLY(text.slice(0, d[0].start) + text.slice(d[0].end)) ? d[0] : null
}

/** the first line of the page, a date and nothing else */
function dateOpensPage(ctx: Ctx): ExtractedField | null {
  const head = ctx.lines.slice(0, HEAD_LINES).filter((l) => l.text.trim() !== '')
  // (…or under a department's name alone on the first line, a byline whose title was not saved: 某市住房和城乡建设局 / 2014年12月30日;
  // set 42 of real pages. A government's name there is the site's header over its own date: real-shapes rs06)
  // (not the first of a metadata list's dates whose labels were lost, another date alone under it: session-19 set 25)
  const byline = head[0] && BODY.test(head[0].text.trim()) && !/政府$/.test(head[0].text.trim()) && !(head[2] && dateAloneOn(head[2].text))
  const first = byline && head[1] ? head[1] : head[0]
  const d = first ? dateAloneOn(first.text) : null
  if (!first || !d || yearEnd(d.iso)) return null
  return mkField(ctx, 'publish_date', d.iso, first.start + d.start, first.start + d.end, 0.5, 'publish_date.page-head')
}

/** the old template's 引言 heading (Shanghai-style reports), perhaps run into the first sentence (引 言 本年度报告…) */
const INTRO = /^\s*引\s*言/
const INTRO_LINES = 14

/**
 * The old template's cover or metadata block under the title (index number, 主动公开, the body, the date;
 * or the body and its date alone on two lines), closed by the 引言 heading: the date alone on the line
 * right above 引言 is the report's release date. Past the first lines the other rules read.
 */
function dateOverIntro(ctx: Ctx): ExtractedField | null {
  const head = ctx.lines.slice(0, INTRO_LINES)
  const k = head.findIndex((l) => INTRO.test(l.text))
  if (k < 1) return null
  const above = head.slice(0, k).reverse().find((l) => l.text.trim() !== '')
  const d = above ? findDates(above.text) : []
  if (!above || d.length !== 1 || !DATE_ONLY(above.text.slice(0, d[0].start) + above.text.slice(d[0].end))) return null
  if (yearEnd(d[0].iso)) return null
  return mkField(ctx, 'publish_date', d[0].iso, above.start + d[0].start, above.start + d[0].end, 0.5, 'publish_date.over-intro')
}

/** The release date a page gives without a label beside it; null when it gives none of these shapes. */
export function findPageDate(ctx: Ctx, title: TitleHit | null): ExtractedField | null {
  return dateUnderLabel(ctx) ?? nearTitle(ctx, title) ?? dateOverIntro(ctx) ?? dateOpensPage(ctx)
}
