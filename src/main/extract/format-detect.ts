/**
 * Which format a report follows: free-form prose (before 2019), the 2019 试行 standard (国办公开办函
 * 〔2019〕60号) or the 2021 standard (〔2021〕30号). The two standards differ in table 二's labels and in
 * table 三's （六） rows; when only the common skeleton survived (tables lost), the year decides: the 2021
 * format applies from the 2021 reports on.
 */
import type { ReportFormat } from '../../shared/fields'

const V2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '逾期不补正', '未按收费通知要求缴纳费用']
const V2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '采购总金额']
const COMMON = [
  '收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量',
  '结转下年度继续办理', '三安全一稳定', '本机关不掌握相关政府信息', '要求行政机关确认或重新出具',
  // the template's own row and column labels of tables 三 and 四, which free-form prose does not use
  '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项', '没有现成信息需要另行制作',
  '补正后申请内容仍不明确', '信访举报投诉类申请', '要求提供公开出版物', '无正当理由大量反复申请', '社会公益组织', '法律服务机构',
  '未经复议直接起诉', '复议后起诉', '尚未审结', '结果维持', '结果纠正', '其他结果',
  // table 三's column group and its 部分公开 note, table 二's row groups: template words, not prose
  '申请人情况', '区分处理的', '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项',
]
/** table 四's result columns: old reports name them in prose as well (行政复议…其中结果维持…件) */
const REVIEW_RESULTS = ['未经复议直接起诉', '复议后起诉', '尚未审结', '结果维持', '结果纠正', '其他结果']
const COMMON_WEAK = [/政府信息公开行政复议[、及和]行政诉讼情况/, /其他需要报告的事项/, /总体情况/]

/**
 * The post-2019 outline without its tables (an excerpt cut early, a table lost): 一、总体情况 with the
 * template's sub-headings (（一）主动公开 / （二）依申请公开 / 政府信息管理 / 平台建设 / 监督保障), 二、主动公开
 * 政府信息情况, or a preamble listing those parts. The outline decides, not the year (a 2012 report may
 * follow it).
 */
const OUTLINE = [
  // 一、总体情况 / 二、主动公开政府信息情况 are pre-2019 headings too: the new 三 decides (its words may be spam)
  // the template's own sub-headings under any words (（三）加强政府信息管理, （五）强化监督保障): older reports had none
  /一、总体情况[\s\S]{0,1500}?[（(][三四五][）)][^。\n]{0,6}?(?:政府信息管理|政府信息公开平台建设|平台建设情况|监督保障)/,
  /[三3][、.．]收到(?:和|及)处理/,
  // (…its parts' names shortened, 本报告包括总体概述，主动公开政府信息，收到和处理…: set 40 of real pages)
  /(?:本报告|全文|报告)(?:由|包括)?[^。]{0,20}总体(?:情况|概述)[、，,]主动公开政府信息(?:情况)?[、，,]收到和处理/,
  /本报告包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障/,
]
const TEMPLATE_PART = /^(?:主动公开|依申请公开|政府信息管理|政府信息公开平台建设|平台建设|监督保障)/
const OVERVIEW = /一、总体情况/
const NEXT_SECTION = /(?:^|[\s。：:；;])[二三四五六七][、.．]/
const SUB_HEADING = /(?:[（(]([一二三四五六])[）)]|(?<![\d.])([1-6])[、.．](?!\d))/g

/**
 * 一、总体情况 with the template's parts as its sub-headings ((一)主动公开, (二)依申请公开, (三)政府信息管理…), read
 * inside section 一 only: an older report's 一、总体情况 is followed by 二、主动公开… whose own (一)主动公开政府信息的
 * 数量 is no template part, and one whose section 一 has parts of other names ((二)回应解读情况) is free-form.
 */
function templateOverview(text: string): string | null {
  const at = text.search(OVERVIEW)
  if (at < 0) return null
  const rest = text.slice(at + 6, at + 1500)
  const end = rest.search(NEXT_SECTION)
  const section = end < 0 ? rest : rest.slice(0, end)
  let hit: RegExpMatchArray | null = null
  for (const m of section.matchAll(SUB_HEADING)) {
    const words = section.slice(m.index + m[0].length, m.index + m[0].length + 12)
    // (一)-style headings must all be parts of the template; a numbered list item (1.) may be anything
    if (TEMPLATE_PART.test(words)) hit ??= m
    else if (m[1]) return null
  }
  return hit ? text.slice(at, at + 6 + hit.index! + hit[0].length + 4) : null
}

