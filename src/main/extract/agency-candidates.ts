/**
 * Suggestions for 发布机关 and 地区 (issue 11, point 4 and the review-effort bench): the organ names written
 * in the text, so that a reviewer fixing the agency chooses one with a number key instead of typing it.
 * The bench found the right name verbatim in the text for 35 of 37 agency fixes, yet the rules' own
 * candidates held it twice. This module only adds candidates; it never changes the value the extractor keeps.
 *
 * A name is a run of characters ending in an organ's word (人民政府, 局, 委员会, 办公室…) that opens with a
 * place the divisions data knows (or, failing that, at the start of a run of Chinese text) and that
 * agency-names.ts would credit as a full name. Where it stands ranks it: the title lines first, then the
 * signature at the end, then the body, more mentions before fewer.
 */
import type { ExtractedField, FieldCandidate } from '../../shared/document'
import { creditableName } from './agency-names'
import type { Ctx } from './context'
import { divisionNamesAt } from './divisions'
import { regionOf } from './region-name'
import { rawSpanOf } from './view'

/** the organ words a name may end in, longest first so 人民政府办公室 is read whole */
const ORGAN_END = /(人民政府办公室|人民政府办公厅|人民政府|委员会|管委会|管理委员会|办事处|办公室|办公厅|局|厅|院|署|中心)/g
const HAN = /[\u3400-\u9fff]/
/** longest name looked at, in characters */
const MAX_NAME = 30
/** where a name stands: the head of the text (title lines), its tail (signature), the body */
const HEAD_CHARS = 300
const TAIL_CHARS = 400
const SCORE = { head: 0.95, tail: 0.9, body: 0.6 } as const
/** a name only inside a quoted document title */
const QUOTED_SCORE = 0.4
/** at most this many agency suggestions (the desk shows 9 and keeps room for the rules' own) */
const MAX_AGENCY = 9
/** a long text is read at its head and tail and this much of its body (names are near the start or end) */
const SCAN_CHARS = 60_000

interface Found { value: string; start: number; end: number; score: number; mentions: number }

/** 龙山县财政局和龙山县教育局: two bodies joined, each offered on its own (住房和城乡建设局 is one) */
function joinsTwo(name: string): boolean {
  for (let i = 1; i < name.length - 2; i++) {
    if (/[和与及、]/.test(name[i]) && divisionNamesAt(name.slice(i + 1)).length > 0) return true
  }
  return false
}

/** The name that ends at `end` in `text` (view offsets), or null: the longest credible one. */
function nameEndingAt(text: string, end: number): { value: string; start: number } | null {
  let runStart = end
  while (runStart > 0 && end - runStart < MAX_NAME && HAN.test(text[runStart - 1])) runStart--
  // a known place at the start, longest name first
  for (let s = runStart; s <= end - 4; s++) {
    const name = text.slice(s, end)
    if (divisionNamesAt(name).length === 0 || joinsTwo(name)) continue
    if (creditableName(name) === 'full' && !endsPastAName(name)) return { value: name, start: s }
  }
  // a place the data does not know (a new district, a township): only where Chinese text begins, after the date's or
  // number's last character and a linking verb (2009年市环保局, 2号香蜜湖街道办事处, 请与海关总署…: real pages, session 13)
  if (runStart === 0 || !HAN.test(text[runStart - 1])) {
    const lead = leadNotName(text.slice(runStart, end))
    const whole = text.slice(runStart + lead, end)
    if (whole.length >= 4 && creditableName(whole) === 'full' && !endsPastAName(whole)) return { value: whole, start: runStart + lead }
  }
  return null
}

/** words that go on after a body's name and are no part of one: a verb or a linking word (海南海事局通过局门户网站) */
const GOES_ON = /^(?:通过|归口|负责|按照|根据|依据|依托|围绕|结合|组织|加强|坚持|认真|进一步|对|在|以|和|与|及|的|是|为|将|把|向|从|于)/
/** a name's organ word at the end of a string (the words of ORGAN_END, and 政府) */
const ORGAN_AT_END = new RegExp(`(?:${ORGAN_END.source}|政府)$`)

/**
 * A run that holds a whole name and goes on past it (sixth set of real pages): another body glued on
 * (山东海事局烟台海事局济南海事局, a list whose separators were lost) or a verb and more organ words
 * (广西海事局办公室归口管理全局). The name itself is found at its own end.
 */
function endsPastAName(name: string): boolean {
  for (let k = 4; k <= name.length - 2; k++) {
    const head = name.slice(0, k)
    if (!ORGAN_AT_END.test(head)) continue
    const rest = name.slice(k)
    if ((GOES_ON.test(rest) || divisionNamesAt(rest).length > 0 || opensWithAName(rest)) && creditableName(head) === 'full') return true
  }
  return false
}

/** `s` opens with a whole name of its own (烟台海事局… after 山东海事局) */
function opensWithAName(s: string): boolean {
  for (let k = 4; k <= s.length; k++) if (ORGAN_AT_END.test(s.slice(0, k)) && creditableName(s.slice(0, k)) === 'full') return true
  return false
}

