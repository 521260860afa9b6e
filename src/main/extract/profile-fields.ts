/**
 * The document fields of the disclosure annual report: title, agency, region, publication and signature
 * dates. Each rule says where it looked; none takes a value from web navigation or a site name.
 */
import type { DocWarning, ExtractedField } from '../../shared/document'
import { consider, type Ctx, mkField, rawField } from './context'
import { findDates, findYearMonths, parseDate, parseYear } from './dates'
import { AGENCY_END, agencyLike, cityOfCityNamedBody, creditableName, hasPlace, isCentralBody, isPlaceName, isSpamName, withoutDistrictWord } from './agency-names'
import { bureauOfItsOffice, forwardersOf, fromAggregate, fromAnnouncement, fromBodyCompiles, fromCompiler, fromOwnDocuments, fromQuotedTitle, fromSentenceHead, fromSubject } from './agency-sentences'
import { isBareZoneKind, placeChain, regionOf, sameZoneWritten } from './region-name'
import { divisionsByName, PROVINCE_SHORT_NAMES } from './divisions'
import { districtOfCityArea, placeOfBareUnit, regionWithParents } from './region-parents'
import { platformPlace } from './region-platform'
import { titleSaidAgain } from './page-dates'
import { fromScope, selfNamedBody, speaksForWholePlace } from './agency-scope'
import { bodyOfOutline, bodyOfOwnStaff, bodyOfReportContact, departmentOfOwnName, fitsSelf, fromContact, generalOfficeAtWork, ministryOfSelf, selfKinds, townshipOfContact, townshipOfOwnGroup, townshipOfOwnSite } from './agency-self'
import { wholeAcrossBreak } from './agency-line-break'
import { jointAfter, jointName } from './agency-joint'
import { onLinkLine } from './agency-links'
import { contactBareFullForm, fullFormOf, fullNameWritten, kindAfterSpace, shortFormBody, shortSubjectBody, spelledOutBody, spelledOutWithPlace } from './agency-short-form'
import { contactNames, sourceAgainstContact } from './agency-contact'
import { aliasedFullName, isOfficeOfPlace, publisherUnderLabel, withParentsWritten } from './agency-written-forms'
import { rawSpanOf, type Line } from './view'
import { toSimplified } from '../text/index'
import { perReport } from './report-memo'

const HEAD_ZONE_LINES = 40

export { AGENCY_END, isCentralBody } from './agency-names'

const NAV = /(位置|首页|>|＞|登录|注册|无障碍|长辈版|网站地图|设为首页|扫一扫|二维码|打印|关闭|字体|点击数|浏览次数|分享到)/

const TITLE_FULL_STOP = /^([^。，,；;：:]{8,60}(?:年度报告|工作报告|年报))。$/
const COMPILING_VERB = /编制|编写|制定|形成|汇总/
const tidyTitle = perReport(tidyTitleOf)
function tidyTitleOf(s: string): string {
  // (a flattened metadata table may glue the label to its value: 标题水城区…报告, 名称 某市…报告, wild pages)
  // (a site's tag before the heading, 【图文】某局…报告, 【2018年度】某局2018年…报告: page furniture; set 11; [某镇]2012年…: set 15)
  // (a mirror's stray ? before the heading, ?某省卫生健康委2020年…: its lost character; set 12)
  // (a metadata list's bullet, - 标题: 某局…报告: set 26)
  const t = s.replace(/[|｜\s]+$/g, '').replace(/^[|｜\s•·?？*-]+/g, '').replace(/^[【[［](?:[^】\]］]{1,4}|\d{4}年度?)[】\]］]\s*/, '')
    .replace(/^(标题|题目|名称|信息名称|文件名称|文章名称|中文名|文章标题)[:：]|^(?:标题|文章标题|信息名称|名称)\s*(?=[\u4e00-\u9fa5\d]{8})/, '')
  // (a title line closed with a full stop, as a wiki mirror writes it: 广东省人民政府2018年…年度报告。; a line
  // whose name is a sentence's, 编制了…报告。, keeps it and is no title; wild-agency9 w028)
  return t.replace(/\s+(?![0-9A-Za-z])|(?<![0-9A-Za-z])\s+/g, '').replace(TITLE_FULL_STOP, (whole, name: string) => (COMPILING_VERB.test(name) ? whole : name))
}

/**
 * The readings of one line that may be the title: the line itself, each part around a separator (a site
 * name glued before the title: 龙山县人民政府-龙山县…报告; cells of a pipe row), and the line up to its
 * first 报告 when body text follows it on the same line (a PDF line join).
 */
