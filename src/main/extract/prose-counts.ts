/**
 * Counts stated in prose (free-form reports, and standard reports whose tables were lost): items
 * proactively disclosed, requests received, reconsiderations, lawsuits, fees, staff, budget.
 * The traps they guard against: a count of the wrong thing (152 licensing cases 受理 in the 依申请公开
 * section), breakdowns (其中…), running totals (历年累计), enquiries (咨询) taken for requests, and
 * statements of none (未收到…申请 → 0). Two different values for one field give no value and a warning.
 */
import type { DocWarning, ExtractedField } from '../../shared/document'
import { consider, type Ctx, mkField } from './context'
import { anotherPeriod, DIFFERENCE, openedByAnotherYear, partOfTheYear, sinceEarlierStart } from './count-period'
import { CN_DIGITS, NUMBER_SOURCE, parseNumber, toYuan } from './numbers'
import { labelAboveAnswersNone, sectionAnswersNone, sentencesAcrossBreaks } from './count-sentences'
import { aboutRequests, labelBefore } from './count-labels'
import { channelCountsIn, channelsNamed, closedByOthers, endsWithRoughPosts, ROUGH_POSTS_IN, namesChannel, saysSeveralChannels, oneChannelNamed, oneKindOfInformation, oneSecondaryChannel, partOfTheBodies, portalOnly, secondaryChannelsOnly, sinceProactiveSubheading, underManagementSubheading, underOneChannelSubheading, underTopicSubheading } from './proactive-kinds'
import type { Line, Sentence } from './view'

interface Hit { value: number; approximate: boolean; start: number; end: number; rule: string; confidence: number; whole?: boolean; channel?: boolean }

// not after 第 (第16件 is an ordinal, 第三条 a clause of a rule), nor inside a longer number
const N = `(?<![第0-9.,${CN_DIGITS}])(?:近|约|大约|将近|接近|逾|超过)?(?:${NUMBER_SOURCE})(?:余|多)?`
const CUMULATIVE = /(累计|历年|以来|至今)/
/** a running total; 总量达 usually opens one, but not when the clause says the year (全年…总量达5678条) */
function isCumulative(clause: string): boolean {
  return CUMULATIVE.test(clause) || (/总量达/.test(clause) && !/(全年|本年|今年|年内)/.test(clause))
}
const BREAKDOWN = /(其中|包括|含)[^，,]*$/
/** a count, then the list of its parts opened (…1771条，其中…, …6条，分别是…) */
const LIST_AFTER_COUNT = new RegExp(`(?:${N})(?:条|件|篇|项)[，,]?\\s*(?:其中|含|包括|分别是|分别为)`)
/** the statement of `s` before offset `at`: from its last ； (the sentences are already cut at 。) */
function statementBefore(s: string, at: number): string {
  const head = s.slice(0, at)
  return head.slice(Math.max(head.lastIndexOf('；'), head.lastIndexOf(';')) + 1)
}
/** 其中，局办公室主动公开…: the clause after 其中 and its comma is a part */
const AFTER_OF_WHICH = /(?:其中|包括)[，,：:][^，,。；;]*$/

/** the clause (comma-delimited) of `s` that ends at offset `at` */
function clauseBefore(s: string, at: number): string {
  // a parenthesis qualifies, it does not break down: 主动公开政务信息(包括新闻类信息)4901条
  const head = s.slice(0, at).replace(/[(（][^()（）]*[)）]/g, '')
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('：'), head.lastIndexOf(':'))
  return head.slice(cut + 1)
}

function parseHit(text: string, absStart: number, rule: string, confidence: number): Hit | null {
  const p = parseNumber(text)
  if (!p || !Number.isInteger(p.value) || p.value < 0) return null
  return { value: p.value, approximate: p.approximate, start: absStart, end: absStart + text.length, rule, confidence }
}

function resolve(ctx: Ctx, field: string, hits: Hit[], warnings: DocWarning[], zh: string, en: string): ExtractedField | null {
  for (const h of hits) consider(ctx, field, h.value, h.start, h.end, h.confidence, h.rule)
  if (!hits.length) return null
  const values = [...new Set(hits.map((h) => h.value))]
  if (values.length > 1) {
    // a statement of none next to a count (未发生复议变更 … 复议2起) is not a conflict: the count wins
    const counts = hits.filter((h) => !h.rule.endsWith('.none'))
    const cv = [...new Set(counts.map((h) => h.value))]
    if (cv.length === 1) return mkField(ctx, field, cv[0], counts[0].start, counts[0].end, counts[0].confidence * 0.9, counts[0].rule, counts[0].approximate)
    warnings.push({
      code: 'ambiguous_count', severity: 'warning', fields: [field],
      message: `${zh}：文中有多个不同的数字（${values.join('、')}），未自动取值`,
      message_en: `${en}: the text gives different numbers (${values.join(', ')}); left empty`,
    })
    return null
  }
  const h = hits[0]
  return mkField(ctx, field, h.value, h.start, h.end, h.confidence, h.rule, h.approximate)
}

/** the words before offset `at` of `s` date the count to another period than the report's year (count-period.ts) */
function ofAnotherTime(s: Sentence, at: number, extra: string, reportYear: number | null): boolean {
  const head = s.text.slice(0, at)
  return anotherPeriod(clauseBefore(s.text, at) + extra, reportYear) || sinceEarlierStart(head, reportYear) || openedByAnotherYear(head, reportYear) || partOfTheYear(head)
}

function each(re: RegExp, s: Sentence, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) { fn(m); if (!re.global) break }
}

// ---- proactive disclosures -------------------------------------------------------------------------

/** 16项65条: the kinds (项), then the items (条) — the items are the count */
const KINDS_THEN_ITEMS = `(?:\\d+项(?=(?:${NUMBER_SOURCE})(?:余|多)?条))?`
// the object may open with a year (主动公开2020年度政府信息320条): notTheYearsCount then checks it is the report's
// 份 counts information too (主动公开各类政务信息3000余份), but only when the object says 信息 (文件121份 is one kind)
// 主动在政务公开网上公开…: the channel may sit between 主动 and its verb
// 主动向社会公开…: so may the public it goes to (向社会, 向全社会, 向社会公众, 向公众)
// (主动向广大群众公开…等信息312条)
const TO_THE_PUBLIC = '向(?:全?社会(?:公众)?|(?:广大)?(?:公众|群众|市民)|社会各界)'
// (the object may list fourteen fields of information between 、 before its count: 各类规划、重大建设项目、…等领域信息共1777条;
// or twenty, 主要包括政府领导、机构职能、…、回应关切等多个领域政府信息500余条: set 19 of real pages)
// (主动向社会公布 too, 我局及时主动向社会公布信息共590条: set 28 of real pages; 公布 only after 向社会, 主动公布 alone being rare)
const PROACTIVE = new RegExp(`主动(?:(?:在|通过|依托)[^。；，,\\d]{0,16}?|${TO_THE_PUBLIC})?(?:公开|发布|(?<=${TO_THE_PUBLIC})公布)((?:\\d{4}年度?)?[^。；，,\\d]{0,160}?)(?:共计|总共|共|合计|总计)?${KINDS_THEN_ITEMS}(${N}(?:条|件|项|篇|则|份)(?:以上|左右)?)`, 'g')
/**
 * the kinds closed by 等, then the total in a clause of its own (主动公开季度主要经济指标完成情况、…、财政预决算等内容，共计25条信息;
 * set 24 of real pages): the count ends the match, the information after it is looked at, not taken; the object is 等内容
 * alone, the kinds' names (季度主要经济指标…) saying nothing of the count's period
 */
const PROACTIVE_KINDS_THEN_TOTAL = new RegExp(`主动(?:公开|发布)[^。；，,\\d]{2,80}?(等(?:方面|类)?(?:内容|信息|事项))[，,]\\s*(?:共计|合计|总计|共)(${N}条)(?=(?:政府|政务)?信息)`, 'g')
/** …the kinds counted (主动公开概况信息、人事任免…、政府采购等14类政府信息，共计253条: set 31 of real pages), however long the list */
// (…or 大项 of them, 主要包括概况信息、…等9大项的相关政府信息，共计118条: set 51 of real pages)
const PROACTIVE_N_KINDS_THEN_TOTAL = new RegExp(`主动(?:公开|发布)[^。；，,\\d]{2,200}?(等(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:大?类|个方面|大项)(?:的)?(?:相关)?(?:政府|政务)?信息)[，,]\\s*(?:共计|合计|总计|共)(${N}条)`, 'g')
/**
 * the count said as the number of items with no unit after it (2020年主动公开的各类政府信息数量12688。: set 96 of real
 * pages), as a request count may be (RECEIVED_COUNT_NO_UNIT); only a clause's last word
 */
const PROACTIVE_COUNT_NO_UNIT = /主动公开((?:的)?(?:各类)?(?:政府|政务)?信息(?:的)?(?:数量|总数|条数))(?:为|是|[:：])?\s*(\d+)(?![\d.．年万%])(?=\s*(?:[。；;，,]|$))/g
/** a bracket after the count saying it holds the years since an earlier start (此数含2008年以来所有…) */
const SINCE_EARLIER_IN_BRACKET = /^\s*[（(](?:此数|该数)?(?:含|包含|包括)[^）)]{0,24}?\d{4}年(?:以来|至今)/
/** the object names a key area (重点领域, 重点民生领域): one area's items */
const KEY_AREA_OBJECT = /^[^，,。；;]{0,4}重点[\u4e00-\u9fa5]{0,4}领域/
/** the next clause of the sentence is another 主动公开 with its own count (，主动公开疫情防控信息68条) */
const ANOTHER_PROACTIVE_COUNT = new RegExp(`^[^。；;，,]{0,6}[，,]\\s*主动公开[^。；;，,\\d]{1,30}?(?:${NUMBER_SOURCE})(?:余|多)?(?:条|大?项|件)`)
/** an earlier 主动公开 of the sentence counted in its own clause (主动公开疫情防控信息68条、…，): the list goes on */
const PROACTIVE_COUNTED_BEFORE = /主动公开[^。；;，,]*?\d\s*(?:余|多)?(?:条|项|件)[、，,][^。；;]*$/
/** pieces the words after them call the proactive items themselves (发布了94篇法定主动公开内容: set 98 of real pages) */
const PROACTIVE_NAMED_AFTER = /^(?:法定)?主动公开(?:的)?(?:政府|政务)?(?:信息|内容)/
/** the count before what it counts (共整理、录入、发布14条主动公开政府信息) */
/** a sentence that says 主动公开 / 主动发布, or 主动 with the channel before its verb (主动在政务公开网上公开) */
const PROACTIVE_SAID = new RegExp(`主动(?:公开|发布)|主动(?:(?:在|通过|依托)[^。；，,\\d]{0,16}?|${TO_THE_PUBLIC})(?:公开|发布|公布)`)
const PROACTIVE_COUNT_FIRST = new RegExp(`(?:发布|公开|公布|录入|上传|整理)了?(${N}(?:条|件))(?:的)?主动公开的?(?:政府|政务)?信息`, 'g')
/** an old report's section on what it disclosed, named without 主动 (二、政府信息公开情况, before 三、依申请公开…) */
const DISCLOSURE_SECTION = /^[一二三四五六七八九十]{1,3}[、.．]\s*政府信息公开(?:的)?情况$/
/** files sent to another office for disclosure (向省政府办公厅送交主动公开文件45件, 报送…): a filing, not the year's items */
const FILED_WITH = /(送交|报送|移交|提交|呈送|报备)$/
/** documents issued with the attribute 主动公开 (共制定主动公开文件39件, 印发主动公开类文件12份): what was made, not the year's items */
const MADE_AS = /(制定|制发|印发|出台|起草)(?:了)?(?:主动)?$/
/** web articles or posts (共发布公开文章83篇, 推送稿件): a site's output of every kind, not the year's disclosures */
const ARTICLES = /(文章|稿件|推文|微文)/
/** 主动公开内容(共)N条: the contents themselves counted, not a catalogue's column (the 共 is outside the object) */
const CONTENTS_ITSELF = /^内容$/
const PROACTIVE_VERB_FIRST = new RegExp(`(?:共|共计|累计)?(?:主动)?(?:公开|发布|公布)([^。；，,\\d]{0,16}?)${KINDS_THEN_ITEMS}(${N}(?:条|件|项|篇|则)(?:以上|左右)?)`, 'g')

/** services or approvals counted by the count before them (53项服务项目, 12项审批事项): a catalogue's entries, not items */
const SERVICE_ITEMS_AFTER = /^(?:政务)?服务(?:项目|事项)|^(?:行政)?(?:审批|许可)(?:项目|事项)/
/** a site of one kind of information (全年在云南省政府采购网公开信息7条: procurement notices; set 31 of real pages) */
const KIND_SITE = /(?:采购|招标|招投标|公共资源交易|信用)(?:网|平台)/
/** a count published together with replies (今年共计回复和公布60条: a consultation platform's answers; set 31) */
const WITH_REPLIES = /(?:回复|答复|办结)(?:和|并|及|与)$/
/** decisions and services published as information are not the year's disclosures (行政处罚信息1200多条) */
// (主动公开行政事业性收费1项: the fee items, not information)
const WRONG_KIND = /(行政处罚|行政许可|处罚决定|许可决定|双公示|行政事业性收费)/
/** the thing the count names right after it (…等17项行政许可和其他管理服务事项的办事指南): licences or penalties, no items */
const WRONG_KIND_AFTER = /^(?:行政)?(?:许可|处罚|审批)(?!信息)/
/**
 * a clause saying its count is the whole (共, 全年, 合计, 总计); not 共 inside 公共资源, 共享, 共同 (…公共资源配置…等政府信息
 * 34条 is one kind's: set 89 of real pages)
 */
const SAYS_WHOLE = /(?<!公)共(?![享同建治])|全年|合计|总计/
/** the object after a count, to its clause's end, naming one kind of document (…15条…的建议提案复文, …的文件) */
// (…and their handling's results, 主动公开主办的42件人大代表建议、43件政协委员提案办理结果: set 99 of real pages)
const ONE_KIND_AFTER_COUNT = /(?:建议|提案|复文|答复|文件|解读)(?:的?办理(?:结果|情况|复文))?$/
const kindNamedAfter = (rest: string): boolean => ONE_KIND_AFTER_COUNT.test(rest.split(/[，,。；;]/)[0])
/** documents after the information as a whole in one sentence (…公开政府信息6条，主动公开文件1件): a part of it (set 89) */
const INFO_COUNT_BEFORE = new RegExp(`(?:公开|发布)了?(?:各类)?(?:政府|政务)?信息(${N}条)[，,；;]`)
/**
 * a clause naming one kind of document as the whole a share is of (…建议和政协提案复文中，), or that kind right before the
 * verb (政协提案答复主动公开19件)
 */
// (…or the documents a clause before counts, 我委备案公文136件，主动公开136件，主动公开率100%: their share made public; set 67)
const OF_ONE_KIND_BEFORE = /(?:(?:建议|提案|复文|答复件|规范性文件)[^，,。；;]{0,6}中[，,]\s*|(?:建议|提案)的?(?:答复|复文|办理结果|办理复文)?|(?:公文|发文|文件)(?:共|共计)?\d+(?:件|份)[，,]\s*)$/

/** one kind of item, not information as a whole (主动公开政策解读12篇, 主动公开规范性文件5件): not the year's total */
// (法律法规: the laws a column reprints, 建立政策法规专栏，公开法律法规14件; set 96 of real pages)
const ONE_KIND = /(规范性文件|政策解读|解读|新闻|动态|图片|视频|会议|预算|决算|公告|通知|招聘|采购|招标|法律法规)/

/** several kinds listed and closed by 等内容 (…预算决算情况说明、履职依据等内容共计33条): the items as a whole; seventh set */
const SEVERAL_KINDS_CLOSED = /、[^、]{1,30}等(?:内容|事项)(?:共计|总共|共|合计|总计)?$/
/** the object names one kind of item and not information, nor several kinds closed by 等内容 */
const oneKindOnly = (object: string): boolean => ONE_KIND.test(object) && !/信息/.test(object) && !SEVERAL_KINDS_CLOSED.test(object)

/** words between the verb and the count that say only "information", not one kind of it */
// (主动公开信息有103条: 有 states the count, as 为 and 达 do)
const GENERIC_OBJECT = /^(?:了|各类|各项|各种|相关)?(?:政府|政务)?(?:信息|文件)?(?:数|量|数量)?(?:为|达|有|共有)?$/
/** another kind's count right after this one (机构简介2条，工作动态15条…): an item of a list, not the total */
const NEXT_ITEM = new RegExp(`^(?:[（(][^）)]*[）)])?[，,、；;](?!其中|包括|含)([^，,。；、\\d]{1,12}?)(?:${NUMBER_SOURCE})(?:余|多)?(条|件|项|篇|则)`)
/** …5600条，其中本年度新增320条: the year's part and its count (the year, when named, must be the report's) */
// (其中 may go unsaid: …共主动公开政府信息615条，今年新增94条)
// (the city template puts its rate clause between: 累计…1338条，全文电子化率达100%，其中本年度新增的主动公开信息55条)
// (…or 其中 before it and 率 left out, 共整理公开政府信息3819条，其中全文电子化达100%，本年度新增的主动公开信息169条: set 50)
const RATE_CLAUSE = '(?:[，,](?:其中)?全文电子化率?(?:达到?|为)?\\s*[\\d.]+\\s*[%％])?'
const YEARS_PART_COUNT = new RegExp(`^${RATE_CLAUSE}[，,]?(?:其中[，,]?)?(?:本年度?|今年|全年|当年|(\\d{4})年度?)(?:新增(?:公开|发布)?|新公开|主动公开|公开|发布)(?:的)?(?:主动公开的?)?(?:政府信息|信息)?(?:共)?\\s*(${N}(?:条|件|项|篇|则))`)
// (not past a rate clause: 本局2015年主动公开…1193条，全文电子化率达100%，其中本年度新增的…公文类…37条 keeps its year's total)
// (其中 before the rate clause, 3819条，其中全文电子化达100%，本年度新增的主动公开信息169条: set 50 of real pages)
const YEARS_PART_AFTER = /^(?:[，,]?其中|[，,]其中全文电子化率?(?:达到?|为)?\s*[\d.]+\s*[%％][，,])(?:本年度?|今年|全年|当年|\d{4}年度?)(?:新增|新公开|主动公开|公开|发布)/
/** N条 of rules, not of items (制定主动公开工作十条措施); nor of the ways items go out (主要通过四条途径) */
const RULES_NOUN = /^(?:具体|硬性?)?(?:措施|规定|意见|举措|要求|制度|办法|原则|标准|规范|细则|做法|经验|机制|工作法|途径|渠道|路径|方式|形式|载体)/
/** the ways themselves counted (主动公开的途径有四条，即…): the object names the ways, the count is of them */
const WAYS_COUNTED = /(途径|渠道|路径|方式|形式|载体)(?:主要)?(?:有|为|达|共)$/
/** a verb makes the next count a statement of its own (…2987条，发布解读87篇), not the next item of a list */
const STATEMENT_VERB = /(公开|发布|發佈|公布|印发|制作|编制|解读|收到|受理|办理|开展|举办|召开|更新|报送)/

/**
 * A proactive count that is a part, not the year's total: an ordinal (第二十条), a count inside a
 * bracketed breakdown, a share (…303条，占71.3%), one kind in a list of kinds, requests turned into
 * proactive disclosures (依申请公开转主动公开1件), a list of topics longer than a clause unless closed by 等.
 * Nor the total: N条次 (times), what was not disclosed (未公开的信息0条), a running total whose own 其中 gives
 * the year's new items.
 */
/**
 * 条次 counting items after all: the next sentence's 其中 parts, in 条, add up to it (主动公开政府信息195条次。其中，机构概况类
 * 信息1条；政策法规类信息35条；…; set 27 of real pages, its reader reading 195); alone, 条次 counts times, not items
 */