/** the template's first two headings, in order, on lines of their own (a colon may close the first: 一、总体情况：, set 76) */
// (a page whose line breaks were flattened keeps its headings right after a full stop: …联系。一、总体情况2020年，…
// …N条。二、主动公开政府; sixth set of real pages)
// (行政机关 before it, 二、行政机关主动公开政府信息情况, as the template's table 二 is named: set 49 of real pages)
const TEMPLATE_ONE = String.raw`(?:(?:^|\n)\s*一[、.．]\s*总体情况\s*[:：]?\s*(?:\n|$)|。一[、.．]总体情况)[\s\S]{0,3000}?(?:(?:^|\n)\s*|。)`
const TEMPLATE_TWO = new RegExp(String.raw`${TEMPLATE_ONE}二[、.．]\s*(?:行政机关)?主动公开政府信息(?:的)?情况`)
/**
 * …or the second cut where the saved text stops (一、总体情况 … 二、主动公 / 二、): an excerpt cut inside the heading
 * shows the same outline (session-11 cut probe: pages are stored cut after 580–1,074 characters)
 */
const TEMPLATE_TWO_CUT = new RegExp(String.raw`${TEMPLATE_ONE}二[、.．]\s*(?:主(?:动(?:公(?:开(?:政(?:府(?:信(?:息(?:的?(?:情况?)?)?)?)?)?)?)?)?)?)?\s*$`)
const THIRD_HEADING = /(?:^|\n)\s*三[、.．]\s*([^\n]{0,8})/
/** a third heading that is not the template's (三、依申请公开政府信息情况): the old outline */
function oldThird(text: string): boolean {
  const m = text.match(THIRD_HEADING)
  return m !== null && !/^收到(?:和|及)处理/.test(m[1])
}

/**
 * The report's own top-level headings set in brackets, no 一、 heading anywhere: （一）总体情况 then （二）… that is
 * none of the template's parts of section 一 (（二）政府信息公开情况): an outline of its own, so free-form.
 * (A standard excerpt cut inside section 一 shows （二）依申请公开 and the like, template parts.)
 */
const BRACKET_FIRST = /(?:^|\n)\s*[（(]一[）)]\s*(?:总体情况|概述|基本情况)/
const BRACKET_HEADING = /(?:^|\n)\s*[（(]([二三四五])[）)]\s*、?([^\n]{0,12})/g
function bracketOutline(text: string): boolean {
  if (!BRACKET_FIRST.test(text) || /(?:^|\n)\s*一[、.．]/.test(text)) return false
  for (const m of text.matchAll(BRACKET_HEADING)) if (!TEMPLATE_PART.test(m[2])) return true
  return false
}

/** the first top-level heading (一、…) in words of its own: not the template's overview (总体情况) nor an old one's */
const FIRST_HEADING = /(?:^|\n)\s*一[、.．]\s*([^\n]{2,30})/
function ownFirstHeading(text: string): boolean {
  const first = FIRST_HEADING.exec(text)
  return first !== null && !/总体|概述|概况|基本情况/.test(first[1])
}

/** a second top-level heading (二、…): the text shows its outline */
const OTHER_OUTLINE = /(?:^|[\s。：:；;])[二三四][、.．]/

/**
 * the pre-2019 outline named in the preamble or the first heading (全文包括…依申请公开政府信息和不予公开政府信息的情况、
 * …收费及减免…; 一、本年度政府信息公开工作的基本情况 / 一、基本工作情况 / 一、概述): a 2019 report may still be written the old way
 */
/** (…or 一、政府信息公开工作的基本概况: wild-agency13 w007) */
/** (…or 一、政务信息公开情况概述 (not 一、总结概述 of a 2024 standard report), 费用收取与减免, 一、主动公开政府信息情况 as the first heading: real pages, session 13) */
/** (…or 一 概 述 on its own line, its 、 a space the compact text drops: tenth set of real pages) */
const OLD_OUTLINE = /(不予公开政府信息的?情况|(?:收费|费用收取)(?:及|和|与)减免|一[、.．][^。\n]{0,10}情况概\s*述|一[、.．]\s*概\s*述|(?:^|\n)\s*一\s*概\s*述\s*(?=\n)|一[、.．][^。\n]{0,12}基本(?:工作)?(?:情况|概况)|一[、.．]\s*主动公开政府信息)/g

/**
 * the old outline, unless the text cites the template's notice (一、工作概述 in a report made under 〔2021〕30号); `flat` is
 * the label text detectFormat has already made
 */
