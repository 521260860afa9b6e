/**
 * Lines broken inside a sentence by PDF conversion. A PDF's text comes one printed line per
 * text line; most lines of a paragraph then have the same printed width (the page's). Only
 * when a document shows that pattern are lines joined, and only a line that reaches that width,
 * does not end a sentence, and is followed by a line that does not open a heading or list item.
 */

export interface JoinCandidate {
  /**
   * the line's raw text (its printed form, pinyin and all); it can hold line breaks when an earlier
   * rule already joined printed lines (an annotation carried over a break)
   */
  raw: string
  /** the line's text so far (simplified, markup gone) */
  text: string
  /** a blank line came after it in the raw text */
  blankAfter: boolean
  /** never join it to the next line (a lost table's pipe run came between) */
  hardBreakAfter?: boolean
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '”', '」', '』', '）', ')', '】'])
const HEADING_START_RE = /^(?:[一二三四五六七八九十]+[、.．]|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节条部分]|附件|附表|[•●◆■▪])/

// A number or date cut in two (`二O` / `一一年一月十日`, `20` / `17年`, `2017` / `年度`): joined
// at any width.
const NUMERAL = '0-9〇○OОo零一二三四五六七八九十'
const SPLIT_NUMBER_END_RE = new RegExp(`[${NUMERAL}]{2}$`)
const SPLIT_NUMBER_START_RE = new RegExp(`^[${NUMERAL}]+[年月日号]`)
const SPLIT_DIGITS_END_RE = /\d{2}$/
const SPLIT_UNIT_START_RE = /^[年月日]/
// a line opening with a whole year (2020年…报告) under one ending in digits — a page date (发布时间：2021-01-25), a
// label's count (浏览：356), a phone number (客服热线:0755-8882 8155; set 101 of real pages): two lines, not one number;
// joined they would make a year of five digits or more
const WHOLE_YEAR_START_RE = /^(?:\d{4}|[〇○OОo零一二三四五六七八九]{4})年/

// A web page's metadata line (发布时间：… 来源：…) and a table row (cells between tabs) are never a
// wrapped sentence: pdftotext writes no tabs, and a page header is not prose.
const META_LABEL_RE = /(?:发布日期|发布时间|信息来源|来源|作者|浏览次数|阅读次数|点击数|访问次数|索引号|发文日期|成文日期)[:：]/
const META_START_RE = /^(?:发布日期|发布时间|发布于|信息来源|来源|作者|时间|日期|索引号|发文日期|成文日期|[\u4e00-\u9fa5]{2,6}[:：])/
// a report's title is a heading of its own, even when it happens to reach the page width
const TITLE_LINE_RE = /(?:政府信息公开|政务公开|信息公开).{0,30}(?:报告|年报)$/

const EDGE_DIRT_START_RE = /^[\s|]+/
const EDGE_DIRT_END_RE = /[\s|]+$/

/** Printed width: CJK and other full-width chars take two columns. */
export function printedWidth(s: string): number {
  let w = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 || c === 9) {
      w += 1
      continue
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue
    w += c >= 0x2e80 ? 2 : 1
  }
  return w
}

/**
 * The page width if the lines look wrapped by a PDF, else 0: at least 5 lines, and at least a
 * third of the lines wider than 40 columns, fall within a window of 4 columns at the top of the
 * width range.
 */
export function detectWrapWidth(widths: number[]): number {
  const long = widths.filter((w) => w >= 40).sort((a, b) => a - b)
  if (long.length < 5) return 0
  let best = 0
  let bestCount = 0
  let lo = 0
  for (let hi = 0; hi < long.length; hi++) {
    while (long[hi] - long[lo] > 4) lo++
    const count = hi - lo + 1
    if (count >= bestCount) {
      bestCount = count
      best = long[hi]
    }
  }
  if (bestCount < 5 || bestCount * 3 < long.length) return 0
  return best
}

/** For each line, should it be joined with the next one? */
export function planJoins(lines: JoinCandidate[]): boolean[] {
  const join = new Array<boolean>(lines.length).fill(false)
  // every printed line's width, and a line's own: that of the printed line it ends with (flat arrays, not
  // one array per line: a text of a million lines, issue 10)
  const printed: number[] = []
  const widths = new Int32Array(lines.length)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].raw
    const parts = raw.includes('\n') || raw.includes('\r') ? raw.split(/\r\n|\n|\r/) : [raw]
    for (const part of parts) printed.push(printedWidth(part.trim()))
    widths[i] = printed[printed.length - 1]
  }
  const wrap = detectWrapWidth(printed)
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i]
    // what the line rules will leave: no edge pipes or bullets
    const text = cur.text.replace(EDGE_DIRT_END_RE, '')
    const next = lines[i + 1].text.replace(EDGE_DIRT_START_RE, '')
    if (next.length === 0 || HEADING_START_RE.test(next)) continue
    // these two hold across a blank line too (a PDF page break often leaves one)
    const markerOnly = HEADING_START_RE.test(text) && text.replace(HEADING_START_RE, '').trim() === ''
    const splitNumber =
      (SPLIT_NUMBER_END_RE.test(text) && SPLIT_NUMBER_START_RE.test(next) && !WHOLE_YEAR_START_RE.test(next)) ||
      (SPLIT_DIGITS_END_RE.test(text) && SPLIT_UNIT_START_RE.test(next))
    if ((markerOnly || splitNumber) && !cur.hardBreakAfter) {
      join[i] = true
      continue
    }
    if (cur.blankAfter || cur.hardBreakAfter || wrap === 0 || widths[i] < wrap * 0.85) continue
    if (text.includes('\t') || next.includes('\t') || META_LABEL_RE.test(text) || META_START_RE.test(next)) continue
    if (TITLE_LINE_RE.test(text) && !/[，。；,;]/.test(text)) continue
    const last = text[text.length - 1]
    if (last === undefined || SENTENCE_END.has(last)) continue
    join[i] = true
  }
  return join
}