function timesAreItems(ctx: Ctx, from: number, value: number | undefined): boolean {
  const next = ctx.view.text.slice(from, from + 400).replace(/^。\s*/, '')
  if (value === undefined || !/^[，,]?\s*其中/.test(next)) return false
  return addsUp([...next.split('。')[0].matchAll(BREAKDOWN_PART)].map((p) => exact(p[1])), value)
}
/** the total of what was made, a bracket opening its breakdown (制作、获取的政府信息7499条( ) */
const MADE_TOTAL_BRACKET = new RegExp(`(?:制作|获取|产生|形成)[^。；;（(]{0,16}?信息(?:共|总数)?(?:为)?(?:${NUMBER_SOURCE})条[（(]$`)
function proactivePart(s: string, matchAt: number, at: number, after: number, object: string): boolean {
  if (s[at - 1] === '第') return true
  // 其他应主动公开的信息1831条: the last category of a list ("other"), not the total (written 其它 too: 其它公开信息6条)
  // (…其他应当主动公开的政府信息3条 after 机构职能类信息1条, 业务公文类0条: set 19 of real pages)
  if (/其[他它](?:应当?|依法|需要)?$/.test(s.slice(0, matchAt))) return true
  const head = s.slice(0, at)
  const open = (head.match(/[（(]/g) ?? []).length - (head.match(/[）)]/g) ?? []).length
  // (…but the proactive share opening a bracket after the total of what was made, 制作、获取的政府信息7499条(主动公开信息6051条、
  // 作为依申请公开信息1266条…): the old template's proactive count, as 其中主动公开 is; set 33 of real pages)
  const lastOpen = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('))
  if (open > 0 && !(open === 1 && MADE_TOTAL_BRACKET.test(head.slice(0, lastOpen + 1)) && /^(?:其中)?主动公开/.test(s.slice(lastOpen + 1)))) return true
  const tail = s.slice(after)
  // 其中主动公开信息数24条，占比80%: the proactive share of all made is the count itself
  if (/^[，,]?占/.test(tail) && !/其中主动(?:公开|发布)/.test(clauseBefore(s, at))) return true
  if (RULES_NOUN.test(tail) || WAYS_COUNTED.test(object)) return true
  // (…主动公开的政府信息情况、收到和处理…等6项内容组成: the report's parts, not items; real page, session 13)
  if (/^(?:内容|个)?(?:部分)?(?:组成|构成)|^个?部分/.test(tail)) return true
  // 推送信息320条次: times, not items; 应主动公开而未公开的信息0条: what was not disclosed
  if (/^次/.test(tail) || /(未|不予|没有|无需|不宜|不得)/.test(object)) return true
  // 5600条，其中本年度新增320条: the count is a running total, the year's is its part
  if (YEARS_PART_AFTER.test(tail)) return true
  const next = NEXT_ITEM.exec(tail)
  if (next && !STATEMENT_VERB.test(next[1])) {
    if (!GENERIC_OBJECT.test(object.trim())) return true
    // 文件12件、信息156条: two things counted in two units, neither the total
    if (next[2] !== s[after - 1] && GENERIC_OBJECT.test(next[1]) && !DIFFERENCE.test(next[1])) return true
  }
  if (/转为?主动/.test(s.slice(Math.max(0, matchAt - 2), at))) return true
  return object.length > 24 && !object.includes('等') && !closedByOthers(object)
}

function kindListGoesOnAcross(ctx: Ctx, s: Sentence, after: number, object: string): boolean {
  if (GENERIC_OBJECT.test(object.trim()) || !/^[；;]\s*$/.test(s.text.slice(after))) return false
  const next = NEXT_ITEM.exec(ctx.view.text.slice(s.start + after, s.start + after + 40))
  return next !== null && !STATEMENT_VERB.test(next[1])
}

/** a sentence that opens with 其中 and a colon or comma: the breakdown of a count said before it */
const BREAKDOWN_OPENING = /^\s*其中\s*[：:，,]/
/** a sentence whose earlier clause opens with 其中 (the clauses after it are the breakdown's other parts) */
const LATER_PART = /(?:^|[，,：:。])\s*其中/
/** a list of kinds closed by 等 into information (组织机构、…、办事指南等各类信息): one total, whatever the kinds */
const CLOSED_LIST = /等[^、]{0,6}信息$/
/** a list of kinds closed by 等 before the count (主动公开规划信息、统计信息、…、公益事业建设事项等共计94条): 事项 is one listed kind */
const KINDS_LISTED = /、[^、]{1,16}等(?:方面|内容|类)?$/
/** the object names a catalogue's or a guide's entries (公布办事指南52项), not a list of kinds that happens to hold 事项 */
const catalogueEntries = (object: string): boolean => /(目录|事项|清单|指南)/.test(object) && !CLOSED_LIST.test(object) && !KINDS_LISTED.test(object)

/**
 * A running total (累计 since the office began, 历年, 以来): 累计 counts the report's own period when the
 * sentence before it names the year or a period (2024年，累计公开…; 全年累计; 从…至…), not when it counts
 * up to a date (截至2018年12月31日，…累计…).
 */
/** 2021年以来 / 今年以来 in the report year's own text: the pattern per year, made once (runningTotal runs for every count) */
const SINCE_YEAR_BEGAN = new Map<number | null, RegExp>()
function sinceTheYearBegan(reportYear: number | null): RegExp {
  let re = SINCE_YEAR_BEGAN.get(reportYear)
  if (!re) {
    // (or from its first month, 自2019年1月份以来: set 25 of real pages)
    re = reportYear === null ? /(?:今年|本年度?)以来/g : new RegExp(`${reportYear}\\s*年度?(?:1月(?:份|1日)?)?以来|(?:今年|本年度?)以来`, 'g')
    SINCE_YEAR_BEGAN.set(reportYear, re)
  }
  return re
}
function runningTotal(s: string, at: number, reportYear: number | null): boolean {
  const clause = clauseBefore(s, at)
  if (sinceEarlierStart(s.slice(0, at), reportYear)) return true
  // (since the report year began, 2021年以来 / 今年以来, is the year's own span: 2021年以来公开政府信息98条; real page)
  const own = /以来/.test(clause) ? clause.replace(sinceTheYearBegan(reportYear), '') : clause
  if (/(历年|以来|至今)/.test(own)) return true
  if (/累计/.test(clause)) {
    const head = s.slice(0, at)
    // 截至2015年12月31日，全年累计…: the year's own tally, up to the report year's end
    // (…the day said inside the sentence too: 我乡坚持依法公开原则，截止2022年12月31日，通过…全年累计…46条; set 19)
    const upTo = YEAR_END_AS_AT.exec(head)
    if (upTo && reportYear !== null && Number(upTo[1]) === reportYear && /(全年|本年度?|年内)累计/.test(clause)) return false
    // (到2017年底累计…: up to a date, as 截至)
    if (/(截至|截止|到\s*\d{4}\s*年\s*(?:底|末|12\s*月))/.test(head)) return true
    // the sentence already counted the year's items before it (…2014年…公开政府信息92条…，累计公开信息831项): 累计 runs on
    if (COUNT_BEFORE.test(head.slice(0, head.length - clause.length))) return true
    // (一年来，…累计主动公开政府信息29条: the year's own tally)
    // (…1月1日至12月31日…累计: the year's span, its 年 perhaps lost: 20231月1日至12月31日我局…累计主动公开…242条)
    // (2021累计主动公开…127条: the year with its 年 dropped)
    return !/(全年|本年|今年|年内|本年度|一年来|\d{4}年|\d{4}(?=累计)|从.{1,20}至|自.{1,20}至|1月1日(?:起)?至)/.test(head)
  }
  return isCumulative(own)
}

/**
 * 累计 in a sentence the report year opens (2025年，某办公室累计收到政府信息公开申请27件): the year's tally, as
 * 全年累计; not after 截至/以来/历年, another year, or a count said before it in the sentence (…累计 runs on)
 */
function yearsOwnTally(head: string, clause: string, reportYear: number | null): boolean {
  if (!/累计/.test(clause) || /(历年|以来|至今)/.test(clause) || /(截至|截止)/.test(head)) return false
  // (the year's own word before it, 全年累计受理依申请公开4件: set 110 of real pages)
  if (/(?:全年|本年度?|年内)累计/.test(clause)) return true
  const y = /^\s*(\d{4})\s*年度?[，,]/.exec(head)
  if (!y || (reportYear !== null && Number(y[1]) !== reportYear)) return false
  return !COUNT_BEFORE.test(head)
}

/**
 * 累计 in a paragraph the report year opens ((二)依申请公开情况。2022年，某区严格按照…办理和答复。累计收到政府信息公开申请2件; set 24
 * of real pages): the year's tally, as yearsOwnTally reads it in the year's own sentence; not after 截至/以来/历年 or a count
 */
function paragraphOfTheYear(ctx: Ctx, at: number, clause: string, reportYear: number | null): boolean {
  if (reportYear === null || !/累计/.test(clause) || /(历年|以来|至今)/.test(clause)) return false
  const t = ctx.view.text
  const head = t.slice(t.lastIndexOf('\n', at - 1) + 1, at).replace(/^\s*(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[、.．])?[^。\d]{0,14}。\s*/, '')
  return new RegExp(`^\\s*${reportYear}\\s*年度?[，,]`).test(head) && !/(截至|截止|以来|历年)/.test(head) && !COUNT_BEFORE.test(head)
}

/** a year's last day as the date the figures stand at (截至2015年12月31日，全年累计…), wherever the sentence says it */
// (or the year's end without its month, 截至2013年底，本年度累计…; set 23 of real pages)
const YEAR_END_AS_AT = /(?:截至|截止)(?:到)?\s*(\d{4})\s*年\s*(?:12\s*月\s*(?:31\s*日|底|末)|底|末)/
// (截至2024年12月31日，某街道累计主动公开政府信息达301条 is a running total even when the counts after it add up to it:
// the pages' golds refuse it, "the breakdown … does not settle it" (p086, p137), and so did two readers of set 12; the
// exception an earlier reader's page drove was taken out in session 17)

/** a count of items said before a 累计 clause in its sentence */
const COUNT_BEFORE = new RegExp(`(?:${NUMBER_SOURCE})(?:余|多)?(?:条|件|项|篇)`)

// (a disclosure hall too, 在区信息公开大厅中主动公开信息27条: a place the public reads them; set 43 of real pages)
const CHANNEL = /(网站|官网|政府网|政务网|信息网|教育网|服务网|公开网|政府在线|政务在线|门户网|外网|网上|微信|微博|公众号|新媒体|公开栏(?!目)|公告栏(?!目)|报纸|电视|公报|显示屏|广播|档案馆|图书馆|查阅点|服务中心|(?:信息)?公开大厅|客户端|APP|App|app|头条|抖音)/

/**
 * a count up to a date (截至2018年12月底，…2873条) runs since the office began unless the sentence names the
 * year; since the 2019 template, a count up to the report year's end (截至2021年12月31日) is the year's
 */
const UP_TO_DATE = /(?:截至|截止)\s*(\d{4})\s*年([^，,。；]{0,12})/
/** the year's first day, then 至 (截至2018年1月1日至…): a period written with the wrong word */
const YEAR_FROM_FIRST_DAY = /^\s*1\s*月\s*1\s*日\s*起?\s*[至到—–\-~]/
/** the report year's end after 截至YYYY年: 12月31日, 12月底/末 (…or the year itself, 截至2021年度，主动公开…19条: set 45) */
const YEAR_END_DAY = /^\s*(?:12\s*月\s*(?:3[01]\s*日|底|末)|度\s*$)/
/** or, since the 2019 template, 12月 alone before its comma (截至2025年12月，我乡…); before it, 截至2014年12月，…总计1200条 may be a running total */
const YEAR_END_MONTH = /^\s*12\s*月\s*份?\s*$/
const YEAR_WORD = /(全年|本年|今年|年内|年度|从.{1,20}至|自.{1,20}至|1月1日)/
/**
 * words that make a count up to the year's end a running total (累计, 历年, 以来, 至今, 总数达); before the 2019
 * template, a count up to the report year's end without them is the year's, as the pages README reads it
 * (截至2011年12月31日，共主动公开政府信息12条: only "截至… when the text suggests since-2008 totals" gives none)
 */
const RUNNING_WORDS = /(累计|累积|历年|以来|至今|总数达|运行以来|开通以来)/
/** views of what was disclosed (被浏览12000余条次), and targets or rates (每月…不少于20条): not items disclosed */
// (规划计划, 工作计划 are kinds of information a column holds, not a plan: set 16 of real pages)
// (转发 as the second verb of the items, 主动公开和转发各类信息共计101条, is publishing too: set 41 of real pages)
const NOT_ITEMS = /(浏览|访问|点击|阅读量|下载|(?<![和及])转发|点赞|粉丝|关注量|每月|每周|每季|每天|每日|日均|月均|平均|不少于|不低于|至少|力争|确保|(?<!规划|工作|发展)计划|拟)/

/** a span of years (2008—2019年…), or of dates in two years */
// with or without the days (2022年1月1日到2020年12月31日止)
const YEAR_SPAN = /(\d{4})\s*年?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*[—–\-~至到]\s*(\d{4})\s*年/
/**
 * Numbers near 主动公开 that are not the year's total, whatever else the rules say: a count up to a date,
 * a count of another year than the report's, a change on the year before, views, targets and rates, the
 * section's columns, requests and proactive items counted together. `following` gives the words from the count to its
 * sentence's end, read only when an older report's count up to the year's end needs its parts checked.
 */
function notTheYearsCount(s: string, at: number, object: string, reportYear: number | null, following = (): string => s.slice(at)): boolean {
  const head = s.slice(0, at)
  // (截至2018年1月1日至2018年12月31日: a slip for 自…至, the year from its first day, not a count up to a date; set 40)
  const found = UP_TO_DATE.exec(head)
  const upTo = found && !YEAR_FROM_FIRST_DAY.test(found[2]) ? found : null
  const yearEnd = upTo !== null && reportYear !== null && Number(upTo[1]) === reportYear && (YEAR_END_DAY.test(upTo[2]) || (reportYear >= 2019 && YEAR_END_MONTH.test(upTo[2]))) &&
    (reportYear >= 2019 || (!RUNNING_WORDS.test(s.slice(0, at) + object) && !breakdownDisagrees(following())))
  const span = YEAR_SPAN.exec(head)
  if (span && span[1] !== span[2]) return true
  if (openedByAnotherYear(head, reportYear) || partOfTheYear(head)) return true
  if (upTo && !yearEnd && !YEAR_WORD.test(head.slice(0, upTo.index) + head.slice(upTo.index + upTo[0].length))) return true
  // the columns of the disclosure section (主动公开栏目36项), or both kinds together (主动公开和依申请公开…共500条)
  if (/(栏目|类别|板块|专题|专栏)(?:数|共|设置|设)?$/.test(object.trim()) || /依申请/.test(object)) return true
  const clause = clauseBefore(s, at)
  const near = clause.slice(Math.max(clause.lastIndexOf('；'), clause.lastIndexOf(';')) + 1) + object
  return NOT_ITEMS.test(near) || anotherPeriod(near, reportYear)
}

/**
 * The parts a total lists right after it (…382条，包括网站35条，媒体80条，微信2443条，其中…), up to a nested
 * 其中 or the sentence's end: true when the exact parts add up to more than the total. Parts that add up to
 * less are kept (a cut list, a category left out).
 */
const PARTS_AFTER = new RegExp(`^[，,：:]?\\s*(?:包括|其中|含)([^。；;]*)`)
const PART_COUNT = new RegExp(`(${N})(?:条|件|项|篇|则)`, 'g')
function partsExceed(after: string, total: number | null, rough = false): boolean {
  const m = after.match(PARTS_AFTER)
  if (!m || total === null) return false
  // a change on the year before ends the parts (…报刊86条，相比去年，共增加43条)
  // …and so does a running total (…人事信息类3条，…，累计公开信息831项: not a part)
  // …and another statement's verb (…概况类信息62条，开展网上调查3期，受理市长信箱来信7件: not parts either)
  // a part's own bracketed breakdown (网站128条（公告公示8条）) is inside that part, not another part
  // (…and so is one introduced by 包括 after a part, 其中区政府网站公开9条，包括…1条、…7条: set 25 of real pages)
  const list = m[1].replace(/[(（][^()（）]*[)）]/g, '').split(/其中|[，,]\s*(?:包括|含)/)[0].split(/(?:相比|比|较|同比|环比)(?:去年|上年|上一年)/)[0].split(/累计|历年/)[0]
    // (…or one naming another column or platform, …热点信息40条，在办事服务栏目，公开…事项1970条: set 104 of real pages)
    // (…or a second breakdown by content, …其中通过政府网站公开信息114条，内容来看，…组织机构信息2条…: set 107)
    .split(/[，,；;](?=(?:开展|受理|收到|接到|办理|举办|召开|回复|答复|接受|在[^，,。；;\d]{2,12}?(?:栏目|平台|专栏)|(?:从|按)?(?:内容|类别|类型)(?:来|上)?看))/)[0]
  let sum = 0, n = 0
  for (const p of kindsBeforeAChannel(list).matchAll(PART_COUNT)) {
    const v = parseNumber(p[1])
    if (!v) return false
    sum += v.value; n++
    // (parts that add up to it exactly, then other counts: 5767条，其中重点领域信息3683条，其他信息2084条，主动公开文件597份，
    // 发布政策解读14篇 — the documents and interpretations are other statements; seventh set of real pages)
    if (n >= 2 && sum === total) return false
  }
  // (a rough total, 5万多条, holds parts up to its next round figure: 44104条、1万余条; set 25 of real pages)
  // (parts over by a slip, 199条 over 2+72+127 = 201, do not contradict it: a stated total whose breakdown does not add up is
  // kept, as the pages README says; set 35 of real pages)
  return n >= 2 && (rough ? sum >= total + roundUnit(total) : sum > total + SLIP(total))
}
/** how far parts may run over a stated total and be a slip in the breakdown, not another count: 2 items, or 1% of a big total */
const SLIP = (total: number): number => Math.max(2, Math.floor(total / 100))
/** the place of a round figure's last non-zero digit (50000 → 10000) */
function roundUnit(rough: number): number {
  let unit = 1
  while (rough % (unit * 10) === 0 && unit < rough) unit *= 10
  return unit
}

/**
 * The parts listed right after a count (…2873条，其中，网站1600条；微信450条；公开栏453条) add up to another
 * figure: the count and its parts disagree, so an older report's count up to the year's end is not read as
 * the year's (it may run since the office began)
 */
// the parts run to the sentence's end, across ；
const PARTS_TO_STOP = /^[，,：:]?\s*(?:包括|其中|含)([^。]*)/
const LEADING_COUNT = new RegExp(`^(${N})\\s*(?:条|件|项|篇)`)
function breakdownDisagrees(fromCount: string): boolean {
  const c = LEADING_COUNT.exec(fromCount)
  const total = c ? parseNumber(c[1]) : null
  if (!c || !total) return false
  const m = fromCount.slice(c[0].length).match(PARTS_TO_STOP)
  if (!m) return false
  const parts = [...m[1].split(/其中/)[0].matchAll(PART_COUNT)].map((p) => parseNumber(p[1])?.value ?? NaN)
  return parts.length >= 2 && parts.reduce((a, b) => a + b, 0) !== total.value
}

/** the text from a count to its sentence's end across ；, or the line's (the sentences split at ；) */
const SENTENCE_STOP = /[。\n]/
function toSentenceEnd(ctx: Ctx, from: number): string {
  const t = ctx.view.text
  const stop = t.slice(from, from + 400).search(SENTENCE_STOP)
  return t.slice(from, stop < 0 ? from + 400 : from + stop)
}

/**
 * Parts by kind, then a clause naming a channel with its own count (其中工作动态信息91条，通知公告19条，…，某某微信公众号
 * 发布信息224条): the channel's count is another statement, not a part of the kinds; the list ends before it
 */
const LIST_CLAUSE = /[^，,、；;]+[，,、；;]?/g
function kindsBeforeAChannel(list: string): string {
  let kinds = 0, end = 0
  for (const c of list.matchAll(LIST_CLAUSE)) {
    if (!PART_COUNT_ONE.test(c[0])) { end = c.index + c[0].length; continue }
    if (CHANNEL.test(c[0])) return kinds >= 2 ? list.slice(0, end) : list
    kinds++
    end = c.index + c[0].length
  }
  return list
}
const PART_COUNT_ONE = new RegExp(`(${N})(?:条|件|项|篇|则)`)

/**
 * The clause of a total said after its parts, joined by 、 (…网站更新信息14条，政务新媒体更新486条、全年总计更新…500条):
 * the words after the last part's count, when they say the total; the parts' channels are not the total's
 */
const LISTED_COUNT = new RegExp(`^.*(?:${NUMBER_SOURCE})(?:余|多)?(?:条|件|篇)、`)
function ownWordsOfTotal(clause: string): string {
  const m = LISTED_COUNT.exec(clause)
  const rest = m ? clause.slice(m[0].length) : clause
  return m && /(总计|合计|共计|全年|共)/.test(rest) ? rest : clause
}

/**
 * What makes a proactive count a part of the year's total rather than the total (proactive-kinds.ts): one
 * kind of information, one channel other than the portal, some of the bodies, the clause after 其中，.
 */
function partOfTheWhole(s: string, at: number, clause: string, object: string): 'one-kind' | 'one-channel' | 'some-bodies' | null {
  if (oneKindOfInformation(object) || KIND_SITE.test(clause)) return 'one-kind'
  if (oneSecondaryChannel(ownWordsOfTotal(clause) + object)) return 'one-channel'
  if (partOfTheBodies(clause) || AFTER_OF_WHICH.test(s.slice(0, at))) return 'some-bodies'
  return null
}

/** the template's sub-heading for the year's count ((一)本机关主动公开政府信息的数量, ㈠…, 1、主动公开政府信息数量) */
const COUNT_HEADING = /(?:^|\n)\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[㈠-㈩]|\d{1,2}[、.．](?!\d))\s*(?:本机关|本单位|本局)?主动公开(?:政府|政务)?信息(?:的)?(?:数量|总数|条数)/g
const COUNT_BETWEEN = /\d\s*(?:余|多)?(?:条|件|篇|项|则)/
/** the count is the first after that sub-heading (on its line or the next): the year's total, as 共… says it */
function underCountHeading(ctx: Ctx, at: number): boolean {
  const t = ctx.view.text
  const lineStart = t.lastIndexOf('\n', at - 1) + 1
  const from = lineStart > 0 ? t.lastIndexOf('\n', lineStart - 2) + 1 : 0
  const head = t.slice(from, at)
  let end = -1
  for (const m of head.matchAll(COUNT_HEADING)) end = (m.index ?? 0) + m[0].length
  return end >= 0 && !COUNT_BETWEEN.test(head.slice(end))
}
/** the year's total said again as the whole its parts divide (在2010年公开的7条信息中，…; 在本年度主动公开的14条政府信息中) */
const YEARS_TOTAL_RESTATED = new RegExp(`在(?:本年度?|今年|全年|(\\d{4})年度?)(?:共|所)?(?:主动)?(?:公开|发布)的(${N}条)(?:政府|政务)?信息中`, 'g')

/** an exact count inside an approximate one's range (12600 in 1.2万余: 12000 to 13000; 46215 is not in 45000多) */
function withinRough(exact: number, rough: number): boolean {
  return exact >= rough && exact < rough + roundUnit(rough)
}
function sameTotal(a: Hit, b: Hit): boolean {
  return a.value === b.value || (a.approximate && !b.approximate && withinRough(b.value, a.value)) || (b.approximate && !a.approximate && withinRough(a.value, b.value))
}

/**
 * the year's part after a count, in its sentence or, where only the rate clause closes it, in the next sentence opened by
 * 其中 (本单位截至2021年底累计主动公开政府信息331条，全文电子化率达100%。其中，本年度新增的…23条: set 100 of real pages)
 */
function yearsPartAfter(ctx: Ctx, s: Sentence, from: number): { part: RegExpExecArray | null; from: number } {
  const rest = s.text.slice(from)
  const part = YEARS_PART_COUNT.exec(rest)
  if (part) return { part, from: s.start + from }
  const next = ctx.view.text.slice(s.end, s.end + 120)
  const lead = next.length - next.trimStart().length
  // (…or, after the total's own breakdown, a sentence of the year's new items alone: 累计达173条，其中公文类信息62条。2010年
  // 新增 49条。; set 104 of real pages)
  const opens = RATE_CLAUSE_ONLY.test(rest) ? /^其中/ : NEW_OF_THE_YEAR_OPENS
  const nextPart = opens.test(next.trimStart()) ? YEARS_PART_COUNT.exec(next.trimStart()) : null
  return { part: nextPart, from: s.end + lead }
}
const NEW_OF_THE_YEAR_OPENS = /^(?:本年度?|今年|当年|\d{4}年度?)新增/
const RATE_CLAUSE_ONLY = new RegExp(`^${RATE_CLAUSE}[。]?\\s*$`)

