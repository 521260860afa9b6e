/**
 * Rules over the whole raw text, before it is cut into lines: HTML tags, entities and mojibake
 * remnants of tags, and pinyin annotations glued after characters (規(guī)劃). Pinyin goes here
 * because PDF wrapping can put the annotation at the start of the next line (規\n(guī)劃).
 */
import { rewrite, type Tracked } from './tracked'

export const CJK_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
const CJK_RE = new RegExp(`[${CJK_CLASS}]`)

// Block-level tags end a line; inline ones just vanish.
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol'])
const TAG_RE = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][a-zA-Z0-9]{0,15})(?:\s[^<>]{0,2000})?\/?>/g
// A closing tag whose '<' (and often the char before it) was lost to a wrong decoding: `?!?/span>`
const TAG_REMNANT_RE = /[?!\ufffd]{0,4}\/(?:span|p|div|font|strong|b|a|td|tr|li|em|i|u|br)>/g
const REPLACEMENT_CHAR_RE = /\ufffd+/g

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', times: '×', divide: '÷', yen: '¥', copy: '©', reg: '®', deg: '°', bull: '•',
}

// `(?:amp;)*`: pages that escaped their text twice (`&amp;nbsp;`). Only names we decode are
// matched, so `&amp;foo` decodes its `&amp;` and leaves `foo` char for char. Names need their ';'
// (`&region=` in a URL is not `®ion=`), except `&nbsp`, which scraped text often has bare, even
// glued to the next word.
const ENTITY_RE = new RegExp(
  `&(?:amp;)*(?:#(\\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|(${Object.keys(NAMED_ENTITIES).join('|')});|(nbsp))`,
  'gi',
)

const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/
// An annotation may sit at the start of the next line (規\n(guī)劃): the break then falls inside
// a word, so it goes with the annotation.
const PINYIN_RE = /(?:[ \t]*(?:\r\n|\n|\r)[ \t]*)?[(（][ \t]*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}(?:[ \t'][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}){0,5})[ \t]*[)）]/g

export function stripMarkup(t: Tracked): Tracked {
  let out = t
  if (out.s.includes('<')) {
    out = rewrite(out, TAG_RE, (m) => {
      if (m[1] !== undefined) return ''
      const name = m[2]?.toLowerCase()
      if (name === undefined) return ''
      const closing = m[0][1] === '/'
      return BLOCK_TAGS.has(name) && (closing || name === 'br') ? '\n' : ''
    })
  }
  if (out.s.includes('/')) out = rewrite(out, TAG_REMNANT_RE, () => '')
  if (out.s.includes('&')) {
    out = rewrite(out, ENTITY_RE, (m) => {
      if (m[4] !== undefined) return ' '
      if (m[3] !== undefined) return NAMED_ENTITIES[m[3].toLowerCase()]
      const code = m[1] !== undefined ? parseInt(m[1], 10) : m[2] !== undefined ? parseInt(m[2], 16) : NaN
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
      const ch = String.fromCodePoint(code)
      return ch === '\u00a0' ? ' ' : ch
    })
  }
  if (out.s.includes('\ufffd')) out = rewrite(out, REPLACEMENT_CHAR_RE, () => '')
  return out
}

/** Is the char before `index` (skipping spaces) a CJK character? */
function followsCjk(s: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && (s[i] === ' ' || s[i] === '\t')) i--
  return i >= 0 && CJK_RE.test(s[i])
}

// A toneless syllable (们(men), 的(de)) is dropped only in a text that is annotated throughout.
const SYLLABLE_RE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|ü|v|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|üe|ve)$/
const ANNOTATED_THROUGHOUT = 3
/** toneless syllables after characters that make a text annotated throughout (one or two may be an abbreviation's) */
const BARE_THROUGHOUT = 8
/** an annotation right before, itself after a character (中(zhong) before the next (zhong)) */
const STACKED_BEFORE = /[\u3400-\u9fff](?:[(（][a-z]{1,6}[)）])+$/

/** Drop `(guī)`-style annotations that follow a CJK character. */
/** a bracket opening on a Latin letter: without one, no annotation can match (most texts: brackets hold Chinese or digits) */
const PINYIN_OPENS = /[(（][ \t]*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/

export function stripPinyin(t: Tracked): Tracked {
  // (PINYIN_RE may open with the line break before the bracket, so it is tried at every character: skip it when no
  // bracket opens on a Latin letter)
  if (!PINYIN_OPENS.test(t.s)) return t
  let toned = 0, bare = 0
  PINYIN_RE.lastIndex = 0
  for (let m = PINYIN_RE.exec(t.s); m !== null && toned < ANNOTATED_THROUGHOUT && bare < BARE_THROUGHOUT; m = PINYIN_RE.exec(t.s)) {
    if (!followsCjk(t.s, m.index)) continue
    if (TONE_MARKED.test(m[1])) toned++
    else if (SYLLABLE_RE.test(m[1])) bare++
  }
  // (a converter that writes its pinyin without tones, 國(guo)資(zi)委, throughout: set 53 of real pages)
  const toneless = toned >= ANNOTATED_THROUGHOUT || bare >= BARE_THROUGHOUT
  return rewrite(t, PINYIN_RE, (m) => {
    // (…stacked, 中(zhong)(zhong)(zhong): each after the one before it)
    if (!followsCjk(t.s, m.index) && !(toneless && STACKED_BEFORE.test(t.s.slice(Math.max(0, m.index - 40), m.index)))) return undefined
    if (TONE_MARKED.test(m[1])) return ''
    return toneless && SYLLABLE_RE.test(m[1]) ? '' : undefined
  })
}
