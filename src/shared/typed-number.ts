/**
 * A number as a person types it or picks it from a report (issue 11: values keep their meaning): Arabic
 * digits (full-width too, thousands separators), Chinese numerals (三百一十二, 两千, 二〇二一), 万/亿, the
 * units reports write after counts and amounts, the approximate markers (300余, 约300, 近百, 100多条,
 * 50左右), and the words that mean none (无, 未发生). Shared by the review desk and the command line, so a
 * value typed in either means the same.
 */
import chineseParseInt from 'chinese-parseint2'

export interface TypedNumber { value: number; approximate: boolean }

const CN_DIGIT = '〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸'
const CN_ALL = CN_DIGIT + '十百千万亿拾佰仟萬億'
/** characters that may stand for zero in a digit-by-digit year: a Latin O, a circle, a full-width O */
const ZERO_LOOKALIKE = /[OoＯｏ○◯]/g
const CN_ALL_RE = new RegExp(`^[${CN_ALL}]+$`)
const CN_DIGITS_RE = new RegExp(`^[${CN_DIGIT}]+$`)

/** Chinese numeral string (no Arabic digits) → integer, or null when it is not one. */
export function parseChineseInt(s: string): number | null {
  const t = s.replace(ZERO_LOOKALIKE, '〇').replace(/\s+/g, '')
  if (!t || !CN_ALL_RE.test(t)) return null
  // digit by digit (二〇一一): every character a digit → read positionally; the library does this too,
  // but a lone 零 or 〇 must stay 0 and "二二" must not become 4.
  if (CN_DIGITS_RE.test(t) && t.length > 1) {
    let v = 0
    for (const ch of t) {
      const d = chineseParseInt(ch)
      if (!Number.isFinite(d)) return null
      v = v * 10 + d
    }
    return v
  }
  const v = chineseParseInt(t)
  return Number.isFinite(v) ? v : null
}

/** fold full-width digits, signs and punctuation to ASCII */
export function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

const ZERO_WORDS = /^(无|没有|未收到|未发生|零|为零|〇)$/
const APPROX_BEFORE = /^(大约|将近|接近|超过|约|近|逾)/
const APPROX_AFTER = /(左右|以上|余|多|来)$/
const UNIT = /(人次|万元|元|条|件|个|人|次|项|份|篇|期|起|宗|名)$/

/** The number a text holds, or null when it holds something else; `integer` refuses fractions. */
export function readTypedNumber(input: string, integer: boolean): TypedNumber | null {
  let s = foldWidth(input).trim().replace(/[,，\s]/g, '')
  if (ZERO_WORDS.test(s)) return { value: 0, approximate: false }
  let approximate = false
  const pre = APPROX_BEFORE.exec(s)
  if (pre) { approximate = true; s = s.slice(pre[0].length) }
  if (APPROX_AFTER.test(s) && s.length > 1) { approximate = true; s = s.replace(APPROX_AFTER, '') }
  let unit = ''
  const u = UNIT.exec(s)
  if (u && s.length > u[0].length) { unit = u[0]; s = s.slice(0, -unit.length) }
  if (APPROX_AFTER.test(s) && s.length > 1) { approximate = true; s = s.replace(APPROX_AFTER, '') }
  let mult = unit === '万元' ? 10_000 : 1
  if (/^[+-]?[\d.]+[万亿]$/.test(s)) {
    mult *= s.endsWith('万') ? 10_000 : 100_000_000
    s = s.slice(0, -1)
  }
  let n: number | null
  if (/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s)) n = Number(s)
  else n = parseChineseInt(s)
  if (n === null || !Number.isFinite(n)) return null
  // multiply via rounding so 1.2万 gives 12000, not 11999.999…
  const value = Math.round(n * mult * 1e6) / 1e6
  if (integer && !Number.isInteger(value)) return null
  return { value, approximate }
}