export function proactiveDisclosures(ctx: Ctx, warnings: DocWarning[], reportYear: number | null = null): ExtractedField | null {
  const hits: Hit[] = []
  let afterRunning = false, prevText = '', secondaryChannels = 0, breakdownOpened = false
  // the sentences that go on a running total's or a breakdown's list across ；: parts, never the year's total
  const runningTail = new Set<number>()
  for (const s of sentencesAcrossBreaks(ctx)) {
    // a running total's parts follow it to the end of its sentence, across ；, or in the next sentence that opens
    // with 其中 (累计主动公开…17条。其中：机构职能4条；…其它公开信息8条。)
    if (!/[；;]\s*$/.test(prevText) && !(afterRunning && BREAKDOWN_OPENING.test(s.text))) afterRunning = false
    else if (afterRunning) runningTail.add(s.start)
    // a breakdown opened by 其中 goes on across ；: the next sentences are its further parts (其中主动公开环境…信息9条；主动公开
    // 生产安全事故…信息14条；…; set 81 of real pages)
    const breakdownGoesOn: boolean = /[；;]\s*$/.test(prevText) && breakdownOpened
    breakdownOpened = /^\s*其中/.test(s.text) || breakdownGoesOn
    if (breakdownGoesOn) runningTail.add(s.start)
    prevText = s.text
    each(YEARS_TOTAL_RESTATED, s, (m) => {
      if (m[1] && Number(m[1]) !== reportYear) return
      const h = parseHit(m[2], s.start + m.index + m[0].indexOf(m[2]), 'proactive_disclosures.restated', 0.8)
      if (h) hits.push({ ...h, whole: true, channel: false })
    })
    if (!PROACTIVE_SAID.test(s.text)) continue
    each(PROACTIVE_COUNT_FIRST, s, (m) => {
      const at = m.index + m[0].indexOf(m[1])
      const clause = clauseBefore(s.text, at)
      if (runningTotal(s.text, at, reportYear) || BREAKDOWN.test(clause) || WRONG_KIND.test(clause) || s.text[at - 1] === '第') return
      const h = parseHit(m[1], s.start + at, 'proactive_disclosures.count-first', 0.8)
      if (!h) return
      // (…or one kind its object names after the count, 主动公开15条涉及公共利益…的建议提案复文: set 92 of real pages)
      const kindAfter = kindNamedAfter(s.text.slice(at + m[1].length))
      if (kindAfter || notTheYearsCount(s.text, at, '', reportYear) || partOfTheWhole(s.text, at, clause, '')) {
        consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.count-first-part'); return
      }
      hits.push({ ...h, whole: SAYS_WHOLE.test(clause), channel: CHANNEL.test(clause) })
    })
    const onProactive = (m: RegExpExecArray): void => {
      const at = m.index + m[0].length - m[2].length
      const clause = clauseBefore(s.text, at)
      // (…or the information named after it, 共主动公开185份政务信息: set 27 of real pages)
      if (/份(?:以上|左右)?$/.test(m[2]) && !/信息/.test(m[1]) && !/^(?:政府|政务)?信息/.test(s.text.slice(at + m[2].length))) return
      // (the report's own parts its preamble lists, 本报告由总体情况、主动公开政府信息情况、…等6项内容组成: no items; set 40)
      if (/情况/.test(m[1]) && /^(?:内容|部分|方面)/.test(s.text.slice(at + m[2].length))) return
      // (…nor 的一项 before what it is, 将主动公开政府信息作为…的一项具体衡量标准: one of a kind, no count; set 111 of real pages)
      if (/的$/.test(m[1]) && /^一[项个条件种]$/.test(m[2]) && /^[\u4e00-\u9fa5]/.test(s.text.slice(at + m[2].length))) return
      if (FILED_WITH.test(s.text.slice(0, m.index))) {
        const h = parseHit(m[2], s.start + at, 'proactive_disclosures.filed', 0.3)
        if (h) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence, h.rule)
        return
      }
      if (MADE_AS.test(s.text.slice(0, m.index)) || ARTICLES.test(m[1])) {
        const h = parseHit(m[2], s.start + at, 'proactive_disclosures.not-items', 0.3)
        if (h) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence, h.rule)
        return
      }
      if (WRONG_KIND_AFTER.test(s.text.slice(at + m[2].length))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.not-items'); return }
      if (!/信息/.test(m[1]) && kindNamedAfter(s.text.slice(at + m[2].length))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.one-kind'); return }
      // (a key area's items, 主动发布重点民生领域信息263条 among other kinds' counts: that area's; set 104 of real pages)
      if (KEY_AREA_OBJECT.test(m[1]) && !SAYS_WHOLE.test(clause + m[1])) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.one-kind'); return }
      // (…or documents described, 主动公开以某局名义印发的文件3件: set 92)
      const infoBefore = /文件$/.test(m[1].trim()) ? INFO_COUNT_BEFORE.exec(s.text.slice(0, m.index)) : null
      if (infoBefore && (parseNumber(infoBefore[1])?.value ?? 0) > (parseNumber(m[2])?.value ?? Infinity)) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.documents-part'); return }
      if (breakdownGoesOn && !SAYS_WHOLE.test(clause + m[1])) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.breakdown-part'); return }
      // 其中主动公开…: the proactive share of what was made is the proactive count, not a breakdown of it
      // (其中，主动公开3810条 after a sentence's total of all published: the comma does not make it a breakdown)
      // (…or in the total's own sentence: 2017年度共公开的政府信息48条，其中，主动公开信息23条，…依申请公开信息0件; ninth set)
      const shareAfterTotal = (/^\s*其中[，,：:]$/.test(s.text.slice(0, m.index)) && TOTAL_BEFORE.test(ctx.view.text.slice(Math.max(0, s.start - 60), s.start)))
        || TOTAL_THEN_SHARE.test(s.text.slice(0, m.index))
      // (a share of one kind, 共发布政务公开信息106条，其中，主动公开部门文件21条, is an item of the total's list, not the
      // year's proactive items: set 37 of real pages)
      const ownShare = /其中主动(?:公开|发布)/.test(clause) || (shareAfterTotal && GENERIC_OBJECT.test(m[1].trim()))
      // a total whose 其中 gives the year's new items (5600条，其中本年度新增320条): the rules give no value (the
      // year's total is not stated as such), but the new items are the reviewer's first suggestion
      const { part: yearsPart, from: partFrom } = yearsPartAfter(ctx, s, at + m[2].length)
      if (yearsPart && (!yearsPart[1] || Number(yearsPart[1]) === reportYear)) {
        const p = parseHit(yearsPart[2], partFrom + yearsPart[0].length - yearsPart[2].length, 'proactive_disclosures.years-part', 0.6)
        // after a running total (截至…/累计…), its part for the year is the year's count (…615条，今年新增94条)
        // (…and so after a 累计 the year names, 2020年累计主动公开…275条，…其中，本年度新增的…32条: the year's new items say the
        // 累计 runs longer than the year; set 43 of real pages)
        const newAfterCumulative = isCumulative(clause) && /新增/.test(yearsPart[0])
        if (p && (runningTotal(s.text, at, reportYear) || UP_TO_DATE.test(s.text.slice(0, at)) || newAfterCumulative)) hits.push({ ...p, whole: true })
        else if (p) consider(ctx, 'proactive_disclosures', p.value, p.start, p.end, p.confidence, p.rule)
        if (p && newAfterCumulative) { afterRunning = true; return }
      }
      // the counts after a running total in its sentence are its parts (累计280条；网站132条…)
      // (not 累计 in a paragraph the report year opens, 2017年度，我单位…主动公开政府信息。我单位累计主动公开政府信息45条: the
      // year's tally, as the requests' rule reads it; set 59)
      if (runningTotal(s.text, at, reportYear) && !paragraphOfTheYear(ctx, s.start + at, clause, reportYear)) { afterRunning = true; return }
      // (…or its bracket says it holds the earlier years', 417条（此数含2008年以来所有主动公开信息数）: set 104 of real pages)
      if (notTheYearsCount(s.text, at, m[1], reportYear, () => toSentenceEnd(ctx, s.start + at)) || SINCE_EARLIER_IN_BRACKET.test(s.text.slice(at + m[2].length))) {
        const h = parseHit(m[2], s.start + at, 'proactive_disclosures.not-the-year', 0.3)
        if (h) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence, h.rule)
        return
      }
      // 主动公开包括机构职能等信息144条: a list closed by 等 into information is the object, not a breakdown
      const closedObject = /(?:包括|含)[^，,]*等[^、]{0,6}信息$/.test(m[1])
      // one topic's kinds counted, the sentence going on to another 主动公开 of other kinds with its own count (主动公开…招生政策…
      // 等21条信息，主动公开疫情防控信息68条、…): items of a list by topic, no total said (set 102 of real pages)
      // (…or the last of them, after another 主动公开 counted earlier in the sentence)
      // (counts by channel are weighed as channels below)
      // (nor the proactive share of a total made, …共制作政府信息236条，其中主动公开信息数为158条)
      if (!SAYS_WHOLE.test(clause + m[1]) && !CHANNEL.test(clause + m[1]) && !/其中[，,：:]?\s*$/.test(s.text.slice(0, m.index)) && (ANOTHER_PROACTIVE_COUNT.test(s.text.slice(at + m[2].length)) || PROACTIVE_COUNTED_BEFORE.test(s.text.slice(0, m.index)))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.listed-part'); return }
      // 在法定主动公开内容下的统计信息中公开12项…: 主动公开 names the catalogue (its 内容, 栏目), the count is another verb's
      // 法定主动公开信息16条，重点领域信息13条: the statutory column, one part of what was published
      if (s.text.slice(Math.max(0, m.index - 2), m.index) === '法定') {
        const h = parseHit(m[2], s.start + at, 'proactive_disclosures.statutory-column', 0.4)
        if (h) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence, h.rule)
        return
      }
      // 公开发布“主动公开”属性文件800余件: 主动公开 is the documents' attribute, not the verb of their count
      // but 主动公开内容共18条 (a township's overview): 内容 alone is the object, its count in 条 the verb's own
      if (/^(?:内容|栏目|专栏|[”"’']?属性)/.test(m[1]) && !(CONTENTS_ITSELF.test(m[1]) && /条/.test(m[2]))) return
      if (afterRunning || (BREAKDOWN.test(clause) && !ownShare && !closedObject) || catalogueEntries(m[1])) return
      // a request's answer (所申请信息已主动公开2件: table 三's 已经主动公开 outcome), not the year's items (set 13)
      if (/已(?:经)?$/.test(s.text.slice(0, m.index)) && /申请/.test(clause)) return
      // an item of a list a count opened earlier in the statement (发布信息1771条，其中门户网站351条，含…，主动公开文件83条;
      // 共计公开政府信息6条，分别是…1条，其他应当主动公开的政府信息5条): a part (set 11 of real pages)
      if (!ownShare && LIST_AFTER_COUNT.test(statementBefore(s.text, m.index))) {
        const h = parseHit(m[2], s.start + at, 'proactive_disclosures.listed-part', 0.3)
        if (h) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence, h.rule)
        return
      }
      // (条次 whose parts add up: its 次 passed over, the count read as items)
      const itemsInTimes = s.text[at + m[2].length] === '次' && timesAreItems(ctx, s.start + at + m[2].length + 1, parseNumber(m[2])?.value)
      if (proactivePart(s.text, m.index, at, at + m[2].length + (itemsInTimes ? 1 : 0), m[1]) || WRONG_KIND.test(clause + m[1])) return
      // one kind's count whose sentence ends at ；, the next kind's count after it (征地批复及相关资料22条；各类土地市场数据224条，
      // …; set 24 of real pages): the first item of a list, not the total
      if (kindListGoesOnAcross(ctx, s, at + m[2].length, m[1])) return
      if (oneKindOnly(m[1])) return
      // the share of one kind a clause before names (主办的317件人大建议和政协提案复文中，主动公开38件): that kind's, not the year's
      // (set 53 of real pages)
      if (OF_ONE_KIND_BEFORE.test(s.text.slice(0, m.index))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.one-kind'); return }
      const h = parseHit(m[2], s.start + at, 'proactive_disclosures.sentence', 0.85)
      // one kind of information (财政预决算信息) or one channel other than the portal (政务微博): a part
      const part = partOfTheWhole(s.text, at, clause, m[1])
      if (h && part && !(shareAfterTotal && part === 'some-bodies')) {
        if (part === 'one-channel') secondaryChannels++
        consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, `proactive_disclosures.${part}`)
        return
      }
      // a count under a topic's sub-heading ((四)开展政策解读工作情况): that topic's, not the year's
      // (全年主动公开信息110余条 under (四)平台建设: the year's items said as such, wherever the overview puts them)
      const yearsOwn = /全年/.test(clause) && GENERIC_OBJECT.test(m[1])
      if (h && (underTopicSubheading(ctx.view.text, s.start + at) || (OVERVIEW_HEADING.test(sectionHeading(ctx, s.start)) && underManagementSubheading(ctx.view.text, s.start + at) && !yearsOwn))) { consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.topic-section'); return }
      // a count under a sub-heading naming one channel, a later one naming another ((三)通过媒体主动公开…): that channel's
      if (h && underOneChannelSubheading(ctx.view.text, s.start + at)) { secondaryChannels++; consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.channel-section'); return }
      // a total its own parts exceed (382条，包括…35条、…80条、…2443条) is contradicted by the text: no value
      if (h && partsExceed(s.text.slice(at + m[2].length), h.value, h.approximate)) { consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.3, 'proactive_disclosures.parts-exceed'); return }
      // an approximate figure for one channel (网站主动公开5500余条) is not the year's total
      // (it is still a channel's own count: with another channel's, no total for the year)
      // (not one said over several channels closed by 等: 通过县政府门户网站、政务新媒体等管道主动公开…3,600余条 is the year's)
      // (nor one said over channels listed by 、, 通过某市人民政府门户网站、某融媒、“某发布”微信公众号…主动公开政府信息80余条: set 20)
      if (h?.approximate && CHANNEL.test(clause) && !saysSeveralChannels(clause) && channelsNamed(clause).size < 2) { if (oneChannelNamed(clause)) secondaryChannels++; consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.channel-approximate'); return }
      // (…or said over the portal and other ways at once, 通过门户网站、微信公众号报纸电视等多种形式…主动公开政府信息3228条: the
      // year's, a way's own count after it one of its parts; set 54 of real pages)
      if (h) hits.push({ ...h, whole: SAYS_WHOLE.test(clause + m[1]) || underCountHeading(ctx, s.start + at) || overPortalAndOthers(clause), channel: CHANNEL.test(clause + m[1]) })
    }
    each(PROACTIVE, s, onProactive)
    each(PROACTIVE_KINDS_THEN_TOTAL, s, onProactive)
    each(PROACTIVE_N_KINDS_THEN_TOTAL, s, onProactive)
    each(PROACTIVE_COUNT_NO_UNIT, s, onProactive)
  }
  // parts that add up to a stated total beat a statement that may be one channel's share, and a count that
  // is one of those parts even when its clause says 共 (通过网站共公开525条，通过微信公开175条，合计700条)
  // (read only when it can matter: no total yet, or a total said in a channel's clause; it walks every sentence)
  const anyWhole = hits.some((h) => h.whole)
  const checked = !anyWhole || hits.some((h) => h.whole && h.channel) ? checkedChannelTotal(ctx, reportYear) : null
  // one site's own total with its parts by kind (通过某县政府网站，共公开信息46条，其中：…2条…13条) after the year's statement
  // through no channel that is larger (2022年主动公开政府信息3466条): that site's part of it, not a total that beats it
  // (set 14 of real pages)
  const siteOfTheYears = checked && !anyWhole && hits.some((h) => !h.channel && h.start < checked.start && h.value > checked.value && !h.approximate)
    && oneChannelNamed(channelWordsOfHit(ctx, checked))
  if (checked && siteOfTheYears) consider(ctx, 'proactive_disclosures', checked.value, checked.start, checked.end, 0.4, 'proactive_disclosures.channel')
  else if (checked && (!anyWhole || hits.some((h) => h.start < checked.start && checked.parts.includes(h.value)))) {
    // parts by kind of one channel's total (政府网站共发布各类信息5386条，其中…), another channel counted next
    // (通过政务微信共推送信息856条): that channel's total, not the year's
    if (oneChannelNamed(channelWordsOfHit(ctx, checked)) && (oneChannelOfSeveral(ctx, checked) || alsoAnotherWayUncounted(ctx, checked))) {
      consider(ctx, 'proactive_disclosures', checked.value, checked.start, checked.end, 0.4, 'proactive_disclosures.channel')
      return null
    }
    return resolve(ctx, 'proactive_disclosures', [checked], warnings, '主动公开信息数', 'Items proactively disclosed')
  }
  // several channels' own counts and no total (通过网站主动公开…560条，通过公开栏主动公开…120条): no value
  // (a WeChat or a notice board's own count set aside above is one of them)
  if (hits.length + secondaryChannels >= 2 && !hits.some((h) => h.whole) && hits.every((h) => h.channel) && (secondaryChannels > 0 || new Set(hits.map((h) => h.value)).size > 1)) {
    for (const h of hits) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.channel')
    return null
  }
  if (!hits.length) {
    // inside the 主动公开 section: the first "共公开/发布 … N条" that is not a breakdown or a running total
    for (const s of sentencesAcrossBreaks(ctx)) {
      if (!/主动公开/.test(ctx.sectionAt(s.start)) && !DISCLOSURE_SECTION.test(ctx.sectionAt(s.start))) continue
      let channels = 0
      if (runningTail.has(s.start)) continue
      each(PROACTIVE_VERB_FIRST, s, (m) => {
        const at = m.index + m[0].length - m[2].length
        const clause = clauseBefore(s.text, at)
        if (runningTotal(s.text, at, reportYear) || BREAKDOWN.test(clause) || notTheYearsCount(s.text, at, m[1], reportYear, () => toSentenceEnd(ctx, s.start + at))
          || SINCE_EARLIER_IN_BRACKET.test(s.text.slice(at + m[2].length))) return
        // the verb inside the requests' own name (共收到各类依申请公开26件): the requests, not items made public (set 70)
        if (/申请$/.test(s.text.slice(0, m.index + m[0].search(/公开|发布|公布/)))) return
        // an item of a list of counts (…重大民生信息10条、信息公开年报1条: 公开 inside the last item's noun; tenth set)
        if (LIST_ITEM_BEFORE.test(s.text.slice(0, m.index))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.section-part'); return }
        // (the key areas' own count, 重点领域公开政府信息数134条: a part of the year's items; set 81 of real pages)
        if (/重点领域(?:信息)?$/.test(s.text.slice(0, m.index))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.section-part'); return }
        // a later part of a breakdown whose total is not stated (主动公开政府信息。其中通过公开栏公开信息48条，通过网站
        // 公开信息36条): one channel's part, as the first
        if (LATER_PART.test(s.text.slice(0, at - clause.length)) && !/(共|合计|总计|全年)/.test(clause)) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.section-part'); return }
        // (…or pieces in 篇 that are no information, 发布统计分析报告和统计快讯达100余篇: writings, not items; set 42)
        if (MADE_AS.test(s.text.slice(0, m.index)) || ARTICLES.test(m[1]) || SITE_WORK_VERBS.test(clause + m[1]) || WITH_REPLIES.test(s.text.slice(0, m.index))
          || (/篇/.test(m[2]) && !/信息/.test(m[1]) && !PROACTIVE_NAMED_AFTER.test(s.text.slice(at + m[2].length)))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.not-items'); return }
        // (the disclosure rules themselves, 政府信息公开制度4条: rules made, not items; set 19 of real pages)
        if (RULES_OBJECT.test(m[1].trim())) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.not-items'); return }
        // a catalogue's or a guide's entries (公布办事指南52项), as in the sentences that say 主动公开
        // (…or the count before them, 在政务服务网公开了涉及我委的53项服务项目: set 26 of real pages)
        if (catalogueEntries(m[1]) || SERVICE_ITEMS_AFTER.test(s.text.slice(at + m[2].length))) return
        if (proactivePart(s.text, m.index, at, at + m[2].length, m[1]) || WRONG_KIND.test(clause + m[1])) return
        // one kind's count whose sentence ends at ；, the next kind's count after it (征地批复及相关资料22条；各类土地市场数据224条，
        // …; set 24 of real pages): the first item of a list, not the total
        if (kindListGoesOnAcross(ctx, s, at + m[2].length, m[1])) return
        if (oneKindOnly(m[1])) return
        const h = parseHit(m[2], s.start + at, 'proactive_disclosures.section', 0.7)
        const part = partOfTheWhole(s.text, at, clause, m[1])
        if (h && (part || partsExceed(s.text.slice(at + m[2].length), h.value, h.approximate) || underTopicSubheading(ctx.view.text, s.start + at) || underOneChannelSubheading(ctx.view.text, s.start + at) || underFormsHeading(ctx, s.start + at))) {
          if (part === 'one-channel') secondaryChannels++
          consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.section-part')
          return
        }
        // an approximate figure for one channel while the sentence names other ways the items went out (一是政府网站，全年在
        // 政府网站发布各类信息5800余条；二是新闻发布会…；三是报刊): that channel's share, as above; not several channels' (网站、
        // 微信公众号等渠道…3200余条), nor the only way named (通过县政府信息公开平台公开信息一千余条), nor a count rounded to the 万
        if (h?.approximate && /余|多|约|近|左右/.test(m[2]) && oneChannelNamed(clause) && otherWaysNamed(ctx, s.text, s.start + at + m[2].length)) { consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.channel-approximate'); return }
        if (h) hits.push(h)
        if (h && CHANNEL.test(clause + m[1])) channels++
      })
      // several channels' counts and no total for the year (栏58条，网站121条，微信300余条): no value
      if (hits.length > 0 && channels + secondaryChannels >= 2 && channels === hits.length) {
        for (const h of hits) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, 0.4, 'proactive_disclosures.channel')
        return null
      }
      // one channel's count, then the paragraph states the year's total (…平台发布信息140余篇，…推送…报道20余篇，…稿件2篇。
      // 2021年我局共发布各类信息435条。): the total is the year's, the channel's a part (set 46 of real pages)
      if (hits.length && channels === hits.length) {
        const lineEnd = ctx.view.text.indexOf('\n', s.end)
        const total = YEARS_TOTAL_AFTER_CHANNELS.exec(ctx.view.text.slice(s.end, lineEnd < 0 ? ctx.view.text.length : lineEnd))
        const h = total && (total[1] === undefined || Number(total[1]) === reportYear)
          ? parseHit(total[2], s.end + total.index + total[0].length - total[2].length, 'proactive_disclosures.total-after-channels', 0.6) : null
        if (h) {
          for (const c of hits) consider(ctx, 'proactive_disclosures', c.value, c.start, c.end, 0.4, 'proactive_disclosures.channel')
          hits.length = 0
          hits.push({ ...h, whole: true })
        }
      }
      if (hits.length) break
    }
  }
  if (!hits.length) {
    const h = overviewTotal(ctx, reportYear) ?? countFirstUnderLabel(ctx, reportYear) ?? unheadedTotalWithParts(ctx, reportYear) ?? subheadedTotalWithParts(ctx, reportYear)
    if (h) hits.push(h)
  }
  // the year's total (共…/全年…) is the headline; other statements are often one channel's share
  // (网站主动公开800条); failing a total, the first statement
  const first = hits.find((h) => h.whole) ?? hits[0]
  // (a rough total and the exact figure inside it, 1.2万余条 and 12600条: the exact one)
  const pick = first?.approximate ? hits.find((h) => h.whole && !h.approximate && sameTotal(h, first)) ?? first : first
  for (const h of hits) if (h !== pick) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence * 0.8, h.rule)
  // one channel's count right after the year's total over every platform (…通过各类公开平台公开政府信息共932条。1.通过
  // 政府网站主动公开发布政府信息共432条，其中…): the portal's share of that total, which is the year's (set 91 of real pages)
  const allWays = pick && oneChannelNamed(channelWordsOfHit(ctx, pick)) ? allWaysTotalBefore(ctx, pick) : null
  if (pick && allWays) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.channel')
    return resolve(ctx, 'proactive_disclosures', [allWays], warnings, '主动公开信息数', 'Items proactively disclosed')
  }
  // two totals for the year that disagree (概述 3215条, section 二 3251条; 45000多条 and 46215条): the text contradicts
  // itself, as the pages README's "unless other totals contradict it" says: no value
  // (in separate statements: one sentence's total and its year's part, 共…480条，今年新增66条, are not two totals)
  // (nor is a later total that the pick's own breakdown lists as one channel's part, restated under that channel's
  // sub-heading: 共304条。在主动公开的信息中，通过某网站公开信息165条…；(一)某网站…共主动公开政府信息165条)
  const apart = (a: Hit, b: Hit): boolean => /[。\n]/.test(ctx.view.text.slice(Math.min(a.start, b.start), Math.max(a.start, b.start)))
  // (nor one channel's own total, smaller, beside the year's over every channel: 全年共主动公开政府信息近2.4万条, then 在政府网站共
  // 主动公开信息130条, 在县民政网站共主动公开信息446条; set 112 of real pages)
  const channelsShare = (h: Hit): boolean => !!pick && h.channel === true && pick.channel !== true && h.value < pick.value
  if (pick?.whole && hits.some((h) => h !== pick && h.whole && !sameTotal(h, pick) && apart(h, pick) && !listedAsPart(ctx, pick, h) && !channelsShare(h))) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.totals-disagree')
    return null
  }
  // two scopes counted side by side (全年主动公开…3600余条；管委会办公室本部门主动公开…180余条): the area's and the
  // compiler's own office's; which one the report is of, the text does not say
  if (pick && hits.some((h) => h !== pick && OWN_OFFICE.test(clauseOfHit(ctx, h)) !== OWN_OFFICE.test(clauseOfHit(ctx, pick)) && sameSentence(ctx, h, pick))) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.two-scopes')
    return null
  }
  // everything a site posted (全年政府网站共发布信息1050条), its news columns counted after it, the superiors' news among
  // them (自治区要闻68条、某市要闻76条、本区要闻108条): the site's posts, reposts included, not the body's items
  if (pick && /网站/.test(sentenceLeadOfHit(ctx, pick)) && newsColumnsAfter(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.site-posts')
    return null
  }
  // one level's count (政府级主动公开的信息数22条), another level's next to it (政府部门公开的信息数110条), no total:
  // the year's items split by who published them, not the year's total
  if (pick && !pick.whole && otherLevelCounted(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.one-level')
    return null
  }
  if (pick && !pick.whole && documentsThenAnotherKind(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.documents-and-another-kind')
    return null
  }
  // one tier's count (省政府及省直单位主动公开信息14.9万条), another tier's beside it (各市(地)…39.9万条), no total: the
  // area's items split by tier, not the year's total
  // (共 in one tier's own clause, 市政府主动公开政府信息共2367条, is that tier's total, not the area's)
  if (pick && otherTierCounted(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.one-tier')
    return null
  }
  // a count in one item of the ways a lead sentence announces (采用多种形式主动公开政府信息：⏎一是…网站…27条；⏎二是…公示栏…；
  // ⏎三是…媒体…41条): that way's share, not the year's total
  if (pick && !pick.whole && oneWayOfSeveralListed(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.one-way')
    return null
  }
  // 共/全年 in a clause that names one channel (通过政府网站全年主动公开…643条，通过微信公众号发布信息37条) is that
  // channel's year, not the year's total across channels
  if (pick && (!pick.whole || oneChannelNamed(channelWordsOfHit(ctx, pick))) && oneChannelOfSeveral(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.channel')
    return null
  }
  // the one channel's count said again elsewhere beside another channel's own (2025年门户网站主动公开信息37条，其中… in
  // 一、 and 通过门户网站主动公开信息37，通过局微信公众号发布信息305条 in 二、): per-channel counts with no total
  if (pick && oneChannelNamed(channelWordsOfHit(ctx, pick)) && restatedBesideAnotherChannel(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.channel-restated')
    return null
  }
  // the portal counted twice in the section, two different numbers (门户网站主动公开政府信息22条 … 通过政府网站公开
  // …等信息55条): which one is the year's the text does not say
  if (pick && oneChannelNamed(clauseOfHit(ctx, pick)) && anotherPortalCount(ctx, pick)) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.portal-disagrees')
    return null
  }
  if (pick && (portalAmongNamedWays(ctx, pick, channelWordsOfHit(ctx, pick)) || (oneChannelNamed(channelWordsOfHit(ctx, pick)) && alsoAnotherWayUncounted(ctx, pick)))) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.portal-of-several')
    return null
  }
  // 10余条: a small round figure with 余 says the order, not the count (from 10 to 19 is half again); 20余条 and
  // up (20余条, 四十余条, 100余条) are read as the year's approximate total, as the reports' readers take them
  if (pick?.approximate && pick.value < VAGUE_BELOW) {
    consider(ctx, 'proactive_disclosures', pick.value, pick.start, pick.end, 0.4, 'proactive_disclosures.vague')
    return null
  }
  return resolve(ctx, 'proactive_disclosures', pick ? [pick] : [], warnings, '主动公开信息数', 'Items proactively disclosed')
}
const VAGUE_BELOW = 20
/** a total said over every platform or way, closing the sentence before (通过各类公开平台公开政府信息共932条。) */
const ALL_WAYS_TOTAL = new RegExp(`(?:通过|依托|利用)(?:各类|各种|多种|不同)[^。；;，,\\d]{0,8}?(?:平台|渠道|方式|载体)(?:主动)?(?:公开|发布)了?(?:各类)?(?:政府|政务)?信息(?:共计|共|合计|总计)\\s*(${N}条)。\\s*(?:[1-9１-９][.．、]|[（(]?[一二三四五六七八九十][）)、])?\\s*$`)
function allWaysTotalBefore(ctx: Ctx, pick: Hit): Hit | null {
  const t = ctx.view.text
  const sentenceStart = Math.max(t.lastIndexOf('。', pick.start - 1), t.lastIndexOf('\n', pick.start - 1)) + 1
  const from = Math.max(0, sentenceStart - 120)
  const m = ALL_WAYS_TOTAL.exec(t.slice(from, sentenceStart))
  if (!m) return null
  const h = parseHit(m[1], from + m.index + m[0].lastIndexOf(m[1]), 'proactive_disclosures.all-ways', 0.7)
  return h && h.value > pick.value ? { ...h, whole: true } : null
}
/** a clause naming the portal and other ways, closed as several (门户网站、微信公众号…等多种形式), not only the other ways */
function overPortalAndOthers(clause: string): boolean {
  return saysSeveralChannels(clause) && channelsNamed(clause).size >= 2 && /(?:门户网站|政府网站|网站)/.test(clause) && !/其[他它]/.test(clause)
}
/** `h`, after `pick`, is a count the two sentences after `pick` list as one of its parts (…165条，占总体比例的54%) */
function listedAsPart(ctx: Ctx, pick: Hit, h: Hit): boolean {
  const t = ctx.view.text
  let end = pick.end
  for (let k = 0; k < 2; k++) {
    const n = t.slice(end).search(/[。\n]/)
    end = n < 0 ? t.length : end + n + 1
  }
  return !pick.approximate && h.start >= end && h.value < pick.value && new RegExp(`(?<![\\d.])${h.value}\\s*条`).test(t.slice(pick.end, end))
}
/** a list's earlier item right before: a count and its unit, then 、 and a few words (…10条、信息) */
// (…or a comma before an item whose name holds 信息公开, 统计信息6条，信息公开指南1条，信息公开年报1条: set 48 of real pages)
const LIST_ITEM_BEFORE = /\d\s*(?:余|多)?(?:条|件|项|篇)(?:、[^、，,。；;\d]{0,12}|[，,][^、，,。；;\d]{0,10}信息)$/
/** the sentence so far is a total of what was published, then 其中 and its comma (…共公开的政府信息48条，其中，) */
// (…or the total of what was made, 2017年我镇制作、获取政府信息总数累计达416条，其中：主动公开信息数44条: set 47 of real pages)
const TOTAL_THEN_SHARE = new RegExp(`(?:(?:共|共计|合计|总计)(?:公开|发布)[^。；;，,]{0,12}?|(?:制作|获取)[^。；;，,]{0,20}?)(?:${NUMBER_SOURCE})条[，,]\\s*其中[，,：:]\\s*$`)
/** the sentence before ends on a total of what was published (…共公开政府信息4738条。) */
const TOTAL_BEFORE = new RegExp(`(?:共|共计|合计|总计)(?:公开|发布)[^。；;]{0,30}?(?:${NUMBER_SOURCE})条。\\s*$`)
/** the compiler's own office, as against the area it leads (本部门, 本机关, 机关本级) */
const OWN_OFFICE = /(本部门|本机关|机关本级|本级机关|局机关本级)/
/** two hits in one sentence (to 。, across ；) */
function sameSentence(ctx: Ctx, a: Hit, b: Hit): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a]
  return !/[。\n]/.test(ctx.view.text.slice(x.end, y.start))
}

/** a statement of what the portal carried (通过政府网站公开政府文件、…等信息55条) */
const PORTAL_STATEMENT = new RegExp(`(?:通过|在|依托)[^，,。；;\\d]{0,20}?(?:门户网站|政府网站|网站)[^，,。；;\\d]{0,6}?(?:主动)?(?:公开|发布)([^。；;，,\\d]{0,40}?)(${N})(?:条)`, 'g')
/** another statement in the pick's section counts the portal's information as a whole with another number */
function anotherPortalCount(ctx: Ctx, pick: Hit): boolean {
  const section = ctx.sectionAt(pick.start)
  for (const s of sentencesAcrossBreaks(ctx)) {
    if (s.start <= pick.start && pick.start < s.end) continue
    // (a breakdown's sentence, 其中，通过…网站公开信息2100条, is a part of the total)
    if (ctx.sectionAt(s.start) !== section || !/网站/.test(s.text) || /^\s*其中/.test(s.text)) continue
    let found = false
    each(PORTAL_STATEMENT, s, (m) => {
      const at = m.index + m[0].length - m[2].length - 1
      const clause = clauseBefore(s.text, at)
      if (found || !/信息$/.test(m[1]) || oneKindOfInformation(m[1]) || BREAKDOWN.test(clause) || isCumulative(clause)) return
      const v = parseNumber(m[2])
      if (v && v.value !== pick.value && !notTheYearsCount(s.text, at, m[1], null)) found = true
    })
    if (found) return true
  }
  return false
}

/**
 * documents counted (累计主动公开各类政府文件2101条), then in the same sentence another clause counting other items with
 * its own verb (区政府门户网站发布政务动态类消息3231条) and no total: the year's items split by kind, not its total
 */
const DOCUMENTS_COUNTED = /文件(?:数|数量)?(?:共|共计)?$/
// (…or the interpretations made next, 主动公开文件116件，开展政策解读54件，…其他政务信息94条: set 44 of real pages)
const ANOTHER_KIND_AFTER = new RegExp(`^[^。\\n]{0,4}?[，,；;](?!其中|包括|含)[^。；;，,\\d]{0,30}?(?:发布|公开|推送|刊发|开展政策解读|政策解读)[^。；;，,\\d]{0,20}?(${N})\\s*(?:条|篇|件)`)
function documentsThenAnotherKind(ctx: Ctx, pick: Hit): boolean {
  if (!DOCUMENTS_COUNTED.test(clauseOfHit(ctx, pick))) return false
  const after = ctx.view.text.slice(pick.end, pick.end + 80)
  const other = ANOTHER_KIND_AFTER.exec(after)
  // (the same number again, 全文电子化主动公开753条, restates the count: no other kind)
  return other !== null && parseNumber(other[1])?.value !== pick.value && !/(共|合计|总计)/.test(after.split(/[。\n]/)[0])
}

/** the words of a hit's clause before its number (to the last ，,。；) */
function clauseOfHit(ctx: Ctx, h: Hit): string {
  const head = ctx.view.text.slice(Math.max(0, h.start - 80), h.start)
  return head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('\n')) + 1)
}

/** a news column's count (自治区要闻68条, 乌鲁木齐要闻76条): the column's name before 要闻 */
const NEWS_COLUMN = new RegExp(`([\\u4e00-\\u9fa5]{1,6})要闻\\s*(?:${N})\\s*条`, 'g')
/** two or more news columns of different names counted within the next lines of the pick's section */
function newsColumnsAfter(ctx: Ctx, pick: Hit): boolean {
  const section = ctx.sectionAt(pick.start)
  const after = ctx.view.text.slice(pick.end, pick.end + 600)
  if (!after.includes('要闻')) return false
  const names = new Set<string>()
  for (const m of after.matchAll(NEWS_COLUMN)) {
    if (ctx.sectionAt(pick.end + (m.index ?? 0)) !== section) break
    names.add(m[1])
  }
  return names.size >= 2
}

/** a level of government or its departments, as the publisher of a count (政府级, 政府本级, 政府部门, 各部门) */
const LEVEL_SAID = /(政府级|政府本级|本级政府|机关本级|(?<!各)政府部门|各部门|组成部门)/
const LEVEL_COUNT = new RegExp(`${LEVEL_SAID.source}[^。；;，,\\d]{0,16}?(?:公开|发布)[^。；;，,\\d]{0,16}?(?:${N})\\s*条`, 'g')
const DEPARTMENTS = new Set(['政府部门', '各部门', '组成部门'])
const levelKind = (word: string): 'departments' | 'level' => (DEPARTMENTS.has(word) ? 'departments' : 'level')
/** the pick is said of one level (政府级…22条) and another sentence of its section counts the other (政府部门…110条) */
function otherLevelCounted(ctx: Ctx, pick: Hit): boolean {
  const own = LEVEL_SAID.exec(sentenceLeadOfHit(ctx, pick))
  if (!own) return false
  const mine = levelKind(own[1])
  const section = ctx.sectionAt(pick.start)
  for (const s of sentencesAcrossBreaks(ctx)) {
    if (s.start <= pick.start && pick.start < s.end) continue
    if (ctx.sectionAt(s.start) !== section || !LEVEL_SAID.test(s.text)) continue
    for (const m of s.text.matchAll(LEVEL_COUNT)) {
      if (levelKind(m[1]) !== mine) return true
    }
  }
  return false
}

/**
 * a tier of government as the publisher of a count in an area-wide report (省政府及省直单位…14.9万条；各市(地)政府…
 * 39.9万条；各县级政府…82万条): the tiers' counts split the year's items, none of them is the total
 */
// (a city's own government beside its departments and its towns: 市政府…共2367条，市直各部门…3666条，镇（区）…2064条)
const TIER_WORD = '省政府及|省直|省级|各市|(?<![省县区乡镇])市政府(?![办网门信])|市直|市级|各县|县直|县级|各乡镇|乡镇级|镇[（(]区[）)]|镇街|各镇|各街道'
const TIER_COUNT = new RegExp(`(${TIER_WORD})[^。；;，,\\d]{0,16}?(?:公开|发布)[^。；;，,\\d]{0,16}?(?:${N})\\s*条`, 'g')
const TIER_WORDS = new RegExp(TIER_WORD, 'g')
const tierOf = (word: string): string => word.replace(/^各/, '').charAt(0)
/** the pick is one tier's count, and another tier's count stands in its section (its own sentence included) */
function otherTierCounted(ctx: Ctx, pick: Hit): boolean {
  const section = ctx.sectionAt(pick.start)
  let mine: string | null = null
  const others = new Set<string>()
  for (const l of ctx.lines) {
    if (l.end < pick.start - 1500 || l.start > pick.end + 1500 || ctx.sectionAt(l.start) !== section) continue
    for (const m of l.text.matchAll(TIER_COUNT)) {
      const from = l.start + (m.index ?? 0)
      // (a total said with 共 counts as one tier's only when no other tier joins its subject: 省直各部门和各市共… is the area's)
      if (from <= pick.start && pick.start < from + m[0].length) mine = pick.whole && (m[0].match(TIER_WORDS) ?? []).length > 1 ? null : tierOf(m[1])
      else others.add(tierOf(m[1]))
    }
  }
  return mine !== null && [...others].some((t) => t !== mine)
}

/** the words of a hit's sentence before its number (to the last 。；or the line's start) */
function sentenceLeadOfHit(ctx: Ctx, h: Hit): string {
  const head = ctx.view.text.slice(Math.max(0, h.start - 120), h.start)
  return head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('\n')) + 1)
}

/**
 * The channel words of a hit: its clause, or when the clause names no channel, its sentence's lead (2023年我街道在
 * 某市人民政府网，截至12月31日共发布信息89条: the count is the site's, named before the comma)
 */
function channelWordsOfHit(ctx: Ctx, h: Hit): string {
  const clause = ownWordsOfTotal(clauseOfHit(ctx, h))
  if (namesChannel(clause)) return clause
  const lead = sentenceLeadOfHit(ctx, h)
  // (not past a count of its own: …网站共主动公开政府信息615条，今年新增94条 — the new items are the same site's)
  return oneChannelNamed(lead) && !COUNT_BEFORE.test(lead) ? lead : clause
}

/** the sentence, or its line after the count, names another way the items went out (微信…; 二是新闻发布会…；三是报刊) */
function otherWaysNamed(ctx: Ctx, sentence: string, after: number): boolean {
  if (OTHER_WAY.test(sentence)) return true
  const lineEnd = ctx.view.text.indexOf('\n', after)
  return /新闻发布会|报刊|报纸|出版物|公报|电视|广播/.test(ctx.view.text.slice(after, lineEnd < 0 ? undefined : lineEnd))
}

/** a channel other than the portal (the ways a paragraph says items went out: 通过门户网站、微信公众号等多种途径) */
const OTHER_WAY = /(微信|微博|公众号|新媒体|抖音|头条号|视频号|快手|公开栏(?!目)|公示栏|宣传栏|公告栏|显示屏|电子屏)/
/**
 * The portal's count taken for want of a total (2023年，通过政府门户网站主动公开政府信息1520条) while the same
 * paragraph says items also went out another way (通过门户网站、微信公众号等多种途径…; 同时利用微信公众号发布…):
 * the portal's share of a whole the text does not count, so no value (the count stays the reviewer's candidate).
 */
function portalAmongNamedWays(ctx: Ctx, pick: Hit, words: string): boolean {
  const line = ctx.lines.find((l) => l.start <= pick.start && pick.start < l.end)
  if (!line || OTHER_WAY.test(words)) return false
  // the text says the portal is the way (公开的途径为某市人民政府网。): the other words are no other way
  if (PORTAL_THE_ONLY_WAY.test(ctx.view.text)) return false
  // (an item headed by the portal, 1.网站公开：…在政府网站…, whose next item names another way)
  if (namesChannel(words) && nextItemNamesAnotherWay(ctx, line) && !ownBreakdownAddsUp(line.text.slice(pick.end - line.start), pick.value)) return true
  if (!(portalOnly(words) || QUOTED_SITE.test(words))) return false
  // …or the next part lists the forms of disclosure ((二)信息公开的形式。一是网站公开…三是…微信公众号等进行公开)
  const next = ctx.lines.find((l) => l.start >= line.end && l.text.trim() !== '')
  if (next && FORMS_PART.test(next.text) && OTHER_WAY.test(next.text) && !/(报送|录用|采用)/.test(next.text)) return true
  // the paragraph, leaving out the pick's own sentence and the breakdown after it (其中…: kinds, not ways)
  const at = pick.start - line.start
  const from = line.text.lastIndexOf('。', at - 1) + 1
  const stop = line.text.indexOf('。', at)
  // …or the pick's own sentence goes on to other ways, uncounted (…网站主动公开政府信息120条，同时通过微信公众号、公开栏
  // 及时公开…): not a breakdown of the count (其中…), another way the year's items went out
  const onward = line.text.slice(pick.end - line.start, stop < 0 ? line.text.length : stop)
  if (!/^\s*[（(]?[，,：:]?\s*(?:其中|包括|含)/.test(onward) && (WAY_USED.test(onward) || ONWARD_WAY.test(onward)) && !NOT_A_WAY.test(onward) && !COUNT_BEFORE.test(onward)) return true
  const rest = line.text.slice(0, from) + (stop < 0 ? '' : line.text.slice(stop + 1))
  // (what goes to archives or is filed upward is no way of disclosure: 向档案馆报送, 被…录用; nor, beside an exact count,
  // another way's rough count of posts, 政务新媒体矩阵发布信息逾2万条, which the pages README gives no weight)
  const otherWay = (sentence: string): boolean => WAY_USED.test(sentence) && !NOT_A_WAY.test(sentence) && !(!pick.approximate && ROUGH_POSTS_IN.test(sentence))
  if (rest.split(/[。；;]/).some(otherWay)) return true
  // …or another paragraph of the same sub-part names the other ways ((一)主动公开情况⏎我镇通过政府网站、微信公众号、公开栏等
  // 多种渠道主动公开信息。⏎2019年，通过政府网站主动公开政府信息120条。): a later sub-part ((四)平台建设) is another matter
  // (a total whose own 其中 parts add up to it, 全平台发布…合计932条，其中网站98条、微博211条、公众号623条, counts them all)
  if (ownBreakdownAddsUp(line.text.slice(pick.end - line.start), pick.value)) return false
  if (subPartLines(ctx, line).some((l) => l !== line && l.text.split(/[。；;]/).some((sentence) => otherWay(sentence) && !COUNT_BEFORE.test(sentence)))) return true
  return false
}
/**
 * A sentence of the same part saying the items ALSO went out another way, with no count of its own (另外，省某厅还通过
 * 报刊、广播、电视等媒体主动公开政府信息): the one channel counted is a share of a whole the text does not count.
 */
const ALSO_ANOTHER_WAY = /(?:另外|此外|同时|另)[，,]?[^。；;\d]{0,16}?还?(?:通过|利用|借助)[^。；;\d]{0,30}?(?:报刊|报纸|广播|电视|媒体|微信|微博|公众号|公开栏|公示栏|宣传栏)[^。；;\d]{0,16}?主动(?:公开|发布)(?![^。；;]*\d)/
function alsoAnotherWayUncounted(ctx: Ctx, pick: Hit): boolean {
  const section = ctx.sectionAt(pick.start)
  return ctx.lines.some((l) => l.end > pick.end && l.start - pick.end < 800 && ctx.sectionAt(l.start) === section && ALSO_ANOTHER_WAY.test(l.text))
}
/**
 * The old template's sub-part on the forms of disclosure ((三)主动公开政府信息的形式为政府网站、报刊…，市级及以上媒体公开205条),
 * on the count's line or the short line above it: its counts are a form's (a medium's, a channel's), not the year's total
 */
const FORMS_HEADING = /^\s*[（(][一二三四五六七八九十\d]{1,2}[）)]\s*(?:主动)?公开(?:政府)?信息(?:的)?(?:形式|方式|渠道|途径|载体)/
function underFormsHeading(ctx: Ctx, at: number): boolean {
  const t = ctx.view.text
  const lineStart = t.lastIndexOf('\n', at - 1) + 1
  if (FORMS_HEADING.test(t.slice(lineStart, at))) return true
  if (lineStart === 0) return false
  const prev = t.slice(t.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1)
  return prev.length <= 24 && FORMS_HEADING.test(prev)
}
/** publishing listed with a site's other work (共采集、发布、修订信息616条): the site's items handled, not the year's disclosures */
const SITE_WORK_VERBS = /(?:采集|修订|修改|维护)[、和及与](?:[^、，,。；;\d]{0,4}[、和及与])?(?:发布|公开)|(?:发布|公开)[、和及与](?:采集|修订|修改|维护)/
/** the way of disclosure said to be the portal alone (公开的途径为某市人民政府网。), no other way beside it */
const PORTAL_THE_ONLY_WAY = /(?:公开|发布)的?(?:途径|渠道)(?:主要)?(?:为|是)[^，,。；;、和及与\n]{0,24}?(?:网站|政府网|门户网|公开网|政务网)(?=\s*(?:[。；;\n]|$))/
/**
 * Items numbered by way (1.网站公开：…56条。⏎2.公开栏公开：在镇村公开栏张贴…): the item after the portal's, in the same
 * numbering, names another way, so the portal's count is its share. An item numbered by the way it names (1.网站公开：,
 * 一是网站公开。, （一）网站公开): its marker and the way's words.
 */
const WAY_ITEM = /^\s*(\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)])\s*([^。：:，,\d]{0,12}?)(?:公开|发布)(?:情况)?[。：:，,]/
const NUMERAL = '一二三四五六七八九十'
/** the marker that follows `m` in its numbering (1. → 2., 一是 → 二是, （一） → （二）) */
function nextMarker(m: string): RegExp | null {
  const d = /(\d{1,2})/.exec(m)
  if (d) return new RegExp(`^\\s*${Number(d[1]) + 1}[、.．](?!\\d)`)
  const c = [...m].find((ch) => NUMERAL.includes(ch))
  const k = c === undefined ? -1 : NUMERAL.indexOf(c)
  if (k < 0 || k >= 9) return null
  return m.includes('是') ? new RegExp(`^\\s*${NUMERAL[k + 1]}是`) : new RegExp(`^\\s*[（(]${NUMERAL[k + 1]}[）)]`)
}
function nextItemNamesAnotherWay(ctx: Ctx, line: { start: number; end: number; text: string }): boolean {
  const own = WAY_ITEM.exec(line.text)
  if (!own || !/(网站|网|平台)/.test(own[2]) || OTHER_WAY.test(own[2])) return false
  const next = nextMarker(own[1])
  if (!next) return false
  const i = ctx.lines.indexOf(line as (typeof ctx.lines)[number])
  // the next item may follow on the same line (一是网站公开。…56条。二是公开栏公开。…)
  const rest = line.text.slice(line.text.indexOf('。', own[0].length) + 1)
  const sameLine = rest.split(/(?=[一二三四五六七八九十]是)/).slice(1)
  for (const text of [...sameLine, ...ctx.lines.slice(i + 1, i + 6).map((l) => l.text)]) {
    if (!next.test(text)) continue
    const item = WAY_ITEM.exec(text)
    return item !== null && OTHER_WAY.test(item[2])
  }
  return false
}
/** the words after a count open its breakdown (，其中… / 包括…), to the sentence's end or ；, whose exact parts add up to it */
function ownBreakdownAddsUp(after: string, value: number): boolean {
  return ownBreakdownLength(after, value) >= 0
}
/**
 * how far the breakdown that adds up runs (-1: none does): to ；, or on across ； to the sentence's end (…其中工作动态
 * 292条…公告公示信息57条；发布震情信息48条，…转发…网站信息119条。); sub-parts in brackets, 292条(省局动态197条、市县动态
 * 95条), are parts of a part and left out of the sum (set 41 of real pages)
 */