const LEAD_FURNITURE = /^\s*(?:\d{1,2}[.、．]\s*)*(?:高级检索|站内搜索|全文检索|搜索|检索)\s*(?=[\u4e00-\u9fa5\d])/
const TITLE_TWICE = /^\s*(\S.{7,60}?(?:年度报告|工作报告|年报))\1/
// a wiki infobox's rows (• 中文名:…, - 中文名:…): never a title (pages README, p045; real page, session 13)
const INFOBOX_ROW = /^[\s•·\-–—*]*(?:中文名|外文名|基本介[绍紹])/
function titleReadings(line: string): string[] {
  if (INFOBOX_ROW.test(line)) return []
  // a title quoted in a sentence (《2022环保局年度信息公开工作报告 .doc》由会员分享…): the page's words about a file
  if (/^\s*[《〈][^》〉]{0,90}[》〉]\s*[^\s|｜]/.test(line)) return []
  const out = [tidyTitle(line)]
  // a flattened page that opens with its title written twice, the body run on after it (X年度报告X年度报告2019年,…):
  // the title once (wild-agency12 w004)
  const twice = line.match(TITLE_TWICE)
  if (twice) out.push(tidyTitle(twice[1]))
  const parts = line.split(/\s*[-—–_|｜]+\s*/).filter((p) => p.trim().length > 0)
  // a metadata row's cells (组配分类: | 政府信息公开工作报告 |, a wiki infobox's 中文名 | …) are values, not the title
  if (parts.length > 1 && !METADATA_ROW.test(line.trim())) out.push(...parts.map(tidyTitle))
  // a site's name before the title (某县人民政府门户网站 某县…报告; the view drops the space): what follows it
  const site = line.match(SITE_NAME_THEN)
  // (…and the column the page sits in, a word and a space: 某市人民政府门户网站 部门 某市体育局2022年…)
  if (site) {
    const after = tidyTitle(site[1])
    // (the view has dropped the space after the column's name: 部门宝鸡市…)
    const column = after.match(SITE_COLUMN)
    if (column) out.push(after.slice(column[0].length))
    out.push(after)
  }
  // …or page furniture after it on the line: a date (in brackets too: …年报 ( 2015年02月16日 ), a list page's
  // posting date), a metadata label (来源, 信息来源, 作者, 字号: the page's line run onto the title's), a bracketed note,
  // a file extension
  // (not a sentence it opens with a defined short name: …年度报告(以下简称年报)根据《条例》编制)
  // (…or the page's reading tools run onto it, …年报 保护视力色: 杏仁黄 秋叶褐…: set 63)
  // (…or a news portal's mark after the headline, 甘肃省2013年…年度报告/全文: wild-counts10 w007)
  // (…or a news portal's tag after a slash, 山东省2011年…年度报告/发布: set 17 of real pages; or the first sentence opening
  // with its year, a PDF's lines run together: 生态环境部2018年度…工作报告 2018年，生态环境部以…: set 18)
  const m = line.match(/^(.{8,80}?(?:年度报告|工作报告|年报|报告))\s*(?:[|｜]|[/／](?=发布))?\s*(?=根据|本年度报告|按照|依据|为|现将|本报告|一、|$|\d{4}\s*[-/.年]\s*\d|\d{4}年[，,]|[\[［]\s*\d{4}\s*[-/.年]|发布|来源|信息来源|文章来源|稿件来源|作者|字号|日期|时间|保护视力色|视力保护色|打印本页|【|[（(]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]|[（(](?!\d{4}|以下简称)|[/／]全文\s*$|\.(?:docx?|pdf|wps)\b)/i)
  if (m) {
    // the page's title and the heading run together on one line (a flattened page): the same title twice
    const r = tidyTitle(m[1])
    const half = r.length / 2
    if (Number.isInteger(half) && half >= 8 && r.slice(0, half) === r.slice(half)) out.push(r.slice(0, half))
    // (a flattened page's list markers and search box before it, 4. 高级检索 商务部2016年…: page furniture; wild-final2 w050)
    const bare = m[1].replace(LEAD_FURNITURE, '')
    if (bare !== m[1]) out.push(tidyTitle(bare))
    out.push(r)
  }
  return out
}

/**
 * a breadcrumb's label (当前位置：, 您现在的位置：): what follows is the page's path and maybe the title, with the
 * spaces between them gone in the view, so where the trail ends is unknown: no title is read from such a line
 */
const CRUMB_LABEL = /^\s*(?:您?(?:现在|当前)?(?:所在|的)*位置)\s*[:：]/

// the year may follow in parentheses: …工作年度报告（2013年度）
const TITLE_RE = /(政府信息公开|政务公开|信息公开|政务信息公开).{0,24}(年度报告|工作报告|年报|报告)(?:[（(]\d{4}年?度?[）)])?$/
/** a news portal's mark after its headline (a note, not part of the title): the report's own heading may follow */
// (or /全文, 某省2013年…年度报告/全文 over a portal's byline (2014年04月17日16:02 | 某门户网) and the office's own heading: eighth set)
const FULL_TEXT_MARK = /(?:[（(]全文[）)]|[/／]全文)\s*$/
const PORTAL_BYLINE = /(?:门户网|新闻网|网站|www\.|\.(?:cn|com)\b)/
/** a news portal's byline line: its name or address, the posting date and the source (中央政府门户网站 www.gov.cn 2010年04月06日 来源：…) */
const NEWS_PORTAL_BYLINE = /^(?=.*(?:门户网|新闻网|www\.))(?=.*\d{4}\s*[年\-/.]\s*\d{1,2})(?=.*来源).{0,120}$/

/** the name of a site's column (政府信息公开年报), not of one report: no agency, no year */
/** a row of a page's metadata block (组配分类 政府信息公开年报): a label and its value, never the title */
// (栏目:政府信息公开年报, a crawler's header row: the column the page sits in)
// (中文名 | …, 外文名, 基本介绍: a wiki mirror's infobox, corpus/pages README)
// (关 键 词：政府信息公开 年度报告, 主题词: the page's keywords; session-11 blind batch)
// (a wiki infobox's rows too, - 类型: 政府信息公开年度报告 / - 地区: / - 时间: : set 56 of real pages)
// (a bulleted row, • 信息类别: 政府信息公开年报 above the title: set 102 of real pages)
const METADATA_ROW = /^[•·●▪]?\s*(?:组配分类|信息分类|信息类别|主题分类|所属分类|所属栏目|所在栏目|栏目(?:名称)?[:：]|公开方式|公开范围|索\s*引\s*号|发布机构|成文日期|分\s*类[:：]|关\s*键\s*[词字]|主\s*题\s*词|标\s*签[:：]|中文名|外文名|基本介[绍紹]|类\s*型[:：]|[地时]\s*[区间]\s*[:：])/
// (部门信息公开年报, 乡镇政务公开年度报告: the column of the departments' or townships' reports)
const COLUMN_NAME = /^(?:部门|乡镇|镇街|街道|县直部门|市直部门)?(?:政府|政务)?(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报)(?:专栏|栏目)?$/

function isTitleLike(t: string): boolean {
  // (a body's other names in brackets may make a title long, 重庆高新技术产业开发区管理委员会公共服务局（…退役军人事务局、…
  // 教育事务中心）2021年…报告: set 102 of real pages; the rest of it is held to the usual length)
  if (t.length < 8 || t.length > 160 || t.replace(/[（(][^（()）]*[）)]/g, '').length > 80) return false
  // a menu or a table row: its cells are read one by one (titleReadings), never the row as a whole
  if (COLUMN_NAME.test(t) || /[|｜]/.test(t) || METADATA_ROW.test(t)) return false
  if (/[。，,；;]/.test(t) || /^(根据|按照|依据|为|现将|本报告|特向)/.test(t)) return false
  // an item of a numbered list (a document site's page markers 1、2、…): not a title line
  if (/^\d{1,2}[、．]/.test(t)) return false
  // a metadata list's keywords (政府信息公开、年度、报告: a category, set 25 of real pages), never a title's words
  if (/(?:公开|年度)、|、(?:年度|报告)/.test(t)) return false
  // a line that announces the report, issues it or links to it (现公布…, 关于印发…, 请下载：…) is no title line
  if (/^(现(?:予|向社会)?公布|现予|兹将|特此|关于(?:印发|转发)|印发|转发|(?:请|点击)?下载|附件|相关链接|上一篇|下一篇)/.test(t)) return false
  if (NAV.test(t) && !/报告$/.test(t)) return false
  if (/[>＞]/.test(t) || CRUMB_LABEL.test(t) || isSpamName(t.replace(/\d+/g, ''))) return false
  if (notTheReportsOwnTitle(t)) return false
  return TITLE_RE.test(t)
}

/** a verb before the report's name: a news headline about the report (某县发布2020年…年度报告, 一图读懂…), not its title */
// (报送/上报/呈报: a covering letter sending the report up, 关于报送《2011年…年度报告》的报告; set 21 of real pages)
const HEADLINE_VERB = /(发布|公布|出炉|亮相|印发|转发|解读|图解|读懂|一图|答记者问|召开|审议|通过|学习|部署|晒出|晒|报送|上报|呈报)/
const HEADLINE_VERB_AFTER = /(?:报告|年报)\s*(?:正式)?(?:发布|出炉|亮相|公布)$/
/** a site's name glued to the title on one line (某县人民政府门户网站 某县…年度报告): the site, not the report */
const SITE_NAME = /(门户网站|政府网站|人民政府网|政府网|官网|官方网站|网站)/
// a government site's own words only: 官网 in a title line is a gambling site's spam (corpus/pages README)
/** the column of a site a page sits in, written between the site's name and the title (部门, 乡镇, 市直部门) */
const SITE_COLUMN = /^(?:市直部门|县直部门|直属单位|部门|乡镇|镇街|街镇|县区|区县)(?=[\u4e00-\u9fa5]{2,}.{6,})/
const SITE_NAME_THEN = /^[^\s，。；,;>＞]{0,30}?(?:门户网站|政府网站|人民政府网|政府网)\s*([^>＞]{8,})$/

/**
 * A line shaped like a title that is about the report rather than the report's own title line: a headline
 * with a verb before the report's name, or a site's name in front of it. Refused so that a later line (the
 * real title) or nothing is taken: an empty title costs a key, a headline taken for the title misleads.
 */
function notTheReportsOwnTitle(t: string): boolean {
  const at = t.search(/(政府信息公开|政务公开|信息公开|政务信息公开)/)
  const head = at < 0 ? t : t.slice(0, at)
  return HEADLINE_VERB.test(head) || SITE_NAME.test(head)
}

/** a title that names no one: a year (its 年 sometimes dropped: 2023政府信息公开…) or nothing, then straight to the subject */
/** (…perhaps after 关于, the body's name on the line above: 某县水利局 / 关于2016年政府信息公开年度报告; wild-counts10 w005) */
const NAMELESS_TITLE = /^(?:关于)?(?:\d{4}年?度?)?(?:政府信息公开|政务公开|信息公开)/

export interface TitleHit { value: string; line: Line; endLine: Line }

/** the first line of a wrapped title: it has the subject's words or the year already (the join must read as a title) */
// (…or breaks inside the subject's words: 某街道办事处2023年度政府 / 信息公开工作年度报告)
const WRAPPED_HEAD = /信息公开|政务公开|政府信息|政务|(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?(?:政府|政务)?$/

/** The end of a name (局, 人民政府) opening a title line, its head on the line above: joined, they make a full name. */
function brokenName(above: string, line: string): boolean {
  const tail = line.match(/^([\u4e00-\u9fa5]{1,8}?)(?:\d{4}年度?|关于)/)?.[1]
  // (a site's name over a title that names its body short, 富阳市政府信息公开网 / 农业局2011年…: no name broken there)
  if (!tail || /[。，,；;：:|｜]/.test(above) || above.length > 30 || /(?:网|网站|平台|门户)$/.test(above)) return false
  if (agencyLike(tail) && (hasPlace(tail) || isCentralBody(tail))) return false
  const joined = above + tail
  return agencyLike(joined) && hasPlace(joined) && !(agencyLike(above) && hasPlace(above))
}

/** the title a line reads as (a page flattened onto one line opens with its title), or null */
function titleOfLine(l: Line): string | null {
  const t = l.text
  // every title names 公开 and a 报告/年报 (TITLE_RE): a line without them is not read further
  if (!t.includes('公开') || !(t.includes('报告') || t.includes('年报'))) return null
  // (a news headline with its verb after the report's name, 国家某局2019年…年度报告发布, the report's own title lines below; set 32)
  if (HEADLINE_VERB_AFTER.test(t)) return null
  return titleReadings(t).find(isTitleLike) ?? null
}

const LIST_ITEM_MAX = 120
const TITLE_YEAR = /(?<!\d)(\d{4}|[〇○零一二三四五六七八九]{4})(?!\d)/
const titleYear = (t: string): number | null => { const m = TITLE_YEAR.exec(t); return m ? parseYear(m[1]) : null }

/**
 * A list of reports: title-like lines one after another that name different years (links to other years'
 * reports in a sidebar or under 相关文章). None of them is this report's title, and their years say nothing of
 * this report's year; the report's own title, elsewhere, still is one.
 */
function inReportList(lines: Line[], i: number): boolean {
  // the year rules ask about the same lines again: each line's answer is kept for the document's lines
  let memo = listMemo.get(lines)
  if (!memo) listMemo.set(lines, (memo = new Map()))
  let v = memo.get(i)
  if (v === undefined) memo.set(i, (v = readsAsReportList(lines, i)))
  return v
}
const listMemo = new WeakMap<Line[], Map<number, boolean>>()

/** the name a title line opens with, its year and subject dropped (东河区民政局 of 2021年东河区民政局政府信息公开…) */
const bodyOfTitle = (t: string): string => t.replace(LEAD_YEAR, '').replace(/(?:[\d〇○零一二三四五六七八九]{4}年.*|(?:政府)?(?:信息公开|政务公开).*)$/, '')
/**
 * two titles' bodies are two bodies, not one written two ways (东河区民政局 / 青石市东河区民政局, 高新区(东湖区) / …政府): a
 * place and one of its departments are two (广州市黄埔区 / 广州市黄埔区发展和改革局; session-12 blind batch)
 */
const otherBody = (a: string, b: string): boolean => a !== b && !(a !== '' && b !== '' && (sameBodyWritten(a, b) || sameBodyWritten(b, a)))
const sameBodyWritten = (long: string, short: string): boolean =>
  long.includes(short) && (long.endsWith(short) || /^(?:人民政府|政府|管委会|管理委员会)$/.test(long.slice(long.indexOf(short) + short.length)) || !isPlaceName(short))

function readsAsReportList(lines: Line[], i: number): boolean {
  // a list's items are short lines (a title and perhaps its date): a long line is body text or a flattened page
  if (lines[i].text.length > LIST_ITEM_MAX) return false
  const t = titleOfLine(lines[i])
  if (!t) return false
  const y = titleYear(t)
  // other bodies' reports for the same year, one after another (部门年度报告 / 无锡市财政局2016年… / 无锡市统计局2016年…
  // / … / 无锡市审计局2016年… / 来源：…): each is followed by the next, the page's own title by its metadata or text;
  // a list's last item by its 更多>> (session-11 blind batch)
  let k = i + 1
  while (k < lines.length && lines[k].text.trim() === '') k++
  const below = k < lines.length ? lines[k].text : ''
  const next = k < lines.length && below.length <= LIST_ITEM_MAX ? titleOfLine(lines[k]) : null
  if (next && y !== null && titleYear(next) === y && namesPlace(next) === namesPlace(t) && otherBody(bodyOfTitle(t), bodyOfTitle(next))) return true
  if (/^\s*(?:更多|查看更多|more)\s*(?:>>|》|>)?\s*$/i.test(below)) return true
  for (const dir of [-1, 1]) {
    let k = i + dir
    while (k >= 0 && k < lines.length && lines[k].text.trim() === '') k += dir
    const n = k >= 0 && k < lines.length && lines[k].text.length <= LIST_ITEM_MAX ? titleOfLine(lines[k]) : null
    const ny = n ? titleYear(n) : null
    // (a title naming a span, 2019—2020年, beside the same title with one year is no list)
    if (y !== null && ny !== null && ny !== y && !t.includes(String(ny)) && !n!.includes(String(y))) return true
  }
  return false
}

/** Whether view offset `at` lies on a line of a list of reports (inReportList). */
export function inReportListAt(ctx: Ctx, at: number): boolean {
  const ls = ctx.lines
  let lo = 0, hi = ls.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ls[mid].start <= at) lo = mid
    else hi = mid - 1
  }
  return ls.length > 0 && at < ls[lo].end + 1 && inReportList(ls, lo)
}

/**
 * The report's title. A first title line that names no place (2022年政府信息公开工作年度报告, 2018年水务局…, a
 * page's 部门信息公开年度报告) gives way to a title line a few lines below that names one for the same year
 * (桃江县某镇人民政府 / 2022年…, 2018年绵阳市水务局…): a page heading over the report's own title.
 */
export function findTitle(ctx: Ctx): TitleHit | null {
  const first = titleFrom(ctx, 0, headZoneEnd(ctx)) ?? coverTitle(ctx) ?? headlineTitle(ctx)
  // a portal's headline marked （全文） over the report's own heading for the same year (山西省2012年…报告（全文） /
  // 2013年04月30日 | 某门户网 / 2012年度山西省…年度报告): the heading is the title; alone, the headline is
  // (…or unmarked, the byline a news portal's own right under it: 西藏自治区人民政府2009年…报告 / 中央政府门户网站 www.gov.cn
  // 2010年04月06日 来源：… / 2009年西藏自治区…报告; set 16 of real pages)
  const next = first ? ctx.lines.slice(ctx.lines.indexOf(first.endLine) + 1).find((l) => l.text.trim() !== '') : undefined
  if (first && (FULL_TEXT_MARK.test(first.endLine.text) || (next && NEWS_PORTAL_BYLINE.test(next.text)))) {
    const after = ctx.lines.indexOf(first.endLine) + 1
    const own = titleFrom(ctx, after, Math.min(HEAD_ZONE_LINES, after + NAMED_TITLE_LINES))
    // (only under a news page's byline naming its site: a page heading over the same report's heading stays first)
    const between = own ? ctx.lines.slice(after, ctx.lines.indexOf(own.line)) : []
    if (own && !FULL_TEXT_MARK.test(own.endLine.text) && titleYear(own.value) === titleYear(first.value)
      && between.some((l) => PORTAL_BYLINE.test(l.text))) return own
  }
  // a browser's page title (粤海街道办事处2021年…报告 - 知识百科) over the page's own heading that writes the same title with
  // the body's parents (深圳市南山区粤海街道办事处2021年…报告): the heading (session-12 blind batch)
  if (first) {
    const after = ctx.lines.indexOf(first.endLine) + 1
    const own = titleFrom(ctx, after, Math.min(HEAD_ZONE_LINES, after + 3))
    if (own && own.value.length > first.value.length && own.value.endsWith(first.value) && namesPlace(own.value)) return own
    // (…or a browser's page title with its column and site after dashes, 某县人民政府办公室2020年度…报告-信息公开年度报告-某县人民政府,
    // repeated, over the page's heading that writes the title alone: the heading; set 60)
    for (let from = after, next = titleFrom(ctx, from, after + 4); next; from = ctx.lines.indexOf(next.endLine) + 1, next = titleFrom(ctx, from, after + 4)) {
      if (next.value !== first.value && first.value.startsWith(next.value) && /^\s*[-—_|｜]/.test(first.value.slice(next.value.length))) return next
      if (next.value !== first.value) break
    }
  }
  if (!first || namesPlace(first.value) || isCentralBody(first.value.replace(LEAD_YEAR, ''))) return first
  const after = ctx.lines.indexOf(first.endLine) + 1
  const y = titleYear(first.value)
  // (a first reading with no year, two menu items joined (政府信息公开制度 / 政府信息公开年报), looks down the whole head for the
  // report's named title past a long menu (set 14 of real pages))
  const to = Math.min(HEAD_ZONE_LINES, after + (y === null ? HEAD_ZONE_LINES : NAMED_TITLE_LINES))
  // (past the same nameless title again: a metadata row's 名称：2013年…报告, the page heading, then the cover's named title
  // broken over two lines (2013年某区人民政府某街道办事处 / 政府信息公开年度报告); set 14 of real pages)
  for (let from = after, next = titleFrom(ctx, from, to); next; from = ctx.lines.indexOf(next.endLine) + 1, next = titleFrom(ctx, from, to)) {
    if (namesPlace(next.value)) return y === null || titleYear(next.value) === y ? next : first
    if (next.value !== first.value) break
  }
  return first
}
const NAMED_TITLE_LINES = 15

/** a portal's news headline naming the body, its verb, then the report (国家某局公布2009年度政府信息公开工作报告) */
const HEADLINE_TITLE = /^(.{2,24}?)(?:发布|公布|发佈)((?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?)?(?:政府信息公开|政务公开|信息公开|政务信息公开).{0,24}?(?:报告|年报)|(?:政府信息公开|政务公开|信息公开)工作(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?报告)$/
/**
 * A page whose only title-shaped line is a portal's headline about the report (gov.cn's 部门信息: 某部发布2012年政府信息
 * 公开工作报告 / 中央政府门户网站 2013年03月29日 …): that standalone line, as the pages' readers take it, when no line of the
 * report's own reads as its title (sets 49, 63 and 74 of real pages). A headline above the report's own title stays refused.
 */
function headlineTitle(ctx: Ctx): TitleHit | null {
  for (const l of ctx.lines.slice(0, headZoneEnd(ctx))) {
    const t = tidyTitle(l.text)
    const m = HEADLINE_TITLE.exec(t)
    if (!m || /[。，,；;：:|｜>＞]/.test(t) || t.length > 60) continue
    const body = m[1]
    if (!(isCentralBody(body) || (agencyLike(body) && hasPlace(body)))) continue
    return { value: t, line: l, endLine: l }
  }
  return null
}

/** a site's menu item: a short line of words alone (机关简介, 2022, 长者助手) */
const MENU_ITEM = /^\s*[•·|｜]?\s*[\u4e00-\u9fa5\w/]{0,8}\s*$/
/**
 * Where the page's head ends for the title: HEAD_ZONE_LINES lines, a site's menu items not counted (a portal's menu of
 * sixty items above the report's title line: set 72 of real pages)
 */
function headZoneEnd(ctx: Ctx): number {
  let counted = 0
  for (let i = 0; i < ctx.lines.length; i++) {
    if (!MENU_ITEM.test(ctx.lines[i].text)) counted++
    if (counted >= HEAD_ZONE_LINES) return i + 1
  }
  return ctx.lines.length
}

/**
 * A report's cover at the top of the text: the genre's name alone (政府信息公开工作年度报告, which alone reads as a site's
 * column), the body's name on the next line, the date alone on the one after: the report's own title line, as written
 * (set 16 of real pages). Read only when no other line is a title.
 */
const GENRE_ALONE = /^(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)$/
function coverTitle(ctx: Ctx): TitleHit | null {
  const [a, b, c] = ctx.lines.filter((l) => l.text.trim() !== '').slice(0, 3)
  if (!a || !b || !c || !GENRE_ALONE.test(tidyTitle(a.text)) || !agencyLike(tidyTitle(b.text).replace(/[（(][^（()）]{2,20}[）)]$/, ''))) return null
  const d = findDates(c.text)
  if (d.length !== 1 || c.text.slice(0, d[0].start).trim() !== '' || c.text.slice(d[0].end).trim() !== '') return null
  return { value: tidyTitle(a.text), line: a, endLine: a }
}
// (a year written with digits and numerals mixed, 二0二三年, is a year too)
const LEAD_YEAR = /^[\d〇○零一二三四五六七八九]{4}(?:\s*[—–\-~～至]\s*[\d〇○零一二三四五六七八九]{4})?年度?/
/** a title whose body's name opens with a place, after the year it may open with (2016年某区民政局…) */
const namesPlace = (t: string): boolean => hasPlace(t.replace(LEAD_YEAR, ''))

function brandBefore(ctx: Ctx, l: Line): boolean {
  const [rs] = rawSpanOf(ctx.view, l.start, l.end)
  const raw = ctx.doc.text
  const head = raw.slice(raw.lastIndexOf('\n', rs - 1) + 1, rs)
  return head.trim() !== '' && isSpamName(head.replace(/[\d\s\-—_|:：]+/g, '')) && /[\u4e00-\u9fa5]/.test(head)
}

/** a document site's file name (2018年政府信息公开年报（终稿）.docx): the heading inside the document comes first */
const FILE_NAME = /\.(?:docx?|pdf|wps|txt|xlsx?)\s*$/i

function titleFrom(ctx: Ctx, from: number, to: number): TitleHit | null {
  const found = titleFromLines(ctx, from, to, true)
  return found ?? titleFromLines(ctx, from, to, false)
}

function titleFromLines(ctx: Ctx, from: number, to: number, skipFileNames: boolean): TitleHit | null {
  const lines = ctx.lines.slice(0, to)
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]
    const hit = titleOfLine(l)
    if (hit && skipFileNames && FILE_NAME.test(l.text)) continue
    // a title whose name a betting brand replaced (澳门威尼斯人官方网站-2024年…报告, the view dropping the brand as a site's
    // name): corrupted, no title (pages README); read on the raw line
    if (hit && NAMELESS_TITLE.test(hit) && brandBefore(ctx, l)) continue
    if (hit && inReportList(ctx.lines, i)) continue
    // the report's name run into its first sentence with no space between (…年度报告根据《条例》…编制): a
    // sentence whose subject is the report, not a title line (a PDF line join leaves a space: that one is)
    if (hit && runIntoSentence(ctx, l, hit)) continue
    if (hit) {
      // a heading broken after the agency: 宣城市生态环境局 / 2022年政府信息公开工作年度报告
      const prev = lines[i - 1]
      // (the annex's label run onto the name above, 附件 / 四川省某委员会 / 2020年…报告 under a covering letter: the
      // report's own cover; set 15 of real pages)
      const name = prev && tidyTitle(prev.text).replace(/^附件\s*\d{0,2}\s*[:：]?(?=[\u4e00-\u9fa5]{4})/, '')
      // the name above a nameless title line replaced by a betting brand (365bet…官网…人民政府合作交流办公室 /
      // 2022年政府信息公开工作年度报告): the title is corrupted, and its second line alone is not it
      if (name && NAMELESS_TITLE.test(hit) && AGENCY_END.test(name) && isSpamName(name)) continue
      // (not a site's name over the title: 青山县人民政府 over a report whose text says 我局)
      // (or two bodies joined by 、, a party commission and the government's bureau: 中共某区纪律检查委员会、某区监察局 / 2010年…)
      if (name && NAMELESS_TITLE.test(hit) && (agencyLike(name) && hasPlace(name) || isCentralBody(name) || (name.includes('、') && creditableName(name) === 'full')) && isTitleLike(name + hit)
        && fitsSelf(name, selfKinds(ctx))) {
        return { value: name + hit, line: prev, endLine: l }
      }
      // (…or broken after the name and its year: 天津市城市管理委员会2025年度 / 政府信息公开工作报告; set 45 of real pages)
      const nameYear = name ? /^(.{2,}?)(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?$/.exec(name) : null
      if (nameYear && NAMELESS_TITLE.test(hit) && agencyLike(nameYear[1]) && hasPlace(nameYear[1]) && isTitleLike(name + hit) && fitsSelf(nameYear[1], selfKinds(ctx))) {
        return { value: name + hit, line: prev, endLine: l }
      }
      // a heading broken inside the agency's name: 青山县自然资源 / 局2020年政府信息公开工作年度报告
      if (name && brokenName(name, hit) && isTitleLike(name + hit)) return { value: name + hit, line: prev, endLine: l }
      // a breadcrumb or page header that ends with the title (某市人民政府门户网站 某市某局 政府信息公开年报 某市某局
      // 2023年度…报告) over the title's own line: the line below is the heading
      const below = ctx.lines.slice(i + 1, i + 3).find((n) => n.text.trim() !== '')
      const own = below && titleOfLine(below)
      // (the line below must name the body itself: a nameless repeat under a named title is the shorter copy)
      if (own && own.length < hit.length && hit.endsWith(own) && namesPlace(own)) return { value: own, line: below, endLine: below }
      // a page's title naming the former body (原某市某局2018年…报告) over the report's own heading without 原, on one line
      // or broken after the name: the report's heading (set 11 of real pages)
      if (hit.startsWith('原')) {
        const [a, b] = ctx.lines.slice(i + 1, i + 4).filter((n) => n.text.trim() !== '')
        if (a && titleOfLine(a) === hit.slice(1)) return { value: hit.slice(1), line: a, endLine: a }
        if (a && b && tidyTitle(a.text + b.text) === hit.slice(1)) return { value: hit.slice(1), line: a, endLine: b }
      }
      return { value: hit, line: l, endLine: l }
    }
    // a title a PDF wrapped over two lines, the break anywhere in its words (青山县2020年政府信息 / 公开工作年度报告)
    const t = tidyTitle(l.text)
    const next = lines[i + 1]
    // (the second line ends the title: it holds its 报告 or 年报, looked for before any title reading)
    // (…or inside 政府信息公开, 2013年某市财政局政府 / 信息公开年度报告: set 19 of real pages)
    if (next && t.length < 50 && (next.text.includes('报告') || next.text.includes('年报')) && (WRAPPED_HEAD.test(t) || (/政府$/.test(t) && /^\s*信息公开/.test(next.text))) && !/[。，,；：:]/.test(t)) {
      const joined = tidyTitle(l.text + next.text)
      if (isTitleLike(joined) && !titleReadings(next.text).some(isTitleLike)) return { value: joined, line: l, endLine: next }
    }
    // the body's name over a title line that names no one and no year (乌海市某某局 / 政府信息公开工作年度报告),
    // the year perhaps before the name (2010 年某区城市管理局 / 政府信息公开年度报告, a PDF cover)
    const rest = next && tidyTitle(next.text)
    const body = t.replace(LEAD_YEAR, '')
    const yearTwice = body !== t && /^[\d〇○零一二三四五六七八九]{4}/.test(rest ?? '')
    // (a place alone after the year, 2019年西街街道 / 政府信息公开工作年度报告: the title's place; real page, session 13)
    const placeAfterYear = body !== t && isPlaceName(body)
    // (…or a place alone over the title with its year, 重庆市某区 / 2023年政府信息公开工作年度报告: a place-wide report; tenth set)
    const placeOverYear = body === t && isPlaceName(body) && YEAR_IN_TITLE.test(rest ?? '')
    if (rest && t.length < 40 && NAMELESS_TITLE.test(rest) && !yearTwice && !/[。，,；：:|｜]/.test(t) && (agencyLike(body) && hasPlace(body) || isCentralBody(body) || placeAfterYear || placeOverYear)
      && isTitleLike(t + rest) && fitsSelf(body, selfKinds(ctx))
      // (not a metadata list's items, • 某市教育局 / • 政府信息公开年度报告, nor a site's name over its column's, 北京市某区人民政府
      // / 政府信息公开年报, over the report's own title with its year a few lines down: ninth and tenth sets of real pages)
      // (the same nameless title again under it, a page heading and the article's, is no other title: 某市某乡 / 2021年…报告
      // / 2021年…报告; set 15 of real pages)
      && !lines.slice(i + 2, i + 6).some((x) => YEAR_IN_TITLE.test(x.text) && titleReadings(x.text).some((r) => isTitleLike(r) && r !== rest))) {
      return { value: t + rest, line: l, endLine: next }
    }
  }
  return null
}

/** a year written in a title (2020年, 二〇二〇年) */
const YEAR_IN_TITLE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/

/** what opens a sentence right after the report's name (…年度报告根据《条例》…): the name is its subject */
const SENTENCE_AFTER_NAME = /^(?:根据|按照|依据|本年度报告|本报告|现将|为)/

/**
 * Whether the title read from line `l` runs straight into a sentence on that line with nothing between: the
 * view squeezes spaces, so the clean text says whether a space stood there (clean offsets one apart: none).
 */
function runIntoSentence(ctx: Ctx, l: Line, hit: string): boolean {
  const at = l.text.indexOf(hit)
  if (at < 0) return false
  const end = at + hit.length
  if (end >= l.text.length || !SENTENCE_AFTER_NAME.test(l.text.slice(end))) return false
  const map = ctx.view.toClean
  return map.at(l.start + end) - map.at(l.start + end - 1) === 1
}

export function titleField(ctx: Ctx, hit: TitleHit | null): ExtractedField | null {
  if (!hit) return null
  // span: the part of the line(s) that is the title (a site prefix or joined body text stays outside)
  const at = ctx.view.text.indexOf(hit.value, hit.line.start)
  const inside = at >= 0 && at + hit.value.length <= hit.endLine.end
  const start = inside ? at : hit.line.start
  const end = inside ? at + hit.value.length : hit.endLine.end
  return mkField(ctx, 'title', hit.value, start, end, 0.9, 'title.heading-line')
}

// ---- region: the rule is in region-name.ts --------------------------------------------------------

export { leadingPlaces, regionOf } from './region-name'

/**
 * The region field: the place the agency's name opens with, else the place the title opens with (a
 * report whose agency was not found, or was found without its place: 县规划局).
 */
const pick = (h: AgencyHit) => ({ text: h.value, start: h.start, end: h.end })

function platformOf(ctx: Ctx, short: string): { text: string; start: number; end: number; confidence: number; rule: string } | null {
  const p = platformPlace(ctx.view.text, short)
  return p && { text: p.value, start: p.start, end: p.end, confidence: 0.4, rule: 'region.platform-of-short-body' }
}

/**
 * A department that names no body at all, only 我局/我委/我办 (pages p080: 2017年我局以濱江區政府信息公開網站為平臺): its
 * region is the one place whose government's site it names as its platform, as the pages' gold reads it. Not for a
 * township (我镇 on its county's portal is in the county, not the county itself).
 */
const DEPARTMENT_KIND = ['局', '委', '办公室']
function platformOfUnnamedDepartment(ctx: Ctx): { text: string; start: number; end: number; confidence: number; rule: string } | null {
  const kinds = selfKinds(ctx)
  if (!kinds.length || !kinds.every((k) => DEPARTMENT_KIND.some((w) => k.test(w)))) return null
  const places = ['县', '区', '市', '州', '旗', '省'].map((u) => platformPlace(ctx.view.text, u)).filter((p) => p !== null)
  if (new Set(places.map((p) => p.value)).size !== 1) return null
  const [p] = places
  return { text: p.value, start: p.start, end: p.end, confidence: 0.4, rule: 'region.platform-of-unnamed-body' }
}

/** a division's unit word with no name before it (自治区人民政府办公厅 writes its region so): no place */
/** a zone and the district sharing its government, the second in brackets (高新区(新市区)): one place as written */
const ZONE_SECOND_NAME = /^([\u4e00-\u9fa5]{2,12})[（(]([\u4e00-\u9fa5]{2,12})[）)]$/
function zoneWithSecondName(v: string): boolean {
  const m = ZONE_SECOND_NAME.exec(v)
  return !!m && (isPlaceName(m[1]) || isBareZoneKind(m[1])) && isPlaceName(m[2]) && /区$/.test(m[1]) && /区$/.test(m[2])
}
/** a place and a second place in brackets, the one government of both (嘉兴科技城(大桥镇), 高新区(新市区)) */
function placeWithSecondName(v: string): boolean {
  const m = ZONE_SECOND_NAME.exec(v)
  return !!m && isPlaceName(m[1]) && regionOf(m[1]) === m[1] && isPlaceName(m[2]) && regionOf(m[2]) === m[2]
}
const BARE_UNIT = /^(?:自治区|自治州|自治县|自治旗|省|市|县|区|州|旗|盟)$/

/** a township's unit word, ending the place */
const TOWNSHIP_END = /(?:街道|镇|乡|苏木)$/
/** the units a county-level place's name may leave off before its township (张店公园街道 for 张店区公园街道) */
const COUNTY_UNITS = ['区', '县', '市', '旗'] as const

/**
 * `region` read as a county-level name without its unit and a township (张店 + 公园街道), where the text writes the
 * same chain with the unit (张店区公园街道): that chain and where it stands. Null when the head already ends in a unit
 * or the text never writes it so.
 */
function unitWritten(text: string, region: string): { value: string; start: number } | null {
  if (!TOWNSHIP_END.test(region)) return null
  for (let i = 2; i <= 4 && region.length - i >= 2; i++) {
    const head = region.slice(0, i)
    if (/[省市县区州旗盟]$/.test(head)) return null
    for (const u of COUNTY_UNITS) {
      const value = head + u + region.slice(i)
      const start = text.indexOf(value)
      if (start >= 0) return { value, start }
    }
  }
  return null
}

/**
 * a street office named without 街道 under its district (铜陵市铜官区东郊办事处): the street's name is its place, after the
 * district's (set 108 of real pages). Not a liaison office (驻京办事处) nor a government's own (区政府办事处).
 */
const STREET_OFFICE = /^(.+[区县市旗])([\u4e00-\u9fa5]{2,3})办事处$/
function streetOfficePlace(name: string): string | null {
  const m = STREET_OFFICE.exec(name)
  if (!m || regionOf(name) !== m[1] || /^驻|政府|人民|街道/.test(m[2])) return null
  return m[1] + m[2]
}

export function regionField(ctx: Ctx, agency: AgencyHit | null, found: TitleHit | null, sig: SignatureHit): ExtractedField | null {
  const title = ownTitle(ctx, found)
  const titled = agency && placeAsTitled.get(ctx)
  const sources = [
    titled && { ...pick(titled), confidence: 0.75, rule: 'region.title-zone' },
    agency && { text: agency.value, start: agency.start, end: agency.end, confidence: 0.8, rule: 'region.agency-prefix' },
    title && { text: title.value.replace(/^\d{4}年度?/, ''), start: title.line.start, end: title.endLine.end, confidence: 0.6, rule: 'region.title-prefix' },
    sig.agency && sig.agency !== agency && { text: sig.agency.value, start: sig.agency.start, end: sig.agency.end, confidence: 0.6, rule: 'region.signature-prefix' },
    (!agency || agency.rule === 'agency.short-form') && placeOfUnnamedBody.has(ctx) && { ...pick(placeOfUnnamedBody.get(ctx)!), confidence: 0.5, rule: 'region.place-of-unnamed-body' },
    // (a body named only short: the one place of its unit the text names as its publishing platform, region-platform.ts)
    agency?.rule === 'agency.short-form' && platformOf(ctx, agency.value),
    !agency && !title && !sig.agency && platformOfUnnamedDepartment(ctx),
  ]
  for (const src of sources) {
    if (!src) continue
    const region = (src.rule === 'region.agency-prefix' && zoneWithSecondName(src.text)) ? src.text
      : src.rule === 'region.agency-prefix' ? branchPlace(src.text) ?? streetOfficePlace(src.text) ?? scenicAreaOfTown(src.text) ?? regionOf(src.text) ?? cityOfCityNamedBody(src.text) ?? zoneOfCommittee(src.text)
      : regionOf(src.text)
    // (a unit word alone, 自治区 of 自治区人民政府办公厅, names no place: the one place the head writes in full with
    // that unit word, 新疆维吾尔自治区, else the region is left to the reviewer; wild-final3 w037)
    if (region && src.rule === 'region.agency-prefix' && BARE_UNIT.test(region)) {
      const full = placeOfBareUnit(ctx.lines, region)
      const at = full ? ctx.view.text.indexOf(full) : -1
      if (full && at >= 0) return mkField(ctx, 'region', full, at, at + full.length, src.confidence - 0.2, 'region.place-of-bare-unit')
    }
    if (!region || isBareZoneKind(region) || BARE_UNIT.test(region)) continue
    // a body under its city's urban area (大同市区自然资源局): the one district of that city the head writes (wild-final3 w018)
    if (src.rule === 'region.agency-prefix' && /市$/.test(region) && src.text.startsWith(region + '区')) {
      const district = districtOfCityArea(ctx.lines, region)
      const at = district ? ctx.view.text.indexOf(district) : -1
      if (district && at >= 0) return mkField(ctx, 'region', district, at, at + district.length, src.confidence - 0.1, 'region.district-of-city-area')
    }
    // a township under its district written without the district's unit (张店公园街道 of the title) where the text writes
    // the unit too (发布机构 张店区公园街道办事处): the chain as written with it (wild-meta1 w045)
    const united = unitWritten(ctx.view.text, region)
    if (united) return mkField(ctx, 'region', united.value, united.start, united.start + united.value.length, src.confidence - 0.05, `${src.rule}+unit`)
    // a township named alone (石牌镇人民政府) whose county the report's head or signature writes
    const fuller = regionWithParents(ctx.lines, region)
    if (fuller) {
      const at = ctx.view.text.indexOf(fuller)
      if (at >= 0) return mkField(ctx, 'region', fuller, at, at + fuller.length, src.confidence - 0.05, `${src.rule}+parents`)
    }
    const at = ctx.view.text.indexOf(region, src.start)
    const ok = at >= 0 && at < src.end
    return mkField(ctx, 'region', region, ok ? at : src.start, ok ? at + region.length : src.end, src.confidence, src.rule)
  }
  return null
}

/**
 * A city bureau's branch for one of its districts (成都市公安局武侯区分局, 国家税务总局扬州市税务局江都区分局): the body sits
 * in that district, the city's place with the district's (成都市武侯区), when the district is the city's own.
 */
// (the district perhaps without its unit, 固原市生态环境局西吉分局: the city's county of that name)
// (…and a centre's, 济宁市公共资源交易服务中心微山县分中心: set 83 of real pages)
const BRANCH = /^(.{2,12}?[市州盟])[\u4e00-\u9fa5]{2,14}?(?:局([\u4e00-\u9fa5]{1,6}?)分局|中心([\u4e00-\u9fa5]{1,6}?)分中心)$/
function branchPlace(name: string): string | null {
  const m = BRANCH.exec(name.replace(/^国家税务总局/, ''))
  if (!m) return null
  const district = m[2] ?? m[3]
  const units = /[区县市旗]$/.test(district) ? [''] : ['县', '区', '市', '旗']
  // (a district the divisions data knows under that city)
  const own = units.map((u) => district + u).filter((d) => divisionsByName(d).some((x) => x.parent?.name === m[1]))
  return own.length === 1 ? m[1] + own[0] : null
}

// ---- agency -------------------------------------------------------------------------------------

export interface AgencyHit { value: string; start: number; end: number; rule: string; confidence: number }

/**
 * A metadata label and its value: 来源：X; or a page's metadata table flattened into text, where the
 * label stands with a space, a line break, a cell's bar or nothing (spaces are squeezed in the view) but no colon
 * (发布机构 X / 发布机构⏎X / 发布机构 | X). 来源 needs its colon
 * (资金来源 is prose).
 */
/** the words a metadata row's next label opens with: a value ends before them (来源：X 编辑：Y) */
const NEXT_LABEL = '作者|发布|时间|日期|生成|成文|主题|组配|公开方式|公开范围|公开时限|有效期|字体|字号|浏览|点击|访问|阅读|编辑|索引|文号|分类|来源|打印|分享|收藏|关闭|扫一扫'
// (a label in brackets, [ 发布机构 ] | X: set 37 of real pages)
const SOURCE_RE = new RegExp(String.raw`(?:(?:来源|信息来源|来源单位|发布机构|发布单位|发布部门|发布者|作者|供稿单位|发文机关|发布机关|制发机关|公开主体)[:：]\s*|(?<![\u4e00-\u9fa5])(?:信息来源|来源单位|发布部门|发布机构|发布单位|发文机关|发布机关|制发机关|公开主体)\s*[\]］】]?\s*(?:[|｜]\s*)?)([\u4e00-\u9fa5（）()·]{2,40}?)(?=${NEXT_LABEL}|[^\u4e00-\u9fa5（）()·]|$)`, 'g')

// (…and a spam brand's colon before the name: the name ends where the row's next label begins, 编辑：…)
const SPAM_THEN_NAME = new RegExp(String.raw`^([^\n:：]{0,30})[:：]\s*([\u4e00-\u9fa5（）()·]{2,40}?)(?=${NEXT_LABEL}|[^\u4e00-\u9fa5（）()·]|$)`)

/** a website's or a company's department (系统管理部, 网站编辑部, 技术部), which a 来源 row may name */
const SITE_DEPARTMENT = /(?:系统|技术|网络|编辑|运营|运维|网站|内容|信息中心)(?:管理)?部$/
/** the unit that runs a site (市信息中心, 融媒体中心, 大数据中心), which a 来源 row may name short: the page's poster */
const SITE_UNIT = /(?:信息中心|网站|网络中心|融媒体中心|大数据中心|电子政务)/

function fromSource(ctx: Ctx): AgencyHit | null {
  const zone = ctx.lines.slice(0, HEAD_ZONE_LINES)
  const end = zone.length ? zone[zone.length - 1].end : 0
  const text = ctx.view.text.slice(0, end)
  SOURCE_RE.lastIndex = 0
  for (let m = SOURCE_RE.exec(text); m; m = SOURCE_RE.exec(text)) {
    const v = m[1]
    // (a site's own department, 来源：系统管理部, is who posted the page, no government body: set 55 of real pages)
    if (SITE_DEPARTMENT.test(v) && !hasPlace(v)) continue
    if (agencyLike(v)) {
      const s = m.index + m[0].length - v.length
      // 来源：A、B (a joint report's two bodies): both, as written
      const joint = jointAfter(text, v, s + v.length)
      if (joint) return { value: joint.value, start: s, end: joint.end, rule: 'agency.source-label', confidence: 0.85 }
      return { value: v, start: s, end: s + v.length, rule: 'agency.source-label', confidence: 0.85 }
    }
    // a place alone as the source (来源：东河镇): a township's or a place-wide report, if nothing names a body
    // (…or a place with its second name in brackets, a zone sharing a town's government: 嘉兴科技城(大桥镇); wild-final3 w004)
    if ((isPlaceName(v) && regionOf(v) === v) || placeWithSecondName(v)) {
      const s = m.index + m[0].length - v.length
      // (the first name alone where the report calls itself by it, 嘉兴科技城以深化…: the body as its text writes it)
      const first = placeWithSecondName(v) ? ZONE_SECOND_NAME.exec(v)![1] : null
      if (first && mentionedBesides(ctx.view.text, first, { start: s, end: s + v.length })) return { value: first, start: s, end: s + first.length, rule: 'agency.source-place', confidence: 0.6 }
      return { value: v, start: s, end: s + v.length, rule: 'agency.source-place', confidence: 0.6 }
    }
    // a spam brand inserted between the label and the name (信息来源:老虎机游戏:青山乡政府): the name after it
    const after = text.slice(m.index + m[0].length).match(SPAM_THEN_NAME)
    if (after && isSpamName(v + after[1]) && agencyLike(after[2])) {
      const s = m.index + m[0].length + after[0].length - after[2].length
      return { value: after[2], start: s, end: s + after[2].length, rule: 'agency.source-label', confidence: 0.7 }
    }
  }
  // a metadata table with its labels in one row and their values in the next (索引号 | 公开方式 | 发布机构 |⏎… | … | X |)
  const under = publisherUnderLabel(zone)
  if (under && agencyLike(under.value)) return { ...under, rule: 'agency.source-label', confidence: 0.8 }
  return null
}

/** A date a signature or a label gives to the month only (view offsets): kept for the reviewer, never as a date */
export interface MonthOnlyDate { ym: string; start: number; end: number }

export interface SignatureHit {
  agency: AgencyHit | null
  date: { iso: string; start: number; end: number } | null
  /** the signature's date when it gives no day (2020年1月): signed_date stays empty, a warning says why */
  monthOnly?: MonthOnlyDate | null
}

interface Span { start: number; end: number }
interface SignatureAt<T extends Span> { found: T; line: Line; agency: AgencyHit | null }

/**
 * The signature block at the end: a line that is only a date, with the agency on the line above or before it.
 * A signature dated to the month only (2020年1月) is looked for after every full date failed: it still names
 * the agency, and the month goes to the reviewer as a warning.
 */
export function findSignature(ctx: Ctx): SignatureHit {
  // a signature closes the report: it comes after the body's first sentence. In a short page the last lines
  // may be the head (a site name over the page date, a byline under the title), never a signature.
  const bodyFrom = ctx.view.text.indexOf('。')
  const all = ctx.lines.filter((l) => l.text.trim().length > 0)
  const nonEmpty = all.filter((l) => bodyFrom >= 0 && l.start > bodyFrom)
  // a page flattened into long lines signs at the end of its last one, after its sentences
  const last = all[all.length - 1]
  const full = signatureLine(ctx, nonEmpty, findDates) ?? inlineSignature(last, findDates)
  if (full) {
    const d = full.found
    return { agency: full.agency, date: { iso: d.iso, start: full.line.start + d.start, end: full.line.start + d.end } }
  }
  const month = signatureLine(ctx, nonEmpty, findYearMonths) ?? inlineSignature(last, findYearMonths)
  if (month) {
    const d = month.found
    return { agency: month.agency, date: null, monthOnly: { ym: d.ym, start: month.line.start + d.start, end: month.line.start + d.end } }
  }
  return { agency: null, date: null }
}

function signatureLine<T extends Span>(ctx: Ctx, nonEmpty: Line[], find: (s: string) => T[]): SignatureAt<T> | null {
  const tail = nonEmpty.slice(-12)
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i]
    const t = l.text.trim()
    if (t.length > 50) continue
    const dates = find(l.text)
    if (dates.length !== 1) continue
    const d = dates[0]
    const before = l.text.slice(0, d.start).trim()
    const after = l.text.slice(d.end).trim()
    if (after.length > 0) continue
    // a covering notice's signature, its annex (the report) after it (教育部办公厅 / 二○一一年三月二十五日 / 附件： / 2010年…
    // 报告): the office that issued the notice is not the report's body; the notice's date is the report's release
    // (set 19 of real pages)
    if (tail[i + 1] && /^\s*附件\s*\d{0,2}\s*[:：]?\s*$/.test(tail[i + 1].text)) return { found: d, line: l, agency: null }
    if (before.length > 0) {
      if (!agencyLike(before)) continue
      const s = l.start + l.text.indexOf(before)
      return { found: d, line: l, agency: { value: before, start: s, end: s + before.length, rule: 'agency.signature', confidence: 0.9 } }
    }
    // agency on one of the two lines above; two bodies each on its line sign a joint report (A / B / date):
    // both, as written (the nearest alone would be the second body's name)
    const [upper, lower] = [tail[i - 2], tail[i - 1]]
    const joint = upper && lower && jointName([upper.text.trim(), lower.text.trim()])
    if (joint) {
      const s = upper.start + upper.text.indexOf(upper.text.trim())
      return { found: d, line: l, agency: { value: joint, start: s, end: lower.start + lower.text.trimEnd().length, rule: 'agency.signature', confidence: 0.85 } }
    }
    let agency: AgencyHit | null = null
    for (const prev of [tail[i - 1], tail[i - 2]]) {
      if (!prev) break
      const pt = prev.text.trim()
      // two bodies on one line, spaces between them (临朐县档案局　　临朐县档案馆: the view squeezes the spaces)
      // (read on the clean text, which keeps a space but has a mirror's pinyin dropped: 黃岡市統(tǒng)計局　國家統(tǒng)計局…)
      const cleanLine = ctx.view.clean.text.slice(ctx.view.toClean.at(prev.start), ctx.view.toClean.at(prev.end - 1) + 1).trim()
      const side = /[\s\u3000]/.test(cleanLine) ? jointName(cleanLine.split(/[\s\u3000]+/)) : null
      if (side) {
        const s = prev.start + prev.text.indexOf(pt)
        agency = { value: side, start: s, end: s + pt.length, rule: 'agency.signature', confidence: 0.85 }
        break
      }
      if (agencyLike(pt)) {
        const s = prev.start + prev.text.indexOf(pt)
        agency = { value: pt, start: s, end: s + pt.length, rule: 'agency.signature', confidence: 0.9 }
        break
      }
    }
    return { found: d, line: l, agency }
  }
  return null
}

