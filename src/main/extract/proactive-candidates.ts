/**
 * Candidates for a proactive-disclosure count the rules left empty or unsure (issue 12, point 5): the counts of the
 * sentences that speak of information made public (主动公开, 公开…信息, 发布…信息), which the count rules refuse
 * (one channel of several, a running total, parts with no total) or do not read. Never a field value —
 * prose-counts.ts decides that; these only fill the desk's keys 1–9: a stated whole (共, 累计, 合计) in the
 * clause of 主动公开 first, then counts in that clause, then the sentence's other counts.
 */
import { consider, type Ctx } from './context'
import { NUMBER_SOURCE, parseNumber } from './numbers'

/** how far into the text sentences are read: the disclosure section comes early */
const SCAN = 20_000
const ABOUT_DISCLOSURE = /主动公开|公开[^，,。；;]{0,20}信息|发布[^，,。；;]{0,20}信息|公开信息|发布信息/
/** requests, reviews, letters, visits: other counts */
const OTHER_MATTERS = /依申请|申请|申請|复议|復議|诉讼|訴訟|咨询|信箱|热线|信访|浏览|访问|点击|阅读|粉丝|关注/
const COUNT = new RegExp(`(?<![第\\d.])(${NUMBER_SOURCE})\\s*(余|多)?\\s*(条|條|件|篇|项|項|则|則)`, 'g')
/** the clause of the disclosure right before the count (…主动公开政府信息 120条, 公开各类信息共347条) */
const IN_CLAUSE = /(?:主动公开|公开|发布|發布)[^，,。；;、]{0,24}$/
const WHOLE = /(?:共|累计|累計|合计|合計|总计|總計|全年)[^，,。；;、]{0,24}$/

export function proactiveCountCandidates(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    if (s.start > SCAN) break
    const text = s.text
    if (!ABOUT_DISCLOSURE.test(text) || OTHER_MATTERS.test(text)) continue
    COUNT.lastIndex = 0
    for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
      const n = parseNumber(m[1] + (m[2] ?? '') + m[3])
      if (!n || n.value < 1 || (n.value >= 1900 && n.value <= 2100)) continue
      const before = text.slice(0, m.index)
      const inClause = IN_CLAUSE.test(before)
      const score = inClause && WHOLE.test(before) ? 0.4 : inClause ? 0.3 : 0.2
      consider(ctx, 'proactive_disclosures', n.value, s.start + m.index, s.start + m.index + m[0].length, score, 'proactive_disclosures.candidate-disclosure-sentence')
    }
  }
}