function ownBreakdownLength(after: string, value: number): number {
  if (!/^\s*[，,]?\s*(?:其中|包括)/.test(after)) return -1
  const sums = (t: string): boolean => addsUp([...t.replace(/[（(][^（）()]*[）)]/g, '').matchAll(BREAKDOWN_PART)].map((p) => exact(p[1])), value)
  const toStop = after.split(/[。；;]/)[0], toEnd = after.split('。')[0]
  return sums(toStop) ? toStop.length : sums(toEnd) ? toEnd.length : -1
}
/** what is no way of disclosing the year's items: filing upward, readers of a channel */
const NOT_A_WAY = /(报送|录用|采用|阅读|浏览|点击|粉丝|关注)/
/** another way named with its verb after the count, without 通过 (…85条，在政务公开栏公开信息) */
// (or the channel opening its clause: …56条，微信公众号发布各类信息; not the same items again, 同步发布/转发)
const ONWARD_WAY = new RegExp(`[，,；;]\\s*(?:同时|另|并|此外)?[，,]?\\s*(?:(?:在|于|通过|利用|依托)[^。；;，,]{0,20}?)?${OTHER_WAY.source}[^。；;，,\\d]{0,12}?(?<!同步|转)(?:公开|发布|推送|张贴|公示|刊登)`)
/** the start of a sub-part or a part: (一)…, 一、…, 1.… */
const SUB_PART_HEAD = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))/
/** the lines of the sub-part `line` lies in: back to its head ((一)…, or the line itself when it opens with one), on to the next head */
function subPartLines(ctx: Ctx, line: { start: number; end: number; text: string }): { start: number; end: number; text: string }[] {
  const i = ctx.lines.indexOf(line as (typeof ctx.lines)[number])
  if (i < 0) return [line]
  let a = i
  while (a > 0 && !SUB_PART_HEAD.test(ctx.lines[a].text) && i - a < 12) a--
  let b = i + 1
  while (b < ctx.lines.length && !SUB_PART_HEAD.test(ctx.lines[b].text) && b - i < 12) b++
  return ctx.lines.slice(a, b)
}
/** a site named in quotes where the items went (在“某市政务公开”主动公开…): one place, as the portal */
const QUOTED_SITE = /(?:在|通过)[“"][^”"]{2,20}[”"]\s*(?:平台|网站|上)?[^，,。；;“"\d]{0,16}$/
/** a part of the report on the forms or channels of disclosure ((二)信息公开的形式, (三)公开方式) */
const FORMS_PART = /^\s*[（(][一二三四五六七八九十\d]{1,2}[）)]\s*(?:政府)?(?:信息)?公开(?:的)?(?:形式|方式|渠道|途径|载体)/
/** items said to go out through another channel (通过门户网站、微信公众号等多种途径; 同时利用政务微博), not a list of forms */
const WAY_USED = new RegExp(`(?:通过|利用|依托|借助|运用)[^。；;]{0,30}?${OTHER_WAY.source}`)

/**
 * Another sentence of the text gives the pick's number again for the same channel, next to another channel's count of its
 * own (…通过门户网站主动公开信息37，通过局微信公众号发布信息305条): the number is that channel's share (set 30 of real pages)
 */
function restatedBesideAnotherChannel(ctx: Ctx, pick: Hit): boolean {
  if (pick.approximate) return false
  const mine = channelsNamed(channelWordsOfHit(ctx, pick))
  const again = new RegExp(`(?:公开|发布|更新)[^，,。；;\\d]{0,12}?(?<![\\d.])${pick.value}(?![\\d.])`)
  return fullSentences(ctx).some((s) => {
    if (s.start <= pick.start && pick.start < s.end) return false
    const m = again.exec(s.text)
    if (!m) return false
    const head = s.text.slice(0, m.index)
    const clauseStart = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('；')) + 1
    if (![...channelsNamed(s.text.slice(clauseStart, m.index))].some((c) => mine.has(c))) return false
    const valueEnd = m.index + m[0].length
    return channelCountsIn(s.text, true).some((end) => end > valueEnd + 1 && !channelsNamed(s.text.slice(valueEnd, end)).has([...mine][0]))
  })
}

/**
 * A channel's count taken for want of a total (通过门户网站主动公开…320条) whose sentence (to 。, across ；)
 * counts another channel too (…，通过微信公众号发布信息150条): one channel of several, no total for the year.
 * The next sentences are other matters (信息报送: 报送市政府网站被录用的信息103条), not its channels.
 */
function oneChannelOfSeveral(ctx: Ctx, pick: Hit): boolean {
  const line = ctx.lines.find((l) => l.start <= pick.start && pick.start < l.end)
  if (!line) return false
  const from = line.text.lastIndexOf('。', pick.start - line.start - 1) + 1
  const stop = line.text.indexOf('。', pick.end - line.start)
  const text = line.text.slice(from, stop < 0 ? line.text.length : stop + 1)
  const base = line.start + from
  const at = pick.start - base
  const head = text.slice(0, at)
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('。'), head.lastIndexOf('；'))
  let clause = head.slice(cut + 1)
  // 通过门户网站发布信息4583条，其中主动公开各类政府信息2107条: the share's channel is the clause before it (whose
  // own count is that channel's, not another's)
  let borrowed = -1
  if (/^\s*其中/.test(clause) && cut > 0) {
    const before = head.slice(0, cut)
    borrowed = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1
    clause = before.slice(borrowed) + clause
  }
  // the channel may be named earlier in the sentence (在某市人民政府网，截至12月31日共发布信息89条)
  if (!namesChannel(clause) && oneChannelNamed(head) && !COUNT_BEFORE.test(head)) clause = head
  // (a government's disclosure column, 在市政府信息公开专栏主动公开发布信息23条, is a venue too, but only against another
  // count in its own sentence: 网站…更新…信息117条，在…专栏…23条)
  if (!namesChannel(clause) && !DISCLOSURE_COLUMN.test(clause)) return false
  const own = pick.end - base
  // the pick's own breakdown by channel (…共计677条，其中，政府网站…387条、…微信服务号发布信息290条): parts that
  // add up to it are the total's channels, not another channel's count beside it
  // …and a count over several channels (在各个平台共公开信息1638条，其中，政务信息平台公开…289条) owns its 其中 parts, whatever they add up to
  // (…or over two channels named, 通过政务信息平台和党务、政务公开栏主动公开…200余条，其中平台发布29条，…: set 25 of real pages)
  const ownBreakdown = /^\s*[，,]?\s*(?:其中|包括)/.test(text.slice(own)) && (saysSeveralChannels(clause) || channelsNamed(clause).size >= 2)
  const addsUpFor = ownBreakdownLength(text.slice(own), pick.value)
  const ownParts = addsUpFor >= 0 ? own + addsUpFor : ownBreakdown ? own + text.slice(own).split(/[。；;]/)[0].length : -1
  // (an exact count beside another channel's rough count of posts, 微信公众号推送信息1900余条, keeps the year: the rough
  // figure is no disclosure count; a rough count said disclosed, 通过公开栏公开信息110余条, is another channel's)
  const exactOnly = !pick.approximate
  // (…the other ways' own count right after it, 通过局网站主动公开…521条、通过其它方式公开…58条: set 70 of real pages)
  if (namesChannel(clause) && OTHER_WAYS_COUNT.test(text.slice(own))) return true
  if (channelCountsIn(text, exactOnly).some((end) => end !== own && !(borrowed >= 0 && end > borrowed && end <= cut) && !(end > own && end <= ownParts))) return true
  // the sentence goes on to another site or channel, uncounted or cut off (…门户网站主动公开政府信息8620条，通过省政府网站主):
  // the count is one channel's of several (the same channel again, 通过门户网站及时更新…, is its other work)
  const onward = ONWARD_CHANNEL_CLAUSE.exec(line.text.slice(pick.end - line.start))
  if (onward && oneChannelNamed(clause)) {
    const mine = channelsNamed(clause)
    if ([...channelsNamed(onward[0])].some((c) => !mine.has(c))) return true
  }
  // the paragraph's next statements (its breakdown after 其中 passed over) may open with another channel's count:
  // …门户网站发布主动公开信息2130条。其中，…。通过微信公众号发布信息216条
  // (or later in the paragraph: …官方微博的运营和维护。截至年底，官方微博共累计发布微博120条)
  let next = stop < 0 ? -1 : stop + 1
  let opening = true
  // (a later channel's count undoes only a count said of the portal alone, not one over channels closed by 等)
  const portalAlone = oneChannelNamed(clause)
  // (…nor a next statement's one channel under a count said over several: 全年通过政府门户网站、政务新媒体等多种渠道…共44条。
  // 通过…门户网站公开34条 is the portal's share; sixth set of real pages)
  const overSeveral = saysSeveralChannels(clause)
  for (let k = 0; k < 4 && next >= 0 && next < line.text.length; k++) {
    const end = line.text.indexOf('。', next)
    const sentence = line.text.slice(next, end < 0 ? line.text.length : end + 1)
    const filed = /(报送|录用|采用)/.test(sentence)
    if (opening && !overSeveral && ANOTHER_CHANNEL_OPENS.test(sentence) && !filed && channelCountsIn(sentence, exactOnly).length > 0) return true
    // (除在某网及时公开外，还通过…等媒体主动向社会发布信息60条: besides the channel counted, another's own count; set 40)
    if (opening && !filed && BESIDES_THEN_ANOTHER.test(sentence)) return true
    if (!filed && portalAlone && secondaryChannelPublished(sentence, exactOnly)) return true
    if (!/^其中/.test(sentence)) opening = false
    next = end < 0 ? -1 : end + 1
  }
  // …or later in the same part of the report: (一)主动公开 gives the portal's count, (四)平台建设 a WeChat account's own
  // (not the posts of another sub-part, 全年微信公众号推送信息412篇, after a 主动公开…326条 stated with its own breakdown:
  // the year's figure as the writers of batches 14–35 read it)
  const statedWithParts = pick.rule === 'proactive_disclosures.sentence' && /^\s*[，,]?\s*其中/.test(text.slice(own))
  if (portalAlone) {
    const section = ctx.sectionAt(pick.start)
    for (const l of ctx.lines) {
      if (l.start <= line.start || ctx.sectionAt(l.start) !== section) continue
      if (statedWithParts && l.start >= line.end && sameSubPart(ctx, line, l) === false) continue
      if (!/(报送|录用|采用)/.test(l.text) && secondaryChannelPublished(l.text, exactOnly)) return true
    }
  }
  return false
}
/** the other ways' count said after a channel's (、通过其它方式公开各类政府信息58条) */
const OTHER_WAYS_COUNT = new RegExp(`^\\s*[、，,；;]\\s*(?:另|还|并)?(?:通过|以|利用)其[它他](?:方式|渠道|途径|形式)[^。；;\\d]{0,20}?(?:${NUMBER_SOURCE})(?:余|多)?(?:条|件)`)
/** besides the way just counted, another's items counted (除在…外，还通过…等媒体主动向社会发布信息60条) */
const BESIDES_THEN_ANOTHER = new RegExp(`^\\s*除[^。；;]{2,40}?外[，,]\\s*(?:还|另|也|并)(?:通过|在|利用|依托)[^。；;\\d]{2,80}?(?:发布|公开|推送|刊登)[^。；;\\d]{0,16}?(?:${NUMBER_SOURCE})(?:余|多)?(?:条|篇|则)`)
/** a government's disclosure column (市政府信息公开专栏, 政务公开专栏) */
const DISCLOSURE_COLUMN = /(?:信息|政务)公开专栏/
/** the next clause opens with a channel and its verb of disclosure, or runs to the text's end (，通过省政府网站主动公开… / ，通过省政府网站主) */
const ONWARD_CHANNEL_CLAUSE = /^[，,；;]\s*(?:同时|另外|另|并|还)?[，,]?\s*(?:通过|在|利用|依托)[^。；;，,\d]{1,24}?(?:(?:主动)?(?:公开|发布|推送)|[^。；;，,\d]{0,4}$)/
/** an enumerated item (一是…, 1、…, （一）…) and a lead saying the items went out in several ways (采用多种形式主动公开…：) */
const ENUM_ITEM = /^\s*(?:[一二三四五六七八九十]是|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)])/
const SEVERAL_WAYS_LEAD = /(?:多种|多个|各种)(?:形式|方式|渠道|途径|载体)[^。；;\n]{0,16}?(?:主动)?(?:公开|发布)[^。；;\n]{0,12}[:：]\s*$/
/**
 * The pick's line is an item of a list whose lead (the line before the first item) says several ways were used, and
 * another item follows it or comes before it: the count is one way's (the website's), not the year's.
 */
