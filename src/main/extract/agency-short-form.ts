/**
 * A body that names itself short (issue 12, perturbation 'short-form'): 县政府2012年政府信息公开工作年度报告,
 * 本报告由县政府办公室编制 — its unit's character and its organ words, without its place. Where the text writes
 * the full name once (平潭县人民政府 in the signature, 光山县人民政府办公室 in a notice's name), that is the
 * body: a name of a place of that unit whose organ words the short form abbreviates (政府 in 人民政府), the
 * one such name. Without it, the report's body is that office, not the place alone a weaker rule would give.
 * Under a place's title (平潭综合实验区2011年…, 发布机构：区管委会办公室) the full name must be of that place.
 */
import { organNamesInText } from './agency-candidates'
import { creditableName } from './agency-names'
import { abbreviates } from './agency-names'
import { OPENING_VERB } from './agency-sentences'
import type { Ctx } from './context'
import { placeChain, regionOf } from './region-name'
import type { TitleHit } from './profile-fields'

const UNIT = '(?:省|市|县|区|州|旗|镇|乡|街道)'
const ORGAN = '(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府办|政府|办公室|办公厅|委员会|管委会|局|委|厅|中心)'
/** a short form whole: the unit, at most a few words, an organ word (县政府, 区财政局, 市政府办公室) */
const SHORT = new RegExp(`^${UNIT}[\\u4e00-\\u9fa5]{0,14}?${ORGAN}$`)
/**
 * a body written as its kind alone, with no unit of a place (信访局, 教育局, 外經貿局; pages p127): a bureau or a
 * commission, not an office (局办公室) nor the text's own pronoun (我局, 本局, 该局)
 */
const BARE = '(?![我本该全各此其局])[\\u4e00-\\u9fa5]{2,6}?(?:局|委员会)'
const BARE_WHOLE = new RegExp(`^${BARE}$`)
/** a short name: the unit and an organ word (县统计局), or a body's kind alone (信访局) */
const NAME = `(?:${UNIT}[\\u4e00-\\u9fa5]{0,14}?${ORGAN}|${BARE})`
/** where a report names its own body: the head of its title, the compiler, the announcing sentence */
const IN_TITLE = new RegExp(`^(${NAME})(?:关于)?(?:\\d{4}|[〇○零一二三四五六七八九]{4})年`)
/** a title that puts its year first (2017年度区卫计局政府信息公开工作报告) */
const IN_TITLE_AFTER_YEAR = new RegExp(`^(?:\\d{4}|[〇○零一二三四五六七八九]{4})年度?(${NAME})(?:政府)?信息公开`)
/** a page's 来源/发布机构 row naming the body short (发布机构：区管委会办公室), also as a flattened table's cells
 * (发布机构 | 区教育局 |, ninth wild pass: wild-counts4 w029) */
const IN_SOURCE = new RegExp(`(?:来源|信息来源|发布机构|发布单位)(?:[:：]|\\s*\\|)\\s*(${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN})(?=[^\\u4e00-\\u9fa5]|时间|日期|发布|作者|$)`, 'g')
/** the compiler of this report (由县政府办公室编制, 由县政府办公室根据《条例》编制) or its announcer (现将县政府2020年…,
 * 现将住建局政务信息公开2009年工作总结…: ninth wild pass);
 * not a superior at work in the text (由县政府办公室负责统筹, 根据县政府办公室要求) */
const IN_SENTENCE = new RegExp(`(?:由(${NAME})(?:(?:根据|依据|按照|结合)[^。，,；;]{0,30}?)?(?:编制|编写)|(?:现将|现公布|特向社会公布)(${NAME})(?:\\d{4}年|(?:政务|政府)信息公开))`, 'g')

const UNIT_HEAD = new RegExp(`^${UNIT}`)
const LAST_UNIT = /(?:自治区|自治州|自治县|街道|苏木|省|市|县|区|州|旗|镇|乡|盟)$/
const ORGAN_TAIL = new RegExp(`${ORGAN}$`)

export interface ShortBody { value: string; start: number; end: number }

/**
 * A body's kind alone that the view glued to a word a space stood before (成人直播 教育局 → 成人直播教育局): on spam
 * mirrors a brand replaces the place and the kind is left after a space (pages README: not reconstructed; ninth
 * wild pass, wild-counts4 w037). Read as one word it would be a name nobody wrote; none is taken.
 */
