/**
 * A department's or an office's own report that also counts its whole system or place (pages README, scope
 * traps: "a count of the wrong thing"). The wider count comes first and the count rules take it:
 *   全市税务系统共收到政府信息公开申请41件，其中市局机关17件
 *   全市氣象部門（市局及所屬6個縣氣象局）全年共主動公開…1,860餘條，其中市局本級主動公開政府資訊150餘條
 *   全县各单位共主动公开信息2600多条。…县政府办公室主动公开政府信息348条
 *   全市各县区、市直各部门全年共收到政府信息公开申请412件…。2018年，市政府办公室共收到政府信息公开申请38件
 * When the report's body is a department or an office (not a place, not a place's government, whose 全市 counts are
 * its own), its title names that body, and the text gives the body's own count beside the wider one, the own count
 * is the report's.
 */
import type { ExtractedField } from '../../shared/document'
import { consider, mkField, type Ctx } from './context'
import { NUMBER_SOURCE, parseNumber } from './numbers'
import { regionOf } from './region-name'

const N = `(?:近|约|逾|超过)?(?:${NUMBER_SOURCE})(?:余|多)?`
/** a whole place's bodies or a vertical system as the subject (全市税务系统, 全县各单位, 全市各县区、市直各部门) */
// (or the place alone, 全县共受理…37件，其中本办受理5件: read only with the body's own part beside it)
// (or the nation's bodies of a central one's system: 全国各级气象部门)
const WIDE = /全(?:市|县|区|省|州|旗|盟|国)(?!政府)/
/** the body itself, as reports name it beside its system: 市局机关, 市局本级, 本级, 局机关, 本机关 */
const OWN_WORDS = '(?:市|县|区|州|省)?局(?:机关|本级)|本级|局机关|机关本级|本机关|本部门|本单位|[本我](?:局|办|委|厅)'

/** the body speaking of itself: 我办, 本局, 本机关 */
const SELF_WORDS = '[本我](?:局|办|委|厅|中心|机关|单位|部门)'
/** what a whole place's bodies did with their items: posted them on the portal too (全县各单位…共发布信息16,885条) */
const WIDE_VERB: Record<string, string> = {
  proactive_disclosures: '(?:主动)?(?:公开|发布)',
  applications_received: '(?:收到|受理|新收)',
}
const VERB: Record<string, string> = {
  proactive_disclosures: '主动(?:公开|发布)',
  applications_received: '(?:收到|受理|新收)',
}
const OBJECT: Record<string, RegExp> = {
  proactive_disclosures: /信息|资讯/,
  applications_received: /申请/,
}

/** the report's body is a place, or a place's government, whose whole-place counts are its own */
function speaksForThePlace(agency: string): boolean {
  const place = regionOf(agency)
  return place === agency || /(?:人民政府|政府|管理委员会|管委会)$/.test(agency)
}

/** the body's name without its places, and its 人民政府 → 政府 short form, each with the place's unit (市政府办公室) */
function ownForms(agency: string): string[] {
  const place = regionOf(agency) ?? ''
  const tail = agency.slice(place.length)
  if (tail.length < 2) return []
  const unit = place.slice(-1)
  const forms = [agency, tail, tail.replace('人民政府', '政府')]
  if (/[市县区州省]/.test(unit)) forms.push(unit + tail, unit + tail.replace('人民政府', '政府'))
  return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The body's own count when `chosen` is its system's or place's: from the chosen count's own sentence (…，其中市局机关17件)
 * or from a sentence whose subject is the body (…。市政府办公室共收到…38件). `chosen` null: the rules found the two
 * counts and kept neither.
 */
export function ownScopeCount(
  ctx: Ctx, field: 'proactive_disclosures' | 'applications_received', chosen: ExtractedField | null, agency: string | null, title: string | null,
): ExtractedField | null {
  // (most reports say no whole place's or system's count at all)
  if (!agency || speaksForThePlace(agency) || !WIDE.test(ctx.view.text)) return chosen
  const forms = ownForms(agency)
  // the title names the body, not only its place: a place's aggregate compiled by an office (宾川县2009年…报告, 本报告由
  // 宾川县人民政府办公室…编制) counts the place, the office's own share among its bodies' (其中县政府办公室受理3件);
  // without such a title (a spam brand in it), only the body saying 我办/本局 of itself is its own
  const titled = title !== null && forms.some((f) => title.includes(f))
  const own = titled ? `(?:${[...forms.map(escape), OWN_WORDS].join('|')})` : `(?:${SELF_WORDS})`
  const verb = VERB[field]
  const inSentence = new RegExp(`其中[，,]?\\s*${own}[^，,。；;\\d]{0,16}?(${N})(?:件|条)`)
  const asSubject = new RegExp(`^\\s*(?:\\d{4}年度?(?:以来)?[，,]?)?(?:[（(][一二三四五六七八九十]+[）)])?[^。；;，,\\d]{0,8}?${own}(?:全年|本年度?)?[^。；;\\d]{0,12}?${verb}[^。；;\\d]{0,24}?(${N})(?:件|条)`)
  // (in a report titled with the body, a statement of the year with no subject is its own: 本年新收…申请318件)
  const subjectless = titled ? new RegExp(`^\\s*(?:\\d{4}年度?[，,]?)?(?:本年度?|全年|今年)共?${verb}[^。；;\\d]{0,24}?(${N})(?:件|条)`) : null
  const wideVerb = new RegExp(WIDE_VERB[field])
  const wideCount = new RegExp(`${WIDE_VERB[field]}[^。；;\\d]{0,24}?(${N})(?:件|条)`)
  let wide: { value: number } | null = null
  const owned: { value: number; approximate: boolean; start: number; end: number }[] = []
  for (const s of ctx.sentences) {
    if (!OBJECT[field].test(s.text) || !wideVerb.test(s.text)) continue
    const w = WIDE.exec(s.text)
    if (w) {
      const count = wideCount.exec(s.text.slice(w.index))
      const p = count ? parseNumber(count[1]) : null
      if (p && (chosen === null || p.value === chosen.value)) {
        wide = { value: p.value }
        const tail = w.index + count!.index + count![0].length
        const part = inSentence.exec(s.text.slice(tail))
        const q = part ? parseNumber(part[1]) : null
        if (q && part) {
          const begin = s.start + tail + part.index + part[0].lastIndexOf(part[1])
          owned.push({ value: q.value, approximate: q.approximate, start: begin, end: begin + part[1].length })
        }
        continue
      }
    }
    const m = asSubject.exec(s.text) ?? subjectless?.exec(s.text) ?? null
    const p = m ? parseNumber(m[1]) : null
    if (m && p && !WIDE.test(m[0])) {
      const begin = s.start + m.index + m[0].lastIndexOf(m[1])
      owned.push({ value: p.value, approximate: p.approximate, start: begin, end: begin + m[1].length })
    }
  }
  const values = new Set(owned.map((o) => o.value))
  if (!wide || values.size !== 1 || owned[0].value === wide.value) return chosen
  if (chosen) consider(ctx, field, chosen.value as number, null, null, 0.4, `${field}.wider-scope`)
  const o = owned[0]
  return mkField(ctx, field, o.value, o.start, o.end, 0.7, `${field}.own-scope`, o.approximate)
}
