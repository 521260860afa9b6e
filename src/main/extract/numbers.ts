/**
 * Numbers as reports write them: Arabic (1,234 / 4901 / 12.5), Chinese (一百二十三, 两千, 壹佰), years
 * digit by digit (二〇一一, 二O一一), approximate markers (100余条, 近百, 约50件) and the units that follow.
 */
import { parseChineseInt } from '../../shared/typed-number'

export interface ParsedNumber {
  value: number
  approximate: boolean
  /** the unit written after the number (件, 条, 万元 ...), '' when none */
  unit: string
}

const CN_ALL = '〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸十百千万亿拾佰仟萬億'
/** the characters of a Chinese numeral, for a lookbehind that keeps a match from starting inside one */
export const CN_DIGITS = CN_ALL

/** Chinese numeral string (no Arabic digits) → integer, or null: shared with what a person types (issue 11). */
export { parseChineseInt }

/** Arabic number with optional thousands separators and decimals, full-width digits allowed. */
export function parseArabic(s: string): number | null {
  const t = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[，,]/g, '').replace(/\s+/g, '')
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null
  const v = Number(t)
  return Number.isFinite(v) ? v : null
}

/** Units worth recognising after a count or an amount; longest first so 万元 wins over 元. */
// (例: 受理…申请17例, 咨询48例 — cases counted)
export const UNITS = ['人次', '万元', '余万元', '元', '件', '条', '个', '起', '项', '宗', '份', '篇', '次', '人', '名', '则', '期', '例'] as const

/**
 * A number as written, with an optional approximate marker and unit: `100余条`, `约50件`, `两千元`,
 * `1,234`, `3.5万元`. Returns null for anything else. 万元 amounts stay in 万元 here (unit says so);
 * use `toYuan` for money.
 */
export function parseNumber(s: string): ParsedNumber | null {
  if (!spacedDigitsAreGroups(s)) return null
  let t = s.trim().replace(/\s+/g, '')
  let approximate = false
  const pre = t.match(/^(近|约|大约|将近|接近|逾|超过)/)
  if (pre) { approximate = true; t = t.slice(pre[0].length) }
  const m = t.match(new RegExp(`^([+-]?[0-9０-９][0-9０-９,，]*(?:\\.[0-9]+)?|[${CN_ALL}OoＯ○]+)((?:余|多)?(?:${SCALE}))?(余|多|来)?(${UNITS.join('|')})?(余|多|左右|以上)?$`))
  if (!m) return null
  const [, numText, scale, approxBefore, unitText, approxAfter] = m
  let value = /[0-9０-９]/.test(numText) ? parseArabic(numText) : parseChineseInt(numText)
  if (value === null) return null
  if (scale) {
    // 1.2万条: a count rounded to the 万, so it is approximate; 万元 stays a unit (money, see toYuan)
    value = Math.round(value * (scale.endsWith('亿') ? 1e8 : 1e4) * 100) / 100
    approximate = true
  }
  // Chinese "一百多" parses the digits; 百余 / 千余 as in 近百 are rare enough to leave to the count rules
  if (approxBefore || approxAfter) approximate = true
  let unit = unitText ?? ''
  if (unit === '余万元') { unit = '万元'; approximate = true }
  return { value, approximate, unit }
}

/** 万 / 亿 after an Arabic count (1.2万条); before 元 it belongs to the unit 万元 instead */
const SCALE = '万(?!元)|亿(?!元)'

/** Money in yuan: 万元 multiplied out, rounded to the fen to avoid 3.2*10000 = 32000.000000004. */
export function toYuan(n: ParsedNumber): number {
  return n.unit === '万元' ? Math.round(n.value * 10000 * 100) / 100 : n.value
}

/** a space, a no-break space, a thin space or a narrow no-break space between digit groups */
const GROUP_SPACE = '[ \\u00a0\\u2009\\u202f]'
const SPACE_GROUPED_RE = new RegExp(`^[0-9０-９]{1,3}(?:${GROUP_SPACE}[0-9０-９]{3})+$`)

/**
 * Digits split by spaces are one number only when the spaces group thousands (1 286, 1 234 567); `12 34`
 * is two numbers (two table cells glued, a lost digit), never 1234.
 */
function spacedDigitsAreGroups(s: string): boolean {
  for (const m of s.trim().matchAll(/[0-9０-９]+(?:\s+[0-9０-９]+)+/g)) if (!SPACE_GROUPED_RE.test(m[0])) return false
  return true
}

/**
 * A count grouped by spaces, as some typesetting writes thousands (全年主动公开政府信息1 286条). Read only in
 * its unambiguous shape: 1–3 digits, then groups of exactly three after one space-like character, with no
 * digit, decimal point, digit-and-comma or 第 before it (第1 286号 is a serial number, 2021 286 a year and a count)
 * and a unit right after it (余/多 may come between). Table rows never see this: `0 4` there is two cells.
 */
const SPACE_GROUPED_COUNT = `(?<![0-9.第]|[0-9][,，])[0-9]{1,3}(?:${GROUP_SPACE}[0-9]{3})+(?=(?:余|多)?(?:${UNITS.join('|')}))`

/**
 * Regex source for a number token in clean text: a space-grouped count, Arabic (with comma separators) or a
 * Chinese numeral run. A plain Arabic number right after a digit and a space is the tail of a number whose
 * grouping is not thousands (`12 34件`): not read, rather than read as 34.
 */
// (20余万条: a rough count of 万s, 余 before the scale; real page, session 19)
export const NUMBER_SOURCE = `${SPACE_GROUPED_COUNT}|(?<![0-9]${GROUP_SPACE})[0-9][0-9,]*(?:\\.[0-9]+)?(?:(?:余|多)?(?:${SCALE}))?|[${CN_ALL}]+`
/** Regex source for a number written with optional approximate markers and a unit. */
export const COUNT_SOURCE = `(?:近|约|大约|将近|接近|逾|超过)?(?:${NUMBER_SOURCE})(?:余|多|来)?(?:${UNITS.join('|')})(?:余|多|左右)?`

/** A table cell: a number, an explicit zero (`0`, `无`), or blank (null). `—`, `-`, `/` are blanks. */
export type CellValue = { kind: 'number'; value: number } | { kind: 'blank' }

/**
 * One table cell. The template leaves zeros blank, so blank and 0 are different facts: '' and the dash
 * marks mean "nothing written" (not emitted), while '0' and '无' are a written zero (emitted as 0).
 * Returns null when the cell is text, not a value (a label).
 */
const PLAIN_DIGITS = /^\d{1,15}$/
export function parseCell(raw: string): CellValue | null {
  const t = raw.replace(/[\s\u3000]+/g, '')
  // (most cells are plain digits: read them without the rules below, to the same value)
  if (PLAIN_DIGITS.test(t)) return { kind: 'number', value: Number(t) }
  if (t === '' || /^[—–\-－/／―─…]+$/.test(t)) return { kind: 'blank' }
  if (t === '无' || t === '無') return { kind: 'number', value: 0 }
  // a unit written into the cell (520.9万元) stays in the unit the table states
  const signed = t.replace(/^(增加|增)/, '+').replace(/^(减少|减)/, '-').replace(/(万元|元|件|条|个|项|次)$/, '')
  const v = parseArabic(signed.replace(/^\+/, ''))
  if (v !== null) return { kind: 'number', value: v }
  return null
}