const oldOutline = (text: string, flat: string): boolean => (oldWordsOutsideSubItems(text) || ANNOUNCED_OLD.test(text)) && !NOTICE_2019.test(flat) && !NOTICE_2021.test(flat)
/** a line opened by a bracketed sub-number ((六)政府信息依申请公开的收费及减免情况): an item inside a part, not the outline's own part */
const SUB_ITEM_LINE = /^\s*[（(][一二三四五六七八九十\d]{1,2}[）)]/
/**
 * the old outline's words somewhere but in a sub-item under the new first heading (一、总体情况 ⏎ …(六)政府信息依申请公开的收费及
 * 减免情况 ⏎ 二、主动公开政府信息情况 in a report on 2019: the new outline, its overview listing old items; set 54 of real pages)
 */
// (with no 一、 heading anywhere, the bracketed headings are the top level, （四）政府信息公开收费及减免情况: set 86 of real pages)
function oldWordsOutsideSubItems(text: string): boolean {
  const bracketsOnTop = !/(?:^|\n)\s*一[、.．]/.test(text)
  return [...text.matchAll(OLD_OUTLINE)].some((m) => bracketsOnTop || !SUB_ITEM_LINE.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index + 1)))
}
/**
 * a preamble announcing the old outline's parts (本报告由总体情况，…回应解读情况，…依申请公开信息收取费用情况，机构建设情况，
 * 政府信息公开会议和培训情况…组成: a 2023 report written the old way; set 29 of real pages)
 */
const ANNOUNCED_OLD = /(?:本报告|全文|报告)(?:由|包括|分为)[^。]{0,160}?(?:回应解读情况|收取费用|机构建设情况|会议和培训|咨询处理情况)/
/** table 三 in the 2019 layout: one （六）其他处理 row, none of the 2021 sub-rows */
const T3_OTHER_ONE_ROW = /其他处理[^逾]{0,40}?(?:（七）|\(七\)|七）)?总计/

/** the format notice the report cites: 国办公开办函〔2019〕60号 (试行) or 〔2021〕30号 */
/** table 二's heading, then its first column group's label cut (…主动公开政府信息情况第二十条), at the saved text's end */
const CUT_AT_TABLE_TWO = /主动公开政府信息情况第二十条(?:第（?[一二三四五六七八九十]?）?项?)?$/
const NOTICE_2019 = /国办公开办函[〔［\[（(]2019[〕］\]）)]60号/
const NOTICE_2021 = /国办公开办函[〔［\[（(]2021[〕］\]）)]30号/
/**
 * the notices by name alone: 2019's 《…关于政府信息公开工作年度报告有关事项的通知》 and its 格式（试行）; 2021's 关于印发〈…格式〉的通知
 * (no 试行). 格式 alone is no sign of 2021: a report on 2020 cites the 2019 format so (set 25 of real pages)
 */
// (its issuer written short, 国办公开办《关于政府信息公开工作年度报告有关事项的通知》: set 48 of real pages)
const NOTICE_2019_NAMED = /(?:政府信息与政务公开办公室|国办公开办)》?《?关于政府信息公开工作年度报告有关事项的通知|年度报告格式（试行）/
const NOTICE_2021_NAMED = /关于印发[〈<《]?中华人民共和国政府信息公开工作年度报告格式[〉>》]/

/**
 * The version a standard report without table labels follows: the notice it cites when it cites one of them
 * only (a 2022 report may still follow the 2019 notice), else the year (the 2021 format from the 2021 reports).
 */
function versionOf(flat: string, year: number | null): 'standard-2019' | 'standard-2021' | null {
  const v19 = NOTICE_2019.test(flat), v21 = NOTICE_2021.test(flat)
  if (v19 !== v21) return v19 ? 'standard-2019' : 'standard-2021'
  // no number cited: the 2019 notice's name (a 2025 report made under 《…关于政府信息公开工作年度报告有关事项的通知》; set 29 of
  // real pages), unless the 2021 notice is named beside it
  if (!v19 && !v21 && NOTICE_2019_NAMED.test(flat) && !NOTICE_2021_NAMED.test(flat)) return 'standard-2019'
  if (year === null) return null
  return year >= 2021 ? 'standard-2021' : 'standard-2019'
}

export interface FormatGuess { format: ReportFormat; confidence: number; rule: string; marker: string | null }

function firstOf(text: string, labels: string[]): { count: number; first: string | null } {
  let count = 0
  let first: string | null = null
  for (const l of labels) if (text.includes(l)) { count++; first ??= l }
  return { count, first }
}

/**
 * The text with line breaks, tabs and cell separators taken out, for the labels: a label wraps inside its
 * cell (本年新收政府信息 / 公开申请数量), is split over cells, or is set one character per line (a vertical
 * label in a PDF); brackets are made full-width as the template writes them.
 */
