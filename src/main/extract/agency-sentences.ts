/**
 * The agency where the report's own sentences name it (issue 12): the sentence that announces the report
 * (现公布/特向社会公布/现将…X 2021年政府信息公开工作年度报告, 编制形成2021年X…报告), the compiler (本报告由X编制/根据…汇总,
 * 根据2023年X信息公开工作实际编制), or a
 * sentence that opens with the name and the year (乐山高新区管委会2010年年报根据…). Only names that look like
 * a body with its place, a central body, or a place alone are taken; 我局, 本机关 and spam names are not.
 */
import { abbreviates, creditableName, firstOfTwoNames, isPlaceName, withoutDistrictWord } from './agency-names'
import { isBareZoneKind, placeChain, regionOf } from './region-name'
import { onLinkLine } from './agency-links'
import type { Ctx } from './context'
import { divisionNamesAt } from './divisions'
import { type CutText, withoutInsertedSpam } from './spam-insertions'

export interface NameHit { value: string; start: number; end: number; rule: string; confidence: number; kind: 'full' | 'place' }

const NAME = '([\\u4e00-\\u9fa5、]{2,40}?)'
/**
 * a name that a line break may cut (由青山县人民 / 政府办公室编制): only between the strong markers of an
 * announcing, compiling or quoting sentence, and read without the break (issue 12, perturbation check)
 */
const NAME_ACROSS = '([\\u4e00-\\u9fa5、](?:[\\u4e00-\\u9fa5、]|\\n(?=[\\u4e00-\\u9fa5])){1,40}?)'
const ALIAS = '(?:[（(]以下简称[^）)]{1,20}[）)])?'
/**
 * what may stand in brackets right after the name: the body's second name (…委员会（青山市粮食和物资储备局）), kept
 * when it is one (agency-names.ts firstOfTwoNames), or a template's note (青龙镇政府（机关）), dropped
 */
const SECOND = '((?:[（(](?!以下简称|简称|原)[\\u4e00-\\u9fa5]{2,24}[）)])?)'
/** the body's former name in brackets (（原广州市农业局）: set 27 of real pages): passed over, not part of the name */
const FORMER = '(?:[（(]原[\\u4e00-\\u9fa5]{2,24}[）)])?'
/** (本年度 for the year: 特向社会公布本年度温州空港新区管委会政府信息公开工作年度报告; wild-agency9 w033) */
/** (the year without 年: 现将耿马自治县2021政府信息公开工作年度报告进行公开) */
// (the bare year only where no 年 follows: 公布2021年⏎青川市… must not read 年 into the name across the break)
const YEAR = '(?:\\d{4}年度?|\\d{4}(?![年\\d])|[（(]\\d{4}年?度?[）)]|本年度|本年)?'
const SUBJECT = '(?:政府信息公开|政务公开|政务信息公开|信息公开|年度报告|年报)'

// (现把某市信访局2019年度政府信息公开工作情况报告如下: 现将's twin; set 63)
// (…and 现从…等五方面就某区某局2016年…情况报告如下: the parts named between 现 and 就; set 94)
const ANNOUNCE = new RegExp(
  // (…结合工作实际，强化工作部署，…并形成2020年度某镇政府信息公开年度报告: the report made, as 编制形成)
  // (a bare 公布 after the clause that cites the rules: 根据《条例》的规定，公布清远市人民政府办公室…; or 发布, …等上级文件要求，
  // 发布河东区人民政府2024年…: set 104 of real pages)
  // (特公布2022年某市人力资源和社会保障局信息公开工作年度报告: seventh set of real pages; 制定并公开2025年某街道政府信息
  // 公开工作年度报告: eighth set)
  `(?:现(?:予|向社会)?(?:公布|发布|公开)|特向社会公布|向社会公布|特向社会公开|特此公布|特公布|(?<=[，,])(?:公布|发布)|(?:制定|编制)并公开|现将|现把|现就|现从[^。；;]{0,24}?就|兹将|编制(?:了|形成)?|编写了?|(?<=[并，,])形成)[《“"]?${YEAR}${NAME_ACROSS}${SECOND}${FORMER}${ALIAS}${YEAR}${SUBJECT}`, 'g')