/**
 * A page flattened into long lines: the signature is the end of the last one, after its last sentence
 * (…有待提高。武义县财政局 2019年1月28日). Taken only when the name before the date looks like an agency.
 */
function inlineSignature<T extends Span>(last: Line | undefined, find: (s: string) => T[]): SignatureAt<T> | null {
  if (!last) return null
  const d = find(last.text).pop()
  if (!d || last.text.slice(d.end).trim() !== '') return null
  const name = last.text.slice(0, d.start).trimEnd().match(/[。；！？]\s*([^\s。；，,：:！？]{4,40})$/)?.[1]
  if (!name || !agencyLike(name)) return null
  const at = last.start + last.text.lastIndexOf(name, d.start)
  return { found: d, line: last, agency: { value: name, start: at, end: at + name.length, rule: 'agency.signature-inline', confidence: 0.75 } }
}

/**
 * A zone's own committee heading its title names its body though no list of places knows the zone (北京大兴国际机场
 * 临空经济区（廊坊）管理委员会, 某某景区管委会, 某某产业园管理委员会: the fourth and seventh sets of real pages); never a short form (区管委会).
 */
const ZONE_COMMITTEE = /^(?![市区县州省])[\u4e00-\u9fa5（）()]{3,30}(?:区|园|城|港)(?:[（(][\u4e00-\u9fa5]{2,6}[）)])?(?:管理委员会|管委会)$/

