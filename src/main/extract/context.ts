/**
 * What every rule gets: the document, its views, lines and sentences, and a helper that turns a match in
 * the view into an ExtractedField with a raw-text span.
 */
import type { ExtractedField, FieldCandidate, ParsedDocument } from '../../shared/document'
import type { FieldValue } from '../../shared/fields'
import { newReport } from './report-memo'
import { asWritten, linesOf, makeView, rawSpanOf, sentencesOf, type CleanText, type Line, type Sentence, type TextView } from './view'

export interface Ctx {
  doc: ParsedDocument
  view: TextView
  lines: Line[]
  sentences: Sentence[]
  /** for each view offset's line: the nearest heading (一、… / (一)…) above it */
  sectionAt: (offset: number) => string
  /** every value a rule weighed (kept or not), for the candidates of fields left empty or unsure */
  considered: FieldCandidate[]
}

/** Note a value a rule weighed, with its view span. */
export function consider(ctx: Ctx, field: string, value: FieldCandidate['value'], start: number | null, end: number | null, score: number, rule: string): void {
  ctx.considered.push({ field, value, span: start === null || end === null ? null : rawSpanOf(ctx.view, start, end), score, rule })
}

export function makeCtx(doc: ParsedDocument, clean: CleanText): Ctx {
  newReport()
  const view = makeView(clean)
  const lines = linesOf(view)
  const sentences = sentencesOf(view)
  // top-level headings (一、…) are also found inline, as scraped pages often run sections together
  const heads: { at: number; text: string }[] = []
  const re = /(?:^|[\s。；：:])([一二三四五六七八九十]{1,3}[、.．][^。；\n]{0,40}?(?:情况|问题|事项|工作|安排|概述|说明))/gm
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    const at = m.index + m[0].length - m[1].length
    // a heading on a line of its own keeps its whole line: the match stops at its first such word (四、因政府信息公开工作
    // 被申请行政复议、提起行政诉讼情况 is not 四、因政府信息公开工作; set 16 of real pages)
    const lineEnd = view.text.indexOf('\n', at)
    const line = view.text.slice(at, lineEnd < 0 ? view.text.length : lineEnd)
    const own = (at === 0 || view.text[at - 1] === '\n') && line.length <= 40 && !/[。；]/.test(line)
    heads.push({ at, text: own ? line.trim() : m[1] })
  }
  // a short line that opens with 一、… is a heading whatever its last word
  for (const l of lines) {
    if (l.text.length <= 40 && /^\s*[一二三四五六七八九十]{1,3}[、.．]/.test(l.text) && !heads.some((h) => h.at >= l.start && h.at < l.end)) {
      heads.push({ at: l.start, text: l.text.trim() })
    }
  }
  heads.sort((a, b) => a.at - b.at)
  const sectionAt = (offset: number): string => {
    let best = ''
    for (const h of heads) { if (h.at <= offset) best = h.text; else break }
    return best
  }
  return { doc, view, lines, sentences, sectionAt, considered: [] }
}

export function mkField(
  ctx: Ctx, field: string, value: FieldValue, start: number | null, end: number | null,
  confidence: number, rule: string, approximate = false,
): ExtractedField {
  const span = start === null || end === null ? null : rawSpanOf(ctx.view, start, end)
  const v = typeof value === 'string' && start !== null && end !== null ? asWritten(ctx.view, value, start, end) : value
  return { field, value: v, ...(approximate ? { approximate: true } : {}), span, confidence, rule }
}

/** A field read straight from the raw text (table cells carry raw spans already). */
export function rawField(
  field: string, value: FieldValue, span: [number, number] | null, confidence: number, rule: string, approximate = false,
): ExtractedField {
  return { field, value, ...(approximate ? { approximate: true } : {}), span, confidence, rule }
}