function oneWayOfSeveralListed(ctx: Ctx, pick: Hit): boolean {
  const i = ctx.lines.findIndex((l) => l.start <= pick.start && pick.start < l.end)
  if (i < 0 || !ENUM_ITEM.test(ctx.lines[i].text)) return false
  let first = i
  while (first > 0 && i - first < 6 && ENUM_ITEM.test(ctx.lines[first - 1].text)) first--
  let last = i
  while (last + 1 < ctx.lines.length && last - i < 6 && ENUM_ITEM.test(ctx.lines[last + 1].text)) last++
  return first > 0 && last > first && SEVERAL_WAYS_LEAD.test(ctx.lines[first - 1].text)
}
/** another channel than the portal publishing its own count (在微信公众号上，更新160次，共计公开378条) */
// (what it published may be listed before the count: …发布医保政策、医保动态等文章(视频)，共计287条; not its readers)
const SECONDARY_CHANNEL_PUBLISHED = new RegExp(`(?:微信|微博|公众号|新媒体|抖音|头条号|视频号|快手|公开栏(?!目)|公示栏|宣传栏|公告栏)[^。；;]{0,30}?(?:发布|推送|公开|推出|刊发)(?:(?!阅读|浏览|点击|粉丝|关注|访问)[^。；;\\d]){0,30}?(?:${NUMBER_SOURCE})(?:余|多)?(?:条|篇|则)`)
/** a statement opening with a channel (通过…微信公众号…, 在…政务微博…) */
/** whether two lines of one section stand under the same sub-heading ((一)…, (四)…); null when no sub-heading is seen */
const SUB_HEADING = /^\s*[（(][一二三四五六七八九十]{1,2}[）)]/
function sameSubPart(ctx: Ctx, a: Line, b: Line): boolean | null {
  const i = ctx.lines.indexOf(a), j = ctx.lines.indexOf(b)
  if (i < 0 || j < 0) return null
  for (let k = Math.min(i, j) + 1; k <= Math.max(i, j); k++) if (SUB_HEADING.test(ctx.lines[k].text)) return false
  return true
}

/** a channel's writing named as such (文章, 稿件, 推文, 图文) */
const ARTICLE_WORDS = /稿件|文章|推文|图文/
const ARTICLE_WORDS_AFTER = new RegExp(`^(?:${ARTICLE_WORDS.source})`)
function secondaryChannelPublished(text: string, exactOnly: boolean): boolean {
  const m = SECONDARY_CHANNEL_PUBLISHED.exec(text)
  // (…nor, beside an exact count, another channel's articles named so, 微信公众号发布45篇文章: its writing; set 66. Its
  // information pushed in 篇, 推送信息412篇, is still its count: batches 35–36)
  const articles = m !== null && (ARTICLE_WORDS.test(m[0]) || ARTICLE_WORDS_AFTER.test(text.slice(m.index + m[0].length)))
  return m !== null && !(exactOnly && (endsWithRoughPosts(m[0]) || articles))
}
const ANOTHER_CHANNEL_OPENS = /^\s*(?:另|同时|此外[，,]?)?(?:通过|在|利用|依托)/

/**
 * The overview (一、总体情况 / 概述 / 基本情况) of a report that never says 主动公开 with its count: a total
 * of government information for the year (共公布政府信息2599条, 2022年政府信息累计公开3500余条) — the
 * object is information itself, the clause says 共 or 累计 within the year, no channel is named.
 */
// (or the first part named as the year's disclosure work, 一、2010年全县政府信息公开工作情况; set 24 of real pages)
const FIRST_PART_WORK = /^\s*一[、.．][^。；]{0,16}?(?:政府信息公开|政务公开|信息公开)工作(?:开展)?情况$/
const OVERVIEW_HEADING = new RegExp(`(总体情况|概述|基本情况|概况)|${FIRST_PART_WORK.source}`)
/**
 * The section heading at `offset` with the rest of its words: the inline heading stops at its first keyword
 * (一、政府信息公开工作|的总体情况, 一、政府信息公开工作|的基本概况), which hides the overview's name.
 */
function sectionHeading(ctx: Ctx, offset: number): string {
  const head = ctx.sectionAt(offset)
  if (!head) return head
  const at = ctx.view.text.lastIndexOf(head, offset)
  if (at < 0) return head
  const rest = /^[^\s。；;：:，,\d]{0,12}/.exec(ctx.view.text.slice(at + head.length))
  return head + (rest ? rest[0] : '')
}
// 共公布政府信息共计2602条: the total's word may come again before the number
// a space where a line break fell before the number (共公布政府信息⏎2599条, rejoined)
/** the total's word after the information (我局公开政务信息共有465条，其中…): read like 共公开…, parts checked */
// (发布各类政府信息共19500余条: 共 alone too; real page, session 13)
// (…or after a comma, 面向社会公开了各类信息，共计100余条: set 103 of real pages)
const OVERVIEW_TOTAL_AFTER = new RegExp(`(?:主动)?(?:公开|发布|公布)(了?(?:各类)?(?:政府|政务)?信息)[，,]?(?:共有|共计|合计|总计|共) ?(${N}条)`, 'g')
/**
 * the information named before its verb, the whole place or the body as the subject, opening the year's statement
 * (2022年，全镇政府信息公开566条，一是…; set 76 of real pages)
 */
const OVERVIEW_OBJECT_FIRST = new RegExp(`^\\s*(?:\\d{4}年度?[，,]?)?(?:全(?:镇|乡|县|区|市|街道)|我(?:镇|乡|局|委|办|街道))((?:政府|政务)信息)(?:主动)?公开(?:共计|共|总计|合计)?(${N}条)`, 'g')
// (总计 / 合计 before the verb as 共: 通过…等各类渠道总计公开政府信息24600余条; ninth set of real pages)
const OVERVIEW_TOTAL = new RegExp(`(?:共|共计|累计|总计|合计)(?:主动)?(?:公开|发布|公布)(了?(?:各类)?(?:政府|政务)?信息(?:数)?)?(?:共计|合计|总计)? ?(${N}条)`, 'g')
/**
 * the year's total said with 全年 and the ways it was published (全年通过门户网站、…公众号等平台公开发布信息2249条,
 * 全年我街道政府网站公开上传信息64条): the portal alone, or channels closed by 等, not one other channel
 */
// digits may name a channel (12320卫生健康公众号); a count inside the span is checked in overviewTotal
// (a quoted site or column name is one step of the way: 全年在“某某之窗”部门网站“政策法规”、“机构职能”栏目对外公开发布…)
// (全年，通过网站以及新闻媒体、公告栏等多种形式，发布各类政府信息70多条: a comma after 全年 and before the verb)
// (一年来, over the year, as 全年: 一年来，公开各类信息1541条，其中…; set 16 of real pages)
// (…the ways, a comma, how it was done, then the verb: 全年通过政府网站、微信公众号等平台，依法、及时向社会公开…; and the
// object may list the topics closed by 等 first: 公开政务要闻、政府文件、便民服务等政府信息共计4891条; set 17 of real pages)
// (年内 as 全年, …年内发布政府信息77条; 各类工作信息 as 各类政务信息: set 19 of real pages; two of them, 政务信息、工作信息200余条:
// set 103)
const OVERVIEW_YEAR_TOTAL = new RegExp(`(?:全年|一年来|年内)[，,]?(?:共|共计)?(?:[^，。；,“”]|“[^，。；,“”]{1,16}”){0,40}?(?:[，,]\\s*(?:[^，。；,\\d]{0,12}?向社会)?)?(?:主动)?(?:公开|发布|公布|推送)(?:上传|发布)?(了?(?:[^。；，,\\d]{2,40}?等)?(?:各类)?(?:(?:政府|政务|工作)信息、)?(?:政府|政务|工作)?信息(?:数)?)(?:共计|合计|总计|共)? ?(${N}条)`, 'g')
/**
 * the statement right under a (一)主动公开… sub-heading, opened by the report's year (2023年，通过某县人民政府网站公开
 * 信息27条。): the year's figure on the portal, read like the 全年 statement
 */
/**
 * a statement may open with the report year's last day (截至2022年12月31日，全镇公开各类信息347条): since the 2019
 * template that is the year's count (notTheYearsCount still refuses it in an older report, or another day)
 */
const UP_TO_YEAR_END = '(?:截至|截止)(?:到)?\\s*\\d{4}\\s*年\\s*12\\s*月\\s*(?:31\\s*日|底|末)[，,]'
// the year said, then the day its figures stand at (2022年，数据截至12月31日，某街道…发布各类信息100余条; 资料 as a Taiwan
// converter writes 数据)
const AS_AT_YEAR_END = '(?:(?:数据|统计|资料)?(?:截至|截止)(?:到)?\\s*12\\s*月\\s*(?:31\\s*日|底|末)[，,]\\s*)?'
const OPENING_YEAR = /^\s*(?:(?:截至|截止)(?:到)?\s*)?(\d{4})\s*年(?:\s*12\s*月\s*(?:31\s*日|底|末))?/
// (the body may be named, and then the comma after the year may go: 2020年，某海事局通过局门户网站、微信等有效途径
// 对外公开资讯N条; sixth set of real pages)
const OVERVIEW_OPENING_YEAR = new RegExp(`^\\s*(?:${UP_TO_YEAR_END}|(?:\\d{4})年度?[，,]?)\\s*(?:(?:今年|本年|全年)以来[，,]?)?(?:我[镇乡局委办街区县市]|本(?:单位|机关)|[\\u4e00-\\u9fa5]{2,16}?(?:局|委|办|厅|政府|中心|镇|乡|街道))?(?:通过|在|依托)[^，。；,]{0,40}?(?:主动)?(?:公开|发布)(?:上传|发布)?(了?(?:各类)?(?:政府|政务)?信息(?:数)?)(?:共计|合计|总计|共)? ?(${N}条)`, 'g')
/**
 * the same opening statement in its other wordings: the body named (2022年某某街道依托…), no comma after the year,
 * the site as the subject (2022年某街政府网站公开政府信息84条), the ways listed before a comma (…公告栏等方式，及时公开…
 * 等政府信息共16条): the first statement of the proactive part, opened by the report's year, whose object is information
 */
// (政务公开信息 / 信息公开 are nouns, not the verb)
const OVERVIEW_OPENING_ANY = new RegExp(`^\\s*(?:${UP_TO_YEAR_END}|(?:\\d{4})年度?[，,]?)\\s*${AS_AT_YEAR_END}[^。；;\\d]{0,60}?(?<!政务|信息|政府)(?:公开|发布)(?:上传|发布)?([^。；;，,\\d]{0,40}?信息(?:数)?)(?:共计|合计|总计|共|达)? ?(${N}条)`, 'g')
const OTHER_VERB = /(转载|转发|更新|维护|报送|上报|录用|采用|送交|整理)/
/** a count of rules or systems (政府信息公开制度4条), not of items disclosed */
const RULES_OBJECT = /^(?:工作)?(?:制度|规章制度|办法|细则|规则)$/
/** through several channels closed by 等, then the verb and the information (its topics closed by 等 first) and the count */
const SEVERAL_WAYS_TOTAL = new RegExp(`(?:通过|依托|利用)[^。；;\\d]{2,40}?等(?:多种|多个|各类|各种)?(?:渠道|平台|方式|载体|媒体|途径)[，,]?\\s*(?:主动)?(?:公开|发布)(?:上传|发布)?(了?(?:[^。；，,\\d]{2,40}?等)?(?:各类)?(?:政府|政务)?信息(?:数)?)(?:共计|合计|总计|共)? ?(${N}条)`, 'g')
/** the same label closed by 。 before the statement on its line */
const PROACTIVE_LABEL_SENTENCE = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．])?\s*主动公开[^。\d]{0,12}[。：:]\s*$/
/** a short line naming the proactive part ((一)主动公开情况) */
const PROACTIVE_LABEL_LINE = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．])?\s*主动公开[^。]{0,12}$/
function underProactiveLabel(ctx: Ctx, at: number): boolean {
  const t = ctx.view.text
  const lineStart = t.lastIndexOf('\n', at - 1)
  // the label may open the statement's own line: （一）主动公开。2025年，通过门户网站发布…
  if (PROACTIVE_LABEL_SENTENCE.test(t.slice(lineStart + 1, at))) return true
  if (lineStart < 0 || t.slice(lineStart + 1, at).trim() !== '') return false
  const prev = t.slice(t.lastIndexOf('\n', lineStart - 1) + 1, lineStart)
  return PROACTIVE_LABEL_LINE.test(prev)
}
/**
 * the first statement with a count under a sub-heading naming the proactive part, a sentence of words before it
 * ((一)主动公开。我镇以政府门户网站为信息公开平台，主动公开政务信息。2022年政府门户网站公开信息63条。)
 */
function firstCountUnderProactivePart(ctx: Ctx, at: number): boolean {
  const since = sinceProactiveSubheading(ctx.view.text, at)
  return since !== null && !holdsACount(since)
}
/**
 * A stated total whose parts after 其中 come short of it (公开各类信息共计13921条，其中网站12766条，微信1100余条;
 * 公开政府信息43条，其中主动公开公文信息2条): kept, as the pages README keeps a total its breakdown does not add
 * up to; not when a part is the proactive share of information as a whole (其中主动公开政府信息120条: that
 * share is the year's count, the total is of everything published), nor (at the call) for a running total or
 * one channel's posts (区政府网站共发布信息23117条，其中概况类1条、动态7279条: the site's, parts by kind)
 */
const PROACTIVE_SHARE_PART = /主动(?:公开|发布)(?:的)?(?:政府|政务)?信息(?:数|数量)?(?:为|有|共)?\s*[\d一二三四五六七八九十百千万]/
function partsShortOfTotal(list: string, totalText: string): boolean {
  const total = parseNumber(totalText)
  // (an approximate total too: 总计公开政府信息24600余条，其中政府网站…2983条，…; ninth set of real pages)
  if (!total || PROACTIVE_SHARE_PART.test(list)) return false
  const parts = [...list.matchAll(BREAKDOWN_PART)].map((p) => parseNumber(p[1])?.value ?? NaN)
  return parts.length >= 1 && parts.every((p) => p < total.value) && parts.reduce((a, b) => a + b, 0) < total.value
}
/** a part counted in another unit than the total (征集调查16期, 新闻发布会3场) */
const OTHER_UNIT_PART = new RegExp(`(?:${NUMBER_SOURCE})(?:期|场|次|批)`)
/** parts (exact) that do not exceed the total as written */
function partsWithin(parts: (number | null)[], totalText: string): boolean {
  const t = parseNumber(totalText)
  return t !== null && parts.length >= 2 && parts.every((p) => p !== null) && parts.reduce<number>((a, b) => a + (b ?? 0), 0) <= t.value
}
/** a count set aside as the reviewer's candidate (not the year's total) */
function considerAt(ctx: Ctx, text: string, start: number, rule: string): void {
  const h = parseHit(text, start, rule, 0.4)
  if (h) consider(ctx, 'proactive_disclosures', h.value, h.start, h.end, h.confidence, h.rule)
}
/**
 * The count before its object, in the first statement under the proactive part's label ((一)主动公开方面。我局围绕…
 * 等工作，通过不同渠道公开了21218条政府信息，具体为局门户网站396条、…): the year's total when no other count came
 * first and its listed parts, if any, add up to it; not one secondary channel's, a running total or a kind's
 */
const COUNT_FIRST_UNDER_LABEL = new RegExp(`^[^。；;\\d]{0,80}?(?:公开|发布|公布)了?(${N}条)(?:各类|各项)?(?:政府|政务)信息`)
/**
 * …or the information as a whole named before its count (（一）主动公开方面。及时发布…法定主动公开内容，…，规范发布各类信息
 * 1721条，开展政策解读39期: set 86 of real pages), when no other channel's count follows it in its sentence
 */
const OBJECT_FIRST_UNDER_LABEL = new RegExp(`^[^。；;\\d]{0,80}?(?:公开|发布|公布)了?(?:各类|各项)?(?:政府|政务)?信息(${N}条)`)
const PARTS_LISTED = /^[，,]\s*(?:具体为|其中|包括)[：:，,]?([^。]*)/
function countFirstUnderLabel(ctx: Ctx, reportYear: number | null): Hit | null {
  for (const s of sentencesAcrossBreaks(ctx)) {
    if (!underProactiveLabel(ctx, s.start)) continue
    const countFirst = COUNT_FIRST_UNDER_LABEL.exec(s.text)
    const objectFirst = countFirst ? null : OBJECT_FIRST_UNDER_LABEL.exec(s.text)
    const m = countFirst ?? objectFirst
    if (!m) return null
    const at = m.index + m[0].lastIndexOf(m[1])
    const head = s.text.slice(0, at)
    if (oneSecondaryChannel(head) || WRONG_KIND.test(head) || isCumulative(head) || runningTotal(s.text, at, reportYear) || notTheYearsCount(s.text, at, '', reportYear)) return null
    // (…nor what the office had other bodies publish, 全年指导区政府系统各单位通过…发布政务信息3845条: theirs, as the
    // sentence rules read it)
    // (…nor one channel's other than the portal, 借助微信公众号平台…，全年发布信息264条, nor one kind's site, 在政府采购网公开信息9条)
    if (objectFirst && (partOfTheBodies(head) || (namesChannel(head) && !portalOnly(head)) || KIND_SITE.test(head)
      || channelCountsIn(toSentenceEnd(ctx, s.start + m.index + m[0].length)).length > 0)) return null
    const listed = PARTS_LISTED.exec(s.text.slice(m.index + m[0].length))
    if (listed && !addsUpTo([...listed[1].matchAll(BREAKDOWN_PART)].map((p) => exact(p[1])), m[1])) return null
    return parseHit(m[1], s.start + at, 'proactive_disclosures.count-first', 0.6)
  }
  return null
}
/**
 * A page excerpt with no heading at all (the preamble, the year's account, then the tables): the year's count of
 * information said in its account (全年在某区政府门户网站公开信息77条), taken only when the breakdown right after it
 * (…。其中公开信息方面，分别公开机构信息1条，政策文件信息3条…) adds up to it; not one secondary channel's, a kind's or
 * a running total (set 15 of real pages)
 */
const UNHEADED_TOTAL = new RegExp(`(?:全年|本年度?|今年|\\d{4}年度?)[^。；;\\d]{0,30}?(?:公开|发布)了?(?:各类)?(?:政府|政务)?信息(${N}条)`, 'g')
function unheadedTotalWithParts(ctx: Ctx, reportYear: number | null): Hit | null {
  const text = ctx.view.text
  for (const s of fullSentences(ctx)) {
    if (ctx.sectionAt(s.start) !== '') return null
    UNHEADED_TOTAL.lastIndex = 0
    for (let m = UNHEADED_TOTAL.exec(s.text); m; m = UNHEADED_TOTAL.exec(s.text)) {
      const at = m.index + m[0].length - m[1].length
      const head = s.text.slice(0, at)
      if (oneSecondaryChannel(head) || WRONG_KIND.test(head) || isCumulative(head) || runningTotal(s.text, at, reportYear) || notTheYearsCount(s.text, at, '', reportYear)) continue
      // the breakdown opens with 其中 within a clause or a short sentence of the count, and runs to its 。
      const after = text.slice(s.start + at + m[1].length, s.start + at + m[1].length + 400)
      const of = /^[^。其]{0,40}[。，,]\s*其中([^。]*)/.exec(after)
      if (of && addsUp([...of[1].matchAll(BREAKDOWN_PART)].map((p) => exact(p[1])), exact(m[1]))) return parseHit(m[1], s.start + at, 'proactive_disclosures.unheaded-total', 0.6)
    }
  }
  return null
}

/** a digit in `s` besides a year's (2019年): a count said there */
const holdsACount = (s: string): boolean => /\d/.test(s.replace(/\d{4}\s*年/g, ''))

/**
 * The first count under the overview's sub-heading for the proactive part, its listed parts adding up to it ((一)主动
 * 公开情况 ⏎ 2019年，我局通过…等方式向社会公布各类政府信息42条，主要包括政务信息30条、…采购信息8条): the year's total
 * (set 48 of real pages). Without the parts, a first count there is as often one channel's or one kind's (sets 40–49).
 */
const SUBHEADED_TOTAL = new RegExp(`(?:公开|发布|公布)了?(?:各类)?(?:政府|政务)?信息(${N}条)`)
const PARTS_OPEN = /^[，,。]\s*(?:主要包括|包括|其中|具体为|分别为)[：:，,]?([^。]*)/
function subheadedTotalWithParts(ctx: Ctx, reportYear: number | null): Hit | null {
  const text = ctx.view.text
  for (const s of fullSentences(ctx)) {
    if (!firstCountUnderProactivePart(ctx, s.start)) continue
    const m = SUBHEADED_TOTAL.exec(s.text)
    // (a sentence of words first, 按照《条例》要求，…加大主动公开力度。, then the count's)
    if (!m) { if (holdsACount(s.text)) return null; continue }
    const at = m.index + m[0].length - m[1].length
    const head = s.text.slice(0, at)
    if (holdsACount(head) || oneSecondaryChannel(head) || WRONG_KIND.test(head) || isCumulative(head) || runningTotal(s.text, at, reportYear) || notTheYearsCount(s.text, at, '', reportYear)) return null
    const of = PARTS_OPEN.exec(text.slice(s.start + at + m[1].length, s.start + at + m[1].length + 400))
    const parts = of ? [...of[1].matchAll(BREAKDOWN_PART)].map((p) => exact(p[1])) : []
    // (…or a total said over several ways, its 其中 naming less than it, 通过政府网站、信息查阅场所等公开信息35829条。其中，通过
    // 门户网站公开政府信息4541条: the README keeps a total its breakdown falls short of; set 52 of real pages)
    const severalWays = saysSeveralChannels(head) || /(?:网站|网|平台|公众号|微信|微博)、[^，,。；;\d]{1,10}等$/.test(s.text.slice(0, m.index))
    const severalShort = of !== null && severalWays && partsShortOfTotal(of[1], m[1])
    return addsUp(parts, exact(m[1])) || severalShort ? parseHit(m[1], s.start + at, 'proactive_disclosures.subheaded-total', 0.6) : null
  }
  return null
}

/** the year's total opening a sentence after the channels' counts (2021年我局共发布各类信息435条) */
const YEARS_TOTAL_AFTER_CHANNELS = new RegExp(`^[。；;]?\\s*(?:全年|本年度?|(\\d{4})年度?)[，,]?[^。；;，,\\d]{0,8}?(?:共计|共|合计|总计)(?:主动)?(?:发布|公开)了?(?:各类)?(?:政府|政务)?信息(${N}条)`)
/** a clause of the report year's items (，2019年公开政府信息60条) */
const YEAR_AFTER_RUNNING = new RegExp(`[，,；;]\\s*(\\d{4})年度?(?:共|全年)?(?:主动)?(?:公开|发布)了?(?:各类)?(?:政府|政务)?信息(?:共)?(${N}条)`, 'g')
/** a clause counting the public's messages or enquiries (，收到省长信箱网民留言43条) */
const MESSAGES_CLAUSE = /[，,；;](?=[^，,；;。]*(?:留言|信箱|来信|来电|咨询|投诉))/
/** the overview's heading alone on its line (一、总体情况) */
const OVERVIEW_LINE = /(?:^|\n)\s*一[、.．]\s*总体情况\s*(?=\n)/g
/** no count between the overview's heading and `at` but years, and no sub-heading: the overview's first statement */
function firstCountOfOverview(text: string, at: number): boolean {
  let end = -1
  for (const m of text.slice(0, at).matchAll(OVERVIEW_LINE)) end = m.index + m[0].length
  if (end < 0) return false
  const since = text.slice(end, at)
  return !holdsACount(since) && !/(?:^|\n)\s*[（(][一二三四五六七八九十][）)]/.test(since)
}
/** a clause of purpose opening the sentence, the year's clause after it (为着力提升…，扩大…，2023年…) */
const PURPOSE_LEAD = /^\s*为[^。；;\d]{2,40}?[，,]\s*(?=(\d{4})\s*年)/
/** information as a whole published, then its count (公开政府信息4517条, 发布各类政务信息共120条) */
const GENERIC_INFO_COUNT = new RegExp(`(?:公开|发布)了?((?:各类)?(?:政府|政务)信息)(?:共计|合计|总计|共)?\\s*(${N}条)`, 'g')
/** the year's published total as a noun (全年…政府信息公开发布总量为116件, 2023年主动公开信息总数达300条) */
const PUBLISHED_TOTAL_NOUN = new RegExp(`(?:全年|本年度?|今年|\\d{4}年度?)([^。；;，,\\d]{0,30}?(?:公开|发布)(?:总量|总数))(?:为|达|是)?\\s*(${N}(?:条|件))`, 'g')
/** the next clause past ； counting another place's items (；在某区政府信息公开目录发布信息12条) */
const ANOTHER_PLACE_COUNTED = new RegExp(`^[^。；;]{0,4}[；;]\\s*(?:在|通过)[^。；;\\d]{2,40}?(?:发布|公开)[^。；;\\d]{0,8}?(?:${NUMBER_SOURCE})\\s*(?:条|篇)`)
/** …or, past a comma, another column or platform of the site counting its own (，信息公开栏目发布信息18条) */
const ANOTHER_COLUMN_COUNTED = new RegExp(`^\\s*[，,]\\s*(?:在|通过)?[^。；;，,\\d]{2,20}?(?:栏目|专栏|平台|目录|公众号|微博|公开栏)(?:上|中|内)?(?:发布|公开)[^。；;，,\\d]{0,8}?(?:${NUMBER_SOURCE})\\s*(?:条|篇)`)
/** a site's visits counted (访问量, 浏览量, 点击量): its running figures */
const SITE_TRAFFIC = /访问量|浏览量|点击量|访问人次|浏览人次/