export function kindAfterSpace(ctx: Ctx, value: string, start: number, end: number): boolean {
  if (UNIT_HEAD.test(value) || ctx.view.text.slice(start, end) !== value) return false
  const map = ctx.view.toClean
  for (let i = start + 2; i <= end - 3; i++) {
    // (a space squeezed out between i-1 and i, the kind alone after it)
    if (map.at(i) - map.at(i - 1) > 1 && BARE_WHOLE.test(value.slice(i - start))) return true
  }
  return false
}

/** The short form the report names its own body by, in its title or its opening sentences; null when none. */
/** an organ word typed twice (区自然资源局局认真落实…, third wild set): the name once */
const DOUBLED_TAIL = /(局|委|厅)\1$/
function undoubled(v: string): string {
  return DOUBLED_TAIL.test(v) ? v.slice(0, -1) : v
}

/** a short name as this module reads one: a unit and an organ word, or a body's kind alone; no place in it */
function isShortName(v: string): boolean {
  return (SHORT.test(v) || BARE_WHOLE.test(v)) && regionOf(v) === null
}

export function shortFormBody(ctx: Ctx, title: TitleHit | null): ShortBody | null {
  const t = title && (IN_TITLE.exec(title.value) ?? IN_TITLE_AFTER_YEAR.exec(title.value))
  if (t && isShortName(t[1])) {
    const at = ctx.view.text.indexOf(t[1], title!.line.start)
    return { value: t[1], start: at, end: at + t[1].length }
  }
  const text = ctx.view.text.slice(0, 3000)
  for (const re of [IN_SENTENCE, IN_SOURCE]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = m[1] ?? m[2]
      if (!isShortName(v)) continue
      const at = m.index + m[0].indexOf(v)
      return { value: v, start: at, end: at + v.length }
    }
  }
  return null
}

/**
 * the common abbreviations of a department's name (人社局 for 人力资源和社会保障局, 卫健委 for 卫生健康委员会): a short
 * form and its full name written in the same text are the same body (fourth wild set: 县人社局 over 安义县人力资源和
 * 社会保障局办公室 in the contact)
 */
// (the longer first: 卫生计生 before 计生)
const ABBREVIATIONS: readonly [string, string][] = [
  ['卫生计生', '卫生和计划生育'], ['食药监', '食品药品监督管理'], ['安监', '安全生产监督管理'], ['环保', '环境保护'], ['医保', '医疗保障'],
  ['人社', '人力资源和社会保障'], ['卫健', '卫生健康'], ['卫计', '卫生和计划生育'], ['住建', '住房和城乡建设'],
  ['市场监管', '市场监督管理'], ['发改', '发展和改革'], ['工信', '工业和信息化'], ['城管', '城市管理'],
  ['自规', '自然资源和规划'], ['文旅', '文化和旅游'], ['文广旅', '文化广电和旅游'], ['民宗', '民族宗教'], ['科技', '科学技术'],
]

/** the organ words with an abbreviation spelled out (人社局 → 人力资源和社会保障局), or null when none applies */
export function spelledOut(organ: string): string | null {
  for (const [ab, full] of ABBREVIATIONS) {
    const at = organ.indexOf(ab)
    if (at >= 0) return organ.slice(0, at) + full + organ.slice(at + ab.length).replace(/^委$/, '委员会')
  }
  return null
}

/** `full` is the organ words of `organ` written out: its characters in order, at most 人民 more, or its abbreviation spelled */
function sameOrgan(organ: string, full: string): boolean {
  const last = ORGAN_TAIL.exec(organ)![0].slice(-1)
  if (full.endsWith(last) && full.length - organ.length <= 2 && abbreviates(organ, full)) return true
  const spelled = spelledOut(organ)
  return spelled !== null && (full === spelled || (full.length - spelled.length <= 2 && abbreviates(spelled, full) && full.endsWith(last)))
}

/**
 * A short form whose abbreviation the text also writes out with the same unit (区人社局 and 区人力资源和社会保障局
 * 政府信息公开工作实际编制而成): the written-out name, the report's own words for its body.
 */
