/**
 * Spacing and separators: odd spaces folded to one ASCII space, flattened-table pipe runs
 * (`||||`) to one separator, and the spaces PDF conversion puts around numbers in Chinese text
 * (`2017 年度` -> `2017年度`, `共 12 件` -> `共12件`).
 */
import { CJK_CLASS } from './markup'
import { rewrite, type Tracked } from './tracked'

const CJK_RE = new RegExp(`[${CJK_CLASS}]`)
const isDigit = (c: number): boolean => c >= 48 && c <= 57

const SPACE_RUN_RE = /[ \u00a0\u3000\u2002\u2003\u2009\u200b]{2,}|[\u00a0\u3000\u2002\u2003\u2009\u200b]/g

/** Counters and units that follow a number; a space between the number and one of these is PDF noise. */
const UNITS = '年月日号时分秒件条个次项人名家户余多万亿千百元角份篇期座所起宗批类天周届部场则封台辆栋间处位册本张页季%％'
// One pass for both: a space run before a unit (`2017 年`), or before a number that is itself
// followed by a space and a unit (`共 12 件`; a single space before a number can be a real
// separator, `情况 2020年`). No lookbehind, which V8 would try at every position: the char before
// the run is checked in the callback.
const NUMBER_SPACE_RE = new RegExp(`[ \\t]+(?:(?=[${UNITS}])|(?=\\d+(?:\\.\\d+)?[ \\t]+[${UNITS}]))`, 'g')

const PIPE_RUN_RE = /[ \t]*\|(?:[ \t]*\|)+[ \t]*/g
/** A run this long is not a row of empty cells but a whole lost table: it ends the line. */
const LOST_TABLE_PIPES = 20
const EDGE_PIPES_RE = /^[ \t|｜]+|[ \t|｜]+$/gm

const NUMERAL_CHARS = '〇○OoО零一二三四五六七八九'
// `二 O一一年`: a space inside a year written in Chinese numerals
const NUMERAL_YEAR_SPACE_RE = new RegExp(`[ \\t]+(?=[${NUMERAL_CHARS}]{1,3}年)`, 'g')
const LONE_EDGE_PIPE_RE = /^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$/g

/** Fold NBSP, ideographic and other odd spaces to ' ', and runs of spaces to one. */
export function normalizeSpaces(t: Tracked): Tracked {
  return rewrite(t, SPACE_RUN_RE, (m) => (m[0] === ' ' ? undefined : ' '))
}

/**
 * A line with adjacent pipes (`||`) is a table flattened by scraping: every run of pipes becomes
 * one ' | ' and separators at the line's edges go. Lines from our own readers use single ' | '
 * between cells and are left alone, except a lone pipe hanging at an edge (`无 |`).
 */
export function collapsePipes(t: Tracked): Tracked {
  if (!t.s.includes('|')) return t
  if (t.s.includes('||')) {
    const out = rewrite(t, PIPE_RUN_RE, (m) => (countPipes(m[0]) >= LOST_TABLE_PIPES ? '\n' : ' | '), true)
    return rewrite(out, EDGE_PIPES_RE, () => '')
  }
  const count = t.s.split('|').length - 1
  if (count === 1) return rewrite(t, LONE_EDGE_PIPE_RE, () => '')
  return t
}

function countPipes(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 124) n++
  return n
}

export function closeNumberSpaces(t: Tracked): Tracked {
  if (t.s.includes('年')) {
    t = rewrite(t, NUMERAL_YEAR_SPACE_RE, (m) => (m.index > 0 && NUMERAL_CHARS.includes(t.s[m.index - 1]) ? '' : undefined))
  }
  if (!/\d[ \t]|[ \t]\d/.test(t.s)) return t
  return rewrite(t, NUMBER_SPACE_RE, (m) => {
    if (m.index === 0) return undefined
    const before = t.s.charCodeAt(m.index - 1)
    const next = t.s.charCodeAt(m.index + m[0].length)
    if (isDigit(before) && !isDigit(next)) return ''
    // a number spaced on both sides: its trailing space is dropped by the digit rule on the
    // next match of this same pass
    return isDigit(next) && CJK_RE.test(t.s[m.index - 1]) ? '' : undefined
  })
}