function overviewTotal(ctx: Ctx, reportYear: number | null): Hit | null {
  // a count of one channel other than the portal set aside above (全年共在宣传栏公开信息140条): a later count whose
  // sentence names a channel (…维护网上管理系统，全年公开信息10条) is another channel's, not the year's total
  let otherChannelCounted = false, otherChannelPublished = false
  // (a breakdown opened by 其中 in a sentence that ends at ；goes on in the next: 门户网站发布信息104条，其中新闻栏目…5条；政策栏目
  // 全年发布信息14条，…: a column's year, not the body's; set 107 of real pages)
  let prevText = '', inBreakdown = false
  for (const s of sentencesAcrossBreaks(ctx)) {
    inBreakdown = /[；;]\s*$/.test(prevText) && (inBreakdown || /其中/.test(prevText))
    prevText = s.text
    if (inBreakdown) continue
    // (a report with no top-level heading at all, its overview's parts only: (一)主动公开情况, (二)依申请公开情况…)
    if (!OVERVIEW_HEADING.test(sectionHeading(ctx, s.start)) && !(ctx.sectionAt(s.start) === '' && sinceProactiveSubheading(ctx.view.text, s.start) !== null)) continue
    let hit: Hit | null = null
    const read = (m: RegExpExecArray, withChannels: boolean, oneKindRefused = false): void => {
      if (hit) return
      const at = m.index + m[0].length - m[2].length
      const clause = clauseBefore(s.text, at)
      // (共发布… after channels closed by 等 — 门户网站、…、微信公众号等平台 — is the whole, not one channel's)
      // (…not the new media alone, 我部微信公众号、微博、抖音账号共发布信息3376条 after the portal's own count: set 23 of real pages)
      const severalChannels = namesChannel(clause) && !oneChannelNamed(clause) && !oneSecondaryChannel(clause) && !secondaryChannelsOnly(clause)
      // the portal alone is the year's figure, as elsewhere (在县政府网站累计公开各类政府信息共计2698条)
      const portalAlone = oneChannelNamed(clause) && !oneSecondaryChannel(clause)
      const channelOk = withChannels ? !oneSecondaryChannel(clause) && !/\d\s*(?:余|多)?(?:条|件|项|篇|份|个|次)/.test(m[0].slice(0, m[0].length - m[2].length)) : !CHANNEL.test(clause) || severalChannels || portalAlone
      // the channel may be named a clause earlier (…借助微信公众号平台“某区”，全年发布信息392条): that channel's count
      const since = s.text.slice(Math.max(s.text.lastIndexOf('；', at), s.text.lastIndexOf(';', at), s.text.lastIndexOf('。', at - 1)) + 1, at)
      if (withChannels && !namesChannel(clause) && secondaryChannelsOnly(since)) { otherChannelCounted = true; return }
      // …or in the clause right before it, after the portal's own count (依托政府信息公开平台共主动公开…34条，…依托某区
      // 发布微信公众号平台，全年发布信息894条): the 全年 count is that channel's, not the year's
      if (withChannels && !namesChannel(clause) && secondaryChannelsOnly(clauseBefore(s.text, at - clause.length - 1))) { otherChannelCounted = true; return }
      if (!channelOk && oneSecondaryChannel(clause)) otherChannelCounted = true
      // (the information named after the count, 政务网站和新媒体共公开18296条政府信息: set 99 of real pages)
      const infoAfter = /^(?:的)?(?:各类)?(?:政府|政务)信息/.test(s.text.slice(at + m[2].length))
      if (!(/信息/.test(clause) || infoAfter || /信息/.test(m[1] ?? '')) || !channelOk || /依申请/.test(clause) || WRONG_KIND.test(clause) || KIND_SITE.test(since + clause)) return
      // (a statement further down the proactive part: one kind of information, …公开事业单位人事招聘信息118条、政策
      // 文件…29条, is a part, not the year's total)
      if (oneKindRefused && oneKindOfInformation(m[1] ?? '')) return
      // an approximate figure said of a channel (市政府网站主动公开各类政府信息5500余条) is not the year's total
      if (parseNumber(m[2])?.approximate && CHANNEL.test(since + clause) && oneChannelNamed(since + clause)) return
      if (otherChannelCounted && namesChannel(s.text.slice(0, at))) return
      // (after another channel's own count, a statement naming neither it nor any way but one place: that place's)
      if (otherChannelPublished && namesChannel(s.text.slice(0, at)) && !OTHER_WAY.test(s.text.slice(0, at))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.another-place'); return }
      // some of the bodies (各乡镇累计公开…), or the clause after 其中，: a part of the total
      if (partOfTheBodies(clause) || AFTER_OF_WHICH.test(s.text.slice(0, at))) return
      if (runningTotal(s.text, at, reportYear) || BREAKDOWN.test(clause) || notTheYearsCount(s.text, at, m[1] ?? '', reportYear)) return
      // without 主动 in the sentence, a breakdown after 其中 must add up to the total (…87条，其中…12条、30条),
      // up to a nested 其中 or a bracket (its own breakdown by kind)
      const after = s.text.slice(at + m[2].length)
      // (and the rest of its sentence across ；, read below for other places, parts and the site's figures)
      const toEnd = toSentenceEnd(ctx, s.start + at + m[2].length)
      // one place's count, the sentence going on past ； to another place's (在某局工作动态发布信息39条；在某区政府信息公开目录发布
      // 信息12条；在…新媒体发布11条信息): counts by place, no total said (set 26 of real pages)
      // (…or past a comma, the next place a column of the site, 全年在政府门户网站部门动态发布信息21条，信息公开栏目发布信息
      // 18条: set 98 of real pages)
      if (/^\s*(?:(?:全年|本年度?|\d{4}年度?)\s*)?(?:在|通过)/.test(clause) && (ANOTHER_PLACE_COUNTED.test(toEnd) || ANOTHER_COLUMN_COUNTED.test(toEnd))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.one-place'); return }
      // a total that includes another body's or site's items (…2514条(含自治区某局门户网站信息1273条)): not the body's own
      if (/^\s*[（(](?:含|包含|包括)[^）)]*(?:网站|局|委|办|厅|政府|单位)[^）)]*\d/.test(after)) return
      // a total its own parts exceed (382条，包括…35条、…80条、…2443条): contradicted, no value
      if (partsExceed(after, parseNumber(m[2])?.value ?? null, parseNumber(m[2])?.approximate)) return
      // (the parts run on across ；: 84条，其中组织机构类4条；年度报告5条；…)
      const breakdown = /^[，,]其中/.test(after) ? toEnd : null
      // (up to a clause on the public's messages the list runs on to, …概况类信息69条，收到省长信箱网民留言43条，均已全部答复:
      // what came in, not a kind of item made public; set 86 of real pages)
      const list = breakdown === null ? null : breakdown.slice(3).split(/其中|[（(]/)[0].split(MESSAGES_CLAUSE)[0]
      const parts = list === null ? null : [...list.matchAll(BREAKDOWN_PART)].map((p) => exact(p[1]))
      // (a 其中 that names kinds with no count anywhere to its sentence's end, 其中，项目建设、政策文件…等均做到应公开尽公开,
      // has no parts to add; one whose counts follow a bracket, 其中，通过部门频道(http://…)主动公开…1233条, has: sets 16, 20)
      const kindsOnly = breakdown !== null && breakdown.search(BREAKDOWN_PART) < 0
      // (a part in another unit, 征集调查16期, cannot be summed: the parts in 条 must then not exceed the total)
      const otherUnit = list !== null && OTHER_UNIT_PART.test(list)
      // (a list the saved text ends inside, …法治政府建设1条，部门决算1, cannot be summed: its parts say nothing; set 19)
      const listCut = list !== null && !/[。；;]/.test(ctx.view.text.slice(s.start + at + m[2].length))
      // (one part that is the whole, 对外公开政府信息256条，其中工作动态256条: every item of one kind; set 40 of real pages)
      const wholeOneKind = parts?.length === 1 && parts[0] !== null && parts[0] === exact(m[2])
      if (parts && !kindsOnly && !listCut && !wholeOneKind && !(otherUnit ? partsWithin(parts, m[2]) : addsUpTo(parts, m[2])) && !(partsShortOfTotal(list ?? '', m[2]) && !runningTotal(s.text, at, reportYear) && (!CHANNEL.test(since + clause) || severalChannels))) return
      if (proactivePart(s.text, m.index, at, at + m[2].length, m[1] ?? '') || underTopicSubheading(ctx.view.text, s.start + at)) return
      // under the overview's later parts ((四)政府信息公开平台建设): a platform's output, not the year's items
      // (…unless it says it is the year's, 本年度共公开政府信息3030条 under (四)平台建设, as the 主动公开 rule reads 全年…: set 21)
      // (…through no channel named: 依托微信公众号、视频号等平台…全年发布各类政务信息100余条 is the new media's)
      const saysTheYear = /^[，,]?(?:本年度?|全年)共?(?:主动)?(?:公开|发布)/.test(s.text.slice(s.text.lastIndexOf('，', at) + 1))
      if (underManagementSubheading(ctx.view.text, s.start + at) && !(saysTheYear && !namesChannel(since + clause))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.platform-part'); return }
      // the portal's count, its sentence going on to other channels' counts (在门户网站专栏发布信息46条，通过微信公众号推送
      // 信息130余条，…): one channel of several, no total said (session-12 blind batch; pages README)
      // (…or past a ； in the same paragraph: 全年通过门户网站发布信息846条，公开文件24份；…；通过官方微博和微信公众号等平台发布
      // 政策解读、宣传稿件2305篇; set 11 of real pages)
      if (portalAlone && !/^\s*[，,（(]?\s*其中/.test(after) && channelCountsIn(toEnd).length > 0) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.channel'); return }
      // the site's own figures, its posts beside its visits (门户网站共发布各类信息70243条，网站总访问量3436077次): the portal's
      // running, not the body's disclosures (set 66 of real pages)
      // (not the year's items said through no site, their breakdown then the site's visits closing the sentence, 全年共公开信息
      // 584条，其中…10条、…村务公开40条，网站全年总访问量达189320次: set 100 of real pages)
      if (SITE_TRAFFIC.test(toEnd) && (namesChannel(since + clause) || !/^\s*[，,]?\s*其中/.test(toEnd))) { considerAt(ctx, m[2], s.start + at, 'proactive_disclosures.site-statistics'); return }
      hit = parseHit(m[2], s.start + at, 'proactive_disclosures.overview', 0.6)
    }
    each(OVERVIEW_TOTAL, s, (m) => read(m, false))
    each(OVERVIEW_TOTAL_AFTER, s, (m) => read(m, false))
    each(OVERVIEW_OBJECT_FIRST, s, (m) => read(m, false))
    each(OVERVIEW_YEAR_TOTAL, s, (m) => read(m, true))
    const opening = OPENING_YEAR.exec(s.text)
    const labelled = opening !== null && Number(opening[1]) === reportYear && underProactiveLabel(ctx, s.start)
    const furtherDown = !labelled && opening !== null && Number(opening[1]) === reportYear && firstCountUnderProactivePart(ctx, s.start)
    // (…or, anywhere in the overview, the year's statement through several channels named and closed by 等: 2019年，通过区
    // 政府网站、政府微信公众号等公开发布政务信息500余条; real page, session 13)
    const throughSeveral = !labelled && !furtherDown && opening !== null && Number(opening[1]) === reportYear && saysSeveralChannels(s.text.split(/[，,]/).slice(0, 3).join('，'))
    if (throughSeveral) each(OVERVIEW_OPENING_YEAR, s, (m) => read(m, true, true))
    // (…or the overview's own first count, before its first sub-heading, through one place: 一、总体情况 / 2019年以来，我镇…。
    // 截至2019年12月31日，我镇在区政府网站信息公开平台公开信息373条; set 45 of real pages)
    const overviewLead = !labelled && !furtherDown && !throughSeveral && opening !== null && Number(opening[1]) === reportYear && firstCountOfOverview(ctx.view.text, s.start)
    if (overviewLead) each(OVERVIEW_OPENING_YEAR, s, (m) => read(m, true, true))
    // (…or the report year's own clause after a running total in its sentence: 截至目前共发布592条信息，2019年公开政府信息60条，
    // 其中…; set 45 of real pages)
    each(YEAR_AFTER_RUNNING, s, (m) => {
      if (hit || Number(m[1]) !== reportYear) return
      const head = s.text.slice(0, m.index)
      if (!(RUNNING_WORDS.test(head) || /(?:截至|截止)(?:到)?目前/.test(head)) || !COUNT_BEFORE.test(head)) return
      hit = parseHit(m[2], s.start + m.index + m[0].length - m[2].length, 'proactive_disclosures.year-after-running', 0.6)
    })
    // (…or the same statement after a clause of purpose: 为着力提升…效用，扩大…影响，2023年某局通过门户网站、微信公众号等平台
    // 发布各类政府信息1311条; set 41 of real pages)
    const lead = opening === null ? PURPOSE_LEAD.exec(s.text) : null
    if (lead && Number(lead[1]) === reportYear && saysSeveralChannels(s.text.slice(lead[0].length).split(/[，,]/).slice(0, 3).join('，'))) {
      OVERVIEW_OPENING_YEAR.lastIndex = 0
      const m = OVERVIEW_OPENING_YEAR.exec(s.text.slice(lead[0].length))
      if (m) { m.index += lead[0].length; read(m, true, true) }
    }
    // (…or, with no year before it, the first count under the proactive part said through several channels closed by 等:
    // (一)主动公开 / 常态化做好…，通过市政府门户网站和某某融合号等渠道，发布…等各类信息近5000条; set 17 of real pages)
    if (!labelled && !furtherDown && !throughSeveral && firstCountUnderProactivePart(ctx, s.start)) each(SEVERAL_WAYS_TOTAL, s, (m) => read(m, true, true))
    // (…or, first under the proactive part with no year opening it, a count of information as a whole: 围绕环境保护等重点
    // 领域公开政府信息4517条 after a sentence naming the ways; 全年区卫生健康局政府信息公开发布总量为116件; sets 40, 41)
    if (!labelled && !furtherDown && firstCountUnderProactivePart(ctx, s.start)) {
      // (the sentence's first count: 共公开行政许可24条，公开政务信息23条，… lists kinds)
      const first = (m: RegExpExecArray): void => { if (!COUNT_BEFORE.test(s.text.slice(0, m.index))) read(m, true, true) }
      each(GENERIC_INFO_COUNT, s, first)
      each(PUBLISHED_TOTAL_NOUN, s, first)
    }
    if (labelled || furtherDown) {
      // (one kind under the label too, 1.主动公开政府信息情况。2020年，某局主动公开政府集中采购信息20条: set 25 of real pages)
      each(OVERVIEW_OPENING_YEAR, s, (m) => read(m, true, true))
      // (another verb than publishing: 转载, 更新维护, 向上级报送 — not the items disclosed)
      each(OVERVIEW_OPENING_ANY, s, (m) => { if (!OTHER_VERB.test(m[0])) read(m, true, true) })
    }
    if (hit) return hit
    // a channel other than the portal publishing its own count (“某省水利”官方微信号公开信息980篇): a later
    // statement that names where its items went (全年通过平台发布信息760条) is that place's, not the year's
    if (SECONDARY_CHANNEL_PUBLISHED.test(s.text) && !/(报送|录用|采用)/.test(s.text)) otherChannelPublished = true
  }
  return null
}

// the object may be a long list of topics (涉及疫情防控、社会救助…等方面信息): the sum is the check
const CHANNEL_PART = new RegExp(`(?:公开|发布)[^。；，,\\d]{0,64}?(${N}(?:条|篇))`, 'g')
// (the object may name the topics first, 共公开与行业领域相关的安全生产、防灾减灾救灾等各类非涉密信息1057条，其中…: the sum
// is the check; set 17 of real pages)
// (or the information, then its verb and the total: 在政府网站政务信息公开总计1534条，其中包括…; set 23 of real pages)
// (or every kind of information, 官网公开各类政府信息127条，其中，…1条，…3条…: set 26 of real pages; the parts must add up)
const TOTAL_THEN_BREAKDOWN = new RegExp(`(?:(?:共计|合计|总计|共)(?:公开|发布)[^。；，,\\d]{0,40}?|信息(?:公开|发布)(?:共计|合计|总计|共)|(?:公开|发布)各类(?:政府|政务)?信息)(${N}(?:条|篇))[，,]?其中`)
const BREAKDOWN_PART = new RegExp(`(${N}(?:条|篇))`, 'g')
// (合计共221条: 合计 and 共 together)
const CHANNEL_TOTAL = new RegExp(`[，,；;](?:共计|合计|总计|共)共?(?:公开|发布)?(?:信息)?(${N}(?:条|篇))`, 'g')

/**
 * A count with its parts, in an overview or proactive-disclosure section, taken only when the parts add
 * up to the total (the sum is what makes a sentence without 主动公开 safe to read as the year's count):
 * 通过网站公开信息156条，通过公开栏公开信息48条，共计204条, or 共公开政务信息87条，其中…12条、…30条、…45条.
 */
function checkedChannelTotal(ctx: Ctx, reportYear: number | null): (Hit & { parts: number[] }) | null {
  // a clause between ；first (its sentence may go on to requests), then a whole sentence to 。
  for (const s of [...ctx.sentences, ...fullSentences(ctx)]) {
    if (!/(共计|合计|总计|共|各类)/.test(s.text) || /(申请|历年)/.test(s.text) || (/以来|截至|截止/.test(s.text) && sinceEarlierStart(s.text, reportYear))) continue
    // 累计 is the year's only when the sentence names the year (全年累计…, 2022年…累计…)
    if (/累计/.test(s.text) && !/(全年|本年|今年|年内|\d{4}年)/.test(s.text)) continue
    const heading = sectionHeading(ctx, s.start)
    if (!/(总体情况|概述|基本情况|主动公开)/.test(heading) && !FIRST_PART_WORK.test(heading)) continue
    const t = partsThenTotal(s) ?? totalThenParts(s)
    if (t && notTheYearsCount(s.text, t.at, '', reportYear)) continue
    // (every kind of information with no 共 said, 在某网站公开各类信息120条，其中…: one site's, unless its paragraph counts nothing
    // else; beside the city portal's 225条 and a WeChat account's 147条 it is one channel of three: set 28 of real pages)
    if (t && !/(共计|合计|总计|共)/.test(s.text) && otherCountsInParagraph(ctx, s)) continue
    // (the parts of a site's articles, 共发布公开文章83篇，其中通知公告53篇…: its output, not the year's disclosures)
    if (t && ARTICLES.test(clauseBefore(s.text, t.at))) { considerAt(ctx, t.text, s.start + t.at, 'proactive_disclosures.not-items'); continue }
    // (the related items of one work an enumerated clause names, 三是完善监测预警信息发布，…，全年共发布相关信息30条，其中应急
    // 预案2条…: that work's, not the year's; set 102 of real pages)
    if (t && /相关(?:政府|政务)?信息$/.test(clauseBefore(s.text, t.at)) && /[一二三四五六七八九十]是/.test(s.text.slice(0, t.at))) { considerAt(ctx, t.text, s.start + t.at, 'proactive_disclosures.topic-section'); continue }
    const h = t && parseHit(t.text, s.start + t.at, 'proactive_disclosures.channel-total', 0.7)
    if (h) return { ...h, parts: t.parts }
  }
  return null
}

/** a count of items in the paragraph of `s` outside `s` itself */
function otherCountsInParagraph(ctx: Ctx, s: Sentence): boolean {
  const line = ctx.lines.find((l) => l.start <= s.start && s.start < l.end)
  if (!line) return false
  const rest = line.text.slice(0, s.start - line.start) + line.text.slice(s.end - line.start)
  return COUNT_BEFORE.test(rest)
}

/** Sentences ended by 。 only: the parts of a count are often listed between ；. */
// (computed once per document, jumping from 。 to 。)
const fullSentencesOf = new WeakMap<Ctx, Sentence[]>()
function fullSentences(ctx: Ctx): Sentence[] {
  const cached = fullSentencesOf.get(ctx)
  if (cached) return cached
  const out: Sentence[] = []
  for (const l of ctx.lines) {
    const t = l.text
    let s = 0
    for (;;) {
      let i = t.indexOf('。', s)
      if (i < 0) i = t.length
      if (i > s) out.push({ text: t.slice(s, i + 1), start: l.start + s, end: l.start + Math.min(i + 1, t.length) })
      if (i >= t.length) break
      s = i + 1
    }
  }
  fullSentencesOf.set(ctx, out)
  return out
}

const exact = (text: string): number | null => {
  const p = parseNumber(text)
  return p && !p.approximate ? p.value : null
}
const addsUp = (parts: (number | null)[], total: number | null): boolean =>
  total !== null && parts.length >= 2 && parts.every((p) => p !== null) && parts.reduce<number>((a, b) => a + (b ?? 0), 0) === total

/** parts add up to a total as written: exactly, or for 3500余条 to the figure or a little over it */
function addsUpTo(parts: (number | null)[], totalText: string): boolean {
  const t = parseNumber(totalText)
  if (!t) return false
  if (!t.approximate) return addsUp(parts, t.value)
  const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0)
  return parts.length >= 2 && parts.every((p) => p !== null) && sum >= t.value && sum <= t.value * 1.1
}

/** …公开信息156条，…公开信息48条，共计204条 */
function partsThenTotal(s: Sentence): { text: string; at: number; parts: number[] } | null {
  let total: RegExpExecArray | null = null
  each(CHANNEL_TOTAL, s, (m) => { total ??= m })
  if (!total) return null
  const t: RegExpExecArray = total
  const parts: (number | null)[] = []
  let first = -1
  each(CHANNEL_PART, s, (m) => { if (m.index < t.index) { parts.push(exact(m[1])); if (first < 0) first = m.index } })
  const at = t.index + t[0].length - t[1].length
  if (addsUp(parts, exact(t[1]))) return { text: t[1], at, parts: parts as number[] }
  // the last parts of a list may go without their own verb (…发布基础信息135条，…发布重大项目信息5条，水利领域信息81条，
  // 合计共221条): every count from the first part on, when those add up
  if (first < 0) return null
  const listed = [...s.text.slice(first, t.index).matchAll(BREAKDOWN_PART)].map((p) => exact(p[1]))
  return listed.length > parts.length && addsUp(listed, exact(t[1])) ? { text: t[1], at, parts: listed as number[] } : null
}

/** 共公开政务信息87条，其中财政信息12条、民生资金信息30条、工作动态45条 */
function totalThenParts(s: Sentence): { text: string; at: number; parts: number[] } | null {
  const m = TOTAL_THEN_BREAKDOWN.exec(s.text)
  if (!m) return null
  const rest = s.text.slice(m.index + m[0].length)
  const parts = [...rest.matchAll(BREAKDOWN_PART)].map((p) => exact(p[1]))
  return addsUp(parts, exact(m[1])) ? { text: m[1], at: m.index + m[0].lastIndexOf(m[1]), parts: parts as number[] } : null
}

// ---- requests received -----------------------------------------------------------------------------

const RECEIVE_VERB = '(?:收到|受理|接到|接收|收悉|新收)'
const REQUEST_OBJ = /(申请|依申请)/
// 收到公开政府信息申请1件: 公开 before the information, 申请 after it
// 收到要求公开信息的申请27件: 政府 may go unsaid
const DISCLOSURE = /(信息公开|政务公开|公开申请|申请公开|依申请|公开(?:政府|政务)?信息(?:的)?申请)/
const WRONG_THING = /(许可|审批|事项|咨询|举报|投诉|信访|复议|诉讼|来信|来电|电话|留言|建议|提案|议案|办件|业务)/
// 受理依申请政府信息公开事项17例: 例 counts cases too
// 共收到来自公民、法人或者其他组织对依申请公开政府信息的申请2件: who asked may come first, the object after it
const REQUESTERS = '(?:(?:来自)?(?:公民|自然人|群众|社会公众)[、，,]?[^。；，,\\d]{0,10}?组织(?:提出)?(?:的|对)?)?'
// (who asked and to whom may run longer, 受理公众向市政府(市政府办公厅)提交的政府信息公开申请543件: tenth set)
const RECEIVED_OBJ_FIRST = new RegExp(`${RECEIVE_VERB}(?:了)?${REQUESTERS}([^。；，,\\d]{0,32}?)(?:共计|共|合计|总计|为|是)?(${N}(?:件|条|个|份|宗|起|次|例|项))`, 'g')
// a space where a line break fell between the verb and the count (共收到⏎26份…, rejoined)
// 共有28件政府信息公开申请: 共有 receives when the request's noun follows the count
// (接到12项依申请公开政府信息申请: 项 too, the object saying what; real page, session 13)
// (…and its handling after it, 本年度我委收到和处理1件政府公开信息申请: set 41 of real pages)
// (what was asked about may come first, 收到2起涉及药械化方面的政府信息依申请公开: set 99 of real pages)
const RECEIVED_NUM_FIRST = new RegExp(`(?:${RECEIVE_VERB}(?:了)?(?:[和并](?:处理|办理)(?:了)?)?(?:共计|共)?|共有) ?(${N}(?:件|条|个|份|宗|起|次|项))(?:的)?([^。；，,\\d]{0,20})`, 'g')
// 未受到…申请: a common slip for 未收到
// 未收到群众提出公开政府政务信息的申请: words between 公开 and 信息的申请
// 我办未收到申请政府信息公开事项: the request said as its verb and object (申请 + 政府信息公开)
// (a longer list of who might have asked and how, 未收到公民、法人或其他组织通过…平台、传真、信函等形式的政府信息公开申请; the
// request's object closed by its own words, 未收到公众关于政府信息公开和不予公开的申请; real pages, session 13)
// (公开 left out, 本镇2021年没有受理政府信息申请情况: the requests for government information all the same; ninth set)
// (…or a letter of request, 未接到依申请信件: tenth set)
// (未接受 as 未受理, 截止目前，我镇未接受政府信息公开申请: set 11 of real pages)
// (…or the request's noun after the information, 本年度我局没有发生政府信息依申请情况: set 12; 没有收到政府信息公开依申请, and
// the information after the request, 全年未发生依申请政府信息: sets 48, 49)
// (信息公开 申请: a line wrapped inside the name, rejoined with a space; set 15 of real pages)
// (未新收到…依申请公开件, the template's 新收: set 19 of real pages)
// (未共收到依申请公开申请, a slip: set 41 of real pages; 未收到公开政府信息的相关申请: set 57)
// (未收到提交申请要求公开信息事项: the request said as asking for information; set 100)
// (未收到公众要求公开政府信息内容的申请: the information's 内容; set 113)
const RECEIVED_NONE = /(?:未|没有|没|无)[新共]?(?:收到|受到|受理|接到|发生|接收|接受)(?:过)?(?:任何)?[^，。；,\d]{0,48}?(?:依申请(?:政府)?信息公开|依申请公开|依申请信件|(?:政府|政务)信息(?:公开)?依申请|依申请(?:政府|政务)信息|信息公开 ?申请|公开申请|申请公开|申请(?:政府|政务)信息公开|(?:公开[^，。；,\d]{0,6}?信息(?:内容)?|信息公开[^，。；,\d]{0,8}?)的(?:相关)?申请|公开[^，。；,\d]{0,6}?信息申请|(?:政府|政务)信息的?申请|申请要求公开(?:政府|政务)?信息)/g
// 无政府信息依申请公开办理情况: no request of government information handled, none received
// (无依法申请公开件, 依法 written for 依: set 19 of real pages; 我单位无涉及依申请公开的内容: set 66)
const RECEIVED_NONE_NOUN = /(?:无|没有)(?:任何)?(?:涉及)?(?:(?:(?:政府|政务)信息)?依申请公开|依法申请公开(?=件)|政府信息公开申请|信息公开申请|公开申请)(?!不予)/g
/** the old 条例's wording: 未收到公民、法人或者其他组织申请（获取）…政府信息 */
// (未收到公众申请要求公开的…政府信息: 公众 too)
// (…or the applicant asking, 我乡没有收到申请人要求公开政府信息的情况: set 11 of real pages)
const RECEIVED_NONE_APPLY = /(?:未|没有)(?:收到|接到)[^，。；,\d]{0,20}?(?:(?:组织|个人|群众|公民|公众|民众|市民)(?:提出的?)?申请|申请人)(?:要求)?(?:获取|公开)?[^，。；,\d]{0,20}?政府信息/g
/**
 * nobody asked: 没有单位或个人向我局提出申请信息公开事项 (set 40), 无单位或个人申请政府信息公开 (set 45 of real pages),
 * 没有公民、法人和其他团体向我局申请公开政府信息 (set 112); not the
 * cases a request might have led to (无单位或个人因申请政府信息公开提起行政复议)
 */
const RECEIVED_NONE_ASKED = /(?:没有|未有|无)(?:任何)?(?:单位|公民|法人|个人|组织|群众|公众|人员|人)[^，。；,\d]{0,16}?(?:提出(?:过)?)?(?:任何)?[^，。；,\d]{0,4}?(?:申请(?:政府)?信息公开|申请公开(?:政府|政务)?信息|(?:信息公开|政府信息|公开)[^，。；,\d]{0,6}?申请)(?![^，。；,]{0,16}(?:复议|诉讼))/g
/** a sentence that is only the count: 依申请公开0件。 / 本年度政府信息公开申请数量为3件。 */
// (1、本局2012年度政府信息公开申请0次。: a numbered item, the body before its year, 次; set 63)
const RECEIVED_BARE = new RegExp(`^(?:\\d{1,2}[、.．]\\s*)?(?:(?:本局|我局|本机关|本单位|本部门)?(?:本年度|本年|全年|\\d{4}年度?)[，,]?)?(?:政府信息公开申请|信息公开申请|依申请公开(?:申请)?)(?:数量|件数)?(?:共计|共|为)?[:：]?(${N}(?:件|个|条|次))[。；;]?$`)
/** 政府信息公开申请数为2，…: the count of an old statistics line, its unit left out */
const RECEIVED_COUNT_NO_UNIT = /(?:政府信息公开|信息公开)申请(?:总)?(?:数|数量|件数)(?:为|是|[:：])\s*(\d+)(?![\d.．件条个份余多])/g
/**
 * 全年依申请公开政府信息申请 4件 / 我苏木依申请公开政府信息共4件，其中予以公开2件: the requests named, then their count,
 * with no verb at all (a verb before them, 办结…/答复…, says what was done with them, not how many came in)
 */
// (全年依申请公开数0件: the requests' number named 依申请公开数; but 依申请公开政务信息数3件 counts the items given out on
// request, as pages p065's 依申请公开信息数, so 数 alone follows only the bare 依申请公开; wild-final4 w043)
const RECEIVED_NOUN_COUNT = new RegExp(`(?:(?:依申请公开(?:政府|政务)?信息(?:的)?申请|依申请公开(?:政府|政务)信息|(?:政府|政务)信息公开申请)(?:数量|件数)?|依申请公开(?:总)?(?:数量|件数|数))(?:共计|共|为)?\\s*(${N}(?:件|个|份|例))`, 'g')
const NOT_RECEIVED_VERB = /(办理|办结|答复|回复|处理|转办|转交|予以|不予|撤回|结转|其中|涉及|引起|复议|诉讼|收到|受理|接到|接收|新收)/
/** 依申请公开受理6件: the request named before the verb (政府信息依申请公开系统共收到1宗: its system) */
const RECEIVED_NOUN_FIRST = new RegExp(`(?:依申请公开|政府信息公开申请|信息公开申请)(?:系统|平台)?(?:共)?${RECEIVE_VERB}(?:了)?(?:共计|共)?(${N}(?:件|个|条|份|宗))`, 'g')
/**
 * 依申请公开4件 opening its clause, after another clause of the sentence or a year (…主动公开文件30份，依申请公开4件;
 * 2020年度和平街道发生依申请公开1次): the requests, in 件 or 次 (not 条: items made available on request)
 */
const BARE_REQUEST_COUNT = new RegExp(`(?:^\\s*|[，,；;]|发生)依申请公开(?:共计|共|为)?\\s*(${N}(?:件|次))(?![\\u4e00-\\u9fff]*?(?:信息|文件))`, 'g')
/**
 * a sentence listing documents by their disclosure attribute (其中主动公开文件0件，不公开文件96件，依申请公开0件), or
 * counting consultations beside it (依申请公开0件，办结率100%，咨询12件: which of them were requests it does not say)
 */
const BARE_COUNT_NOT_REQUESTS = /(其中|不公开|不予公开|免于公开|免予公开|咨询)/
/** who asked, said before the request (自然人公开信息申请) */
const ONE_KIND_OF_ASKER = /^(?:自然人|公民|个人|群众|法人|企业)(?:提出|提交)?的?(?=(?:政府|政务)?(?:公开)?信息|申请|依申请)/
/** another kind of asker named in the sentence: the counts are one kind's each */
const OTHER_ASKERS = /(自然人|公民|个人|群众|法人|企业|其他组织)/
/**
 * A later clause of a sentence opened by 其中 that breaks requests down (…收到依申请公开6条。其中，商业企业申请…1条，
 * …，收到自然人申请政府信息公开申请5条): one kind's part, not the year's (unless the clause says it is the whole). Set 82.
 */
function laterPartOfRequests(text: string, at: number, clause: string): boolean {
  return BREAKDOWN_OPENING.test(text) && /申请/.test(text.slice(0, at - clause.length)) && !/(共|合计|总计|全年|本年|今年|当年)/.test(clause)
}
/** the way a request came in, said before it (书面, 网上, 信函…) */
const REQUEST_CHANNEL = /^(?:书面|网上|在线|当面|现场|口头|信函|邮寄|电子邮件|传真|线上|线下)(?:的)?/
/** a way the requests came in, said as a way (网络方式提交…, 以信函形式提出…): the count is that way's */
const ONE_WAY_OF_REQUESTS = /^(?:以|通过)?(?:书面|网上|网络|在线|当面|现场|口头|信函|邮寄|电子邮件|传真|线上|线下)(?:方式|渠道|形式|途径)/
/** 共处理政府信息公开申请0件: none handled is none received (a handled count above zero is not read as received) */
// (…its matters, 全年办理依申请公开事项0条: set 70 of real pages)
const HANDLED_NONE = new RegExp(`(?:处理|办理)(?:了)?(?:政府信息公开申请|信息公开申请|依申请公开(?:申请|事项)?)(?:共计|共|为)?(?:0|零)(?:件|个|条)(?![\\d])`, 'g')
/**
 * none disclosed on request, said as a count of nought (依申请公开信息0条, 行政机关依申请公开政府信息的数量：无): none asked,
 * as the pages' golds read 无依申请公开政府信息事项 (p070) and six readers of sets 15–21 read these; a count above nought
 * of items disclosed on request stays no count of requests (BARE_REQUEST_COUNT)
 */
const NONE_DISCLOSED_ON_REQUEST = /依申请公开(?:的)?(?:政府)?信息(?:的)?(?:数量|数)?\s*(?:[:：]|为|是)?\s*(?:0|零|无)\s*(?:条|件)?(?=[。；;，,]|$)/g
/** a bare none of requests (我镇2016年度无申请。): read under the requests' heading or label only */
// (无依法申请公开件: 依法 before the request)
const NONE_BARE_REQUEST = /(?:无|没有|未收到|未接到|未受理)(?:任何)?(?:群众的?)?(?:依法)?申请(?![人书表])/g
/** the old reports' 目前尚无接到要求 (no demand for information came in): as bare, read under the requests' heading only */
const NONE_BARE_DEMAND = /(?:尚?无|没有|尚?未)(?:接到|收到)(?:过)?(?:任何)?(?:群众的?)?(?:申请)?要求/g
/** a bare request noun (共收到申请2件, 接收到申请书55份): a disclosure request only where the heading or label says so */
// (收到申请总数为1起: the count's own label after the noun)
const BARE_REQUEST = /^(?:到|了)?(?:各类)?(?:书面)?申请(?:书|表)?(?:总数|数量|件数|数)?$/
/** 共收到依申请公开事项0三是…: a zero with its unit lost where the sentence ran into the next item (a zero only) */
/** the count closing its clause with its measure word lost (收到政府信息公开申请1，全年无…): the request named, then the number
 * (not a thousands comma: 34,290件) */
// (…or the request's matter, 全年共收到依申请公开事项7，均已办理: set 100 of real pages)
const RECEIVED_LOST_UNIT = new RegExp(`${RECEIVE_VERB}(?:了)?(?:政府信息公开申请|信息公开申请|依申请公开(?:申请|事项))(?:共计|共)?(\\d{1,4})(?=\\s*(?:[，,](?!\\d)|[。；;]))`, 'g')
// (…or at its line's end, 我局共受理政府信息公开申请0 ⏎ 受理有关…行政复议申请0件: set 52 of real pages)
const RECEIVED_ZERO_NO_UNIT = new RegExp(`${RECEIVE_VERB}(?:了)?(?:政府信息公开申请|信息公开申请|依申请公开(?:申请|事项)?)(?:数量|件数)?(?:共计|共|为)?(0)(?=[\\u4e00-\\u9fff]|[ \\t]*(?:\\n|$))`, 'g')
// 全镇政府信息公开依申请办理事项为零: 依申请 after 信息公开
const RECEIVED_ZERO = /(?:依申请公开|信息公开申请|公开申请|信息公开依申请)[^，。；,\d]{0,10}?(?:为零|为0|数量为零|数为零)/g

/** 依申请受理信息公开申请：无。 — a label naming the requests and its answer (the old template's rows) */
// (…依申请公开情况：无。 as a sub-heading's label with its whole answer)
const RECEIVED_COLON_NONE = /(?:依申请公开|信息公开申请|公开申请|申请公开)(?:政府信息)?(?:数量|件数|数|情况)?\s*[:：]\s*(?:无|没有|零|0(?:件|个)?)(?=\s*[。；;，,]|\s*$)/g

/** the request's noun, and what may follow it in the object and still count requests (…申请数量, 申请事项) */
// 依申请信息公开 (收到依申请信息公开6件) is the request too
const REQUEST_NOUN = /(?:依申请(?:政府)?信息公开|依申请公开|申请公开|公开申请|申请)(?:件|书|表)?/g
// (依申请公开请求30件: 请求 is the request's other word; 依申请公开方面的诉求3件: 诉求 too, after the request's noun)
// (受理政府信息公开申请案件4件: 案件, the request's cases, after its noun)
// (接收依申请信息公开办理52件: the requests taken in to be handled; real page, session 13)
// (共收到群众依申请公开信件4件: the requests' letters, as 未接到依申请信件; set 49 of real pages)
// (收到依申请公开政府信息要求2条: the requests as what was asked; set 71 of real pages)
// (全年受理依申请公开来件29件: the requests as letters come in; set 99 of real pages)
const AFTER_REQUEST = /^(?:的|方面|数量|件数|总数|数|量|事项|请求|要求|诉求|案件|信件|来件|(?:政府|政务)?信息(?:公开)?|办理|共计|共|合计|总计|为|达|计|有|\s)*$/
/** words after the request name another thing counted (申请政策解读16件, 申请人8个): not the requests */
function otherThingAfterRequest(obj: string): boolean {
  // (收到《政府信息公开申请表》5件: the request's form by its name, quoted; set 98 of real pages)
  const bare = obj.replace(/[(（][^()（）]*[)）]/g, '').replace(/[《》]/g, '')
  let end = -1
  for (const m of bare.matchAll(REQUEST_NOUN)) end = m.index + m[0].length
  return end >= 0 && !AFTER_REQUEST.test(bare.slice(end))
}

/** the count says it includes the requests carried over (31件（含上年结转3件）): not the year's new requests */
// …28件，其中本年新收25件，上年结转3件: the carried-over named among the parts
// (the last year by its number, 124宗(含2021年度结转5宗): tenth set)
const WITH_CARRIED = /^[（(]?[^。；;）)]{0,4}(?:含|包括|包含|其中)[^。；;]{0,20}?(?:上年|去年|上一年|\d{4}年)度?结转/
/** how many of them were carried over, when the bracket or clause says (其中1件为上年度结转, 含上年结转3件) */
const CARRIED_COUNT_FIRST = /^[（(]?[^。；;）)]{0,4}(?:含|包括|包含|其中)\s*(\d{1,4})\s*(?:件|宗)(?:申请)?(?:为|是|系|属)?(?:上年|去年|上一年|\d{4}年)度?结转/
const CARRIED_COUNT_AFTER = /^[（(]?[^。；;）)]{0,4}(?:含|包括|包含|其中)(?:上年|去年|上一年|\d{4}年)度?结转(?:的)?(?:申请)?(\d{1,4})\s*(?:件|宗)/
function carriedCount(after: string): number | null {
  const m = CARRIED_COUNT_FIRST.exec(after) ?? CARRIED_COUNT_AFTER.exec(after)
  return m ? Number(m[1]) : null
}
/** 新收申请28件 / 其中新收28件 in a sentence about disclosure requests: the year's new requests (table 三's 本年新收) */
// (其中，本年度新接收91件 / 新受理: the same words)
// (or the year's part of the requests handled, in their bracket: 共办理4件政府信息公开申请（其中当年收到3件，上年转结1件）;
// set 25 of real pages)
// (…or 新收到610宗 after a total handled in 宗: set 95 of real pages; 其中本年度新收申请数112件: set 105)
const NEW_REQUESTS = new RegExp(`(?:(?:本年度?|今年|当年)?新(?:收到?|接收|受理)|(?<=[（(]其中|[（(])(?:当年|本年度?|今年)(?:收到|受理|接收))(?:政府信息公开|信息公开)?(?:申请)?(?:数|数量)?(?:共计|共|为)?(${N}(?:件|个|条|宗))`, 'g')

/**
 * A request count whose digits end at `end`: the year's whole, or only a candidate for the reviewer when
 * the count includes last year's carried over, is some of the bodies' (各乡镇共收到…), or is another period's
 * (较上年减少5件). `onlyRule` names every such candidate one way; without it each says why.
 */
/**
 * requests counted by the way they came, with no total (通过网络受理申请9件，通过信函受理3件，当面受理6件): one way's share, not
 * the year's (session-12 blind batch; pages README: several per-channel counts with no stated total)
 */
// (the portal's request form is one way too: 全年通过市政府门户网站依申请公开平台收到申请612件，通过信函方式收到申请58件，
// 当面提交申请37件 — three ways, no total; 全年 there is each way's year, not a total's word; session-12 blind batch)
const REQUEST_WAY = /(?:网上|网络|网路|在线|信函|邮寄|当面|现场|传真|电子邮件|网站)/
const REQUEST_WAY_COUNT = new RegExp(`${REQUEST_WAY.source}[^，,。；;\\d]{0,12}?(?:${NUMBER_SOURCE})\\s*件`, 'g')
function oneWayOfSeveral(sentence: string, clause: string, after = ''): boolean {
  if (!REQUEST_WAY.test(clause) || /(共|合计|总计|累计)/.test(clause) || (/全年/.test(clause) && !/通过/.test(clause))) return false
  // (…or the sentence goes on to another way, its count cut off: …收到申请612件，通过⟨cut⟩; the cut probe)
  return (sentence.match(REQUEST_WAY_COUNT) ?? []).length >= 2 || (/通过/.test(clause) && /^[，,、；;]\s*(?:通过|以|经)/.test(after))
}

/**
 * one level's requests after the sentence's total (受理政府信息公开申请38件，其中…；区级收到依申请36件，各部门…): that
 * level's share of the total, not a second total
 */
const LEVEL_CLAUSE = /^\s*(?:其中[，,]?)?(?:区级|市级|县级|镇级|乡级|(?:区|市|县|政府|机关)?本级|各部门|(?:区|市|县)直(?:各)?部门)/
function oneLevelsShare(ctx: Ctx, at: number, clause: string): boolean {
  if (!LEVEL_CLAUSE.test(clause)) return false
  const t = ctx.view.text
  const from = Math.max(t.lastIndexOf('。', at), t.lastIndexOf('\n', at)) + 1
  return /\d\s*件/.test(t.slice(from, Math.max(from, at - clause.length)))
}

function takeRequestCount(
  ctx: Ctx, hits: Hit[], h: Hit | null, s: Sentence, matchAt: number, end: number, clause: string, obj: string,
  reportYear: number | null, onlyRule?: string,
): void {
  if (!h) return
  const after = s.text.slice(end)
  const withCarried = WITH_CARRIED.test(after)
  // (30件（其中1件为上年度结转）: the year's new requests are the rest, 29, as table 三 counts them)
  const carried = withCarried && !h.approximate ? carriedCount(after) : null
  if (carried !== null && carried < h.value) {
    consider(ctx, 'applications_received', h.value, h.start, h.end, 0.3, 'applications_received.with-carried-over')
    hits.push({ ...h, value: h.value - carried, rule: 'applications_received.less-carried-over', confidence: 0.75 })
    return
  }
  const why = withCarried ? 'with-carried-over' : partOfTheBodies(clause) ? 'some-bodies'
    : ofAnotherTime(s, matchAt, obj, reportYear) ? 'not-the-year' : oneWayOfSeveral(s.text, clause, after) ? 'one-way'
    : oneLevelsShare(ctx, s.start + matchAt, clause) ? 'one-level' : null
  if (why) consider(ctx, 'applications_received', h.value, h.start, h.end, 0.3, onlyRule ?? `applications_received.${why}`)
  else hits.push(h)
}

/**
 * A statement of none opened by an earlier year than the report's (2014年，我局未接收到政府信息公开申请 in a 2015 report, the
 * last year's text left in): not the year's none. Not a span running up to now (2008年5月1日以来…), nor the report year named.
 */
const NONE_YEAR_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(\d{4})\s*年度?(?!\s*\d{1,2}\s*月|以来|至|起)/
function noneOfAnEarlierYear(head: string, reportYear: number | null): boolean {
  const m = NONE_YEAR_OPENING.exec(head)
  return m !== null && reportYear !== null && Number(m[1]) < reportYear && !/(以来|至今|截至|截止)/.test(head) && !new RegExp(`${reportYear}\\s*年`).test(head)
}

export function applicationsReceived(ctx: Ctx, warnings: DocWarning[], reportYear: number | null = null): ExtractedField | null {
  const hits: Hit[] = []
  for (const s of sentencesAcrossBreaks(ctx)) {
    // the requests' section whose whole answer is none (三、政府信息依申请公开情况⏎无。)
    if (s.text.length <= 80) {
      const heading = sectionAnswersNone(ctx, s) ?? labelAboveAnswersNone(ctx, s)
      // (not 五、因政府信息公开申请提起行政复议、行政诉讼情况 / 全年未发生此类情况: the cases the requests led to)
      if (heading && /(依申请公开|公开申请|申请公开)/.test(heading) && !/(复议|诉讼)/.test(heading)) {
        hits.push({ value: 0, approximate: false, start: s.start, end: s.end, rule: 'applications_received.section-none', confidence: 0.7 })
        continue
      }
    }
    if (!/申请|公开/.test(s.text)) continue
    each(RECEIVED_OBJ_FIRST, s, (m) => {
      // 依申请公开事项: the request itself, not a licensing matter (许可事项)
      // 收到申请政府信息公开事项12件: the request too
      // 受理依申请政府信息公开事项17例 too
      // (接到依申请公开办件0件: the request's cases, not a service counter's 办件; real page, session 13)
      // (共收到依申请公开政府信息事项10件: the information named before 事项; set 51 of real pages)
      const obj = m[1].replace(/(依申请公开(?:政府|政务)信息|依申请公开|依申请(?:政府|政务)?信息公开|信息公开申请|公开申请|申请(?:政府|政务)?信息公开)(?:办理)?(?:事项|办件)/, '$1')
      const at = m.index + m[0].length - m[2].length
      const clause = clauseBefore(s.text, m.index)
      if (otherThingAfterRequest(obj)) return
      // requests put to another body (…组织向市政府及市政府办公室提出的…申请5件: a template's words), not to this one
      // (…but a government named with its place, 向廈門市人民政府及廈門市人民政府辦公廳提出的…申請85件, is the report's own
      // body said in full, not the template's bare 市政府; set 95 of real pages)
      if (/^向(?!我|本)/.test(obj) && !NAMED_GOVERNMENT_ASKED.test(obj)) return
      const bareUnderHeading = BARE_REQUEST.test(obj) && aboutRequests(ctx, s.start)
      if ((!DISCLOSURE.test(obj) && !bareUnderHeading) || WRONG_THING.test(obj) || (isCumulative(clause + obj) && !yearsOwnTally(s.text.slice(0, m.index), clause + obj, reportYear) && !paragraphOfTheYear(ctx, s.start + m.index, clause + obj, reportYear)) || /其中/.test(clause) || AFTER_OF_WHICH.test(s.text.slice(0, m.index))) return
      if (laterPartOfRequests(s.text, m.index, clause)) return
      if (!REQUEST_OBJ.test(obj) && !/(政府|政务)信息公开$/.test(obj)) return
      const h = parseHit(m[2], s.start + at, 'applications_received.sentence', 0.85)
      // the requests of one way, named as a way (接收网络方式提交政府信息公开5件): that way's count, not the year's
      if (h && ONE_WAY_OF_REQUESTS.test(obj)) { consider(ctx, 'applications_received', h.value, h.start, h.end, 0.3, 'applications_received.one-way'); return }
      takeRequestCount(ctx, hits, h, s, m.index, at + m[2].length, clause, obj, reportYear)
    })
    each(RECEIVED_NUM_FIRST, s, (m) => {
      // 收到2份书面政府信息公开申请: the way the request came in, before the request
      // 受理2个申请公开信息事项: the request's matter, as 依申请公开事项 (not a licensing matter, 许可事项)
      // (收到2宗正式提交的政府信息公开申请: how it was put in, before the request)
      // (共收到9件“依申请公开”申请: the request's name in quotation marks; set 49 of real pages)
      // (收到1条相关政府信息公开申请: 相关 before the request's name; set 63)
      const obj = m[2].replace(/^[“"]([^”"]{2,8})[”"]/, '$1').replace(/^(?:相关|有关)的?(?=政府|政务|信息|依申请)/, '').replace(REQUEST_CHANNEL, '').replace(/^(?:正式)?(?:提交|提出|递交)的/, '').replace(/^(申请公开(?:政府|政务)?信息|依申请公开|信息公开申请)(?:办理)?事项/, '$1')
        // (共收到70条依申请事项: the requests' matters by the short name; set 71 of real pages)
        .replace(/^依申请事项/, '依申请件')
        // (收到2起涉及药械化方面的政府信息依申请公开: what was asked about, before the request; set 99)
        .replace(/^(?:涉及|关于)[^，。；,\d]{1,10}?(?:方面|领域)?的(?=(?:政府|政务)?信息|依申请|申请)/, '')
        // (收到1条自然人公开信息申请: who asked, before the request, when no other kind of asker is counted; set 82)
        .replace(ONE_KIND_OF_ASKER, (w) => (OTHER_ASKERS.test(s.text.replace(w, '')) ? w : ''))
      // 26份政府信息依申请公开件: the request, with or without 公开 before 申请
      // (收到4起政府信息公开事务申请: the matter's word inside the request's name)
      // (我局受理3件依申请件: a request case by its short name; set 11 of real pages)
      // (收到1件要求公开政府信息的申请: the request by what it asks; set 16 of real pages)
      // (收到和处理1件政府公开信息申请, the words turned: set 41 of real pages)
      if (!/^(?:政府|政务)?信息(?:公开)?(?:事务)?(?:申请|依申请公开)|^(?:政府|政务)?公开信息的?申请|^依申请公开|^依申请件|^公开申请|^申请|^要求公开(?:政府|政务)?信息的?申请/.test(obj) || WRONG_THING.test(obj.slice(0, 10))) return
      const clause = clauseBefore(s.text, m.index)
      if (isCumulative(clause) || /其中/.test(clause) || AFTER_OF_WHICH.test(s.text.slice(0, m.index))) return
      if (laterPartOfRequests(s.text, m.index, clause)) return
      const at = m.index + m[0].indexOf(m[1])
      const h = parseHit(m[1], s.start + at, 'applications_received.sentence', 0.85)
      takeRequestCount(ctx, hits, h, s, m.index, at + m[1].length, clause, '', reportYear)
    })
    if (/新(?:收|接收|受理)|[（(](?:其中)?(?:当年|本年|今年)/.test(s.text) && REQUEST_SENTENCE.test(s.text)) {
      each(NEW_REQUESTS, s, (m) => {
        const at = m.index + m[0].length - m[1].length
        if (partOfTheBodies(clauseBefore(s.text, m.index)) || ofAnotherTime(s, m.index, '', reportYear)) return
        const h = parseHit(m[1], s.start + at, 'applications_received.new', 0.8)
        if (h) hits.push(h)
      })
    }
    // 依申请公开4件 as a clause of its own, no verb (…主动公开文件30份，依申请公开4件。): the requests
    if (!BARE_COUNT_NOT_REQUESTS.test(s.text)) each(BARE_REQUEST_COUNT, s, (m) => {
      const at = m.index + m[0].length - m[1].length
      const h = parseHit(m[1], s.start + at, 'applications_received.bare-clause', 0.7)
      takeRequestCount(ctx, hits, h, s, m.index, at + m[1].length, clauseBefore(s.text, m.index), '', reportYear, 'applications_received.not-the-whole')
    })
    for (const re of [RECEIVED_NOUN_FIRST, RECEIVED_COUNT_NO_UNIT, RECEIVED_LOST_UNIT]) {
      each(re, s, (m) => {
        const clause = clauseBefore(s.text, m.index)
        if (isCumulative(clause) || /其中/.test(clause) || AFTER_OF_WHICH.test(s.text.slice(0, m.index))) return
        const at = m.index + m[0].length - m[1].length
        const h = parseHit(m[1], s.start + at, 'applications_received.sentence', 0.8)
        takeRequestCount(ctx, hits, h, s, m.index, at + m[1].length, clause, '', reportYear, 'applications_received.not-the-whole')
      })
    }
    each(RECEIVED_NOUN_COUNT, s, (m) => {
      const clause = clauseBefore(s.text, m.index)
      if (NOT_RECEIVED_VERB.test(clause) || isCumulative(clause) || AFTER_OF_WHICH.test(s.text.slice(0, m.index))) return
      const at = m.index + m[0].length - m[1].length
      const h = parseHit(m[1], s.start + at, 'applications_received.noun-count', 0.75)
      takeRequestCount(ctx, hits, h, s, m.index, at + m[1].length, clause, '', reportYear, 'applications_received.not-the-whole')
    })
    if (aboutRequests(ctx, s.start)) for (const re of [NONE_BARE_REQUEST, NONE_BARE_DEMAND]) each(re, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: 'applications_received.none', confidence: 0.7 })
    })
    each(HANDLED_NONE, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: 'applications_received.none', confidence: 0.75 })
    })
    each(NONE_DISCLOSED_ON_REQUEST, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      // (the last kind of a published total's breakdown, 发布各类信息684条，其中机构概况类1条，…，依申请公开信息0条: a kind of
      // information, not the requests; set 28 of real pages)
      if (LIST_AFTER_COUNT.test(statementBefore(s.text, m.index))) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: 'applications_received.none', confidence: 0.7 })
    })
    const bare = RECEIVED_BARE.exec(s.text)
    if (bare) {
      const h = parseHit(bare[1], s.start + bare.index + bare[0].indexOf(bare[1]), 'applications_received.bare-count', 0.75)
      // (one of a list of published items by their column, 公开指南1条；依申请公开2条；工作动态54条: items made available on
      // request, in 条 as the items before it; set 61)
      const listedItems = /条$/.test(bare[1]) && /\d\s*条\s*[；;]\s*$/.test(ctx.view.text.slice(Math.max(0, s.start - 40), s.start))
      if (h && listedItems) consider(ctx, 'applications_received', h.value, h.start, h.end, 0.3, 'applications_received.listed-items')
      else if (h) hits.push(h)
    }
    for (const re of [RECEIVED_NONE, RECEIVED_NONE_NOUN, RECEIVED_NONE_APPLY, RECEIVED_NONE_ASKED, RECEIVED_ZERO, RECEIVED_ZERO_NO_UNIT, RECEIVED_COLON_NONE]) {
      each(re, s, (m) => {
        // 依申请公开事项 is the request itself, not a licensing matter (许可事项)
        const said = m[0].replace(/(依申请公开|信息公开申请|公开申请|信息公开依申请(?:办理)?)事项/, '$1')
        if (WRONG_THING.test(said) && !/信息公开/.test(said)) return
        // 依申请公开收费为0: the fees, not the requests
        if (/(费|收入|支出)/.test(said)) return
        // 未发生因政府信息公开申请行政复议…: none of the cases a request led to, not none of the requests
        // (…未发生依申请公开政府信息方面的行政复议和行政诉讼: the cases, a few words on)
        if (/^\s*(?:而)?(?:提起|申请)?(?:行政)?(?:复议|诉讼)/.test(s.text.slice(m.index + m[0].length))) return
        // (but not a list that goes on past the requests, 无受理政府信息公开申请件及…投诉、行政复议及行政诉讼: none of each; set 51)
        const following = s.text.slice(m.index + m[0].length)
        if (/^[^，。；,\d]{0,12}?(?:方面|有关|相关)?的?(?:行政)?(?:复议|诉讼)/.test(following) && !/^件?(?:及|以及|和|、)/.test(following)) return
        // (未发生因政府信息公开申请处理不当…: nothing a request's handling caused, whatever follows; set 23 of real pages)
        if (/^(?:未|没有|没|无)(?:发生|出现)因/.test(m[0])) return
        // (未收到依申请公开信息的咨询: none of the enquiries about requests, which says nothing of the requests; seventh set)
        if (/^[^，。；,\d]{0,8}?的?(?:咨询|询问)/.test(s.text.slice(m.index + m[0].length))) return
        // 未收到法人或者其他组织…的申请: none from organisations says nothing of citizens' requests
        // (未收到公众、法人或其他组织…的申请: 公众 are the citizens, none from anyone)
        // (民众, as the Taiwan-vocabulary converters write 公众, too)
        if (/法人/.test(m[0]) && !/(公民|自然人|个人|群众|公众|民众|市民|居民)/.test(m[0])) return
        if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
        hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: 'applications_received.none', confidence: 0.8 })
      })
    }
  }
  return resolve(ctx, 'applications_received', townshipOwnOverSuperior(ctx, hits), warnings, '收到申请数', 'Requests received')
}