/** the zone a committee the title heads is of, as written (峨眉山景区管委会 → 峨眉山景区; pages README: a zone as written) */
function zoneOfCommittee(name: string): string | null {
  return ZONE_COMMITTEE.test(name) ? name.replace(/(?:管理委员会|管委会)$/, '') : null
}

/**
 * A scenic area's committee named by its old town (陈炉古镇景区管委会): the area as written, not the town its name opens
 * with (set 113 of real pages; a place's 景区 bureau, 某县景区管理局, keeps its county)
 */
function scenicAreaOfTown(name: string): string | null {
  const zone = zoneOfCommittee(name)
  const town = regionOf(name)
  return zone && town && /[镇乡]$/.test(town) && zone === `${town}景区` ? zone : null
}

/** a school's academic year (2015-2016学年度, 2024—2025学年): its two years; report-year.ts votes for the second */
export const ACADEMIC_YEAR = /(\d{4})\s*[-—–~～至]\s*(\d{4})\s*学年/
/** …named after the school in its title */
const ACADEMIC_YEAR_AFTER = new RegExp(`\\s*${ACADEMIC_YEAR.source}度?\\s*$`)
/** a place's service of one trade named as one body: 徐州市气象部门 (not 各部门, 相关部门: a place opens it) */
const PLACE_SERVICE = /^([\u4e00-\u9fa5]{2,12}?[省市县区州旗盟])([\u4e00-\u9fa5]{2,4})部门$/
/** a university, college or school by its own name (not a word: 2–20 characters before the kind) */
const SCHOOL = /^[\u4e00-\u9fa5]{2,20}(?:大学|学院|学校|中学|小学)$/

/** `v` where the title's lines write it, else the title's whole span */
function namedInTitle(ctx: Ctx, title: TitleHit, v: string, rule: string, confidence: number): AgencyHit {
  const at = ctx.view.text.indexOf(v, title.line.start)
  const ok = at >= 0 && at + v.length <= title.endLine.end
  return { value: v, start: ok ? at : title.line.start, end: ok ? at + v.length : title.endLine.end, rule, confidence }
}