/** the report's name as the object of its making (做好乐山市体育局信息公开工作年度报告编制: set 43 of real pages) */
const REPORT_MADE = new RegExp(`做好${YEAR}${NAME_ACROSS}${SECOND}${YEAR}${SUBJECT}(?:工作)?(?:年度报告|年报)的?(?:编制|编写|发布|公开)`, 'g')
/** …or the body's own report named as the ground it was made on (在2016年度沙坡头区人民政府政府信息公开工作年度报告的基础上编制: set 110) */
const REPORT_AS_BASIS = new RegExp(`在${YEAR}${NAME_ACROSS}${SECOND}${YEAR}(?=${SUBJECT}(?:工作)?(?:年度报告|年报)的基础上(?:编制|编写|形成))`, 'g')
/** (由广州市某局制作本报告 / 撰写: the compiler too; real page, session 13) */
/** (综合 compiles from parts, 由…综合各县…编制; not 综合科, a section that ends the compiler's own name: …党政办公室综合科编制) */
/** (not an office in charge of the place's disclosure work, 明确由高新区管委办公室负责推进、指导…全区政府信息公开工作; set 59) */
const COMPILES = '(?=根据|依据|按照|结合|综合(?![科股组室处])|汇总|编制|编写|制作本|撰写|负责(?!推进|指导|协调|监督|统筹|全[区县市镇乡省])|牵头|组织|会同|围绕[^。；;]{0,40}?编)'
const COMPILER = new RegExp(`由${NAME_ACROSS}${SECOND}${FORMER}${ALIAS}${COMPILES}`, 'g')
/**
 * a compiler whose name holds its zone's or district's other name in brackets (由杭州高新区(滨江)财政局编制: set 11 of
 * real pages), the name read whole
 */
const COMPILER_INNER_BRACKET = new RegExp(`由([\\u4e00-\\u9fa5]{2,12}?[（(][\\u4e00-\\u9fa5]{2,8}[）)][\\u4e00-\\u9fa5]{2,20}?)()${COMPILES}`, 'g')
/**
 * the body whose year of disclosure work the report is compiled from (根据2023年眉山市某局信息公开工作实际编制而成,
 * 结合某县某局政府信息公开年度工作情况…编制本报告; wild-meta1 w022, wild-agency9 w044): the compiler in all but name
 */
// (汇总 too, 汇总某区营商环境建设局政府信息公开工作情况编制而成: set 26 of real pages)
// (按照 too, 本年报按照2022年某区某街道政务信息公开工作实际编制而成: set 48)
// (…or the year after the name, 结合某市商务局2022年政府信息公开工作实际，编制发布本报告: set 81)
const COMPILED_FROM_WORK = new RegExp(`(?:根据|结合|依据|按照|汇总)${YEAR}${NAME_ACROSS}${SECOND}${ALIAS}${YEAR}(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:年度)?(?:工作)?的?(?:实际|情况|开展情况|实际情况)[^。；;]{0,20}?(?:编制|编写)`, 'g')
/** the report saying whose year of disclosure work it covers (本报告内容主要为某州人民政府办公厅2012年度的政府信息公开工作情况) */
// (…or, after the words that it was compiled, 本报告根据…要求编制，全面总结某街道办事处2025年政府信息公开工作情况: set 43)
const REPORT_COVERS = new RegExp(`(?:本(?:年度)?报告(?:的)?(?:内容)?(?:主要)?(?:为|是|反映)|(?<=本(?:年度)?报告[^。]{0,120}?编制[，,])(?:全面|系统)?总结(?:了)?)${NAME}${YEAR}的?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:情况|开展情况)`, 'g')
/** the body named before the verb that makes the report: …规定，青山市民政局编制了2020年度政府信息公开工作年度报告 */
/** (…，青山县市场监督管理局结合单位实际，编制本单位2022年度…报告: a short clause and 本单位 may come between, wild pages) */
/** (杭州市余杭区司法局（区行政复议局）根据《…》《…》等规定编制本报告: its second name in brackets and the rules it follows between; wild pages) */
/** (…公信力，兴华镇人民政府特此编制2024年度…报告: 特此 before the verb; ninth wild pass, wild-counts4 w028) */
/** (not a metadata row's label after a name the view glued to it, 所属机构：某县融媒体中心发布机构：: ninth set of real pages) */
const BODY_COMPILES = new RegExp(`(?:^|[，,。；;：:\\n])${NAME}${ALIAS}(?=(?:[（(][\\u4e00-\\u9fa5]{2,12}[）)])?(?:(?:根据|依据|按照)[^。；;]{0,80}?(?:等规定|的规定|规定|要求)[，,]?)?(?:结合[^，,。；;]{1,12}[，,])?(?:特此|特|现)?(?:向社会|对外|正式)?(?:编制|编写|制定|形成|发布|公布)(?!机构|单位|时间|日期)了?(?:本单位|本机关|本部门)?(?:本报告|本年度报告|${YEAR}[^。]{0,12}?${SUBJECT}))`, 'g')
/** the report's name in 《》 inside a sentence (现将《青山市民政局2020年政府信息公开工作年度报告》予以公布) */
const QUOTED_TITLE = new RegExp(`《${YEAR}${NAME_ACROSS}${SECOND}${ALIAS}${YEAR}${SUBJECT}[^》]{0,16}(?:报告|年报)》`, 'g')
const SENTENCE_HEAD = new RegExp(`(?:^|[。\\n])${NAME}\\d{4}年度?(?:年报|年度报告|政府信息公开)`, 'g')
/** the report's name with its year first opening a sentence that says how it was made (2024年某市政府信息公开工作年度报告根据《条例》
 * 编制并向社会公布; set 62) */