/** a township's or a street's own words for itself (本街道未收到…, 我镇…) */
const TOWNSHIP_SELF = /(?:本|我)(?:街道|镇|乡|苏木)/
/** its district's, county's or city's government counting (区政府全年共受理…412件; 全区…): the superior's figure */
const SUPERIOR_COUNTS = /(?:区|县|市|旗)(?:人民)?政府[^。；;，,\d]{0,12}?(?:受理|收到|接到|办理)|全(?:区|县|市|旗)[^。；;\d]{0,16}?(?:受理|收到|接到)/

/**
 * A township's report that gives its district's request count (区政府全年共受理…412件) and says of itself that it
 * received none (本街道未收到…申请): its own none, not the superior's count (pages README: p094's scope trap). The
 * counts dropped stay candidates.
 */
function townshipOwnOverSuperior(ctx: Ctx, hits: Hit[]): Hit[] {
  const own = hits.filter((h) => h.rule.endsWith('.none') && TOWNSHIP_SELF.test(sentenceLeadOfHit(ctx, h) + ctx.view.text.slice(h.start, h.end)))
  const counts = hits.filter((h) => !h.rule.endsWith('.none'))
  if (!own.length || !counts.length || !counts.every((h) => SUPERIOR_COUNTS.test(sentenceLeadOfHit(ctx, h)) && !TOWNSHIP_SELF.test(sentenceLeadOfHit(ctx, h)))) return hits
  for (const h of counts) consider(ctx, 'applications_received', h.value, h.start, h.end, 0.3, 'applications_received.superior-count')
  return own
}

