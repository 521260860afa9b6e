/**
 * Traditional -> simplified for matching, with OpenCC's t2cn dictionaries (phrases first, then
 * characters), kept to exactly one output char per input char so clean offsets stay exact.
 */
import { Converter } from 'opencc-js/t2cn'
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters'
import TS_PHRASES from 'opencc-js/dict/TSPhrases'

const t2cn = Converter({ from: 't', to: 'cn' })

/**
 * BMP chars that are traditional-only. Chars that are also ordinary simplified chars (乾 in 乾安县,
 * 著 in 显著, 於 as a surname...) are left out, so a simplified line is never "converted" because
 * of them.
 */
const ALSO_SIMPLIFIED = '乾著瞭覆藉夥麽於餘徵甦噁蘋鍾鬥'
const TRAD_ONLY = buildTradOnly()

function buildTradOnly(): Uint8Array {
  const t = new Uint8Array(0x10000)
  for (const entry of TS_CHARACTERS.split('|')) {
    const sp = entry.indexOf(' ')
    if (sp !== 1) continue
    const key = entry.charCodeAt(0)
    if (key >= 0xd800 && key <= 0xdfff) continue
    if (entry.slice(sp + 1) !== entry[0]) t[key] = 1
  }
  for (const c of ALSO_SIMPLIFIED) t[c.charCodeAt(0)] = 0
  return t
}

/**
 * BMP chars that t2cn may change at all: character keys, and chars a phrase changes (回覆 -> 回复
 * changes 覆, which is no character key). A string with none of them converts to itself.
 */
const MAY_CHANGE = buildMayChange()

function buildMayChange(): Uint8Array {
  const t = new Uint8Array(0x10000)
  for (const entry of TS_CHARACTERS.split('|')) {
    const key = entry.charCodeAt(0)
    if (key < 0xd800 || key > 0xdfff) t[key] = 1
  }
  for (const entry of TS_PHRASES.split('|')) {
    const [key, value] = entry.split(' ')
    if (value === undefined || key.length !== value.length) {
      for (let i = 0; i < key.length; i++) t[key.charCodeAt(i)] = 1
      continue
    }
    for (let i = 0; i < key.length; i++) if (key[i] !== value[i]) t[key.charCodeAt(i)] = 1
  }
  // surrogates: astral chars always take the slow path
  t.fill(1, 0xd800, 0xe000)
  return t
}

/** Does `s` hold at least one traditional-only character? */
export function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (TRAD_ONLY[s.charCodeAt(i)] === 1) return true
  return false
}

/** Traditional -> simplified, character for character: the result has the same length as `s`. */
export function toSimplified(s: string): string {
  let may = false
  for (let i = 0; i < s.length && !may; i++) may = MAY_CHANGE[s.charCodeAt(i)] === 1
  if (!may) return s
  const whole = t2cn(s)
  if (whole.length === s.length) return whole
  // a phrase or an astral char changed length somewhere: convert code point by code point,
  // keeping any whose conversion would change the length
  let out = ''
  for (const cp of s) {
    const c = t2cn(cp)
    out += c.length === cp.length ? c : cp
  }
  return out
}