const SENTENCE_HEAD_YEAR_FIRST = new RegExp(`(?:^|[。\\n])\\s*\\d{4}年度?${NAME}(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)(?=根据|依据|按照|由|是)`, 'g')

/** the words a sentence opens with before the name (本报告是青山县民政局根据…编制的…; 这是青山县民政局…) */
/** (特编制并向社会公布青山县统计局…报告: a second verb after 编制, wild pages; 编制发布临沂市体育局…报告 without 并, wild-counts5 w040) */
/** (…，一、总体情况衡阳市统计局坚持…: a section heading run into its first sentence; fourth wild set) */
/** (标   题 县政府办2022年度…报告: a metadata row's label the view glues to the title's name; wild-meta1 w035) */
/** (本年度市发改委按照…: the year's word opening the sentence is no part of the body's name; wild-agency10 w014) */
/** (…公布年度区人民政府办公室…报告: a copy that stripped the year's digits leaves 年度 before the name; set 54 of real pages) */
/** (三是市交通运输局全年…: an enumerated point's 一是/二是/三是 opening the sentence; set 105 of real pages) */
const LEAD_WORDS = /^(?:[一二三四五六七八九十]是|标题|题目|名称|信息名称|文件名称|文章标题|本(?:年度)?报告(?:是|为|由)|这是|此为|特将|兹将|并?(?:向社会|对外)?(?:公布|发布|公开)(?=[\u4e00-\u9fa5]{2,8}?(?:省|市|县|区|州|旗|盟|乡|镇))|并(?:向社会|对外)?(?:公布|发布|公开)|[一二三四五六七八九十]、(?:总体情况|概述|基本情况)|(?:本年度|本年|今年以来|今年|年内)[，,]?|年度(?=[\u4e00-\u9fa5]{0,8}?(?:省|市|县|区|州|旗|盟|乡|镇)))/

/**
 * a forwarding or issuing notice before the report's name (青山市人民政府办公室关于转发青山市民政局2020年…报告的
 * 通知): the body whose report is forwarded is the report's, the forwarder only posted it (issue 12, distractors)
 */
const FORWARDED_BY = /^(?!关于|转发|印发)[\u4e00-\u9fa5]{2,30}?(?:关于)?(?:转发|印发)/

export function withoutLeadWords(name: string): string {
  const lead = name.match(LEAD_WORDS)
  if (lead && name.length - lead[0].length >= 4) return name.slice(lead[0].length)
  // (what is forwarded may be short: 外交部, 鸭南乡)
  const by = name.match(FORWARDED_BY)
  return by && name.length - by[0].length >= 2 ? name.slice(by[0].length) : name
}

const FORWARDER = /(?:^|[\n。])([\u4e00-\u9fa5]{4,30}?)(?:关于)?转发/g

/** The bodies that forward another's report at the head of the page (X关于转发Y…的通知): X only posted it. */
export function forwardersOf(ctx: Ctx): Set<string> {
  const out = new Set<string>()
  const text = ctx.view.text.slice(0, 3000)
  if (!text.includes('转发')) return out
  FORWARDER.lastIndex = 0
  for (let m = FORWARDER.exec(text); m; m = FORWARDER.exec(text)) out.add(m[1])
  return out
}

/** 兴县人民|政府信息公开: the government's own 政府 is shared with 政府信息公开 */
function withOwnGovernment(text: string, name: string, end: number): string {
  return name.endsWith('人民') && text.startsWith('政府', end) ? name + '政府' : name
}

/** the head of the text with inserted spam cut out, once per document (every sentence rule reads it) */
const cutCache = new WeakMap<Ctx, { limit: number; cut: CutText }>()
function cutText(ctx: Ctx, limit: number): CutText {
  const seen = cutCache.get(ctx)
  if (seen && seen.limit === limit) return seen.cut
  const cut = withoutInsertedSpam(ctx.view.text.slice(0, limit))
  cutCache.set(ctx, { limit, cut })
  return cut
}

/** the place in brackets right after a zone's kind (开发区(白洋街道)) */
const ZONE_KIND_BRACKET = /^[（(]([\u4e00-\u9fa5]{2,12}?)[)）]/