/** The agency named at the head of the title: 常州市自然资源和规划局2020年政府信息公开工作年度报告. */
function fromTitle(ctx: Ctx, title: TitleHit | null): AgencyHit | null {
  if (!title) return null
  // the year in digits or in Chinese numerals (二〇二〇年度), before or after the name
  // (09沈阳市政府信息公开报告: a document library's heading opens with the year's last two digits, wild-final2 w009)
  // (…2015年年度政府信息公开…: 年 written twice before 度; wild-agency12 w025)
  const m = title.value.match(/^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?|\d{2}(?=[\u4e00-\u9fa5]))?(.+?)(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年{1,2}度?|[（(]?\d{4}[）)]?)?(?:政府信息公开|政务公开|信息公开|政务信息公开)/)
  if (!m) return null
  // 石阡县人民政府办公室关于2019年度政府信息公开工作的报告: 关于 opens the subject, not the name
  // 【青山县民政局】2020年… / 青山县民政局：2020年…: the name set off by brackets or a colon
  // 【图文】青山县民政局2022年…: a site's short tag in brackets before the name (no organ word in it) is dropped
  // 广州海关2015年海关政府信息公开…: the year, then the body's own kind said again before 政府信息公开 (set 36 of real pages)
  const kindAgain = /^(.+?)(?:\d{4}|[〇○零一二三四五六七八九]{4})年{1,2}度?([\u4e00-\u9fa5]{2,4})$/.exec(m[1])
  let v = (kindAgain && kindAgain[1].endsWith(kindAgain[2]) ? kindAgain[1] : m[1]).replace(/^[【\[](?:(?![^】\]]*(?:局|委|政府|办|厅|院|署|中心|街道|镇|乡))[^】\]]{1,4}|\d{4}年度?)[】\]](?=[\u4e00-\u9fa5])/, '').replace(/^关于/, '').replace(/关于$/, '').replace(/^[【\[]([^】\]]+)[】\]]$/, '$1').replace(/[：:]$/, '')
  // 镇江市人民政府政府信息公开…: the government's own name ends in 政府 right before 政府信息公开
  if (title.value.slice(title.value.indexOf(m[1]) + m[1].length).startsWith('政府政府信息公开')) v += '政府'
  // 兴县人民政府信息公开年度报告: the government's 政府 is shared with 政府信息公开
  else if (v.endsWith('人民') && title.value.slice(title.value.indexOf(m[1]) + m[1].length).startsWith('政府信息公开')) v += '政府'
  v = withoutDistrictWord(withoutSiteName(withoutGluedLabel(v.replace(ACADEMIC_YEAR_AFTER, ''))))
  // 浙江绍兴2023年绍兴市生态环境局…: a news site's location tag (province and city short names) before the year, the body
  // after it opening with the tag's city (set 24 of real pages)
  const tagged = /^([\u4e00-\u9fa5]{2,3}?)([\u4e00-\u9fa5]{2})\d{4}年度?(.+)$/.exec(v)
  if (tagged && PROVINCE_SHORT_NAMES.includes(tagged[1]) && tagged[3].startsWith(tagged[2])) v = tagged[3]
  // 鹿城区人民政府及办公室2008年…: the government with its own office, the government's report (its sentence says 由鹿城区
  // 人民政府编制; real page, session 13)
  v = v.replace(/(人民政府)(?:及其?|和)办公(?:室|厅)$/, '$1')
  // 2009年永定县教育局机关政府信息公开…: the bureau's own offices (机关) named for it, the bureau (set 109 of real pages)
  v = v.replace(/(局|委|厅|办)(?:机关|機關)$/, '$1')
  // X（Y、Z）2021年…: one body with its other names in brackets (not joint bodies): the name before them (set 102)
  const aliased = /^([^（(、]+)[（(][^（()）]*、[^（()）]*[）)]$/.exec(v)
  if (aliased && agencyLike(aliased[1]) && hasPlace(aliased[1])) v = aliased[1]
  // A、B2020年…: a joint report's title names both bodies
  const joint = v.includes('、') ? jointName(v.split('、')) : null
  if (joint) return namedInTitle(ctx, title, joint, 'agency.title', 0.8)
  // 青江市东河区人民政府白沙街道2022年…: a township named under its district's government, the street with no 办事处 after
  // it (set 65 of real pages): the body as the title writes it
  const underGovernment = /^(.+?)人民政府([\u4e00-\u9fa5]{2,6}(?:镇|乡|街道|苏木))$/.exec(v)
  if (underGovernment && isPlaceName(underGovernment[1]) && isPlaceName(underGovernment[2])) {
    const at = ctx.view.text.indexOf(v, title.line.start)
    if (at >= 0 && at + v.length <= title.endLine.end) return { value: v, start: at, end: at + v.length, rule: 'agency.title', confidence: 0.8 }
  }
  if (isPlaceName(v) || zoneWithSecondName(v)) {
    // 中村乡2020年政府信息公开工作年度报告: a place's own report (a township, a city-wide aggregate)
    // (高新区(新市区)2020年…: a zone and a district sharing one government, written as one; wild-final w026)
    return namedInTitle(ctx, title, v, 'agency.title-place', 0.6)
  }
  // 中山大学2024—2025学年信息公开年度报告: a university's or a school's report on its academic year (their own disclosure
  // rules, 高等学校信息公开办法; set 83 of real pages): the school as the title names it
  if (SCHOOL.test(v)) return namedInTitle(ctx, title, v, 'agency.title-school', 0.75)
  if (isCentralBody(v)) return namedInTitle(ctx, title, v, 'agency.title-central', 0.75)
  // 江苏省徐州市气象部门2022年…: a place's whole service of one trade (the city's weather offices) reporting as one, as its
  // title names it (sets 49 and 97 of real pages)
  const service = PLACE_SERVICE.exec(v)
  const serviceOfPlace = service !== null && isPlaceName(service[1])
  if (!serviceOfPlace && (!agencyLike(v) || !(hasPlace(v) || ZONE_COMMITTEE.test(v)))) return null
  const at = ctx.view.text.indexOf(v, title.line.start)
  if (at < 0 || at > title.endLine.end) return { value: v, start: title.line.start, end: title.endLine.end, rule: 'agency.title', confidence: 0.8 }
  return { value: v, start: at, end: at + v.length, rule: 'agency.title', confidence: 0.8 }
}

/**
 * a metadata row's label glued to its value when the page's table was flattened (标题水城区杨梅乡2022年…报告,
 * wild pages): the name after it, when that reads as one
 */
const GLUED_LABEL = /^(?:标题|题目|名称|信息名称|文章标题)(?=[\u4e00-\u9fa5]{2})/

function withoutGluedLabel(v: string): string {
  const label = v.match(GLUED_LABEL)
  if (!label) return v
  const rest = v.slice(label[0].length)
  return isPlaceName(rest) || (agencyLike(rest) && hasPlace(rest)) || isCentralBody(rest) ? rest : v
}

/** the site a page is on, glued before the title's agency (青山县人民政府网 青山县财政局2020年…): the agency after it */
const SITE_NAME_HEAD = /^[\u4e00-\u9fa5]{2,24}?(?:门户网站|政务网|网站|网)(?=[\u4e00-\u9fa5]{4})/

function withoutSiteName(v: string): string {
  const site = v.match(SITE_NAME_HEAD)
  if (!site) return v
  const rest = v.slice(site[0].length)
  return (agencyLike(rest) && hasPlace(rest)) || isCentralBody(rest) || isPlaceName(rest) ? rest : v
}

const BYLINE_DATE = /\s*(?:\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)?\s*$/
/** a byline set in brackets as a whole, （青山县民政局 2021年1月15日）: what is inside (a name's own bracketed second name stays) */
const inBrackets = (s: string): string => (/^[（(][^（()）]*[）)]$/.test(s) ? s.slice(1, -1) : s)

/** A line that is only an agency name, above the title (site header) or right under it (a byline, maybe dated). */
function fromHeaderLine(ctx: Ctx, title: TitleHit | null): AgencyHit | null {
  const limit = title ? ctx.lines.indexOf(title.endLine) + 3 : 10
  for (const l of ctx.lines.slice(0, Math.max(0, limit))) {
    if (title && l.start >= title.line.start && l.end <= title.endLine.end) continue
    // a byline with its date, in parentheses or not: （青山县民政局 2021年1月15日）
    // (…or a betting brand and its colon before it, 澳门皇冠_…投注:海虞镇人民政府: the spam only inserted; set 50 of real pages)
    const line = l.text.trim()
    const t = inBrackets(afterSpamLabel(line) ?? line).replace(BYLINE_DATE, '')
    if (agencyLike(t) && hasPlace(t)) {
      const s = l.start + l.text.indexOf(t)
      return { value: t, start: s, end: s + t.length, rule: 'agency.header-line', confidence: 0.6 }
    }
  }
  return null
}

/** the next non-empty line after the one holding `hit` is a title without a name (2016年政府信息公开工作年度报告) */
function headsNamelessTitle(ctx: Ctx, hit: AgencyHit): boolean {
  const i = ctx.lines.findIndex((l) => hit.start >= l.start && hit.start <= l.end)
  if (i < 0) return false
  const next = ctx.lines.slice(i + 1).find((l) => l.text.trim() !== '')
  // (a column's name alone under a site's name, 政府信息公开 over the title, is the page's navigation, no title)
  return !!next && NAMELESS_TITLE.test(next.text.trim()) && REPORT_WORD.test(next.text)
}
const REPORT_WORD = /报告|年报/

/** a township's or a 街道's own office (柳塘街道办事处, 石湾镇人民政府) */
const TOWNSHIP_OFFICE_END = /(?:镇|乡|街道|苏木)(?:办事处|人民政府|政府)$/

/**
 * A candidate that names the chosen agency with more of its places before it: a township signing without
 * its county (歙县 + 深渡镇人民政府), a district department without its city (阜阳市 + 颍州区教育局).
 * The fuller name is the agency's full name.
 */
function withMorePlaces(full: AgencyHit, cands: (AgencyHit | null)[]): AgencyHit | null {
  for (const c of cands) {
    if (!c || c === full || c.value.length <= full.value.length || !c.value.endsWith(full.value)) continue
    const head = c.value.slice(0, c.value.length - full.value.length)
    if (regionOf(head) === head) return c
    // (a township's office under its district's government, 青山市东河区人民政府 + 柳塘街道办事处 in a 来源 row over the
    // compiling sentence's short name: the same office with its places; second wild set)
    const places = head.replace(/(?:人民政府|政府)$/, '')
    if (places !== head && regionOf(places) === places && TOWNSHIP_OFFICE_END.test(full.value)) return { ...c, rule: 'agency.with-places' }
  }
  return null
}

/**
 * The title line the agency and region are read from: the title found, unless it is a link to another report
 * (a sidebar's or a related list's line, agency-links.ts); then the first title line of the head that is not one.
 */
export function ownTitle(ctx: Ctx, title: TitleHit | null): TitleHit | null {
  if (!title || !onLinkLine(ctx, title.line.start)) return title
  for (const l of ctx.lines.slice(0, HEAD_ZONE_LINES)) {
    if (onLinkLine(ctx, l.start)) continue
    const hit = titleReadings(l.text).find(isTitleLike)
    if (hit) return { value: hit, line: l, endLine: l }
  }
  return null
}

/** the same place, one written with parent divisions before it (上海市宝山区 / 宝山区): a title's line and its sentences */
function samePlaceWithParents(a: string | null, b: string | null): boolean {
  if (!a || !b) return a === b
  if (a === b) return true
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.endsWith(short) && isPlaceName(long.slice(0, long.length - short.length))
}

/**
 * a name whose place a template wrote twice (由北京市大兴区北京市大兴区发展和改革委员会编制: the place, then the full name
 * with its place again; wild-counts7 w026): the name once, from the second place on (a place repeated is never a body's
 * own name: no 大兴区大兴区 exists)
 */
function placeOnce(chosen: AgencyHit | null): AgencyHit | null {
  if (!chosen) return chosen
  const v = chosen.value
  for (let n = Math.floor(v.length / 2); n >= 2; n--) {
    const head = v.slice(0, n)
    if (v.startsWith(head + head) && v.length > 2 * n && isPlaceName(head)) {
      return { ...chosen, value: v.slice(n), start: chosen.start + n }
    }
  }
  return chosen
}

/** the words after a betting brand and its colon opening a line (亚博体育官网app:淄博市…), or null when no brand opens it */
function afterSpamLabel(line: string): string | null {
  const m = /^(.{1,30}?)[:：]\s*(.+)$/.exec(line)
  return m && isSpamName(m[1]) ? m[2] : null
}

/**
 * A title line a betting brand was glued to (亚博体育官网app:淄博市住房和城乡建设局2017年…报告): no title (pages README: a
 * title line corrupted by spam), but the name after the brand's colon is whole and names the body (spam only inserted,
 * stripped: p128, p051). Read for the agency only.
 */
function titleAfterSpam(ctx: Ctx): TitleHit | null {
  for (const l of ctx.lines.slice(0, HEAD_ZONE_LINES)) {
    const rest = afterSpamLabel(l.text)
    if (rest === null) continue
    const hit = titleReadings(rest).find(isTitleLike)
    if (hit) return { value: hit, line: l, endLine: l }
  }
  return null
}

export function findAgency(ctx: Ctx, found: TitleHit | null, sig: SignatureHit): AgencyHit | null {
  const title = ownTitle(ctx, found) ?? (found ? null : titleAfterSpam(ctx))
  const chosen = placeOnce(fullerForm(ctx, chooseAgency(ctx, title, sig)))
  // a name cut by a line break is read whole, or left to the reviewer when only its tail is there
  const whole = chosen && wholeAcrossBreak(ctx, chosen)
  if (whole && whole !== chosen) consider(ctx, 'agency', whole.value, whole.start, whole.end, whole.confidence, whole.rule)
  const agency = whole && portalOrBody(ctx, whole)
  // a place's title whose contact line names the place's own body (如有疑问，请联系五常市背荫河镇政府): that body
  if (agency?.rule !== 'agency.title-place') return agency
  // …or whose sentences have the place's own body as their subject, written short (市政府办公厅按照…)
  // …or that its page's 来源 or compiler names short, the full name written elsewhere (发布机构：区管委会办公室)
  const body = contactBody(ctx, agency.value) ?? selfNamedBody(ctx, agency.value) ?? shortBodyOfPlace(ctx, title, agency.value)
    ?? streetOffice(ctx, agency.value) ?? townshipGovernment(ctx, agency.value)
  if (body) consider(ctx, 'agency', body.value, body.start, body.end, body.confidence, body.rule)
  if (body) return body
  // a page row or compiler naming a body of the place short, its full name nowhere (发布机构：区管委会办公室):
  // the report is that body's, whose name the text does not give; the place alone is no answer (the region is)
  const short = shortFormBody(ctx, title)
  // (a 来源 row's short office under a place's title whose text speaks for the whole place, 天津市2010年… / 来源：市政府办公厅 /
  // 全市各级行政机关…: the page's poster; the place-wide report gets the place, as the pages README says)
  const posted = short && /(?:来源|信息来源|发布机构|发布单位)\s*(?:[:：]|\|)\s*$/.test(ctx.view.text.slice(Math.max(0, short.start - 12), short.start))
  if (short && posted && speaksForWholePlace(ctx, agency.value)) return agency
  // (…or a row naming the unit that runs the site, 信息来源：市信息中心 over 连云港市某县政府信息公开2018年度报告: the page's
  // poster, never a report's body; set 62)
  if (short && posted && SITE_UNIT.test(short.value)) return agency
  if (short && !OWN_PLACE_WORDS.test(short.value)) {
    consider(ctx, 'agency', short.value, short.start, short.end, 0.4, 'agency.short-form')
    placeOfUnnamedBody.set(ctx, agency)
    return null
  }
  return agency
}

