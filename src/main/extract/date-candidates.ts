/**
 * Candidates for a release date the rules left empty or unsure (issue 12, point 5): the dates a reviewer would look
 * at first — a labelled row the rules do not take as a release date (成文日期, 生成日期, 更新时间), a date among the
 * page's head lines, a date in the closing lines. Over 18 real sets, none of the 15 release dates left empty had a
 * candidate; the desk lists these under keys 1–9. Never a field value: the rules in page-dates.ts and
 * profile-fields.ts decide that.
 */
import { consider, type Ctx } from './context'
import { findDates } from './dates'
import type { Line } from './view'

/** lines read at the head and at the end of the text */
const HEAD_LINES = 14
const TAIL_LINES = 6
/** a label just before the date on its line (成文日期：2021-01-20, 更新时间 2021/1/20) */
const LABEL_BEFORE = /(?:成文|生成|发布|公开|发文|印发|更新|录入|发稿|上传)?(?:日期|时间)\s*[:：]?\s*$/
/** a date that opens or closes a period (2020年1月1日至12月31日, 截至2020年12月31日): not a release date */
const PERIOD_AFTER = /^\s*(?:[至到~～—–-]|起|止)/
const PERIOD_BEFORE = /(?:[至到~～—–-]|截至|截止|自|从)\s*$/

const SCORE = { labelled: 0.55, head: 0.4, closing: 0.35 } as const

/**
 * The first `n` non-empty lines from the head, or from the end (in text order), stopping at index `stop`: only
 * those lines' text is read (a long report's view holds hundreds of thousands of lines, each sliced when read)
 */
function nonEmpty(lines: readonly Line[], n: number, fromEnd: boolean, stop: number): Line[] {
  const out: Line[] = []
  for (let k = 0; k < lines.length && out.length < n; k++) {
    const i = fromEnd ? lines.length - 1 - k : k
    if (fromEnd ? i <= stop : i >= stop) break
    if (lines[i].text.trim() !== '') out.push(lines[i])
  }
  return fromEnd ? out.reverse() : out
}

export function publishDateCandidates(ctx: Ctx): void {
  const head = nonEmpty(ctx.lines, HEAD_LINES, false, ctx.lines.length)
  // (the closing lines after the head's last, never the head's again)
  const headEnd = head.length ? ctx.lines.indexOf(head[head.length - 1]) : ctx.lines.length
  const tail = head.length < HEAD_LINES ? [] : nonEmpty(ctx.lines, TAIL_LINES, true, headEnd)
  for (const [part, where] of [[head, 'head'], [tail, 'closing']] as const) {
    for (const line of part) {
      const text = line.text
      for (const d of findDates(text)) {
        const before = text.slice(0, d.start)
        if (PERIOD_AFTER.test(text.slice(d.end)) || PERIOD_BEFORE.test(before)) continue
        const labelled = LABEL_BEFORE.test(before)
        // (the last day of a year, unlabelled, is the statistics period's end: page-dates.ts)
        if (!labelled && d.iso.endsWith('-12-31')) continue
        const kind = labelled ? 'labelled' : where
        consider(ctx, 'publish_date', d.iso, line.start + d.start, line.start + d.end, SCORE[kind], `publish_date.candidate-${kind}`)
      }
    }
  }
}
