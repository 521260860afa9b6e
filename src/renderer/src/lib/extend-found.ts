/**
 * `e` after `/` (issue 11, review-effort bench finding 4): the text found grows to the whole name or phrase
 * around it, so "/ 龙山 Enter e p" takes 湖南省龙山县人民政府办公室 without typing it. Pure, so the desk and the
 * scripted reviewer's planner read the same span.
 *
 * Back: to the start of the phrase (after punctuation, a space, a digit, or a linking word such as 根据,
 * 关于, 的, 和). On: through the first organ word at or after the found text's end (人民政府办公室, 委员会, 局…,
 * with any organ word right after it), else to the end of the phrase.
 */
import type { Span } from './span-map'

const HAN = /[\u3400-\u9fff]/
/** the longest name or phrase `e` makes */
const MAX = 40
/** linking words a name never starts with: the phrase begins after them */
const LEAD_WORDS = ['根据', '按照', '依据', '关于', '经过', '其中', '本年度', '全年', '由', '向', '对', '在', '是', '为', '的', '和', '与', '及', '经']
const ORGAN_WORD = /^(人民政府办公室|人民政府办公厅|人民政府|管理委员会|委员会|管委会|办事处|办公室|办公厅|局|厅|院|署|中心)/

const ORGAN_END_INSIDE = /(人民政府|委员会|管委会|办事处|办公室|办公厅|局|厅|院|署|中心)$/

export function extendFound(text: string, [start, end]: Span): Span {
  let s = start
  while (s > 0 && start - s < MAX && HAN.test(text[s - 1])) s--
  // the phrase opens after the last linking word before the found text
  let from = s
  for (let i = s; i < start; i++) {
    for (const w of LEAD_WORDS) if (text.startsWith(w, i) && i + w.length <= start && i + w.length > from) from = i + w.length
  }
  s = from
  let runEnd = end
  while (runEnd < text.length && runEnd - s < MAX && HAN.test(text[runEnd])) runEnd++
  // the found text may itself end a name (…财政局): it stays the end unless an organ word follows
  if (ORGAN_END_INSIDE.test(text.slice(s, end)) && !ORGAN_WORD.test(text.slice(end, runEnd))) return [s, end]
  for (let i = Math.max(end, s + 1); i < runEnd; i++) {
    const m = ORGAN_WORD.exec(text.slice(i, runEnd))
    if (!m) continue
    let e = i + m[0].length
    // 人民政府 + 办公室: an organ word right after another belongs to the name
    for (let n = ORGAN_WORD.exec(text.slice(e, runEnd)); n; n = ORGAN_WORD.exec(text.slice(e, runEnd))) e += n[0].length
    return [s, e]
  }
  return [s, runEnd]
}