function scan(ctx: Ctx, re: RegExp, rule: string, confidence: number, limit: number): NameHit | null {
  // a spam brand inserted inside the name (由北京市<brand>:发展和改革委员会编制) is read around
  const { text, toView } = cutText(ctx, limit)
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // the name is the first group; the words before it never contain it
    const name = withoutDistrictWord(withoutLeadWords(m[1]))
    const at = text.indexOf(name, m.index)
    // a link to another report (上一篇：…, a related list's title line) names another body
    if (onLinkLine(ctx, toView(at))) continue
    const own = withOwnGovernment(text, name, at + name.length)
    // the body's second name in brackets after it, when the rule read one (not a template's note)
    const second = m[2] && text.startsWith(m[2], at + own.length) ? m[2] : ''
    const written = second && firstOfTwoNames((own + second).replace(/\n/g, '')) ? own + second : own
    // a break inside the name is read without it; the span keeps it
    const value = written.replace(/\n/g, '')
    // a notice's own words (关于印发青山县…的通知) are not a name
    if (/^(关于|印发|转发|现将|现公布)/.test(value)) continue
    // (nor an example's, 如南康市制定下发了《南康市…》: one of the place's own parts given as an example; set 50 of real pages)
    // (a known place after the word, none in the whole: 如皋市 stays a city)
    const example = /^(?:如|例如|比如|譬如)/.exec(value)
    if (example && divisionNamesAt(value.slice(example[0].length)).length > 0 && divisionNamesAt(value).length === 0) continue
    // a zone's kind alone with the place it shares its government with in brackets (现公布开发区(白洋街道)2009年…): the
    // kind names no zone, the bracket's place is the one named (wild-counts7 w033)
    const bracket = isBareZoneKind(value) ? ZONE_KIND_BRACKET.exec(text.slice(at + own.length)) : null
    if (bracket && isPlaceName(bracket[1])) {
      const s = at + own.length + 1
      return { value: bracket[1], start: toView(s), end: toView(s + bracket[1].length - 1) + 1, rule, confidence: confidence - 0.15, kind: 'place' }
    }
    const kind = creditableName(value)
    if (kind) return { value, start: toView(at), end: toView(at + written.length - 1) + 1, rule, confidence: kind === 'full' ? confidence : confidence - 0.15, kind }
  }
  return null
}

/** The first name an announcing, compiling or opening sentence gives, in the first part of the text. */
export function fromAnnouncement(ctx: Ctx): NameHit | null {
  const hit = scan(ctx, ANNOUNCE, 'agency.announcement', 0.8, 3000) ?? scan(ctx, REPORT_MADE, 'agency.announcement', 0.75, 3000)
    ?? scan(ctx, REPORT_AS_BASIS, 'agency.announcement', 0.75, 3000)
  return hit && branchCovered(ctx, compilerOfThePlace(ctx, hit))
}