export function spelledOutBody(ctx: Ctx, short: ShortBody): ShortBody | null {
  const unit = UNIT_HEAD.exec(short.value)?.[0] ?? ''
  const spelled = spelledOut(short.value.slice(unit.length))
  if (!spelled) return null
  const name = unit + spelled
  const text = ctx.view.text
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // not the tail of a longer name with its place (北禾县人力资源和社会保障局 holds 县人力资源和社会保障局)
    if (regionOf(text.slice(Math.max(0, at - 6), at + name.length)) !== null) continue
    // (a national body's name with its 国家, 安监总局 written out as 国家安全生产监督管理总局: the whole name; set 63)
    if (!unit && /(?:国家|中国)$/.test(text.slice(0, at))) return { value: text.slice(at - 2, at) + name, start: at - 2, end: at + name.length }
    return { value: name, start: at, end: at + name.length }
  }
  return null
}

/**
 * A name with its place whose organ is abbreviated (定远县卫生计生委) and the text writes it out once with the same place
 * (2014年，定远县卫生和计划生育委员会（…）认真…): the written-out name (session-12 blind batch: the writer took it).
 */
export function spelledOutWithPlace(ctx: Ctx, name: string): ShortBody | null {
  const place = regionOf(name)
  const spelled = place ? spelledOut(name.slice(place.length)) : null
  if (!place || !spelled) return null
  const full = place + spelled
  const text = ctx.view.text
  for (let at = text.indexOf(full); at >= 0; at = text.indexOf(full, at + 1)) {
    // written so on its own, not as the tail of a name with more places (杭州市余杭区市场监督管理局 for 余杭区市场监管局:
    // which of the parents to keep is the title's, pages p050)
    if (/[省市县区州旗盟]$/.test(text.slice(0, at))) continue
    return { value: full, start: at, end: at + full.length }
  }
  return null
}

/** the place's last unit has a name of its own, not a sentence's words (年度市统计局, 大余县镇政府, 编制市城管执法局) */
/** (结合市市场监督管理局…工作情况编制本报告: a verb the genre puts before its body, not a place's name; wild-agency9 w044) */
/** (调整充实区水利局政府信息公开工作领导小组: the verbs that set up or staff its own group, wild-counts10 w003) */
/** (重新对区教育局的权力清单…进行梳理: an adverb and 对 before the body's short form, set 59) */
const VERB_HEAD = /^(?:结合|根据|依据|按照|对照|围绕|针对|通过|经过|关于|调整|充实|成立|组建|设立|建立|健全|完善|加强|明确|重新|再次|进一步|全面|认真|对)/
/** (及时更新区政府办公室政府信息公开指南: a sentence's verb before the short form, 时更新 read as a district; set 60) */
const VERB_INSIDE = /(更新|公开|发布|印发|转发|修订|落实|推进|开展|做好|及时)/
function ownNamed(place: string, unit: string): boolean {
  const chain = placeChain(place)
  const own = (chain[chain.length - 1] ?? '').slice(0, -unit.length)
  return own.length >= 2 && !/[年度我本该全各其此每的了在和与及编制据]/.test(own) && !VERB_HEAD.test(own) && !VERB_INSIDE.test(own)
}

/** The one full name the text writes for the short form (县政府 → 平潭县人民政府), or null when none or several. */
export function fullFormOf(ctx: Ctx, short: string, ofPlace: string | null = null): { value: string; start: number; end: number } | null {
  const head = UNIT_HEAD.exec(short)
  if (!head) return bareFullForm(ctx, short, ofPlace)
  const unit = head[0]
  const organ = short.slice(unit.length)
  const fits = organNamesInText(ctx).filter((f) => {
    const place = regionOf(f.value)
    if (!place || !place.endsWith(unit) || creditableName(f.value) !== 'full' || !ownNamed(place, unit)) return false
    if (ofPlace && !place.endsWith(ofPlace) && !ofPlace.endsWith(place)) return false
    // the same organ, its words in order, at most 人民 more (县政府办公室 ↔ 光山县人民政府办公室), or abbreviated
    // (县人社局 ↔ 安义县人力资源和社会保障局)
    return sameOrgan(organ, f.value.slice(place.length))
  })
  const names = new Set(fits.map((f) => f.value))
  return names.size === 1 ? fits[0] : null
}

