/**
 * Candidates for a request count the rules left empty or unsure (issue 12, point 5): the counts of the sentences that
 * speak of requests (依申请公开4件, 收到申请公开政府信息的要求0条, 累计收到政府信息公開申請2件), which the count rules
 * refuse or do not read. Never a field value — prose-counts.ts decides that; these only fill the desk's keys 1–9, a
 * sentence with a receiving verb first. Over 15 wild sets, 2 of the 23 request counts left empty had a candidate.
 */
import { consider, type Ctx } from './context'
import { NUMBER_SOURCE, parseNumber } from './numbers'

/** how far into the text sentences are read: the request section of a long report comes early */
const SCAN = 20_000
const ABOUT_REQUESTS = /申请|申請/
/** requests of another kind, or their outcomes: reviews, lawsuits, letters, hotlines, licences */
const OTHER_MATTERS = /复议|復議|诉讼|訴訟|咨询|諮詢|信箱|热线|熱線|信访|信訪|12345|来信|留言|许可|許可|审批|審批|办件/
const RECEIVED = /收到|受理|接到|接收|共收|收悉|提出/
/** the count right after the requests are named, in the same clause (依申请公开0件, 申请公开事项5件) */
const RIGHT_AFTER_REQUEST = /申[请請][^，,。；;、]{0,14}$/
const COUNT = new RegExp(`(?<![第\\d.])(${NUMBER_SOURCE})\\s*(件|条|條|次|宗|人次|个|個)(?![月日])`, 'g')

export function requestCountCandidates(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    if (s.start > SCAN) break
    const text = s.text
    if (!ABOUT_REQUESTS.test(text) || OTHER_MATTERS.test(text)) continue
    const base = RECEIVED.test(text) ? 0.35 : 0.25
    COUNT.lastIndex = 0
    for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
      const n = parseNumber(m[1])
      // (a year or a big page count is not a year's requests)
      if (!n || n.approximate || n.value >= 1000) continue
      const score = base + (RIGHT_AFTER_REQUEST.test(text.slice(0, m.index)) ? 0.1 : 0)
      consider(ctx, 'applications_received', n.value, s.start + m.index, s.start + m.index + m[0].length, score, 'applications_received.candidate-request-sentence')
    }
  }
}