/** a body right before 编制(了)《 (广西壮族自治区人民政府办公厅编制了《广西壮族自治区2013年…报告》), at the end of its clause */
const COMPILED_BY_BEFORE = /([\u4e00-\u9fa5]{4,30})(?:编制|编写)了?[《“"]?$/
/**
 * The place's own report announced (…编制了《广西壮族自治区2013年…年度报告》), the body that compiled it named right before:
 * that body, as the pages README credits a place-wide report to its compiler when the text names one (set 31 of real pages)
 */
function compilerOfThePlace(ctx: Ctx, hit: NameHit): NameHit {
  if (hit.kind !== 'place') return hit
  const t = ctx.view.text
  const from = Math.max(t.lastIndexOf('。', hit.start), t.lastIndexOf('，', hit.start), t.lastIndexOf(',', hit.start), t.lastIndexOf('\n', hit.start)) + 1
  const m = COMPILED_BY_BEFORE.exec(t.slice(from, hit.start))
  if (!m) return hit
  const value = withoutLeadWords(m[1])
  if (creditableName(value) !== 'full' || !value.startsWith(hit.value)) return hit
  const start = from + m.index + m[1].length - value.length
  return { ...hit, value, start, end: start + value.length, kind: 'full', confidence: 0.8 }
}

/**
 * A city bureau announced, and the same paragraph saying the report covers one of its branches (现公布2017年度梅州市公安局
 * 政府信息公开工作年度报告。…内容涵盖梅州市公安局梅县区分局2017年1月1日至12月31日期间的…情况): the branch's report
 */
function branchCovered(ctx: Ctx, hit: NameHit): NameHit {
  const t = ctx.view.text
  const end = t.indexOf('\n', hit.end)
  const paragraph = t.slice(hit.end, end < 0 ? t.length : end)
  const m = new RegExp(`(?:涵盖|反映|包括)${hit.value}([\\u4e00-\\u9fa5]{1,8}?分局)`).exec(paragraph)
  if (!m) return hit
  const start = hit.end + m.index + m[0].length - m[1].length - hit.value.length
  return { ...hit, value: hit.value + m[1], start, end: start + hit.value.length + m[1].length }
}

/**
 * A bureau's own office as the compiler (由沁阳市教育局办公室编制) when the text names the bureau itself at work (2015年，
 * 沁阳市教育局在…): the office drafted the bureau's report, the bureau is the body. A government's office (县人民政府办公室)
 * is a body of its own and stays.
 */
// (or one of its sections' offices: 由佛冈县公安局指挥中心办公室编制)
// (not a zone's committee read short, 管委 of 西咸新区空港新城管委会办公室: that office is the zone's own, as a government's is; set 59)
const BUREAU_OFFICE = /^(.{2,}?(?:局|委员会|委(?!会)|厅))[\u4e00-\u9fa5]{0,6}?办公室$/
export function bureauOfItsOffice(ctx: Ctx, hit: NameHit): NameHit {
  const m = BUREAU_OFFICE.exec(hit.value)
  if (!m || hit.kind !== 'full') return hit
  const t = ctx.view.text
  const bureau = { ...hit, value: m[1], end: hit.start + m[1].length }
  for (const name of withoutParents(m[1])) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      if (!t.startsWith('办公室', i + name.length) && !/[《“"]/.test(t.slice(Math.max(0, i - 1), i))) return bureau
    }
  }
  // (…or the text speaks as the bureau, 我局, and never as an office: 由乐山市林业和园林局办公室编制 … 我局; set 43 of real pages)
  const self = SELF_WORD[m[1].slice(-1) as keyof typeof SELF_WORD]
  if (self && self.test(t) && !/我办|本办|我室|本室/.test(t)) return bureau
  return hit
}
/**
 * a bureau's name, then the same without its higher places (南京市浦口区商务局, 浦口区商务局): the text may name the bureau
 * at work by its district alone (2020年，浦口区商务局紧密围绕…; set 59)
 */
function withoutParents(name: string): string[] {
  const names = [name]
  let rest = name
  for (const place of placeChain(regionOf(name) ?? '').slice(0, -1)) {
    if (!rest.startsWith(place)) break
    rest = rest.slice(place.length)
    names.push(rest)
  }
  return names
}
/** how a bureau, a commission or a department calls itself */
const SELF_WORD = { 局: /我局|本局/, 委: /我委|本委/, 会: /我委|本委/, 厅: /我厅|本厅/ }

/**
 * the place's government's department in charge, then its short name (昭通市人民政府信息公开主管部门市工业和信息化委员会; set 25
 * of real pages): the department, with the place its unit stands for
 */
const COMPETENT_DEPARTMENT = /^(.+?)(?:人民政府|政府)?(?:政府)?(?:信息公开|政务公开)(?:工作)?主管部门([市县区州旗])([\u4e00-\u9fa5]{2,20})$/
function namedAsCompetentDepartment(hit: NameHit): NameHit {
  const m = COMPETENT_DEPARTMENT.exec(hit.value)
  if (!m || !m[1].endsWith(m[2])) return hit
  const value = m[1] + m[3]
  return creditableName(value) === 'full' ? { ...hit, value, start: hit.end - m[3].length - 1, kind: 'full' } : hit
}

export function fromCompiler(ctx: Ctx): NameHit | null {
  const compiler = scan(ctx, COMPILER, 'agency.compiler', 0.8, 3000) ?? scan(ctx, COMPILER_INNER_BRACKET, 'agency.compiler', 0.8, 3000)
  if (compiler) return bureauOfItsOffice(ctx, namedAsCompetentDepartment(compiler))
  // (the report saying whose work it covers, 本报告内容主要为某州人民政府办公厅2012年度的政府信息公开工作情况: set 25 of real pages)
  const covers = scan(ctx, REPORT_COVERS, 'agency.report-covers', 0.75, 3000)
  if (covers && covers.kind === 'full') return covers
  // (only a body: 结合2019年高新区政府信息公开工作实际 names the zone's work, not who compiled it; wild-agency w025)
  const fromWork = scan(ctx, COMPILED_FROM_WORK, 'agency.compiler', 0.75, 3000)
  // (…or a named place, a zone-wide report: 结合天津港保税区政府信息公开情况编制; set 24 of real pages)
  if (fromWork && fromWork.kind === 'place' && !isBareZoneKind(fromWork.value)) return { ...fromWork, rule: 'agency.compiled-from-place', confidence: 0.6 }
  return fromWork && fromWork.kind === 'full' ? fromWork : null
}

export function fromBodyCompiles(ctx: Ctx): NameHit | null {
  return scan(ctx, BODY_COMPILES, 'agency.compiler', 0.75, 3000)
}

export function fromQuotedTitle(ctx: Ctx): NameHit | null {
  return scan(ctx, QUOTED_TITLE, 'agency.quoted-title', 0.75, 3000)
}

export function fromSentenceHead(ctx: Ctx): NameHit | null {
  return scan(ctx, SENTENCE_HEAD, 'agency.sentence-head', 0.7, 3000) ?? scan(ctx, SENTENCE_HEAD_YEAR_FIRST, 'agency.sentence-head', 0.7, 3000)
}

/**
 * The verbs a report's opening sentence gives its body (2020年，青山县林业局认真贯彻落实《条例》…; 在县委的领导下，
 * 青山县林业局深入推进…): the genre's set phrases of a body at work.
 */
// (及时完善 / 健全完善: 牛心镇人民政府及时完善了…领导小组; real page, session 13; 紧密结合: 2023年，县自然资源局紧密结合…, set 17;
// 坚决: 在2024年,某市经济合作局坚决贯彻…, set 57)
export const OPENING_VERB = '在|认真|深入|坚持|坚决|严格|紧紧围绕|紧扣|紧密结合|围绕|按照|根据|依据|进一步|高度重视|积极|全面|始终|持续|继续|不断|切实|扎实|大力|着力|聚焦|以|及时完善|健全完善'
/** (…X是主管全市…的市政府职能部门: the body introducing itself; fourth wild set; X是某区政府的派出机构: set 69) */
/** (…or the owner of the year's disclosure work, 2022年度，某县人民政府办公室政务公开工作本着…, working through a means,
 * 某局依托县政府门户网站…: wild-meta1 w037, as the short forms' OWN_WORK) */
const SUBJECT_VERB = `(?:\\d{4}年度?)?(?:全年|本年度?|共|累计)*(?:主动公开|主动发布|未收到|没有收到|共收到|收到|受理|未受理|未发生|没有发生|是(?:主管|负责|[^，,。；;\\d]{2,12}?的派出机构)|依托|借助|利用|(?:主要)?通过|(?:(?<!人民)政府信息公开|政务公开|信息公开)工作(?:在|按照|坚持|紧紧|严格|围绕|以|本着|运行)|${OPENING_VERB})`
// (its short form defined in brackets between, 公主岭市残疾人联合会(以下简称 “市残联”)在…: real page, session 13)
const BODY_AS_SUBJECT = new RegExp(`(?:^|[，,。；;：:\\n])${NAME}(?=${ALIAS}${SUBJECT_VERB})`, 'g')
/** …or after the year with no comma (2021年信州区人民政府政务公开工作坚持…: set 44 of real pages) */
const BODY_AFTER_YEAR = new RegExp(`(?:^|[，,。；;：:\\n])\\d{4}年度?${NAME}(?=${ALIAS}${SUBJECT_VERB})`, 'g')
/**
 * a township's own disclosure work opening the year's account (2022年，河东乡政府信息公开工作在县委…领导下): the
 * place is read before 政府信息公开, only for a township (a county's sentence may open a department's report)
 */
const TOWNSHIP_WORK = '(?<=(?:镇|乡|街道|苏木))(?:政府信息公开|政务公开|政务信息公开)工作'
/**
 * a place alone opening the year's account (2020年，青山乡继续把…): a township's or a place-wide report; also opened with
 * 以来 (2022年以来，丰收乡在县委…; wild-final4 w001) or with no comma, then only a township whole (2017年五常街道根据《条例》…;
 * wild-agency9 w040)
 */
const TOWNSHIP_WHOLE = /(?:镇|乡|街道|苏木)$/
// (its superiors' guidance between, 2021年，在区委区政府的正确领导下，体育馆路街道认真…: tenth set of real pages)
// (…or counting the year's items or requests, 2019年，某市共收到申请19件, 2022年某街道接到依申请公开2件: sets 69 and 74)
const PLACE_OPENS_YEAR = new RegExp(`(?:^|[。\\n])\\d{4}年度?(?:以来)?[，,]?(?:在[^，,。；;]{2,30}?(?:领导|指导)下[，,])?${NAME}(?=${OPENING_VERB}|${TOWNSHIP_WORK}|共?(?:主动公开|收到|受理|接到))`, 'g')
/** a township whole opening the overview with no year before it (一、总体情况⏎良渚街道认真贯彻…; set 19 of real pages) */
const TOWNSHIP_OPENS_OVERVIEW = new RegExp(`(?:^|\\n)\\s*一[、.．]\\s*(?:总体情况|概述)\\s*\\n\\s*([\\u4e00-\\u9fa5]{2,8}?(?:镇|乡|街道|苏木))(?=${OPENING_VERB})`, 'g')
/**
 * a township's government opening the year's account with no comma (2019年福禄镇政府严格按照…; set 23 of real pages): the
 * body as written
 */
const TOWNSHIP_GOVERNMENT_OPENS_YEAR = new RegExp(`(?:^|[。\\n])\\s*\\d{4}年度?[，,]?([\\u4e00-\\u9fa5]{2,8}?(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处))(?=${OPENING_VERB})`, 'g')
/** a township's party committee and government as one subject (2016年青龙乡党委政府高度重视…; fourth wild set) */
// (a street's party working committee and its office, 2025年，新开河街道党工委、办事处按照…: tenth set of real pages)
const TOWNSHIP_PARTY_GOVERNMENT = new RegExp(`(?:^|[。\\n])\\d{4}年度?[，,]?([\\u4e00-\\u9fa5]{2,8}?(?:镇|乡|街道|苏木))(?:党委政府|党委、政府|党委和政府|党工委、办事处|党工委和办事处)(?=${OPENING_VERB})`, 'g')

/**
 * a zone's body with the zone's second name in brackets inside it (青岭国家高新区（新材料科技城）管委会办公室), as the
 * subject of the year's work (…管委会办公室政务公开工作按照…; wild pages): NAME stops at brackets, so it is read here
 */
const ZONE_NICKNAMED_BODY = new RegExp(
  `(?:^|[，,。；;：:\n])((?!\d)[\u4e00-\u9fa5]{2,8}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|新区|实验区|试验区)[（(][\u4e00-\u9fa5]{2,10}[）)][\u4e00-\u9fa5]{0,6}?(?:管理委员会|管委会)(?:办公室)?)`
  + `(?=${SUBJECT_VERB}|(?:政府信息公开|政务公开|政务信息公开)工作)`, 'g')

/**
 * a party committee opening a sentence (开发区党工委高度重视…, 镇党委…): it leads the work, but a government
 * disclosure report is never its own (wild pages: a zone's 党工委 was taken for the zone's body)
 */
const PARTY_ORGAN = /(?:党工委|党委|党组)$/
const PARTY_AND_GOVERNMENT = /(?:党工委|党委)(?:和|及|、)?(?:人民)?政府$/
const BREAKDOWN_PART = /^(?:其中|包括|含)/

/** each first group of `re` in `text` that is a name of `kind`: a body (agency.subject) or a place (agency.subject-place) */
function subjectsMatched(re: RegExp, text: string, kind: 'full' | 'place'): NameHit[] {
  const out: NameHit[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = text.indexOf(m[1], m.index)
    if (creditableName(m[1]) !== kind) continue
    out.push(kind === 'full'
      ? { value: m[1], start: at, end: at + m[1].length, rule: 'agency.subject', confidence: 0.6, kind }
      : { value: m[1], start: at, end: at + m[1].length, rule: 'agency.subject-place', confidence: 0.5, kind })
  }
  return out
}

/**
 * A body with its place as the subject of the report's own statements (2023年，西兴镇人民政府未收到政府信息
 * 公开申请; 石台县林业局累计主动公开…): taken only when one such body is the subject — an aggregate
 * report whose sentences have several bodies as subjects names none of them. Failing a body, a place alone
 * that opens the year's account.
 */
export function fromSubject(ctx: Ctx): NameHit | null {
  const text = ctx.view.text.slice(0, 3000)
  const hits: NameHit[] = []
  for (const re of [BODY_AS_SUBJECT, BODY_AFTER_YEAR]) for (const m of text.matchAll(re)) {
    // (…共收到申请312件，其中市政府办公室收到27件，市直部门…: one part of a breakdown, not the report's body)
    if (BREAKDOWN_PART.test(m[1])) continue
    const name = withoutDistrictWord(withoutLeadWords(m[1]))
    const at = text.indexOf(name, m.index)
    // (a party committee, or it and its government as one subject, 东禾乡党委政府高度重视…: the township's place, read below)
    if (creditableName(name) !== 'full' || name.includes('、') || PARTY_ORGAN.test(name) || PARTY_AND_GOVERNMENT.test(name)) continue
    hits.push({ value: name, start: at, end: at + name.length, rule: 'agency.subject', confidence: 0.6, kind: 'full' })
  }
  hits.push(...subjectsMatched(TOWNSHIP_GOVERNMENT_OPENS_YEAR, text, 'full'), ...subjectsMatched(ZONE_NICKNAMED_BODY, text, 'full'))
  const names = new Set(hits.map((h) => h.value))
  if (names.size === 1) return hits[0]
  // one body written in full and short (番禺经济技术开发区管委会 / 番禺经开区管委会, wild pages), or with and without its
  // higher places (北京市西城区政务服务管理局 / 西城区政务服务管理局; set 24 of real pages): the full name
  const longest = hits.length ? hits.reduce((a, b) => (b.value.length > a.value.length ? b : a)) : null
  const shortOf = (n: string, full: string): boolean => {
    if (n.slice(0, 2) === full.slice(0, 2) && n.slice(-1) === full.slice(-1) && abbreviates(n, full)) return true
    const place = regionOf(n)
    if (full.endsWith(n) && place !== null && place !== n) return true
    // (…or its place abbreviated before the same organ, 高新区城市管理局 / 郑州高新技术产业开发区管委会城市管理局: set 98)
    let common = 0
    while (common < n.length && n[n.length - 1 - common] === full[full.length - 1 - common]) common++
    const head = n.slice(0, n.length - common)
    return common >= 3 && head.length >= 2 && /[省市县区州旗镇乡]$/.test(head) && abbreviates(head, full.slice(0, full.length - common))
  }
  if (longest && [...names].every((n) => n === longest.value || shortOf(n, longest.value))) return longest
  if (names.size > 1) return null
  const places: NameHit[] = []
  PLACE_OPENS_YEAR.lastIndex = 0
  for (let m = PLACE_OPENS_YEAR.exec(text); m; m = PLACE_OPENS_YEAR.exec(text)) {
    const at = text.indexOf(m[1], m.index)
    // (with no comma after the year, only a township whole: 2024年前进街严格按照… writes a street's short name, not
    // the 前进街街道 of the title; wild-counts3 w017)
    if (!/[，,]/.test(m[0]) && !TOWNSHIP_WHOLE.test(m[1])) continue
    // (a zone's kind alone, 2022年，开发区坚持…, is no place: the zone's name is missing; wild pages)
    if (creditableName(m[1]) === 'place' && !isBareZoneKind(m[1])) places.push({ value: m[1], start: at, end: at + m[1].length, rule: 'agency.subject-place', confidence: 0.5, kind: 'place' })
  }
  places.push(...subjectsMatched(TOWNSHIP_OPENS_OVERVIEW, text, 'place'), ...subjectsMatched(TOWNSHIP_PARTY_GOVERNMENT, text, 'place'))
  return new Set(places.map((h) => h.value)).size === 1 ? places[0] : null
}

/**
 * A place-wide report compiled from its parts: 本年度报告…综合2020年度青山市各县（市、区）政府和市级各部门的
 * 政府信息公开年度工作报告编制而成, 汇总2014年度东河镇的政府信息公开年度报告编制而成 — the place is the report's body.
 */
const AGGREGATE_OF = new RegExp(`(?:综合|汇总)${YEAR}${NAME}(?=各|所属|下辖|辖区|的)`, 'g')
/**
 * (the Beijing template: 在2016年度北京市各区人民政府和北京市政府各委、办、局的政府信息公开工作年度报告的基础上编制;
 * 在2015年度东城区人民政府各街道办事处、各委办局的…基础上编制; real pages, session 13)
 */
const ON_THE_BASIS_OF = new RegExp(`在${YEAR}${NAME}(?:人民政府)?(?=各|所属|下辖)[^。；;]{0,80}?基础上`, 'g')
/** (a place's governments at every level as the overview's subject: 海南省各级政府重视政府信息公开工作…; real page, session 13) */
const ALL_LEVELS_OF = new RegExp(`(?:^|[\\n。])\\s*(?:[一二三四五六七八九十]、[^\\n]{0,8}\\n)?${NAME}(?=各级(?:人民)?政府|各级行政机关)`, 'g')

/**
 * (…or compiled from their reports, named after the rules: 本年报根据《条例》以及2009年度厦门市各级人民政府和厦门市政府各
 * 工作部门的政府信息公开年度报告编制; set 11 of real pages)
 */
const FROM_REPORTS_OF = new RegExp(`(?:以及|和|及)${YEAR}${NAME}(?=各级(?:人民)?政府)[^。；;]{0,80}?(?:报告|年报)(?:编制|汇总)`, 'g')

export function fromAggregate(ctx: Ctx): NameHit | null {
  const text = ctx.view.text.slice(0, 3000)
  for (const re of [AGGREGATE_OF, ON_THE_BASIS_OF, ALL_LEVELS_OF, FROM_REPORTS_OF]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = text.indexOf(m[1], m.index)
      if (creditableName(m[1]) === 'place') return { value: m[1], start: at, end: at + m[1].length, rule: 'agency.aggregate-place', confidence: 0.6, kind: 'place' }
    }
  }
  return null
}