function labelText(text: string): string {
  return text.replace(/[\s|｜│]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
}

/** `text`: the compact clean text (no layout whitespace); `year`: the report year when known. */
export function detectFormat(text: string, year: number | null): FormatGuess {
  const flat = labelText(text)
  const a = firstOf(flat, V2021)
  // (the statute's own words in prose, 办理行政许可和其他对外管理服务事项的依据, are no 2019 table's row: set 9 of real pages)
  const b = firstOf(flat.replace(/和其他对外管理服务事项/g, '和'), V2019)
  // the 2021 table 二 labels over a 2019 table 三 (one （六） row): table 三 gives the version (corpus/real)
  const t3v2021 = flat.includes('逾期不补正') || flat.includes('未按收费通知要求缴纳费用')
  if (a.count > 0 && !t3v2021 && b.count === 0 && T3_OTHER_ONE_ROW.test(flat)) {
    return { format: 'standard-2019', confidence: 0.8, rule: 'format.t3-2019-rows', marker: '其他处理' }
  }
  if (a.count > 0 || b.count > 0) {
    if (a.count >= b.count) return { format: 'standard-2021', confidence: a.count >= 2 ? 0.95 : 0.8, rule: 'format.labels-2021', marker: a.first }
    return { format: 'standard-2019', confidence: b.count >= 2 ? 0.95 : 0.8, rule: 'format.labels-2019', marker: b.first }
  }
  // the saved text cut inside table 二's first label (1.主动公开政府信息情况⏎第二十条: set 23 of real pages)
  if (CUT_AT_TABLE_TWO.test(flat)) return { format: versionOf(flat, year) ?? 'standard-2019', confidence: 0.6, rule: 'format.cut-at-table-two', marker: '第二十条' }
  const c = firstOf(flat, COMMON)
  const weak = COMMON_WEAK.filter((re) => re.test(flat)).length
  const version = versionOf(flat, year)
  // an outline of the report's own in brackets whose only template words are table 四's result names, which
  // old prose uses too (其中结果维持0件；结果纠正0件；其他结果0件): the outline decides
  const ownOutline = bracketOutline(text) && firstOf(flat, COMMON.filter((l) => !REVIEW_RESULTS.includes(l))).count === 0
  if (c.count >= 1 && (c.count >= 2 || weak >= 1) && !ownOutline) {
    if (version && (year === null || year >= 2019)) return { format: version, confidence: 0.7, rule: 'format.skeleton-year', marker: c.first }
    if (year === null) return { format: 'standard-2019', confidence: 0.4, rule: 'format.skeleton', marker: c.first }
  }
  const outline = templateOverview(text) ?? OUTLINE.map((re) => text.match(re)?.[0]).find((m) => m)
  if (outline) {
    const marker = outline.slice(0, 12)
    if (version === 'standard-2021') return { format: 'standard-2021', confidence: 0.6, rule: 'format.outline-year', marker }
    return { format: 'standard-2019', confidence: year !== null && year >= 2019 ? 0.6 : 0.4, rule: 'format.outline', marker }
  }
  // a 2019-or-later report whose outline shows the template's first two headings, section 一 in its own words
  // and the tables lost or cut (一、总体情况 … 二、主动公开政府信息情况, then 五、… or the end): the old template
  // had those two headings too, so only from the 2019 reports on, and not when a third heading of the old
  // outline follows (三、依申请公开…)
  if (year !== null && year >= 2019 && (TEMPLATE_TWO.test(text) || TEMPLATE_TWO_CUT.test(text)) && !oldOutline(text, flat) && !oldThird(text)) {
    return { format: version ?? 'standard-2019', confidence: 0.5, rule: 'format.outline-two-headings', marker: '二、主动公开政府信息情况' }
  }
  // a report on 2019 or later whose saved text stops before its outline: the standard format has been the
  // rule since the 2019 reports (国办公开办函〔2019〕60号); an outline of other headings says free-form
  // (top-level headings in brackets count: （一）总体情况 / （二）政府信息公开情况 / （三）…行政复议…)
  // (…nor a first heading of its own, 一、2019年工作开展情况, over a text cut before the second: set 11 of real pages)
  if (year !== null && year >= 2019 && !OTHER_OUTLINE.test(text) && !oldOutline(text, flat) && !bracketOutline(text) && !ownFirstHeading(text)) {
    return { format: version ?? 'standard-2019', confidence: 0.45, rule: 'format.year-no-outline', marker: null }
  }
  return { format: 'free-form', confidence: year !== null && year < 2019 ? 0.9 : 0.6, rule: 'format.no-standard-labels', marker: null }
}