/**
 * Whether the text writes a full name for the short form at all, one or several (两城镇人民政府党政办公室 for
 * 镇政府党政办公室; 青山县林业局、青山县民政局 for 林业局): then the short form is not the body "whose full name the text
 * never writes", and the choice is left to the reviewer.
 */
export function fullNameWritten(ctx: Ctx, short: string): boolean {
  const unit = UNIT_HEAD.exec(short)?.[0] ?? ''
  const organ = short.slice(unit.length)
  return organNamesInText(ctx).some((f) => {
    const place = regionOf(f.value)
    // (a place of its own name: not the short form after a sentence's word, 年县统计局, 编制市城管局)
    const unitOf = place && LAST_UNIT.exec(place)
    if (!place || !unitOf || !ownNamed(place, unitOf[0]) || f.value === short || creditableName(f.value) !== 'full') return false
    // (a superior of another level is not the short form written out: 四川省乡村振兴局 for 县乡村振兴局, ninth wild pass)
    if (unit && unitOf[0] !== unit) return false
    return sameOrgan(organ, f.value.slice(place.length)) || f.value.slice(place.length).endsWith(organ)
  })
}

/** a body's kind alone (信访局) written once with its place before it (青山县信访局): that name, the one such */
function bareFullForm(ctx: Ctx, kind: string, ofPlace: string | null): { value: string; start: number; end: number } | null {
  const fits = organNamesInText(ctx).filter((f) => {
    if (!f.value.endsWith(kind) || f.value.length === kind.length) return false
    const place = f.value.slice(0, -kind.length)
    // (not one of joint bodies, 青山县林业局、青山县民政局: the report is theirs, not the one's)
    if (ctx.view.text.startsWith('、', f.end) || ctx.view.text[f.start - 1] === '、') return false
    return regionOf(f.value) === place && creditableName(f.value) === 'full' && (!ofPlace || place.endsWith(ofPlace) || ofPlace.endsWith(place))
  })
  return new Set(fits.map((f) => f.value)).size === 1 ? fits[0] : null
}

/**
 * A short form opening the year's account as its subject (2023年，市自然资源和规划局认真贯彻…, wild pages), or a
 * paragraph's (一、总体情况⏎市统计局认真贯彻…, fourth wild set), or the clause after the rules it follows (根据…相关要求，市卫生健康局
 * 高度重视…, third and ninth wild sets): the report's body, whose full name the text may
 * write elsewhere (《东阳市自然资源和规划局…机制》, 单位：东阳市…局).
 */
/** (…原则，2014年，省人社厅通过…: a year's clause after a comma; 2020年，在区委、区政府的正确领导下，区国资委贯彻落实…: the
 * clause of its superiors' guidance between; tenth wild pass, wild-counts w040, wild-agency7 w034) */
/** (…or after a part's label, 依申请公开情况：市发改局不断提升…, or the year's word, 本年度市发改委按照…: wild-agency10 w013, w014) */
/** (…or the owner of the year's disclosure work as its subject: 2010年，县卫生局政府信息公开工作在县委、县政府的领导下…; wild-final w035) */
/** (…政务信息工作紧紧围绕…: wild-final4 w007) */
/** (…or the year's end it counts to, 截至2018年底，县商务局依托…: set 42 of real pages) */
const OWN_WORK = '(?:政府信息公开|政务公开|政务信息公开|信息公开|政务信息)工作(?:在|按照|坚持|紧紧|严格|围绕|以)'
/** (…since the rules took effect, 自《条例》实施以来，县统计局高度重视…; or working through a means, 2011年，省文化厅借助省政府
 * 门户网站…: wild-final2 w044, w028; the year with no comma after it, 2023年度区教育局通过门户网站…: wild-agency9 w027) */
// (…or its work said with 的, 2021年，县卫生健康局的政府信息公开工作严格…: the name stops before 的; set 107 of real pages)
const IN_SUBJECT = new RegExp(`(?:^|[。\\n]|(?:要求|规定|精神|部署|以来)[，,]|[，,](?=\\d{4}年)|情况[:：])(?:\\d{4}年度?[，,]?|(?:本年度|本年|今年)[，,]?|(?:截至|截止)(?:到)?\\d{4}年(?:底|末|12月31日)[，,])?(?:在[^，,。；;]{2,30}?(?:领导|指导)下[，,])?(${UNIT}(?:(?!的)[\\u4e00-\\u9fa5]){0,8}?${ORGAN})(?=${OPENING_VERB}|通过|贯彻|借助|依托|利用|的?${OWN_WORK})`, 'g')