/**
 * A place-wide report whose body speaks as 我区/我县/我市 and names its place only in the plan it drew up for the year's
 * work (结合我区实际，制定了《2018年和平区政务公开重点工作安排》; set 24 of real pages): the place, its unit the one it says
 * of itself. A plan it follows (根据《…》) is a superior's, and is not read.
 */
const OWN_PLACE_PLAN = /我([区县市旗镇乡])[^。；;]{0,24}?(?:制定|印发|出台|编制)(?:并印发)?了?《(?:\d{4}年度?)?([\u4e00-\u9fa5]{2,12}?)(?:\d{4}年度?)?(?:政务公开|政府信息公开|信息公开)/g
/**
 * …and a body saying 我局/我委 that names itself only in the rules it drew up (我局制定了《九江县国土资源局网站信息发布制度》;
 * set 27 of real pages, as the pages' gold p026 reads a body named in its own work plan): the body, its organ word the
 * one it says of itself
 */
const OWN_BODY_RULES = /我([局委办厅])[^。；;]{0,24}?(?:制定|印发|出台|编制|修订)(?:并印发)?了?《(?:\d{4}年度?)?([\u4e00-\u9fa5]{4,24}?[局委办厅])(?:\d{4}年度?)?[^》]{0,30}》/g
/** the two ways a report names its own body only in a document it drew up, each read the same way */
const OWN_DOCUMENTS: [RegExp, 'full' | 'place', string][] = [[OWN_BODY_RULES, 'full', 'agency.own-rules'], [OWN_PLACE_PLAN, 'place', 'agency.own-place-plan']]
export function fromOwnDocuments(ctx: Ctx): NameHit | null {
  const text = ctx.view.text.slice(0, 3000)
  for (const [re, kind, rule] of OWN_DOCUMENTS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[2]
      if (!name.endsWith(m[1]) || creditableName(name) !== kind) continue
      const at = m.index + m[0].lastIndexOf(name)
      return { value: name, start: at, end: at + name.length, rule, confidence: 0.5, kind }
    }
  }
  return null
}
