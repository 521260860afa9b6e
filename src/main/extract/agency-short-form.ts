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
const SHORT = new RegExp(`^${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN}$`)
/** where a report names its own body: the head of its title, the compiler, the announcing sentence */
const IN_TITLE = new RegExp(`^(${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN})(?:关于)?(?:\\d{4}|[〇○零一二三四五六七八九]{4})年`)
/** a page's 来源/发布机构 row naming the body short (发布机构：区管委会办公室) */
const IN_SOURCE = new RegExp(`(?:来源|信息来源|发布机构|发布单位)[:：]\\s*(${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN})(?=[^\\u4e00-\\u9fa5]|时间|日期|发布|作者|$)`, 'g')
/** the compiler of this report (由县政府办公室编制, 由县政府办公室根据《条例》编制) or its announcer (现将县政府2020年…);
 * not a superior at work in the text (由县政府办公室负责统筹, 根据县政府办公室要求) */
const IN_SENTENCE = new RegExp(`(?:由(${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN})(?:(?:根据|依据|按照|结合)[^。，,；;]{0,30}?)?(?:编制|编写)|(?:现将|现公布|特向社会公布)(${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN})\\d{4}年)`, 'g')

const UNIT_HEAD = new RegExp(`^${UNIT}`)
const ORGAN_TAIL = new RegExp(`${ORGAN}$`)

export interface ShortBody { value: string; start: number; end: number }

/** The short form the report names its own body by, in its title or its opening sentences; null when none. */
export function shortFormBody(ctx: Ctx, title: TitleHit | null): ShortBody | null {
  const t = title && IN_TITLE.exec(title.value)
  if (t && SHORT.test(t[1]) && regionOf(t[1]) === null) {
    const at = ctx.view.text.indexOf(t[1], title!.line.start)
    return { value: t[1], start: at, end: at + t[1].length }
  }
  const text = ctx.view.text.slice(0, 3000)
  for (const re of [IN_SENTENCE, IN_SOURCE]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = m[1] ?? m[2]
      if (!SHORT.test(v) || regionOf(v) !== null) continue
      const at = m.index + m[0].indexOf(v)
      return { value: v, start: at, end: at + v.length }
    }
  }
  return null
}

/** the place's last unit has a name of its own, not a sentence's words (年度市统计局, 大余县镇政府) */
function ownNamed(place: string, unit: string): boolean {
  const chain = placeChain(place)
  const own = (chain[chain.length - 1] ?? '').slice(0, -unit.length)
  return own.length >= 2 && !/[年度我本该全各其此每的了在和与及]/.test(own)
}

/** The one full name the text writes for the short form (县政府 → 平潭县人民政府), or null when none or several. */
export function fullFormOf(ctx: Ctx, short: string, ofPlace: string | null = null): { value: string; start: number; end: number } | null {
  const unit = UNIT_HEAD.exec(short)![0]
  const organ = short.slice(unit.length)
  const last = ORGAN_TAIL.exec(organ)![0].slice(-1)
  const fits = organNamesInText(ctx).filter((f) => {
    const place = regionOf(f.value)
    if (!place || !place.endsWith(unit) || creditableName(f.value) !== 'full' || !ownNamed(place, unit)) return false
    if (ofPlace && !place.endsWith(ofPlace) && !ofPlace.endsWith(place)) return false
    const rest = f.value.slice(place.length)
    // the same organ, its words in order, at most 人民 more (县政府办公室 ↔ 光山县人民政府办公室)
    return rest.endsWith(last) && rest.length - organ.length <= 2 && abbreviates(organ, rest)
  })
  const names = new Set(fits.map((f) => f.value))
  return names.size === 1 ? fits[0] : null
}

/**
 * A short form opening the year's account as its subject (2023年，市自然资源和规划局认真贯彻…, wild pages): the
 * report's body, whose full name the text may write elsewhere (《东阳市自然资源和规划局…机制》, 单位：东阳市…局).
 */
const IN_SUBJECT = new RegExp(`(?:^|[。\\n])\\d{4}年度?[，,](${UNIT}[\\u4e00-\\u9fa5]{0,8}?${ORGAN})(?=${OPENING_VERB})`, 'g')

export function shortSubjectBody(ctx: Ctx): ShortBody | null {
  const text = ctx.view.text.slice(0, 3000)
  IN_SUBJECT.lastIndex = 0
  for (let m = IN_SUBJECT.exec(text); m; m = IN_SUBJECT.exec(text)) {
    const v = m[1]
    if (!SHORT.test(v) || regionOf(v) !== null) continue
    const at = m.index + m[0].indexOf(v)
    return { value: v, start: at, end: at + v.length }
  }
  return null
}