/**
 * the chosen name in the fuller form the text also writes for it (agency-written-forms.ts): a title's alias
 * without a place (自治区北部湾办, defined as 以下简称 of the office's full name), or a subject written without the
 * parent places the text gives it elsewhere (宝力根花苏木人民政府 / 扎赉特旗宝力根花苏木人民政府)
 */
function fullerForm(ctx: Ctx, chosen: AgencyHit | null): AgencyHit | null {
  if (!chosen) return chosen
  const text = ctx.view.text
  const fuller = aliasedFullName(text, chosen.value)
    ?? (chosen.rule === 'agency.subject' ? withParentsWritten(text, ctx.lines, chosen.value) : null)
    // a body that titles and signs itself short (县民政局) and writes its full name once (祁阳县民政局在县委…): that name
    // (session-11 blind batch; only one full name of that organ in the text)
    ?? (/^(?:省|市|县|区|州|旗|盟)/.test(chosen.value) && regionOf(chosen.value) === null && agencyLike(chosen.value) ? fullFormOf(ctx, chosen.value) : null)
    // …or with its place and an abbreviated organ (定远县卫生计生委) that the text writes out once with that place
    ?? spelledOutWithPlace(ctx, chosen.value)
  if (!fuller) return chosen
  consider(ctx, 'agency', fuller.value, fuller.start, fuller.end, chosen.confidence, `${chosen.rule}+fuller`)
  return { ...fuller, rule: `${chosen.rule}+fuller`, confidence: chosen.confidence }
}

/**
 * the township's government as its page's 来源 row names it, or as its sentences have it as subject: the fuller of the
 * two when both do (来源：长竹园乡政府, 2016年，商城县长竹园乡人民政府在县委…: the sentence's, with its county; session-12
 * blind batch)
 */
function townshipGovernment(ctx: Ctx, place: string): AgencyHit | null {
  const source = sourceGovernmentOf(ctx, place)
  const subject = townshipGovernmentSubject(ctx, place)
  return source && subject && subject.value.length > source.value.length ? subject : source ?? subject
}

/**
 * a township's title (城关镇2024年…) whose sentences have the township's government as their subject, written with or
 * without its county (2024年，汉阴县城关镇人民政府坚持…): that body, as the sentence writes it — the pages gold takes the
 * government a place's title leaves unnamed when the text names it (p106: 五常市背荫河镇政府 from its contact line), and
 * two blind writers did the same (session 11). Only one form; a name the text garbles (鸭南乡乡人民政府, p071, where the
 * gold keeps the title's place) is not the place's government.
 */
// (把/将…作为, 扎实, 切实, 大力, 注重, 加强: the same government at work; session-12 blind batch)
const SUBJECT_VERB = '(?:坚持|认真|按照|深入|全面|严格|积极|围绕|紧紧|紧扣|进一步|不断|高度|始终|着力|持续|聚焦|在|以|结合|立足|把|将|扎实|切实|大力|注重|加强)'
function townshipGovernmentSubject(ctx: Ctx, place: string): AgencyHit | null {
  if (!/(?:镇|乡|街道|苏木)$/.test(place)) return null
  const organ = place.endsWith('街道') ? '(?:办事处)' : '(?:人民政府|政府)'
  const re = new RegExp(`(?:^|[，,。；;\\n]|\\d{4}年度?[，,]?)((?:[\\u4e00-\\u9fa5]{2,8}?(?:县|市|区|旗))?${place}${organ})(?=${SUBJECT_VERB})`, 'g')
  const forms = new Map<string, number>()
  for (const m of ctx.view.text.matchAll(re)) if (!forms.has(m[1])) forms.set(m[1], m.index + m[0].length - m[1].length)
  if (forms.size !== 1) return null
  const [[value, start]] = [...forms]
  if (!agencyLike(value) || (value.length > place.length + 4 && !hasPlace(value))) return null
  return { value, start, end: start + value.length, rule: 'agency.township-government', confidence: 0.6 }
}

/**
 * a township-level 街 in the title (柳堤街2023年…) whose office the text names in full (柳堤街道办事处2023年度政府信息
 * 公开工作依托…): that office is the body (Tianjin writes its 街道 short; wild pages)
 */
function streetOffice(ctx: Ctx, place: string): AgencyHit | null {
  if (!place.endsWith('街')) return null
  const name = `${place}道办事处`
  const at = ctx.view.text.indexOf(name)
  return at < 0 ? null : { value: name, start: at, end: at + name.length, rule: 'agency.street-office', confidence: 0.6 }
}

/**
 * the page's 来源 or 发布机构 row naming the title's township's own government (青山县东河镇人民政府 under 青山县东河镇
 * 2023年…). Only a township's: a county or a zone's government in that row is as often the portal that posted the page
 * (a host's 来源 over a zone's report, agency-perturb.ts), while a portal is never a township's.
 */
function sourceGovernmentOf(ctx: Ctx, place: string): AgencyHit | null {
  if (!/(?:镇|乡|街道|苏木)$/.test(place)) return null
  const src = fromSource(ctx)
  if (!src || !src.value.startsWith(place) || !/^(?:人民政府|政府)$/.test(src.value.slice(place.length))) return null
  return { ...src, rule: 'agency.source-government', confidence: 0.7 }
}

/** a place's own government named short (县政府, 区人民政府): the place's report, as its title says */
const OWN_PLACE_WORDS = /^(?:省|市|县|区|州|旗|镇|乡|街道)(?:人民政府|政府)$/
/** …or its office (区政府办公室, 市政府办): never the agency as written (pages p039: only 区政府办公室, agency null) */
const OWN_GOVERNMENT = /^(?:省|市|县|区|州|旗|镇|乡|街道|苏木)+(?:人民政府|政府)(?:(?:党政)?办公室|办公厅|办)?$/

function shortBodyOfPlace(ctx: Ctx, title: TitleHit | null, place: string): AgencyHit | null {
  const short = shortFormBody(ctx, title)
  const full = short && fullFormOf(ctx, short.value, place)
  return full && { ...full, rule: 'agency.short-form-expanded', confidence: 0.6 }
}

/** a 来源 line's name against the contact the report gives: the body inside its place, or empty on a conflict */
function portalOrBody(ctx: Ctx, found: AgencyHit): AgencyHit | null {
  if (found.rule !== 'agency.source-label' || !/来源[:：]?\s*$/.test(ctx.view.text.slice(Math.max(0, found.start - 6), found.start))) return found
  const said = sourceAgainstContact(ctx, found.value)
  if (said === 'keep') return found
  if (said === 'conflict') {
    for (const c of contactNames(ctx)) consider(ctx, 'agency', c.value, c.start, c.end, 0.5, 'agency.contact')
    return null
  }
  const body = { ...said, rule: 'agency.contact-inside-source', confidence: 0.65 }
  consider(ctx, 'agency', body.value, body.start, body.end, body.confidence, body.rule)
  return body
}

/** the title's short form of the agency's zone (青岭高新区 for 青岭高新技术产业开发区管理委员会): the region as titled */
const placeAsTitled = new WeakMap<Ctx, AgencyHit>()

/** the place a report's body belongs to where the body was left unnamed (县政府办公室 of a report about 光山县) */
const placeOfUnnamedBody = new WeakMap<Ctx, AgencyHit>()

/** rules that read a line or sentence naming the report itself (its own title line, 现公布X2021年…, X2021年…报告是…) */
const REPORT_NAME_RULES = new Set(['agency.header-line', 'agency.sentence-head', 'agency.quoted-title', 'agency.announcement'])

/** one body under its place's two units (宁乡县林业局 / 宁乡市林业局): the same name but for the place's last unit */
function placeRenamed(a: string, b: string): boolean {
  const pa = regionOf(a), pb = regionOf(b)
  if (!pa || !pb || pa.length !== pb.length || pa === pb || a.slice(pa.length) !== b.slice(pb.length)) return false
  return pa.slice(0, -1) === pb.slice(0, -1) && /[县市区旗]/.test(pa.slice(-1)) && /[县市区旗]/.test(pb.slice(-1))
}

/** rules that read the report's own title or signature: the body as it names itself, whatever it calls itself */
const OWN_NAME_RULES = new Set(['agency.signature', 'agency.signature-inline', 'agency.title', 'agency.title-place', 'agency.title-central'])

/** the words between a compiler and the report's name it compiled: 编制了2019年 */
const COMPILED_THEN_NAMED = /^(?:编制|编写)了?[《“]?(?:\d{4}年度?)?$/