/** what opens a run of Chinese text before a name and is none of it: a date's or a number's last character, a linking verb */
// (an enumeration's 二是 and 紧紧围绕 too: 二是在区政府信息办公室…, 紧紧围绕度假区中心工作; seventh set of real pages)
// (a date's last characters only where the run starts, 2022年度梁徐街道…; 度假区 keeps its 度: 2020年度假区…, 紧紧围绕度假区)
// (并, 立足, 编制, 紧密, 明确 too: 并在镇便民服务中心, 立足全省教育工作中心, 明确街道办公室…; the review desk's suggestions, session 15)
// (成立, 设立, 组建 too: 成立县水利局宣传信息报道工作领导小组 names no 成立县; set 29 of real pages)
const LEAD_NOT_NAME = /^(?:(?:[年月日号期]|度(?!假))(?=[\u4e00-\u9fa5])){0,2}(?:[一二三四五六七八九十]是|请与|可与|请联系|通过|结合|紧扣|紧紧|紧密|明确|围绕|按照|根据|依据|依托|配合|立足|编制|成立|设立|设在|组建|并|为|由|对|向|与|在|经|于|和|及|将|以)*/
/** how many characters of `s` open it and are no part of a name */
const leadNotName = (s: string): number => LEAD_NOT_NAME.exec(s)?.[0].length ?? 0

/** the offset `at` lies inside a quoted title (《…》): a body named there issued what is cited, it does not report */
export function insideQuotedTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at)
  return open >= 0 && text.lastIndexOf('》', at) < open && at - open < 80
}

/** one character before a phrase that may start a township's name: a linking word or the year */
const PHRASE_BEFORE = /[与和及由对在向是为了度年将的经于请]/
/** characters never in a township's own name (我乡, 全镇, 各乡镇, 县乡) */
const NOT_TOWNSHIP_NAME = /[我本该全各其此每乡镇村县市区省州的了在和与及年度]/
/** a unit's character opening a word (乡镇, 乡村, 镇街, 街道办 is a unit): 及时公布乡镇…, 突出乡村振兴 name no township */
const UNIT_IN_WORD = /^(?:乡[镇村]|镇[街村])/
const TOWNSHIP_ORGAN = /^(人民政府|政府|办事处|党政综合办公室|党政办公室|党政办|党委)/
/** a township's own name (two or three characters and its unit: 金坑乡, 冲口街道), at the start of a phrase */
const TOWNSHIP = /^([\u4e00-\u9fa5]{2,3}?)(?:街道|镇|乡)/
/** a township's own name before its unit: none of 我/全/各…, no linking verb opening it (结合我镇, 为我镇) */
const ownTownshipName = (own: string): boolean => !NOT_TOWNSHIP_NAME.test(own) && leadNotName(own) === 0
/** what may follow a place that is itself the body of a report: its year, the report's words, an organ word */
const AFTER_PLACE = /^(?:$|[^\u3400-\u9fff]|政府信息|政务公开|人民政府|政府|办事处|党委|党工委)/

/**
 * Places that are themselves the body of a place-wide report (四川省, 冲口街道, 大垅乡: gold names a place
 * alone 12 times in the pages set): a known place or a township at the start of a phrase in the title lines,
 * or a township before its organ word anywhere (金坑乡人民政府, offered whole and alone).
 */
function placesAlone(text: string, byName: ReadonlyMap<string, Found>): Found[] {
  const out = new Map<string, Found>()
  const add = (value: string, start: number, score: number) => {
    if (byName.has(value) || out.has(value) || creditableName(value) === null) return
    out.set(value, { value, start, end: start + value.length, score, mentions: 1 })
  }
  const head = Math.min(text.length, HEAD_CHARS)
  for (let s = 0; s < head; s++) {
    if (!HAN.test(text[s]) || /[年度]/.test(text[s]) || (s > 0 && HAN.test(text[s - 1]) && !/[年度]/.test(text[s - 1]))) continue
    const rest = text.slice(s, s + MAX_NAME)
    for (const n of divisionNamesAt(rest)) if (AFTER_PLACE.test(rest.slice(n.name.length))) add(n.name, s, SCORE.head - 0.05)
    const t = TOWNSHIP.exec(rest)
    if (t && AFTER_PLACE.test(rest.slice(t[0].length)) && ownTownshipName(t[1])) add(t[0], s, SCORE.head - 0.05)
  }
  // townships anywhere (the data lists none): 金坑乡, 三溪乡党政办, 唐村镇人民政府; each offered alone and with its organ word
  const unit = /(街道|镇|乡)/g
  for (let m = unit.exec(text); m && m.index < SCAN_CHARS; m = unit.exec(text)) {
    const u = m.index
    for (const n of [2, 3]) {
      const start = u - n
      if (start < 0 || (start > 0 && HAN.test(text[start - 1]) && !PHRASE_BEFORE.test(text[start - 1]))) continue
      const own = text.slice(start, u)
      if (!/^[\u4e00-\u9fa5]+$/.test(own) || !ownTownshipName(own) || UNIT_IN_WORD.test(text.slice(u, u + 2))) continue
      const place = own + m[1]
      const where = start < HEAD_CHARS ? SCORE.head : start >= text.length - TAIL_CHARS ? SCORE.tail : SCORE.body
      const seen = out.get(place)
      if (seen) seen.mentions++
      else add(place, start, where - 0.06 - (n - 2) * 0.01)
      const organ = TOWNSHIP_ORGAN.exec(text.slice(u + m[1].length, u + m[1].length + 6))
      if (organ) add(place + organ[0], start, where - 0.02 - (n - 2) * 0.01)
    }
  }
  return [...out.values()]
}

