/**
 * Spam brands that scraped copies insert inside a phrase without deleting anything (corpus/pages README,
 * "a brand inserted": 由北京市滚球体育app_188比分-直播|官网:发展和改革委员会编制). With each insertion cut out,
 * the name around it reads whole again; a brand that replaced a name leaves nothing to read and stays out.
 * The cut text keeps a map back to the view's offsets, so a name found in it keeps its span.
 */
import { isSpamName } from './agency-names'

/**
 * a brand run: Latin letters or page punctuation (app_188, |官网) with Han words after them, ended by a colon; the
 * brand's Han words before its letters (滚球体育) are found by walking back from the letters
 */
const INSERTION = /[A-Za-z_@#|][A-Za-z0-9_@#|\-\u4e00-\u9fa5]{0,30}?[:：]/g
const HAN = /[\u4e00-\u9fa5]/
const BRACKETED = /[【［\[]([^】］\]\n]{2,30})[】］\]]/g
/** a web domain written as text (puroview.com, www.example.cn) */
const DOMAIN_RUN = /(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{2,20})*\.(?:com|cn|net|org|cc|top|vip|xyz|info)(?![A-Za-z0-9.])/g
/** Han words before the brand looked at, in characters */
const BRAND_HEAD = 12
/** the Han words before the brand's Latin letters that still belong to the text: up to its last place unit (北京市|滚球体育) */
const KEPT_HEAD = /^[\u4e00-\u9fa5]*(?:省|市|县|区|州|盟|旗|镇|乡|街道)/

export interface CutText {
  text: string
  /** the view offset of an offset in `text` */
  toView: (at: number) => number
}

/** `text` (starting at view offset 0) with the spam runs set between two Han characters cut out. */
export function withoutInsertedSpam(text: string): CutText {
  const cuts: { at: number; length: number }[] = []
  // a mirror's domain between two Han characters (现公布puroview.com溪下乡2017年…: it replaced the county's name; the
  // township's own name after it reads whole; wild pages)
  DOMAIN_RUN.lastIndex = 0
  for (let m = DOMAIN_RUN.exec(text); m; m = DOMAIN_RUN.exec(text)) {
    if (m.index > 0 && HAN.test(text[m.index - 1]) && HAN.test(text[m.index + m[0].length] ?? '')) cuts.push({ at: m.index, length: m[0].length })
  }
  // a brand in brackets inside a name (合肥经济技术开发区【bet365官网】管理委员会; session-12 blind batch)
  BRACKETED.lastIndex = 0
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    if (m.index > 0 && HAN.test(text[m.index - 1]) && HAN.test(text[m.index + m[0].length] ?? '') && isSpamName(m[1])) cuts.push({ at: m.index, length: m[0].length })
  }
  INSERTION.lastIndex = 0
  for (let m = INSERTION.exec(text); m; m = INSERTION.exec(text)) {
    let head = m.index
    while (head > 0 && m.index - head < BRAND_HEAD && HAN.test(text[head - 1])) head--
    const start = head + (text.slice(head, m.index).match(KEPT_HEAD)?.[0].length ?? 0)
    const end = m.index + m[0].length
    const run = text.slice(start, end)
    if (start === 0 || !HAN.test(text[start - 1]) || !HAN.test(text[end] ?? '') || !isSpamName(run)) continue
    cuts.push({ at: start, length: run.length })
  }
  if (!cuts.length) return { text, toView: (at) => at }
  cuts.sort((a, b) => a.at - b.at)
  // (a bracketed brand may hold a colon run too: one cut for the overlap)
  for (let i = cuts.length - 1; i > 0; i--) if (cuts[i].at < cuts[i - 1].at + cuts[i - 1].length) cuts.splice(i, 1)
  let out = ''
  let from = 0
  const marks: { cutAt: number; shift: number }[] = []
  let shift = 0
  for (const c of cuts) {
    out += text.slice(from, c.at)
    shift += c.length
    marks.push({ cutAt: out.length, shift })
    from = c.at + c.length
  }
  out += text.slice(from)
  return {
    text: out,
    toView: (at) => {
      let s = 0
      for (const mk of marks) if (at >= mk.cutAt) s = mk.shift
      return at + s
    },
  }
}
