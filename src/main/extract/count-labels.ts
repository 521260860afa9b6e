/**
 * The subject a count's sentence leaves unsaid (issue 12): real reports often put a short label sentence before
 * the statement in the same paragraph (5、政府信息公开行政复议、行政诉讼情况。2020年我局未收到…; 二是依申请公开情况。
 * …接收到申请书55份), or state it under the section's heading (三、政府信息依申请公开情况 … 共收到申请2件). The
 * count rules read that label as the sentence's subject.
 */
import type { Ctx } from './context'

/** a label sentence: short, naming a topic (…情况 / …方面 / …工作), closed by 。 or a colon */
const LABEL_END = /(情况|方面|工作)$/

/** The label sentence right before offset `at` in its line ('' when there is none). */
export function labelBefore(ctx: Ctx, at: number): string {
  const t = ctx.view.text
  const head = t.slice(t.lastIndexOf('\n', at - 1) + 1, at).trimEnd()
  if (!/[。：:]$/.test(head)) return ''
  const body = head.slice(0, -1)
  const prev = body.slice(Math.max(body.lastIndexOf('。'), body.lastIndexOf('；'), body.lastIndexOf(';')) + 1).trim()
  return prev.length <= 30 && LABEL_END.test(prev) ? prev : ''
}

/** requests for disclosure named in a heading or a label */
const REQUESTS_TOPIC = /(依申请|公开申请|申请公开)/

/** the sentence at `at` is about disclosure requests by its section's heading or its label sentence */
export function aboutRequests(ctx: Ctx, at: number): boolean {
  return REQUESTS_TOPIC.test(ctx.sectionAt(at)) || REQUESTS_TOPIC.test(labelBefore(ctx, at)) || REQUESTS_TOPIC.test(lineLabel(ctx, at))
    || REQUESTS_TOPIC.test(headingAbove(ctx, at))
}

/** a numbered heading line of its own (2、依申请公开政府信息和不予公开政府信息情况) */
const NUMBERED_HEADING = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*[^。；;，,]{2,30}(?:情况|方面|工作)\s*$/
/**
 * The heading on the line right above the paragraph of offset `at` (blank lines between), when it is a numbered heading of
 * its own: the sections rule reads 一、 headings only, and old reports number their parts 2、 (set 34 of real pages)
 */
function headingAbove(ctx: Ctx, at: number): string {
  const t = ctx.view.text
  let end = t.lastIndexOf('\n', at - 1)
  while (end > 0) {
    const start = t.lastIndexOf('\n', end - 1) + 1
    const line = t.slice(start, end)
    if (line.trim() !== '') return NUMBERED_HEADING.test(line) ? line : ''
    end = start - 1
  }
  return ''
}

/**
 * The label sentence opening the line of offset `at`, several sentences before it ((二)依申请公开情况。在网站公开了…。
 * 申请人可以…。2019年度我局无申请公开政府信息情况。): the paragraph's subject ('' when the line opens otherwise)
 */
function lineLabel(ctx: Ctx, at: number): string {
  const t = ctx.view.text
  const start = t.lastIndexOf('\n', at - 1) + 1
  const m = LINE_LABEL.exec(t.slice(start, Math.min(at, start + 40)))
  // (a numbered run-in heading naming the requests, (二)依法依规做好政府信息依申请公开。…全年共收到申请N件: sixth set
  // of real pages)
  return m && (LABEL_END.test(m[2]) || (m[1] !== undefined && /(依申请公开|公开申请)$/.test(m[2]))) ? m[2] : ''
}
const LINE_LABEL = /^\s*([（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])?\s*([^。：:，,]{2,30})[。：:]/