function chooseAgency(ctx: Ctx, title: TitleHit | null, sig: SignatureHit): AgencyHit | null {
  const all = agencyCandidates(ctx, title, sig)
  for (const c of all) if (c) consider(ctx, 'agency', c.value, c.start, c.end, c.confidence, c.rule)
  // a name from the page's furniture or another sentence that is not the kind of body the text calls itself
  // (来源：青山县人民政府 over 我局…) is the hosting site or another body: kept as a candidate only
  const kinds = selfKinds(ctx)
  // a body that forwards the report (X关于转发Y…的通知, 来源：X) only posted it: a candidate, never the agency
  const forwarders = forwardersOf(ctx)
  const cands = all.map((c) => (c && !forwarders.has(c.value) && (OWN_NAME_RULES.has(c.rule) || fitsSelf(c.value, kinds)) ? c : null))
  // a compiler named before its verb (X编制了2019年Y政府信息公开工作年度报告): the compiler, not the body the report's
  // name carries (the README's 由X编制; wild-agency8 w020)
  const [announced, compiler] = [cands[2], cands[4] ?? cands[3]]
  if (announced && compiler && compiler.end <= announced.start && COMPILED_THEN_NAMED.test(ctx.view.text.slice(compiler.end, announced.start))) cands[2] = null
  const full = cands.find((c) => c && hasPlace(c.value))
  // a page row naming the body with its place's later unit (来源：宁乡市林业局 over 2014年，宁乡县林业局认真…: the county
  // became a city in 2017, the site's rows were rewritten): the report's own sentence names it as it was (session-12
  // blind batch)
  if (full?.rule === 'agency.source-label') {
    const said = fromSubject(ctx)
    if (said && placeRenamed(said.value, full.value)) return said
  }
  // a page's 来源 naming another place than the title's own (来源：平潭县人民政府 on the zone's report)
  const titlePlace = cands[1]?.rule === 'agency.title-place' ? cands[1] : null
  // (a source naming the title's place with its parents, 青山县东河镇人民政府 under 东河镇…, is that place's body)
  // (so too a line that is only a name above the title: the site's, 青山县人民政府 over 东河乡2020年…)
  const furniture = full && (full.rule === 'agency.source-label' || full.rule === 'agency.header-line')
  // (…so too a source naming the title's zone in full, 信息来源：青岭高新技术产业开发区管理委员会 under 青岭高新区2020年…:
  // the zone's committee, the region as the title writes it)
  const fullPlace = full && regionOf(full.value)
  if (full && titlePlace && furniture && fullPlace && sameZoneWritten(fullPlace, titlePlace.value)) {
    placeAsTitled.set(ctx, titlePlace)
    return full
  }
  if (full && titlePlace && furniture && !fullPlace?.endsWith(titlePlace.value)) return titlePlace
  // (…and a row naming the title's place's own government office, 来源：西乌旗人民政府办公室 under 西乌旗2021年…: the
  // office that posted the page; the title's place, as the title writes it (fourth wild set, pages p119))
  if (full && titlePlace && full.rule === 'agency.source-label' && isOfficeOfPlace(full.value, titlePlace.value)) return titlePlace
  // (…or one of its departments posting the place-wide report, 来源：建宁县行政服务中心管委会 under 建宁县2020年… whose text speaks
  // for 全县: the place, as the title writes it; set 104 of real pages. A 发布机构 row names the compiler, as the pages README
  // says of Pingtan's, and stays)
  const sourceLine = full?.rule === 'agency.source-label' && /来源\s*[:：|]?\s*$/.test(ctx.view.text.slice(Math.max(0, full.start - 8), full.start))
  if (full && titlePlace && sourceLine && regionOf(full.value) === titlePlace.value && speaksForWholePlace(ctx, titlePlace.value)) return titlePlace
  // a sentence naming a body of another place than the title's (现公布青山县民政局2025年度… under 青山县东河镇2025年…:
  // a sentence copied from another body's report): the title's place, as the title writes it (pages README: the
  // title's form; wild-final w033)
  const sentencePlace = full && titlePlace && full !== sig.agency && !furniture ? regionOf(full.value) : null
  if (sentencePlace && titlePlace && !samePlaceWithParents(sentencePlace, titlePlace.value) && !sentencePlace.endsWith(titlePlace.value)) return titlePlace
  // a central body heading the title (外交部2020年…) over a local name from the page's furniture (来源：青山市
  // 人民政府, the portal that re-posted it): the title's body; only its own signature could say otherwise
  const titleCentral = cands[1]?.rule === 'agency.title-central' ? cands[1] : null
  if (full && titleCentral && full !== sig.agency) return titleCentral
  // a line that is only a name over the report (a site's name, its logo's text) is the weakest furniture: a
  // central body or a place the report's own words credit (现发布《工业和信息化部…》, 综合丽水市各县…) comes first,
  // and a report that speaks for another place (全省… under 青山市人民政府) leaves it a candidate
  // a name line joined to a nameless title under it (青山县人民政府 / 2020年…报告) may be the site's name: against a
  // body or place the report's sentences have as their subject, neither is taken (both offered)
  // (a first line that carries the year, 宁波市…局国家高新区分局2020年 / 政府信息公开工作年度报告, is the title's own head,
  // not a site's name: set 97 of real pages)
  if (full && full === cands[1] && title && title.line !== title.endLine && NAMELESS_TITLE.test(ctx.view.text.slice(title.endLine.start, title.endLine.end).trim())
    && !/\d{4}\s*年/.test(title.line.text)) {
    const said = fromSubject(ctx)
    // (a subject of the same place written without its parents, 宝山区人社局 under 上海市宝山区…局: the line's own body)
    if (said && fitsSelf(said.value, kinds) && !samePlaceWithParents(regionOf(said.value), regionOf(full.value))) {
      consider(ctx, 'agency', said.value, said.start, said.end, said.confidence, said.rule)
      return null
    }
  }
  // (so too a page's 来源 naming a government: the portal that posted the page, as often as the report's body)
  // (one its contact line settles, 请联系五常市背荫河镇政府 under 来源：五常市人民政府, is left to that rule below)
  const siteLike = full?.rule === 'agency.header-line'
    || (full?.rule === 'agency.source-label' && /政府$/.test(full.value) && sourceAgainstContact(ctx, full.value) === 'keep')
  if (full && siteLike) {
    const own = cands.find((c) => c !== null && c !== full && c.rule !== 'agency.source-label' && c.rule !== 'agency.header-line')
    if (own) return own
    // …and the body or place the report's sentences have as their subject (2021年，鸭南乡按照…; 全省各级…):
    // taken when the text never names the line's body again, else both are left to the reviewer
    const said = fromSubject(ctx)
    const alt = (said && fitsSelf(said.value, kinds) ? said : null) ?? fromScope(ctx)
    if (alt && alt.value !== full.value) {
      consider(ctx, 'agency', alt.value, alt.start, alt.end, alt.confidence, alt.rule)
      // the line is the subject's own name with its places before it (桃江县松木塘镇人民政府 over 松木塘镇人民政府
      // 认真贯彻…: a title split over lines, wild pages): the fuller name
      if (full.value.endsWith(alt.value) && isPlaceName(full.value.slice(0, full.value.length - alt.value.length))) return full
      return mentionedBesides(ctx.view.text, full.value, full, true) ? null : alt
    }
    // a name above the report whose place the report never writes again is the site's (吕梁市人民政府 over
    // 兴县's report): a candidate. (A byline under the title, （青山县民政局 2021年1月15日）, is the body's own.)
    const place = regionOf(full.value)
    const above = !title || full.start < title.line.start
    // (a township's government with its parents, 发布机构 凉州区张义镇人民政府, whose township alone the text writes again:
    // a portal is never a township's, so the row names the body; wild pages)
    const township = place && /(?:镇|乡|街道|苏木)$/.test(place) ? placeChain(place).at(-1) ?? null : null
    // (…nor one whose text calls itself by the township's kind, 发文机关 宋村镇人民政府 over 我镇依托…: set 68 of real pages)
    const ownTownship = township !== null && kinds.length > 0 && fitsSelf(full.value, kinds)
    if (above && place && !mentionedBesides(ctx.view.text, place, full) && !(township && township.length >= 3 && mentionedBesides(ctx.view.text, township, full)) && !ownTownship) return null
    // …and, when no title names a body under it, a name the text never writes again nor calls itself by the kind
    // of (我局 under 青山县民政局) is only a candidate: over a bare excerpt it is as often the portal's
    // (its place, which the text does write, stays the region)
    const townshipBody = township && township.length >= 3 ? township + full.value.slice(place!.length) : null
    if (above && !cands[1] && !mentionedBesides(ctx.view.text, full.value, full, true) && !(townshipBody && mentionedBesides(ctx.view.text, townshipBody, full, true))
      && !(kinds.length && fitsSelf(full.value, kinds))) {
      placeOfUnnamedBody.set(ctx, full)
      return null
    }
  }
  // (the title's own form is kept as written against a compiler or a page row adding the city, 由深圳市福田区民政局
  // 编制 under 福田区民政局2021年… (pages p121, fourth wild set); only another line naming the report itself, its own
  // title under a page's headline or its name opening a sentence, gives the fuller form)
  // (a name line under the title heads the report's own title only when a nameless title follows it, 青江市东禾区民政局 /
  // 2016年政府信息公开工作年度报告; a byline with a date under it, 上海市嘉定区…局 / 2016年2月16日, is the body's
  // signature line adding its city: the title's form stays; tenth wild pass)
  if (full) return withMorePlaces(full, full.rule === 'agency.title' ? cands.filter((c) => c && REPORT_NAME_RULES.has(c.rule) && (c.rule !== 'agency.header-line' || headsNamelessTitle(ctx, c))) : cands) ?? full
  // without a full name: the body's own signature (县规划局), or a central body; a page's 来源 without
  // its place (县政府办, 市政府办公室) is often the office that posted the page: empty, with a warning.
  // Last, a place alone that the title or a sentence credits (螺洋街道, 上海市): a place-wide report.
  // (…or a zone's committee heading the title, 某某景区管委会2021年…: its own name, as no list of places knows it; last a
  // school heading it, 中山大学2024—2025学年…, whose name's place is no seat: no region from it)
  const found = sig.agency ?? cands.find((c) => c !== null && isCentralBody(c.value))
    ?? cands.find((c) => c !== null && isPlaceName(c.value))
    ?? cands.find((c) => c !== null && c.rule === 'agency.title' && ZONE_COMMITTEE.test(c.value))
    ?? cands.find((c) => c !== null && c.rule === 'agency.title-school') ?? null
  if (found) return found
  // (a page row naming the body short, 发布机构：县水利局 over 县水利局2021年…: the short form as written, below)
  // (…or, where the text writes its full name once, that name: 2014年市交通运输局… under 来源：市政府办公室 with
  // 达州市交通运输局门户网站 in the text; fifth wild set)
  if (cands.some((c) => c !== null)) {
    // (…or as the subject opening the year's account, 2021年，县乡村振兴局严格按照…: ninth wild pass, wild-counts4 w034)
    const shortBody = shortFormBody(ctx, title) ?? shortSubjectBody(ctx)
    const asWritten = shortAsWritten(ctx, shortBody)
    if (asWritten || !shortBody) return asWritten
    const full = fullFormOf(ctx, shortBody.value)
    if (!full) return null
    consider(ctx, 'agency', full.value, full.start, full.end, 0.6, 'agency.short-form-expanded')
    return { ...full, rule: 'agency.short-form-expanded', confidence: 0.6 }
  }
  // a body named short in the title or the compiling sentence (县政府2012年…, 由县政府办公室编制): its full
  // name where the text writes it once; else not the place alone a weaker rule gives (the report is the office's)
  const short = shortFormBody(ctx, title)
  // (…or as the subject opening the year's account: 2023年，市自然资源和规划局认真贯彻…, wild pages)
  const subjectShort = short ? null : shortSubjectBody(ctx)
  const fullForm = (short && fullFormOf(ctx, short.value)) || (subjectShort && fullFormOf(ctx, subjectShort.value))
  // (a bureau's office compiling, 由县农业局办公室编制, whose report speaks as 我局: the bureau, as the compiler rule reads it; set 64)
  const expanded = fullForm ? bureauOfItsOffice(ctx, { ...fullForm, rule: '', confidence: 0, kind: 'full' }) : null
  if (expanded) {
    const hit = { ...expanded, rule: 'agency.short-form-expanded', confidence: 0.6 }
    consider(ctx, 'agency', hit.value, hit.start, hit.end, hit.confidence, hit.rule)
    return hit
  }
  // last, when nothing else names a body: the one body that is the subject of the report's statements,
  // or the place a report speaking for the whole place (全省各级行政机关…) names as its government
  const said = fromSubject(ctx)
  // (the contact only where the text calls itself so more than once: one 我办 may be a passing office)
  const subject = (said && fitsSelf(said.value, kinds) ? said : null) ?? fromScope(ctx) ?? contactOfOwnKind(ctx, selfKinds(ctx, 2))
    ?? reportContactOfOwnKind(ctx, kinds) ?? lastResort('contact-township', townshipOfContact(ctx, kinds)) ?? reportContactBody(ctx, kinds)
    ?? lastResort('general-office-at-work', generalOfficeAtWork(ctx))
    ?? lastResort('own-group-township', townshipOfOwnGroup(ctx)) ?? lastResort('own-site-township', townshipOfOwnSite(ctx))
    ?? lastResort('own-name-department', departmentOfOwnName(ctx))
    ?? lastResort('contact-full-form', contactBareFullForm(ctx)) ?? lastResort('own-staff', bodyOfOwnStaff(ctx)) ?? lastResort('self-ministry', ministryOfSelf(ctx)) ?? lastResort('outline-body', bodyOfOutline(ctx, kinds))
  if (subject) consider(ctx, 'agency', subject.value, subject.start, subject.end, subject.confidence, subject.rule)
  // a body named only short is the agency as written (shortAsWritten), unless the sentences have a body with its
  // place as their subject
  const bare = short ?? subjectShort
  const written = !(subject && !isPlaceName(subject.value) && hasPlace(subject.value)) ? shortAsWritten(ctx, bare) : null
  if (short && subject && isPlaceName(subject.value)) {
    // the place is still the region of the office that wrote it
    placeOfUnnamedBody.set(ctx, subject)
    if (!written) return null
  }
  return written ?? subject
}

/**
 * A body the report names as its own only short (县统计局2019年…, 由区市场监督管理局编制, 一、总体情况⏎市财政局认真…),
 * its full name nowhere in the text: the agency as written (pages README, p127 外經貿局); not a place's own
 * government or its office (县政府, 区政府办公室: pages p039). Its abbreviation written out too (区人社局 and
 * 区人力资源和社会保障局) gives the written-out name.
 */
function shortAsWritten(ctx: Ctx, bare: { value: string; start: number; end: number } | null): AgencyHit | null {
  if (!bare || OWN_GOVERNMENT.test(bare.value) || fullNameWritten(ctx, bare.value) || kindAfterSpace(ctx, bare.value, bare.start, bare.end)) return null
  const named = spelledOutBody(ctx, bare) ?? bare
  consider(ctx, 'agency', named.value, named.start, named.end, 0.45, 'agency.short-form')
  return { ...named, rule: 'agency.short-form', confidence: 0.45 }
}

/**
 * `s` is written in `text` outside the span `hit`; with `outsideDocNames`, not inside a document's name in 《》
 * (云南省人民政府 in 《云南省人民政府办公厅关于…的通知》 is a superior's notice, not the body named again)
 */
function mentionedBesides(text: string, s: string, hit: { start: number; end: number }, outsideDocNames = false): boolean {
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (i >= hit.start && i < hit.end) continue
    if (!outsideDocNames || text.lastIndexOf('《', i) <= text.lastIndexOf('》', i)) return true
  }
  return false
}

/** the contact the report gives, when it is the body (or an office of the body) the text calls itself */
function contactOfOwnKind(ctx: Ctx, kinds: readonly RegExp[]): AgencyHit | null {
  const hit = fromContact(ctx, kinds, (n) => agencyLike(n) && hasPlace(n))
  return hit && { ...hit, rule: 'agency.contact-self', confidence: 0.5 }
}

/**
 * the body the report's own contact sentence names (如对本报告有任何疑问，请与岱山县卫生健康局联系), when it is of
 * the kind the text calls itself even once (我局): that sentence is the report's, not a passing office's
 */
function reportContactOfOwnKind(ctx: Ctx, kinds: readonly RegExp[]): AgencyHit | null {
  const hit = fromContact(ctx, kinds, (n) => agencyLike(n) && hasPlace(n), true)
  return hit && { ...hit, rule: 'agency.report-contact', confidence: 0.5 }
}

/** a report calling itself nothing whose own contact sentence names its department or township (agency-self.ts) */
function reportContactBody(ctx: Ctx, kinds: readonly RegExp[]): AgencyHit | null {
  const hit = bodyOfReportContact(ctx, kinds)
  return hit && { ...hit, rule: 'agency.report-contact-body', confidence: 0.45 }
}

/**
 * A body one of agency-self.ts's last-resort rules names, kept at their low confidence: a township's office in the
 * contact under the county's government (contact-township), its own group's or site's name (own-group-township,
 * own-site-township), the sentence on its disclosure staff (own-staff), one ministry a 我部 report names (self-ministry),
 * the preamble's outline (outline-body)
 */
function lastResort(rule: string, hit: { value: string; start: number; end: number } | null): AgencyHit | null {
  return hit && { ...hit, rule: `agency.${rule}`, confidence: 0.45 }
}

/**
 * the office that coordinates a place's disclosure (三明市政务公开工作领导小组办公室, 青山市人民政府信息公开办公室): the
 * contact of a place-wide report, not the body that reports (wild-final w040: the place is the agency)
 */
const COORDINATING_OFFICE = /(?:领导小组办公室|领导小组办|公开办公室|公开办)$/

/** the body a reader is told to contact, when it is the title's place with an organ word after it */
const CONTACT = /(?:请|可)?联系([\u4e00-\u9fa5]{2,30}?)(?=[。，,；;：:（(\s]|地址|电话|$)/g
function contactBody(ctx: Ctx, place: string): AgencyHit | null {
  CONTACT.lastIndex = 0
  for (let m = CONTACT.exec(ctx.view.text); m; m = CONTACT.exec(ctx.view.text)) {
    const v = m[1]
    // (not a service centre's office, 请联系长沙市开福区政务服务中心办公室 under 长沙市开福区2017年…: the desk that answers for
    // the place's report, not the body that makes it; set 80 of real pages)
    if (!v.startsWith(place) || v.length === place.length || !agencyLike(v) || isPlaceName(v) || COORDINATING_OFFICE.test(v) || /中心/.test(v.slice(place.length))) continue
    const at = m.index + m[0].length - v.length
    return { value: v, start: at, end: at + v.length, rule: 'agency.contact', confidence: 0.65 }
  }
  return null
}

/** Every reading of the agency, best first: signature, title, the report's own sentences, page metadata. */
export function agencyCandidates(ctx: Ctx, title: TitleHit | null, sig: SignatureHit): (AgencyHit | null)[] {
  return [
    sig.agency, fromTitle(ctx, title), fromAnnouncement(ctx), fromCompiler(ctx), fromBodyCompiles(ctx), fromQuotedTitle(ctx),
    fromSentenceHead(ctx), fromSource(ctx), fromHeaderLine(ctx, title), fromAggregate(ctx), fromOwnDocuments(ctx),
  ]
}

// ---- dates --------------------------------------------------------------------------------------

// a flattened metadata table puts a cell's bar between the label and its date (公开日期: | 2015-07-27)
// (a label set in brackets, [ 公开日期 ] | 2019-03-25, is the same label)
// (the date in brackets after the label, 发布时间:[2020/08/24]: sixth set of real pages)
const PUBLISH_LABEL = /(发布时间|发布日期|发布于|公开日期|发稿时间|发文日期|时间|日期)\s*[\]］】]?[:：]?\s*(?:[|｜]\s*)?[[［【]?\s*$/

/**
 * A date that bounds a period (2020年12月31日止, 2020年1月1日起至…, 截至…以前): the statistics period's end or
 * start, not the day a page was released, whatever label stands before it.
 */
const PERIOD_BOUND_AFTER = /^\s*(?:止|为止|以前|之前|前|以来|起|开始|(?:—|–|-|~|～|至|到)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4}|\d{1,2}\s*月))/

const TITLE_BEFORE_LABEL = /(?:政府信息公开|政务公开|信息公开)工作(?:年度)?报告$/