/**
 * (…or its kind alone opening the year's account, 2024年，教育局深入贯彻…, in a text that calls itself by that kind,
 * 我局: the body as written, pages p127's 外經貿局; wild-final w017)
 */
const IN_SUBJECT_BARE = new RegExp(`(?:^|[。\\n])\\d{4}年度?[，,](?:在[^，,。；;]{2,30}?(?:领导|指导)下[，,])?(${BARE})(?=${OPENING_VERB}|通过|贯彻|${OWN_WORK})`, 'g')
/**
 * (…or a zone's committee by its kind alone, 2021年，开发区管委会政务信息工作紧紧围绕…, in a text that speaks of the zone
 * by that kind again: the body as written, its region unknown; wild-final4 w007)
 */
const ZONE_KIND = '(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区|产业园区|新区)'
const IN_SUBJECT_ZONE = new RegExp(`(?:^|[。\\n])\\d{4}年度?[，,](?:在[^，,。；;]{2,30}?(?:领导|指导)下[，,])?(${ZONE_KIND}(?:管委会|管理委员会))(?=${OPENING_VERB}|通过|贯彻|${OWN_WORK})`, 'g')
const SELF_BUREAU = /[我本]局/
const SELF_COMMISSION = /[我本]委/

export function shortSubjectBody(ctx: Ctx): ShortBody | null {
  const text = ctx.view.text.slice(0, 3000)
  IN_SUBJECT.lastIndex = 0
  for (let m = IN_SUBJECT.exec(text); m; m = IN_SUBJECT.exec(text)) {
    // (a bureau's party committee as the subject, 市公安局党委高度重视…: the bureau, not a commission 党委; set 12)
    const v = undoubled(m[1]).replace(/(局|委员会|厅)党(?:委|组)$/, '$1')
    if (!SHORT.test(v) || regionOf(v) !== null) continue
    const at = m.index + m[0].indexOf(v)
    return { value: v, start: at, end: at + v.length }
  }
  IN_SUBJECT_BARE.lastIndex = 0
  for (let m = IN_SUBJECT_BARE.exec(text); m; m = IN_SUBJECT_BARE.exec(text)) {
    const v = m[1]
    if (!BARE_WHOLE.test(v) || regionOf(v) !== null || !(v.endsWith('局') ? SELF_BUREAU : SELF_COMMISSION).test(text)) continue
    const at = m.index + m[0].lastIndexOf(v)
    return { value: v, start: at, end: at + v.length }
  }
  IN_SUBJECT_ZONE.lastIndex = 0
  for (let m = IN_SUBJECT_ZONE.exec(text); m; m = IN_SUBJECT_ZONE.exec(text)) {
    const v = m[1]
    const kind = v.replace(/(?:管委会|管理委员会)$/, '')
    // (the zone spoken of by its kind again, 开发区对…, or as 我区/本区: the text's own zone, not one it passes)
    if (text.split(kind).length - 1 < 2 && !/[我本]区/.test(text)) continue
    const at = m.index + m[0].lastIndexOf(v)
    return { value: v, start: at, end: at + v.length }
  }
  return null
}

/**
 * the body a reader is told to contact written as its kind alone (请联系医疗保障局, 可与教育局联系), whose one full name with
 * its place the text writes too (尚志市医疗保障局于市政府门户网站…): that name (ninth set of real pages)
 */
const BARE_CONTACT = new RegExp(`(?:请与|可与|请联系|可联系)(${BARE})(?=联系|[，,。；;：:（(\\s]|地址|电话)`, 'g')
export function contactBareFullForm(ctx: Ctx): ShortBody | null {
  const text = ctx.view.text.slice(0, 3000)
  for (const m of text.matchAll(BARE_CONTACT)) {
    const full = regionOf(m[1]) === null ? bareFullForm(ctx, m[1], null) : null
    if (full) return full
  }
  return null
}
