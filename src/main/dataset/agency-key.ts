/**
 * Keys for agency names, so that one body written many ways is one agency (issue 13): 海關總署 /
 * 海关总署 / 海关总署(本级机关); 北京市统计局、国家统计局北京调查总队 / …•…; a name behind a betting
 * brand's prefix. Latin-script clustering keys (OpenRefine's fingerprint) fold case and accents; for
 * Chinese names what varies is script, inline pinyin, look-alike code points, punctuation, the
 * 人民政府/政府 shortening, a "this body itself" suffix, the joiner between joint bodies and their order.
 *
 * A place standing for its own government is one agency with or without the organ word (大洲乡 / 大洲乡人民政府,
 * 桃源街道 / 桃源街道办事处, a zone / its 管委会): the same body to eval (eval/score.ts sameBody, issue 12, session 17).
 *
 * What a key never folds: 办公室/办公厅 (the General Office is its own body, with its own report) and
 * the place (龙山县民政局 and 永顺县民政局 stay apart; 某县城关镇 and 城关镇 too, as parents left out would merge
 * the 城关镇 of every county).
 */
import { foldLookalikes } from '../text/lookalikes'
import { toSimplified } from '../text/simplify'
import { stripPinyin } from '../text/markup'
import { trackRaw } from '../text/tracked'

/** Betting and gambling words that mark an injected prefix (see corpus/pages: p051, p072, p128). */
const SPAM_WORD = /(体育|官网|官方网站|投注|博彩|娱乐|老虎机|彩票|棋牌|比分|直播|足球|篮球|欧洲杯|世界杯|葡京|金沙|威廉希尔|bet|app|平台)/i
/** A spam prefix ends at one of these separators. */
const SPAM_END = /[_:：@#|｜】\]]/g

/** Joint bodies are written with any of these between them. */
const JOINER = /[、•·・,，/／;；]+/

/** "The body itself" suffixes (brackets are gone by now): 海关总署(本级机关), 某局（本级）, 某厅机关本级. */
const SELF_SUFFIX = /(?:本级机关|机关本级|本级|本部)$/

/** A display form: simplified, look-alikes folded, pinyin and spam prefix removed, spaces gone. */
export function cleanAgencyName(name: string): string {
  let s = foldLookalikes(name.normalize('NFKC'))
  s = toSimplified(s)
  s = stripPinyin(trackRaw(s)).s // inline pinyin glued after characters by converter sites: 國(guó), the cleaner's own rule
  s = stripSpamPrefix(s)
  return s.replace(/\s+/g, '').trim()
}

function stripSpamPrefix(s: string): string {
  let cut = -1
  for (const m of s.matchAll(SPAM_END)) {
    const prefix = s.slice(0, m.index)
    if (SPAM_WORD.test(prefix)) cut = m.index + m[0].length
  }
  return cut > 0 && cut < s.length ? s.slice(cut) : s
}

/** The bodies of a joint name, each cleaned, in the order written. */
export function agencyParts(name: string): string[] {
  return cleanAgencyName(name)
    .split(JOINER)
    .map((p) => p.replace(/[\p{P}\p{S}]/gu, '').trim())
    .filter((p) => p.length > 0)
}

/**
 * A place's own government after the place's name, at its end (at least one character before the place's unit):
 * 某乡人民政府, 某乡政府, 某街道办事处, 某区管委会. Also eval's test of one body in two forms (eval/score.ts sameBody).
 */
export const PLACE_GOVERNMENT = /(?:(?<=\p{Script=Han}(?:省|市|县|区|州|盟|旗|镇|乡|苏木|地区))(?:人民政府|政府)|(?<=\p{Script=Han}街道)办事处|(?<=\p{Script=Han}区)(?:管委会|管理委员会))$/u

function partKey(part: string): string {
  return part.replace(SELF_SUFFIX, '').replace(/人民政府/g, '政府').replace(PLACE_GOVERNMENT, '')
}

const keyOfParts = (parts: string[]): string => [...new Set(parts.filter((p) => p.length > 0))].sort().join('、')

/** The clustering key: equal keys are one agency. Empty for a name with nothing left. */
export function agencyKey(name: string): string {
  return keyOfParts(agencyParts(name).map(partKey))
}

/** Keys of names a person split out of their agency start with this (agency-decisions.ts): cleaned names never hold it. */
export const SPLIT_MARK = '\u0001'

/**
 * A key stored by an earlier version (a person's canonical name for an agency) under today's folding: its parts
 * are cleaned names already, each folded again (the folds are idempotent). A split name's key is left alone.
 */
export function refoldAgencyKey(key: string): string {
  return key.startsWith(SPLIT_MARK) || key === '' ? key : keyOfParts(key.split('、').map(partKey))
}