/** Whether the date at `at` in `line` follows a release-date label; null when it does not (or names another date). */
function publishLabelAt(line: string, at: number, end: number = at): { strong: boolean } | null {
  const before = line.slice(Math.max(0, at - 10), at)
  const m = before.match(PUBLISH_LABEL)
  if (!m) return null
  if (end > at && PERIOD_BOUND_AFTER.test(line.slice(end, end + 12))) return null
  // 统计时间 / 成文日期 / 截止时间 / 公文生成日期 are not the release date, nor a page's 生效日期 / 废止日期 (a rule's
  // validity, printed beside the page's 发布时间 in its metadata table; wild-agency12 w007)
  const head = line.slice(0, at - m[0].length)
  const lead = head.slice(-3)
  // (the report's own name before its page's 时间, 上海市…2025年政府信息公开工作年度报告 时间:2026-01-19, read without the
  // space: not a 报告时间 label; wild-final2 w051)
  const titled = TITLE_BEFORE_LABEL.test(head)
  // (nor a page's 更新时间 / 修改时间, a mirror's snapshot, 收录 or 转载 time above the page's own 日期: not a release date by the pages
  // README, which takes 发布日期/发布时间/日期 lines; session-11 blind batch)
  if (!m[1].startsWith('发') && !titled && (/(统计|截止|截至|成文|印发|期限|起止|会议|报告|生成|生效|废止|失效)$/.test(lead) || COPY_TIME_LEAD.test(lead))) return null
  return { strong: m[1].startsWith('发布') || m[1] === '公开日期' || m[1] === '发稿时间' }
}

/** a page's or a copy's own time (更新时间, 本页快照时间, 收录/转载/转码时间): never the report's release */
// (a document-sharing site's 上传时间, a converter's 转换时间, a wiki's 最近更新: session-12 blind batch)
// (an archive's 归档时间 over the page: real page, session 13)
const COPY_TIME_WORDS = '更新|修改|快照|抓取|收录|转载|采集|转码|转换|上传|归档'
const COPY_TIME_LEAD = new RegExp(`(?:${COPY_TIME_WORDS})$`)
const COPY_TIME_LABEL = new RegExp(`(?:${COPY_TIME_WORDS})(?:时间|日期|于)?\\s*[:：]?$`)
/**
 * a copying site's own line (时间：… 来源：网络整理 / 互联网, 来源：某网站（转载）): its posting, not the report's release.
 * 来源：未知 alone is no proof on the date's own line: an official site's CMS prints 信息来源:未知 when no source was filled
 * (发布日期:2017-01-15 11:15:03 信息来源:未知 over a 2016 report; set 20 of real pages); with it, COPIED_FROM still counts
 * the page as copied for a date long after the year (copy-stamps.ts).
 */
const COPIED_FROM_LINE = /来源[:：]\s*(?:网络整理|网络|互联网|网友|转载|本站整理|综合整理)|来源[:：][^\s　]{0,30}?[（(]转载[）)]/
export const COPIED_FROM = new RegExp(`${COPIED_FROM_LINE.source}|来源[:：]\\s*未知`)

/**
 * A page's metadata table flattened to a row of labels over a row of values (索引号⇥发布机构⇥发布日期⇥主题分类 /
 * 310000SW-2023-000315⇥国家税务总局上海市税务局⇥2023-01-19⇥…): the release date is the value under its label. Read on
 * the raw lines, whose tabs or bars the view squeezes.
 */
// (in either script: 發佈日期 on a mirror)
const RELEASE_LABEL_CELL = /^\s*(?:[发發][布佈](?:日期|[时時]间|[时時]間)|公[开開]日期)\s*$/
const RELEASE_LABEL = /[发發][布佈](?:日期|[时時][间間])|公[开開]日期/
function dateUnderLabelCell(ctx: Ctx): ExtractedField | null {
  const raw = ctx.doc.text
  // (most pages have no such label in their head: nothing is split)
  if (!RELEASE_LABEL.test(raw.slice(0, 4000))) return null
  const lines = raw.slice(0, 4000).split('\n')
  let at = 0
  for (let i = 0; i + 1 < lines.length && i < 40; at += lines[i].length + 1, i++) {
    const sep = lines[i].includes('\t') ? '\t' : lines[i].includes('|') ? '|' : null
    if (!sep) continue
    const labels = lines[i].split(sep)
    const k = labels.findIndex((c) => RELEASE_LABEL_CELL.test(c))
    if (k < 0) continue
    const cells = lines[i + 1].split(sep)
    if (cells.length !== labels.length) continue
    const d = findDates(cells[k])
    if (d.length !== 1) continue
    const start = at + lines[i].length + 1 + cells.slice(0, k).reduce((n, c) => n + c.length + sep.length, 0) + d[0].start
    return rawField('publish_date', d[0].iso, [start, start + (d[0].end - d[0].start)], 0.8, 'publish_date.label-cell')
  }
  return null
}

export function findPublishDate(ctx: Ctx): ExtractedField | null {
  const cell = dateUnderLabelCell(ctx)
  if (cell) return cell
  const zone = ctx.lines.slice(0, HEAD_ZONE_LINES)
  // a release label (发布日期) over another date's (发文时间 2020-02-17 … 发布日期 2020-03-10 in one metadata block: the
  // document's date, then the page's release; set 30 of real pages): the first weak one only when no strong one follows
  let weak: ExtractedField | null = null
  for (const l of zone) {
    if (COPIED_FROM_LINE.test(l.text)) continue
    for (const d of findDates(l.text)) {
      const label = publishLabelAt(l.text, d.start, d.end)
      if (!label) continue
      if (label.strong) return mkField(ctx, 'publish_date', d.iso, l.start + d.start, l.start + d.end, 0.9, 'publish_date.label')
      weak ??= mkField(ctx, 'publish_date', d.iso, l.start + d.start, l.start + d.end, 0.7, 'publish_date.label')
    }
  }
  if (weak) return weak
  // a page that prints its release date in the footer (【打印本页】 浏览次数：… 发布时间：…): only the strong labels,
  // on the last lines, past the head zone
  const foot = ctx.lines.slice(Math.max(HEAD_ZONE_LINES, ctx.lines.length - FOOT_ZONE_LINES))
  for (const l of foot) {
    if (!/发布(?:时间|日期)/.test(l.text)) continue
    for (const d of findDates(l.text)) {
      if (!publishLabelAt(l.text, d.start, d.end)?.strong) continue
      return mkField(ctx, 'publish_date', d.iso, l.start + d.start, l.start + d.end, 0.7, 'publish_date.label-foot')
    }
  }
  return null
}
const FOOT_ZONE_LINES = 8

/** A release-date label followed by a date to the month only (发布时间：2020年1月). */
function monthOnlyPublishDate(ctx: Ctx): MonthOnlyDate | null {
  for (const l of ctx.lines.slice(0, HEAD_ZONE_LINES)) {
    for (const d of findYearMonths(l.text)) {
      if (publishLabelAt(l.text, d.start)) return { ym: d.ym, start: l.start + d.start, end: l.start + d.end }
    }
  }
  return null
}

/**
 * An unlabelled page date in the head lines: a date that opens a line and goes on with the page's
 * metadata (2024-01-19 来源：…), or a date with its time that ends a line (绩溪县人民政府 2016年01月22日
 * 10时15分; a stamp whose hit count was dropped). Read only when no labelled date was found.
 */
const TIME = '(?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}时\\d{1,2}分(?:\\d{1,2}秒)?)'
// (the counter in brackets, 2022-01-01 20:51 (点击: ): set 16 of real pages)
const META_AFTER_DATE = new RegExp(`^\\s*(?:${TIME})?\\s*[（(【\\[]?\\s*(?:来源|信息来源|作者|发布者|发布机构|发布[:：]|浏览|点击|阅读|访问|字号|字体)`)
const STAMP_END = new RegExp(`^\\s*${TIME}\\s*$`)

/** the head of a time cut by the end of a line (a PDF wrapped the page stamp: `… 2016年01月22日 10` / `时15分`) */
const TIME_CUT = /^\s*\d{1,2}(?:[:时]\d{0,2})?\s*$/

export function findUnlabelledPublishDate(ctx: Ctx): ExtractedField | null {
  const head = ctx.lines.slice(0, 8)
  for (const [k, l] of head.entries()) {
    for (const d of findDates(l.text)) {
      // 2024-01-19 来源：… at the head of a line, or a date with its time ending a line (a page stamp)
      // before the date: nothing, a list bullet, the portal that re-posted the page (中央政府门户网站 www.gov.cn, or a copy's
      // own address there, 中央政府门户网站 m.某某.com: set 53 of real pages), or
      // the bracket a page date is set in (【2021-01-15】 来源：…)
      const before = l.text.slice(0, d.start).trim()
      // (a mirror's snapshot or a page's update time, 本页快照时间：2024/03/02 14:21: not the page's own release)
      if (COPY_TIME_LABEL.test(before)) continue
      // (…or a copying site's stamp, 2025-02-14 03:22:17 来源：网络整理: its own posting, not the report's release)
      if (COPIED_FROM.test(l.text.slice(d.end))) continue
      const bracketed = /^[【[［]$/.test(before) && /^\s*[】\]］]/.test(l.text.slice(d.end))
      // the list page's date after the title on its line (…年度报告 ( 2026-01-30 )), or a date run into the first
      // sentence at the very top when the title line was lost (2019年3月26日本年度报告根据…)
      // (a byline by the title, a bare date ending the title's line, a label over its date: page-dates.ts)
      if ((/(?:报告|年报)\s*[（(]$/.test(before) && /^\s*[）)]\s*$/.test(l.text.slice(d.end)))
        || (k === 0 && before === '' && /^\s*(?:本年度报告|本报告)/.test(l.text.slice(d.end)))) {
        return mkField(ctx, 'publish_date', d.iso, l.start + d.start, l.start + d.end, 0.6, 'publish_date.meta-line')
      }
      const rest = bracketed ? l.text.slice(d.end).replace(/^\s*[】\]］]/, '') : l.text.slice(d.end)
      const lead = before === '' || bracketed || /^[•·●▪\-–—]+$/.test(before) || /^[\u4e00-\u9fa5]{0,12}(?:网站|门户网站|網站)\s*(?:[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)?$/.test(before)
      // 2014-03-25 10:21 来源：…, or a bulleted date alone on its line (• 2020-01-22; a bare one may be a signature's)
      const opens = lead && (META_AFTER_DATE.test(rest) || (before !== '' && rest.trim() === ''))
      const wrapped = TIME_CUT.test(rest) && k + 1 < head.length && STAMP_END.test(rest.trimEnd() + head[k + 1].text.trim())
      // a date alone on its line over the page's 来源/作者 line: the page's metadata block (bullets gone), not a signature
      const nextText = head.slice(k + 1).find((n) => n.text.trim() !== '')?.text ?? ''
      const overMeta = lead && rest.trim() === '' && META_AFTER_DATE.test(nextText)
      // the cover of the old template: the body, the date alone on its line, then 引言 (2011年3月10日⏎引 言)
      const overIntro = before === '' && rest.trim() === '' && /^\s*引\s*言\s*$/.test(nextText)
      if (!opens && !wrapped && !overMeta && !overIntro && !STAMP_END.test(rest)) continue
      return mkField(ctx, 'publish_date', d.iso, l.start + d.start, l.start + d.end, 0.6, 'publish_date.meta-line')
    }
  }
  return null
}

/**
 * A report dated in parentheses right under its title, as official documents are: （2023年1月18日）.
 * It stands where a signature's date would, so it is the signed date when there is no signature.
 */
/** a page's metadata or tool line between a title and what the report prints under it (发布时间：… 来源：…, 【大 中 小】【打印】) */
const PAGE_META_LINE = /^(?=.{0,120}$).*(?:发布时间|发布日期|来源[:：]|点击|浏览|字号|字体|【\s*大|打印)/
function dateUnderTitle(ctx: Ctx, title: TitleHit | null): ExtractedField | null {
  if (!title) return null
  // (the page's metadata lines may stand between: a repost's 发布时间 line, its tools, then the report's （2011年3月15日）)
  let k = ctx.lines.indexOf(title.endLine) + 1
  for (let skipped = 0; skipped < 2 && ctx.lines[k] && PAGE_META_LINE.test(ctx.lines[k].text); skipped++) k++
  k += titleSaidAgain(ctx.lines, k)
  const next = ctx.lines[k]
  const inside = next?.text.match(/^\s*[（(]\s*([^（()）]{6,20}?)\s*[）)]\s*$/)?.[1]
  if (!next || !inside) return null
  // the date and nothing else: （数据统计截至2022年12月31日） is a period, not the report's date
  const d = findDates(next.text)
  if (d.length !== 1 || parseDate(inside) === null) return null
  return mkField(ctx, 'signed_date', d[0].iso, next.start + d[0].start, next.start + d[0].end, 0.7, 'signed_date.under-title')
}

export function signedDateField(ctx: Ctx, sig: SignatureHit, title: TitleHit | null = null): ExtractedField | null {
  if (!sig.date) return dateUnderTitle(ctx, title)
  return mkField(ctx, 'signed_date', sig.date.iso, sig.date.start, sig.date.end, 0.85, 'signed_date.signature')
}

/** （2023年1月） under the title: the report's date, to the month only. */
function monthOnlyUnderTitle(ctx: Ctx, title: TitleHit | null): MonthOnlyDate | null {
  if (!title) return null
  const next = ctx.lines[ctx.lines.indexOf(title.endLine) + 1]
  const m = next?.text.match(/^(\s*[（(]\s*)([^（()）]{6,20}?)\s*[）)]\s*$/)
  if (!next || !m) return null
  const d = findYearMonths(m[2])
  if (d.length !== 1 || d[0].start !== 0 || d[0].end !== m[2].length) return null
  const at = next.start + m[1].length
  return { ym: d[0].ym, start: at + d[0].start, end: at + d[0].end }
}

/**
 * A date field left empty because its date gives no day (2020年1月): a date field holds a calendar day and
 * a day is never invented, but the month is a fact the reviewer should see, with the text as written.
 */
export function monthOnlyDateWarnings(
  ctx: Ctx, sig: SignatureHit, title: TitleHit | null, publish: ExtractedField | null, signed: ExtractedField | null,
): DocWarning[] {
  const out: DocWarning[] = []
  const raw = (d: MonthOnlyDate): string => {
    const [s, e] = rawSpanOf(ctx.view, d.start, d.end)
    return ctx.doc.text.slice(s, e).trim()
  }
  const signedMonth = signed ? null : sig.monthOnly ?? monthOnlyUnderTitle(ctx, title)
  if (signedMonth) {
    out.push({
      code: 'date_without_day', severity: 'warning', fields: ['signed_date'],
      message: `落款日期「${raw(signedMonth)}」只写到月（${signedMonth.ym}），没有日，未取值，请核对`,
      message_en: `The signature date "${raw(signedMonth)}" gives no day (${signedMonth.ym}); left empty rather than invent one, please check`,
    })
  }
  const publishMonth = publish ? null : monthOnlyPublishDate(ctx)
  if (publishMonth) {
    out.push({
      code: 'date_without_day', severity: 'warning', fields: ['publish_date'],
      message: `发布日期「${raw(publishMonth)}」只写到月（${publishMonth.ym}），没有日，未取值，请核对`,
      message_en: `The publication date "${raw(publishMonth)}" gives no day (${publishMonth.ym}); left empty rather than invent one, please check`,
    })
  }
  return out
}

export function agencyWarnings(agency: AgencyHit | null): DocWarning[] {
  if (agency) return []
  return [{ code: 'agency_missing', severity: 'warning', message: '未能识别发布机关', message_en: 'The reporting agency could not be identified', fields: ['agency'] }]
}