/** Organ names written in the text, best first. */
export function organNamesInText(ctx: Ctx): Found[] {
  const text = ctx.view.text
  const byName = new Map<string, Found>()
  const scanEnd = text.length > SCAN_CHARS ? SCAN_CHARS : text.length
  const ranges: [number, number][] = [[0, scanEnd]]
  if (scanEnd < text.length) ranges.push([Math.max(scanEnd, text.length - TAIL_CHARS * 5), text.length])
  for (const [from, to] of ranges) {
    ORGAN_END.lastIndex = from
    for (let m = ORGAN_END.exec(text); m && m.index < to; m = ORGAN_END.exec(text)) {
      const end = m.index + m[0].length
      // (签署, 部署 end in 署 and name no 署: …和同程文化签署)
      if (m[0] === '署' && /[签部]/.test(text[m.index - 1] ?? '')) continue
      const hit = nameEndingAt(text, end)
      if (!hit) continue
      const where = hit.start < HEAD_CHARS ? 'head' : hit.start >= text.length - TAIL_CHARS ? 'tail' : 'body'
      // (the issuer of a notice the report cites, 《国务院办公厅政府信息与政务公开办公室关于…》, is offered last)
      const score = insideQuotedTitle(text, hit.start) ? QUOTED_SCORE : SCORE[where]
      const seen = byName.get(hit.value)
      if (seen) {
        seen.mentions++
        if (score > seen.score) Object.assign(seen, { start: hit.start, end, score })
      } else byName.set(hit.value, { value: hit.value, start: hit.start, end, score, mentions: 1 })
    }
  }
  for (const p of placesAlone(text, byName)) byName.set(p.value, p)
  // (no body's name holds 我 or the particle 了: 是我省全面深化改革开局, 对照县政府统一要求修订了本局 are sentences)
  for (const name of byName.keys()) if (/[我了]/.test(name)) byName.delete(name)
  const rank = (f: Found) => f.score + Math.min(f.mentions - 1, 4) * 0.01
  return [...byName.values()].sort((a, b) => rank(b) - rank(a) || a.start - b.start)
}

/**
 * The candidates with the agency names of the text added, and the region of each (the kept agency's region
 * first): always, as a name the rules kept with confidence can still be wrong (11 of the bench's 37 agency
 * fixes). The kept values are left out; the rules' own candidates keep their place when they score higher.
 */
export function withAgencyCandidates(ctx: Ctx, fields: readonly ExtractedField[], candidates: readonly FieldCandidate[]): FieldCandidate[] {
  const kept = (id: string) => fields.find((f) => f.field === id)?.value ?? null
  const keptAgency = kept('agency')
  const keptRegion = kept('region')
  const agency: FieldCandidate[] = candidates.filter((c) => c.field === 'agency')
  for (const f of organNamesInText(ctx)) {
    if (f.value === keptAgency || agency.some((c) => c.value === f.value)) continue
    agency.push({ field: 'agency', value: f.value, span: rawSpanOf(ctx.view, f.start, f.end), score: f.score, rule: 'agency.named-in-text' })
  }
  agency.sort((a, b) => b.score - a.score)
  const region: FieldCandidate[] = []
  const addRegion = (c: FieldCandidate) => {
    if (c.value === keptRegion || region.some((r) => r.value === c.value)) return
    region.push(c)
  }
  // the region the kept agency names comes first: it is what the desk derives when the agency is set
  const keptAgencyField = fields.find((f) => f.field === 'agency')
  if (typeof keptAgency === 'string') {
    const r = regionOf(keptAgency)
    if (r) addRegion({ field: 'region', value: r, span: keptAgencyField?.span ?? null, score: 1, rule: 'region.of-agency' })
  }
  for (const c of candidates) if (c.field === 'region') addRegion(c)
  for (const a of agency) {
    if (typeof a.value !== 'string') continue
    const r = regionOf(a.value)
    if (r) addRegion({ field: 'region', value: r, span: a.span, score: a.score * 0.9, rule: `region.of-${a.rule}` })
  }
  const rest = candidates.filter((c) => c.field !== 'agency' && c.field !== 'region')
  return [...agency.slice(0, MAX_AGENCY), ...region.slice(0, MAX_AGENCY), ...rest]
}
