/**
 * Candidates for a headline count the rules left empty or unsure (issue 12, point 5): the counts of the sentences
 * that speak of the field's matter, which the count rules refuse (one channel of several, a running total, parts
 * with no total) or do not read. Never a field value — prose-counts.ts decides that; these only fill the desk's
 * keys 1–9, the likeliest first. Over the 18 wild sets they offer the right value for 14 of 23 request counts left
 * empty (2 before) and 50 of 66 proactive counts (15 before).
 */
import { consider, type Ctx } from './context'
import { NUMBER_SOURCE, parseNumber, type ParsedNumber } from './numbers'

/** how far into the text sentences are read: the disclosure and request sections come early */
const SCAN = 20_000

interface SentenceCounts {
  field: string
  rule: string
  /** a sentence about the field's matter… */
  about: RegExp
  /** …and not about another's */
  other: RegExp
  /** the count with its unit */
  count: RegExp
  /** what parseNumber reads of a match */
  number: (m: RegExpExecArray) => string
  keep: (n: ParsedNumber) => boolean
  /** the candidate's score from the sentence and the words before the count */
  score: (sentence: string, before: string) => number
}

/** the clause of `text` (between ，；) that holds [from, to) */
function clauseAround(text: string, from: number, to: number): string {
  const start = Math.max(text.lastIndexOf('，', from), text.lastIndexOf(',', from), text.lastIndexOf('；', from), text.lastIndexOf(';', from)) + 1
  const ends = ['，', ',', '；', ';'].map((c) => text.indexOf(c, to)).filter((i) => i >= 0)
  return text.slice(start, ends.length ? Math.min(...ends) : text.length)
}

function sentenceCounts(ctx: Ctx, spec: SentenceCounts): void {
  for (const s of ctx.sentences) {
    if (s.start > SCAN) break
    const text = s.text
    if (!spec.about.test(text)) continue
    spec.count.lastIndex = 0
    for (let m = spec.count.exec(text); m; m = spec.count.exec(text)) {
      // another matter is refused in the count's own clause, not the whole sentence (…全区累计主动公开政府信息658条，围绕
      // 社会关注度高的领域…: 关注 names no followers there; real page, session 13)
      if (spec.other.test(clauseAround(text, m.index, m.index + m[0].length))) continue
      const n = parseNumber(spec.number(m))
      if (!n || !spec.keep(n)) continue
      consider(ctx, spec.field, n.value, s.start + m.index, s.start + m.index + m[0].length, spec.score(text, text.slice(0, m.index)), spec.rule)
    }
  }
}

/** the clause of the disclosure right before the count (…主动公开政府信息 120条, 公开各类信息共347条) */
const DISCLOSURE_CLAUSE = /(?:主动公开|公开|发布|發布)[^，,。；;、]{0,24}$/
const WHOLE = /(?:共|累计|累計|合计|合計|总计|總計|全年)[^，,。；;、]{0,24}$/

/** the sentences about information made public (主动公开, 公开…信息, 发布…信息): a stated whole in the clause of 主动公开 first */
const PROACTIVE: SentenceCounts = {
  field: 'proactive_disclosures',
  rule: 'proactive_disclosures.candidate-disclosure-sentence',
  about: /主动公开|公开[^，,。；;]{0,20}信息|发布[^，,。；;]{0,20}信息|公开信息|发布信息/,
  // requests, reviews, letters, visits: other counts
  other: /依申请|申请|申請|复议|復議|诉讼|訴訟|咨询|信箱|热线|信访|浏览|访问|点击|阅读|粉丝|关注/,
  count: new RegExp(`(?<![第\\d.])(${NUMBER_SOURCE})\\s*(余|多)?\\s*(条|條|件|篇|项|項|则|則)`, 'g'),
  // (the approximate mark and the unit with it: 300余条)
  number: (m) => m[1] + (m[2] ?? '') + m[3],
  keep: (n) => n.value >= 1 && !(n.value >= 1900 && n.value <= 2100),
  score: (_, before) => (DISCLOSURE_CLAUSE.test(before) ? (WHOLE.test(before) ? 0.4 : 0.3) : 0.2),
}

const RECEIVED = /收到|受理|接到|接收|共收|收悉|提出/
/** the count right after the requests are named, in the same clause (依申请公开0件, 申请公开事项5件) */
const RIGHT_AFTER_REQUEST = /申[请請][^，,。；;、]{0,14}$/

/** the sentences about requests (依申请公开4件, 累计收到政府信息公開申請2件): a receiving verb's and the count right after the requests first */
const REQUESTS: SentenceCounts = {
  field: 'applications_received',
  rule: 'applications_received.candidate-request-sentence',
  about: /申请|申請/,
  // requests of another kind, or their outcomes: reviews, lawsuits, letters, hotlines, licences
  other: /复议|復議|诉讼|訴訟|咨询|諮詢|信箱|热线|熱線|信访|信訪|12345|来信|留言|许可|許可|审批|審批|办件/,
  count: new RegExp(`(?<![第\\d.])(${NUMBER_SOURCE})\\s*(?:件|条|條|次|宗|人次|个|個)(?![月日])`, 'g'),
  number: (m) => m[1],
  // (a rough figure or a big page count is not a year's requests)
  keep: (n) => !n.approximate && n.value < 1000,
  score: (sentence, before) => (RECEIVED.test(sentence) ? 0.35 : 0.25) + (RIGHT_AFTER_REQUEST.test(before) ? 0.1 : 0),
}

export function proactiveCountCandidates(ctx: Ctx): void {
  sentenceCounts(ctx, PROACTIVE)
}

export function requestCountCandidates(ctx: Ctx): void {
  sentenceCounts(ctx, REQUESTS)
}
