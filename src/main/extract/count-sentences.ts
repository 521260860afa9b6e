/**
 * Sentences for the count rules (issue 12): the view's sentences, with a count's object and its number
 * rejoined where one line break falls between them (a hard-wrapped page, a PDF line), so 主动公开各类政府信息⏎
 * 1356条 reads as one statement. Computed once per document.
 */
import type { Ctx } from './context'
import { NUMBER_SOURCE } from './numbers'
import type { Sentence } from './view'

/** a line that opens with a count (643条，…): the number of the line before's object when that line runs on */
const COUNT_OPENS_LINE = new RegExp(`^(?:共计|共|合计|总计|为)?(?:近|约)?(?:${NUMBER_SOURCE})(?:余|多)?(?:条|件|项|篇|则|个|份|宗|起)`)
const joined = new WeakMap<Ctx, Sentence[]>()
/**
 * The sentences, with a count's object and its number rejoined where one line break falls between them
 * (主动公开各类政府信息⏎1234条，…: a hard-wrapped page, a PDF line). The break becomes a space, so offsets
 * still point into the view.
 */
export function sentencesAcrossBreaks(ctx: Ctx): Sentence[] {
  const cached = joined.get(ctx)
  if (cached) return cached
  const ss = ctx.sentences
  const t = ctx.view.text
  let out: Sentence[] | null = null // a copy only once a line is rejoined
  for (let i = 0; i < ss.length; i++) {
    const from = i
    let cur = ss[i]
    // a rejoined line may run on again (…行政复议⏎3起，行政诉讼⏎2起。)
    while (i + 1 < ss.length && runsOn(t, cur, ss[i + 1])) {
      cur = { text: t.slice(cur.start, ss[i + 1].end).replace(/\n/g, ' '), start: cur.start, end: ss[i + 1].end }
      i++
    }
    if (cur !== ss[from] && !out) out = ss.slice(0, from)
    if (out) out.push(cur)
  }
  const r = out ?? ss
  joined.set(ctx, r)
  return r
}

/** `s` ends without a sentence's punctuation, one line break (and spaces) follows, and `next` opens with a count */
function runsOn(t: string, s: Sentence, next: Sentence): boolean {
  if (ENDS_SENTENCE.includes(s.text[s.text.length - 1])) return false
  let breaks = 0
  for (let k = s.end; k < next.start; k++) {
    const c = t[k]
    if (c === '\n') breaks++
    else if (c !== ' ' && c !== '\t') return false
  }
  return breaks === 1 && (COUNT_OPENS_LINE.test(next.text) || (REQUEST_NOUN_CUT.test(s.text) && /^申请(?!人)/.test(next.text)))
}
/** a line broken inside the request's name (…未接收到受理政府信息公开⏎申请，…: a wrapped PDF line; set 15 of real pages) */
const REQUEST_NOUN_CUT = /(?:信息公开|政府信息|政务信息)$/
const ENDS_SENTENCE = '。！？；;：:'

/** a section's whole answer: none (无。 / 未发生。 / 本年度无此类情况。 / 均为0。) */
// (the body before its year, and none of the requests that would open a case: 我镇2016年度无申请。)
const NONE_ANSWER = /^[:：]?\s*(?:(?:本年度?|全年|今年|\d{4}年度?)[，,]?)?(?:(?:我[局委办县区市镇乡街]|本机关|本单位|本部门)[，,]?)?(?:(?:本年度?|全年|今年|\d{4}年度?)[，,]?)?(?:无|没有|未发生|未有|不存在|均为零|均为0|为零|为0)(?:此类|相关|该类|上述|任何)?(?:情况|案件|事项|情形|申请)?[。.；;]?$/

/**
 * The heading of the section whose first sentence `s` is, when that sentence (or what follows the heading in it)
 * answers none: 四、因政府信息公开申请提起行政复议、行政诉讼情况⏎无。 Null otherwise.
 */
export function sectionAnswersNone(ctx: Ctx, s: Sentence): string | null {
  const heading = ctx.sectionAt(s.start)
  if (!heading) return null
  const t = ctx.view.text
  const at = lastHeadingAt(t, heading, s.start)
  if (at < 0) return null
  const end = at + heading.length
  // the heading in the sentence itself (…情况无。), or the sentence right after it
  const answer = end > s.start ? t.slice(end, s.end) : /^[\s：:]*$/.test(t.slice(end, s.start)) ? s.text : null
  return answer !== null && NONE_ANSWER.test(answer.trim()) ? heading : null
}

/**
 * The sub-section's label on the line right above `s`, when `s` is that line's whole text and answers none:
 * （二）依申请公开情况⏎没有此类情况。 (a sub-heading the outline's sections do not hold; set 62). Null otherwise.
 */
export function labelAboveAnswersNone(ctx: Ctx, s: Sentence): string | null {
  const t = ctx.view.text
  const from = t.lastIndexOf('\n', s.start - 1)
  if (from < 0 || t.slice(from + 1, s.start).trim() !== '' || !NONE_ANSWER.test(s.text.trim())) return null
  const to = t.indexOf('\n', s.end)
  if (t.slice(s.end, to < 0 ? t.length : to).trim() !== '') return null
  const label = t.slice(t.lastIndexOf('\n', from - 1) + 1, from).trim()
  return label.length <= 30 && SUB_LABEL.test(label) ? label : null
}
/** a numbered label alone on its line: （二）依申请公开情况, 2.依申请公开 */
const SUB_LABEL = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[、.．])[^。，,；;]{2,26}[。]?$/

const GAP = /[\s：:]/
/**
 * `t.lastIndexOf(heading, start + heading.length)` where its answer can matter, else -1: the heading either
 * runs into the sentence at `start` or ends in the gap of spaces and colons right before it; one that ends
 * further back has other text between it and the sentence, which answers null all the same. The search is
 * bounded to that window (issue 15: an unbounded search back over a long section for each of a report's
 * short sentences was 10% of the parse workers' time).
 */
function lastHeadingAt(t: string, heading: string, start: number): number {
  let gap = start
  while (gap > 0 && GAP.test(t[gap - 1])) gap--
  const from = Math.max(0, gap - heading.length)
  const at = t.slice(from, start + 2 * heading.length).lastIndexOf(heading)
  return at < 0 ? -1 : from + at
}