// ---- reconsiderations and lawsuits ------------------------------------------------------------------

/**
 * 办理/受理/审理行政复议案件8件: cases the agency handled as the review body (a 司法局, a government's
 * review office), not cases brought against its own disclosure decisions.
 */
const AS_REVIEWER = /(办理|受理|审理|承办|审结|办结)(?:了)?(?:各类)?(?:行政)?$/
/** the sentence says the body counts as the review body (县政府作为复议机关，全年办理…复议案件12件) */
const REVIEW_BODY = /作为(?:行政)?复议机关|以复议机关身份/

/** the sentence's cases are said not to concern disclosure (均不涉及政府信息公开, 与政府信息公开无关) */
const NOT_DISCLOSURE = /(?:不涉及|不属于|无关)[^，。；,]{0,4}(?:政府)?信息公开|与(?:政府)?信息公开[^，。；,]{0,4}无关/
/** cases the clause says arose from another act (因具体行政行为, 因行政处罚决定…): not disclosure cases */
const OTHER_ACT = /因(?:其他|具体)?(?:行政)?行为|因[^，。；,\d]{0,10}?(?:处罚|许可|征收|征地|强制|拆迁|工伤|认定|登记|审批)/
/** a part of the cases that concerns disclosure follows (…45起，其中涉及政府信息公开的0起): the counts before it are all cases */
const DISCLOSURE_PART_AFTER = /其中[^，。；,]{0,12}(?:涉及|关于|有关|因)[^，。；,]{0,8}信息公开/

/** the count of that part (其中涉及政府信息公开的3件, 其中涉及信息公开类案件0起) */
// (…其中因政府信息公开申请答复引起的1件: what the disclosure led to, a few words, before the count)
const DISCLOSURE_PART_COUNT = new RegExp(`^其中[^，。；,]{0,12}?(?:涉及|关于|有关|因)[^，。；,\\d]{0,10}?信息公开(?:申请|工作)?(?:答复|处理|决定)?(?:引起|引发|产生)?(?:的|类)?(?:案件|案)?(?:共|为|有)?(${N}(?:起|件|宗))`)
/** the last of 复议 / 诉讼 named in `head` */
function nearestCaseWord(head: string): '复议' | '诉讼' | null {
  const r = head.lastIndexOf('复议'), l = head.lastIndexOf('诉讼')
  return r < 0 && l < 0 ? null : r > l ? '复议' : '诉讼'
}

const ENUMERATED = /^[一二三四五六七八九十]是|^其[一二三四五六七八九十]|^第[二三四五六七八九十][，,、]/

function lineOf(ctx: Ctx, at: number): string {
  const t = ctx.view.text
  const s = t.lastIndexOf('\n', at - 1) + 1
  const e = t.indexOf('\n', at)
  return t.slice(s, e < 0 ? t.length : e)
}

/** the case rules' patterns for one word (复议 / 诉讼), compiled once when the module loads, not per document */
function caseRegexes(word: '复议' | '诉讼') {
  // 行政复议：3件 — a label and its count
  // (涉及信息公开行政复议1项: 项 counts the cases too; set 17 of real pages; 申请行政复议数4件、提起行政诉讼数7件, the old
  // template's count by its 数: set 18)
  // (处理民事诉讼2件，无行政诉讼和行政复议案件: a civil suit is not one of the report's cases; set 59)
  const countAfter = new RegExp(`(?<!民事|刑事)${word}(?:案件|申请|案)?(?:数|数量|件数)?(?:共计|共|为|有)?[:：]? ?(${N}(?:起|件|宗|次|个|条|项))`, 'g')
  // 收到1份有关政府信息公开行政复议申请: the count, then what the case concerns, then the word
  // (1宗复议后诉讼: a suit brought after review, one of the lawsuits as table 四 counts them, not a review)
  // (全年有3起因政府信息公开申请提起的行政复议: the count, then the cause; set 32 of real pages)
  const cause = `(?:因[^，。；,\\d诉议]{2,20}?(?:提起|引起|引发|产生)的)?`
  const countBefore = word === '诉讼'
    ? new RegExp(`(${N})(?:起|件|宗|个|份)(?:(?:有关|关于)[^，。；,\\d申诉议]{0,12}?)?${cause}(?:被(?:提起)?)?(?:行政)?(?:复议后(?:行政)?)?诉讼`, 'g')
    // (4宗被行政复议结果维持: the count, then 被; real page, session 13)
    : new RegExp(`(${N})(?:起|件|宗|个|份)(?:(?:有关|关于)[^，。；,\\d申诉议]{0,12}?)?${cause}(?:被(?:申请)?)?(?:行政)?复议(?!后(?:行政)?(?:诉讼|起诉))`, 'g')
  // (行政起诉, a slip for 行政诉讼: 没有…引起行政复议或者行政起诉的案例发生)
  // (…的申请，也不涉及行政复议和行政诉讼: none involved)
  // (…没有出现被投诉举报、行政复议及行政诉讼纠错的情况: the correction qualifies both words, not none of the cases;
  // …未发生…引发的行政复议被纠错或行政诉讼败诉情况 too, seventh set of real pages)
  // (…未发生政府信息公开行政复议、起诉: 起诉 after the review, the suits; set 15 of real pages)
  const none = new RegExp(`(?:未|没有|无|不存在|不涉及)(?:发生|收到|出现|涉及|产生|接到|被提起)?[^，。；,\\d]{0,40}?${word === '诉讼' ? '(?:诉讼|行政起诉|(?<=复议[、和及与或])起诉)' : word}(?!(?:[及和、与](?:行政)?(?:诉讼|复议))?被?(?:变更|撤|纠|决定|机关|败|结果))`, 'g')
  // 无因政府信息产生行政复议，提起行政诉讼情况发生: a comma in place of 、, the none covering both
  const noneAcrossComma = word === '诉讼' ? /(?:未|没有|无|不存在)[^，。；,\d]{0,32}?复议[，,](?:被)?提起(?:行政)?诉讼/g : null
  const zero = new RegExp(`${word}[^，。；,\\d]{0,20}?(?:均|都|数量|件数)?(?:为|是)(?:零|0|〇)(?:件|起)?`, 'g')
  // 被申请行政复议、提起行政诉讼的案件0件: one zero for both (a count above zero would be their sum)
  // (…共0项: set 105 of real pages)
  const bothZero = /复议[、和及与](?:提起|被提起)?(?:行政)?诉讼(?:的)?(?:案件|案)?(?:共计|共|均为|均|为|有)?(?:0|零)(?:件|起|宗|项)/g
  // 行政复议和行政诉讼：无。 — a label and its answer
  const colonNone = new RegExp(`${word}[^，。；,:：\\d]{0,12}?[:：]\\s*(?:无|没有|零|0(?:件|起)?)(?=[。；;，,]|$)`, 'g')
  return { countAfter, countBefore, none, noneAcrossComma, zero, bothZero, colonNone }
}
const CASE_REGEXES = { 复议: caseRegexes('复议'), 诉讼: caseRegexes('诉讼') }

/** 尚未接到/尚未发生/尚未有…: none yet, unlike 尚未审结 (a result column) */
const NOT_YET_RECEIVED = /^未(?:发生|收到|出现|接到|产生|被提起|有)/

/**
 * the sentence before, joined to this one by ；, counts disclosure cases (全年因政府信息公开引发行政复议3件，均维持原行政行为；
 * 行政诉讼1件，尚未审结。): this one's cases are of the same kind
 */
function casesOfTheClauseBefore(ctx: Ctx, start: number): boolean {
  const head = ctx.view.text.slice(Math.max(0, start - 160), start).trimEnd()
  if (!/[；;]$/.test(head)) return false
  const before = head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('\n')) + 1)
  return /(信息公开|政务公开|政府信息|依申请)/.test(before) && /(复议|诉讼)/.test(before)
}

/** a paragraph's statement of the requests received (受理依申请公开891件, 收到政府信息公开申请12件) */
// (…or in 条: 本年度我镇收到社会公众提出的政府信息公开申请1条。未发生被行政复议、行政诉讼的情况; set 66)
const REQUESTS_COUNTED = new RegExp(`(?:收到|受理|接到|接收)[^。；;\\d]{0,16}?(?:依申请公开|公开申请|申请)[^。；;\\d]{0,6}?${N}(?:件|条)`)

/** requests put to a government named with its place (向青山市人民政府…提出的), not a template's bare 市政府 */
const NAMED_GOVERNMENT_ASKED = /^向(?:(?!政府|及|和|、)[\u4e00-\u9fa5]){2,8}?[市县区州旗盟](?:人民)?政府/
/** requests put to another body than the report's, counted (向市政府及市政府办公室提出的…申请5件): not this body's */
const REQUESTS_TO_ANOTHER = /向(?!我|本)[^。；;，,\d]{0,20}?提出的?[^。；;\d]{0,16}?申请[^。；;\d]{0,4}\d+\s*(?:件|个|条|宗)/

function caseCounts(ctx: Ctx, word: '复议' | '诉讼', field: string, zh: string, en: string, warnings: DocWarning[], reportYear: number | null): ExtractedField | null {
  const hits: Hit[] = []
  const { countAfter, countBefore, none, noneAcrossComma, zero, bothZero, colonNone } = CASE_REGEXES[word]
  for (const s of sentencesAcrossBreaks(ctx)) {
    // a section on disclosure cases whose whole answer is none (四、因政府信息公开申请提起行政复议、行政诉讼情况⏎无。)
    if (s.text.length <= 80) {
      const heading = sectionAnswersNone(ctx, s)
      if (heading && heading.includes(word) && /(信息公开|政务公开|依申请)/.test(heading)) {
        hits.push({ value: 0, approximate: false, start: s.start, end: s.end, rule: `${field}.section-none`, confidence: 0.7 })
        continue
      }
    }
    if (!s.text.includes(word) && !(word === '诉讼' && /行政起诉|复议[、和及与或]起诉/.test(s.text))) continue
    // 一是…政府信息公开申请…；三是行政复议、行政诉讼均为零: a clause of an enumeration takes its line's subject
    const scope = ENUMERATED.test(s.text) ? lineOf(ctx, s.start) : s.text
    // the subject may be a label sentence before it (5、政府信息公开行政复议、行政诉讼情况。2020年我局未收到…)
    // or the line opens with the requests' label ((二)依申请公开。…未出现因答复不当引起的行政复议、行政诉讼): cases a reply led to
    // (or the short label line right above it: （二）依申请公开⏎2022年…未出现因答复不当引起的行政复议…)
    const lineLabel = lineOf(ctx, s.start).split(/[。：:]/)[0]
    const lineStart = ctx.view.text.lastIndexOf('\n', s.start - 1)
    const labelAbove = lineStart > 0 ? lineOf(ctx, lineStart - 1).trim() : ''
    const requestsLabel = (l: string): boolean => l.length <= 16 && /(依申请|公开申请|申请公开)/.test(l)
    // (or its paragraph has just counted the requests: …全区共受理依申请公开891件…。本年度有37件行政复议案件，5件行政诉讼案件;
    // sixth set of real pages)
    const related = /(信息公开|政务公开|政府信息|依申请)/.test(scope) || /(复议|诉讼)/.test(ctx.sectionAt(s.start)) || /(复议|诉讼)/.test(labelBefore(ctx, s.start))
      || requestsLabel(lineLabel) || requestsLabel(labelAbove) || casesOfTheClauseBefore(ctx, s.start)
      // (or the label line right above names the cases themselves: （三）政府信息公开申请行政复议及行政诉讼情况⏎2018年，…；无被申请
      // 行政复议或被提起行政诉讼…情况; tenth set of real pages)
      // (or with the old template's 申诉, a disclosure complaint, beside them: （六）复议、诉讼和申诉情况⏎2020年，我镇无复议、诉讼和
      // 申诉情况发生; set 58)
      || (labelAbove.length <= 30 && /(复议|诉讼)/.test(labelAbove)
        && (/(信息公开|政务公开|依申请)/.test(labelAbove) || (/复议/.test(labelAbove) && /诉讼/.test(labelAbove) && /申诉/.test(labelAbove))))
      || REQUESTS_COUNTED.test(ctx.view.text.slice(lineStart + 1, s.start))
    if (!related) continue
    // the paragraph's requests were put to another body (…组织向市政府及市政府办公室提出的政府信息公开申请5件…。信息公开类行政复议
    // 1起: a template's words, as the requests' rule reads them), so are the cases it goes on to count
    if (REQUESTS_TO_ANOTHER.test(ctx.view.text.slice(lineStart + 1, s.start))) continue
    // all the body's cases, not those about disclosure: …案件共12件，均不涉及政府信息公开 / 其中涉及信息公开的0起
    const partAfter = DISCLOSURE_PART_AFTER.exec(s.text)
    // …因具体行政行为被提起行政诉讼2起: cases about another act of the body, said in their own clause
    const otherCases = (at: number): boolean => NOT_DISCLOSURE.test(s.text) || (partAfter !== null && at < partAfter.index)
      || (OTHER_ACT.test(clauseBefore(s.text, at)) && !/(信息公开|政务公开|政府信息|依申请)/.test(clauseBefore(s.text, at)))
    // …办理行政复议案件45件，其中涉及政府信息公开的3件: the part about disclosure is this word's count when the
    // cases before 其中 are this word's (the nearest 复议/诉讼 before it); not when the body says it is the review
    // body (作为复议机关…其中涉及政府信息公开的2件: other bodies' disclosure decisions it reviewed)
    const part = partAfter && !REVIEW_BODY.test(s.text) && DISCLOSURE_PART_COUNT.exec(s.text.slice(partAfter.index))
    if (part && partAfter && nearestCaseWord(s.text.slice(0, partAfter.index)) === word) {
      const at = partAfter.index + part[0].length - part[1].length
      const h = parseHit(part[1], s.start + at, `${field}.disclosure-part`, 0.8)
      if (h && !ofAnotherTime(s, partAfter.index, '', reportYear)) hits.push(h)
    }
    each(countAfter, s, (m) => {
      if (AS_REVIEWER.test(s.text.slice(0, m.index)) || REVIEW_BODY.test(s.text.slice(0, m.index))) return
      const at = m.index + m[0].length - m[1].length
      if (otherCases(at)) {
        const p = parseNumber(m[1])
        if (p) consider(ctx, field, p.value, s.start + at, s.start + at + m[1].length, 0.3, `${field}.other-cases`)
        return
      }
      const h = parseHit(m[1], s.start + at, `${field}.sentence`, 0.8)
      // the reviews and the suits counted together (涉行政复议、行政诉讼案件743件): neither alone, unless none (set 21)
      if (h && h.value > 0 && word === '诉讼' && /复议[、和及与或]\s*(?:提起)?(?:行政)?$/.test(s.text.slice(0, m.index))) {
        consider(ctx, field, h.value, h.start, h.end, 0.3, `${field}.with-reviews`)
        return
      }
      // …or the other way round (因政府信息公开而产生的行政诉讼或行政复议1起: either, so neither alone; set 33 of real pages)
      if (h && h.value > 0 && word === '复议' && /诉讼[、和及与或]\s*(?:申请)?(?:行政)?$/.test(s.text.slice(0, m.index))) {
        consider(ctx, field, h.value, h.start, h.end, 0.3, `${field}.with-suits`)
        return
      }
      // some of the bodies' cases (各乡镇…复议2起): a part of the place's
      if (h && partOfTheBodies(clauseBefore(s.text, m.index))) { consider(ctx, field, h.value, h.start, h.end, 0.3, `${field}.some-bodies`); return }
      // another year's cases (2019年…复议1起) or a change on the year before (较上年减少2件)
      if (h && ofAnotherTime(s, at, '', reportYear)) { consider(ctx, field, h.value, h.start, h.end, 0.3, `${field}.not-the-year`); return }
      // …复议案件47件…，其中被纠错的复议案件5件: a part of the count the sentence gave before it
      if (h && /其中/.test(clauseBefore(s.text, m.index)) && hits.some((x) => x.start >= s.start && x.start < h.start)) {
        consider(ctx, field, h.value, h.start, h.end, 0.3, `${field}.part`)
        return
      }
      if (h) hits.push(h)
    })
    each(countBefore, s, (m) => {
      if (AS_REVIEWER.test(s.text.slice(0, m.index)) || REVIEW_BODY.test(s.text.slice(0, m.index))) return
      const p = parseNumber(m[1])
      if (!p || ofAnotherTime(s, m.index, '', reportYear) || otherCases(m.index) || partOfTheBodies(clauseBefore(s.text, m.index))) return
      hits.push({ value: p.value, approximate: p.approximate, start: s.start + m.index, end: s.start + m.index + m[1].length, rule: `${field}.sentence`, confidence: 0.75 })
    })
    each(colonNone, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: `${field}.none`, confidence: 0.75 })
    })
    each(zero, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: `${field}.none`, confidence: 0.75 })
    })
    each(bothZero, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: `${field}.none`, confidence: 0.75 })
    })
    if (noneAcrossComma) each(noneAcrossComma, s, (m) => {
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: `${field}.none`, confidence: 0.75 })
    })
    each(none, s, (m) => {
      // 未经复议直接起诉 is table 四's column header (a lawsuit filed without review), and 尚未审结 its result
      // column, not statements of none (尚未接到/尚未出现/尚未发生 因…复议 is still none: yet not received; 2018年，我办尚未出现因信息公开
      // 申请行政复议…的情况)
      if (/未经/.test(m[0]) || (s.text[m.index - 1] === '尚' && !NOT_YET_RECEIVED.test(m[0]))) return
      if (noneOfAnEarlierYear(s.text.slice(0, m.index), reportYear)) return
      // 无办理行政复议案件: the body handled none as the review body (AS_REVIEWER), which says nothing of its own cases
      // (the verb right before the word: 无人民法院受理并开庭审理涉及我委…的行政诉讼 is still none of the body's cases)
      if (/(办理|审理|承办|审结)(?:了)?(?:各类)?(?:行政)?(?:复议|诉讼)$/.test(m[0])) return
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: `${field}.none`, confidence: 0.8 })
    })
  }
  return resolve(ctx, field, hits, warnings, zh, en)
}

export const adminReconsiderations = (ctx: Ctx, w: DocWarning[], reportYear: number | null = null): ExtractedField | null =>
  caseCounts(ctx, '复议', 'admin_reconsiderations', '行政复议数', 'Administrative reconsiderations', w, reportYear)
export const adminLawsuits = (ctx: Ctx, w: DocWarning[], reportYear: number | null = null): ExtractedField | null =>
  caseCounts(ctx, '诉讼', 'admin_lawsuits', '行政诉讼数', 'Administrative lawsuits', w, reportYear)

// ---- money and people ----------------------------------------------------------------------------

const FEE = new RegExp(`(?:收取|收费|缴纳)[^。；，,]{0,16}?(${N}(?:万元|元))`, 'g')
const FEE_NONE = /(?:未|没有|无|不)(?:收取|收)(?:任何)?[^，。；,\d]{0,8}?(?:费用|处理费|检索费|复制费|费)|收费(?:情况|金额)?为(?:零|0)/g

export function feesCollected(ctx: Ctx, warnings: DocWarning[]): ExtractedField | null {
  const hits: Hit[] = []
  for (const s of ctx.sentences) {
    if (!/(费)/.test(s.text)) continue
    if (!/(公开|申请|检索|复制|处理费)/.test(s.text) && !/(收费|费用)/.test(ctx.sectionAt(s.start))) continue
    each(FEE, s, (m) => {
      const p = parseNumber(m[1])
      if (!p) return
      const at = m.index + m[0].length - m[1].length
      hits.push({ value: toYuan(p), approximate: p.approximate, start: s.start + at, end: s.start + at + m[1].length, rule: 'fees_collected.sentence', confidence: 0.75 })
    })
    each(FEE_NONE, s, (m) => {
      hits.push({ value: 0, approximate: false, start: s.start + m.index, end: s.start + m.index + m[0].length, rule: 'fees_collected.none', confidence: 0.8 })
    })
  }
  return resolve(ctx, 'fees_collected', hits, warnings, '收费金额', 'Fees collected')
}

const STAFF_AFTER = new RegExp(`(?:专职|兼职|专兼职)?(?:工作)?人员(?:共|共计)?(${N})(?:名|人)(?!次)`, 'g')
const STAFF_BEFORE = new RegExp(`(${N})(?:名|个)(?:专职|兼职|专兼职)?(?:工作)?人员`, 'g')

export function staffCount(ctx: Ctx, warnings: DocWarning[]): ExtractedField | null {
  const hits: Hit[] = []
  for (const s of ctx.sentences) {
    if (!/人员/.test(s.text) || !/(公开|安排|配备|配置|负责)/.test(s.text)) continue
    // split counts (1名全职工作人员，3名兼职工作人员): a person should add them up
    if (/(专职|兼职|全职)[^。；]*(专职|兼职|全职)/.test(s.text)) continue
    for (const re of [STAFF_AFTER, STAFF_BEFORE]) {
      each(re, s, (m) => {
        const at = m.index + m[0].indexOf(m[1])
        const h = parseHit(m[1], s.start + at, 'staff.sentence', 0.7)
        if (h) hits.push(h)
      })
    }
  }
  return resolve(ctx, 'staff', hits.slice(0, 1), warnings, '工作人员数', 'Staff')
}

const BUDGET = new RegExp(`经费[^。；，,]{0,16}?(${N}(?:万元|元))`, 'g')

export function budget(ctx: Ctx, warnings: DocWarning[]): ExtractedField | null {
  const hits: Hit[] = []
  for (const s of ctx.sentences) {
    if (!s.text.includes('经费')) continue
    each(BUDGET, s, (m) => {
      const p = parseNumber(m[1])
      if (!p) return
      const at = m.index + m[0].length - m[1].length
      hits.push({ value: toYuan(p), approximate: p.approximate, start: s.start + at, end: s.start + at + m[1].length, rule: 'budget.sentence', confidence: 0.7 })
    })
  }
  return resolve(ctx, 'budget', hits, warnings, '工作经费', 'Budget')
}

// ---- carried over and answered (free-form prose, or a standard report whose table 三 was lost) ---------

const REQUEST_SENTENCE = /(信息公开申请|依申请公开|公开申请|申请公开)/
const CARRIED = new RegExp(`上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:共|为)?(${N}(?:件|个|条))`, 'g')
const ANSWERED = new RegExp(`(?:已)?办结(?:了)?(?:政府信息公开)?(?:申请)?(?:共|为)?(${N}(?:件|个|条))`, 'g')

// `key`: a word the pattern cannot match without (结转, 办结), checked first so most sentences cost one search
function requestSideCount(ctx: Ctx, re: RegExp, key: string, field: string, zh: string, en: string, warnings: DocWarning[]): ExtractedField | null {
  const hits: Hit[] = []
  for (const s of ctx.sentences) {
    if (!s.text.includes(key) || !REQUEST_SENTENCE.test(s.text) || /(许可|审批)/.test(s.text)) continue
    each(re, s, (m) => {
      const at = m.index + m[0].length - m[1].length
      const clause = clauseBefore(s.text, m.index)
      if (isCumulative(clause) || /其中/.test(clause)) return
      const h = parseHit(m[1], s.start + at, `${field}.sentence`, 0.75)
      if (h) hits.push(h)
    })
  }
  return resolve(ctx, field, hits, warnings, zh, en)
}

export const applicationsCarriedOver = (ctx: Ctx, w: DocWarning[]): ExtractedField | null =>
  requestSideCount(ctx, CARRIED, '结转', 'applications_carried_over', '上年结转申请数', 'Requests carried over', w)
export const applicationsAnswered = (ctx: Ctx, w: DocWarning[]): ExtractedField | null =>
  requestSideCount(ctx, ANSWERED, '办结', 'applications_answered', '办结申请数', 'Requests answered', w)
