/**
 * A province-, city- or county-wide report that names no compiling body (issue 12; pages README: "City-,
 * province- or zone-wide aggregate reports that name no compiling body get the place"): its sentences speak
 * for the whole place (全省各级行政机关…, 我省…), and the place is the one whose government the text names
 * (四川省人民政府网站, 四川省人民政府信息公开办公室) with the unit the scope word gives (全省 → a 省).
 * A department's report mentions 全市 too, so a text that speaks as one body (我局, 本机关) gets nothing here.
 */
import { insideQuotedTitle } from './agency-candidates'
import { isPlaceName } from './agency-names'
import type { Ctx } from './context'
import { divisionNamesAt, divisionsByName } from './divisions'
import { regionOf } from './region-name'
import { OPENING_VERB, type NameHit } from './agency-sentences'
import { abbreviates, agencyLike } from './agency-names'

/** the report speaking for a whole place: its bodies at every level, or the place as "we" */
// (我区政府及所属各部门: the government with all its departments, the place as a whole; set 80 of real pages)
const SCOPE = /全(省|市|县|区|州)(?=各级|各地|各部门|各单位|政府系统|行政机关|各县|各乡镇)|我(省|市|县|区|州)(?:(?:人民)?政府(?=及其?(?:所属)?各部门|各部门))?(?![委政直属级])/g
/**
 * …or, for a text naming no body at all, the place's disclosure work as a whole (全省政府信息公开工作取得新突破: wild-final
 * w010); not where a title names the place (a place's coordinating office reports so too: pages p026)
 */
const SCOPE_WORK = /全(省|市|县|区|州)(?=政府信息公开工作|政务公开工作)/g
/** the text speaking as one body: a department's or an office's report, not the place's */
// (我街 too, a street office's short self-name: 2018年，我街按照区政府的统一部署…; set 51 of real pages)
const ONE_BODY = /(?:我|本)(?:局|委|办|厅|院|中心|机关|单位|部门|署|处|站|所|队|公司|镇|乡|街道|街(?![头面巷区])|苏木)(?![\u4e00-\u9fa5]{0,1}(?:各|所属))/
const GOVERNMENT = /人民政府/g
/** a city's counties named as its parts: 各县(市、区), 市、县两级, 县市区 */
const HAS_COUNTIES = /县[（(]市[、，,]区[）)]|各县|市、县两级|县市区|县区/
/** longest place looked for before 人民政府 (湘西土家族苗族自治州) */
const MAX_PLACE = 12
const SCAN = 4000

/** the unit a place's name ends with, as the scope word writes it (自治区 → 区, 自治州 → 州) */
function unitOf(place: string): string {
  return place.endsWith('自治区') ? '省' : place.slice(-1)
}

const SITE_NAME = /^[\u4e00-\u9fa5]{2,16}(?:人民政府|政府)(?:门户网站|网站|网|门户网)?$/
function siteNameLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1
  const to = text.indexOf('\n', at)
  const line = text.slice(from, to < 0 ? text.length : to).trim()
  return SITE_NAME.test(line) && /网/.test(line)
}

/**
 * the name at [at, end) issues a document the report cites (《温州市人民政府办公室关于印发…》): inside 《》 and followed by
 * its 关于. A place a cited title is about (《成都市政府信息公开规定》, the city's own rules) is still the place's.
 */
function issuerOfCitedDocument(text: string, at: number, end: number): boolean {
  return insideQuotedTitle(text, at) && /^[^《》。]{0,12}?关于/.test(text.slice(end, end + 16))
}

/** The places named as a government (X人民政府) in `text`, each with its count, in order of first mention. */
function governmentsNamed(text: string): Map<string, { count: number; start: number }> {
  const out = new Map<string, { count: number; start: number }>()
  GOVERNMENT.lastIndex = 0
  for (let m = GOVERNMENT.exec(text); m; m = GOVERNMENT.exec(text)) {
    // (the host portal's name alone on its line, 六盘水市人民政府网, is where the page is, not the report's place: two
    // session-12 blind writers)
    if (siteNameLine(text, m.index)) continue
    // (nor the issuer of a document the report cites, 《温州市人民政府办公室关于印发…的通知》: a superior; tenth set)
    if (issuerOfCitedDocument(text, m.index, m.index + m[0].length)) continue
    for (let k = Math.min(MAX_PLACE, m.index); k >= 2; k--) {
      const s = text.slice(m.index - k, m.index)
      if (divisionNamesAt(s).length === 0 || regionOf(s) !== s || !isPlaceName(s)) continue
      const seen = out.get(s)
      if (seen) seen.count++
      else out.set(s, { count: 1, start: m.index - k })
      break
    }
  }
  return out
}

/**
 * The known places of one unit named anywhere in `text` (《2015年青山市推进…要点》, 青山市政务服务网), each
 * with its count: the longest known name ending at each of the unit's characters.
 */
function placesNamed(text: string, unit: string): Map<string, { count: number; start: number }> {
  const out = new Map<string, { count: number; start: number }>()
  const unitChar = unit === '省' ? /[省区]/ : new RegExp(unit)
  for (let u = 0; u < text.length; u++) {
    if (!unitChar.test(text[u])) continue
    for (let k = Math.min(MAX_PLACE, u + 1); k >= 2; k--) {
      const name = text.slice(u + 1 - k, u + 1)
      if (divisionsByName(name).length === 0 || unitOf(name) !== unit || issuerOfCitedDocument(text, u + 1 - k, u + 1)) continue
      const seen = out.get(name)
      if (seen) seen.count++
      else out.set(name, { count: 1, start: u + 1 - k })
      break
    }
  }
  return out
}

/** the one place named most often, when one is; with `atLeast` mentions */
function mostNamed(places: [string, { count: number; start: number }][], atLeast: number): [string, { count: number; start: number }] | null {
  if (!places.length) return null
  const best = Math.max(...places.map(([, v]) => v.count))
  const top = places.filter(([, v]) => v.count === best)
  return top.length === 1 && best >= atLeast ? top[0] : null
}

/** the text speaks for a whole place (全市各级行政机关…, 我省…) of the unit `unit` ends with, and never as one body (我局) */
export function speaksForWholePlace(ctx: Ctx, place: string): boolean {
  const text = ctx.view.text.slice(0, SCAN)
  if (ONE_BODY.test(text)) return false
  const units = new Set<string>()
  SCOPE.lastIndex = 0
  for (let m = SCOPE.exec(text); m; m = SCOPE.exec(text)) units.add(m[1] ?? m[2])
  return units.size === 1 && units.has(unitOf(place))
}

export function fromScope(ctx: Ctx): NameHit | null {
  const text = ctx.view.text.slice(0, SCAN)
  if (ONE_BODY.test(text)) return null
  const units = new Set<string>()
  SCOPE.lastIndex = 0
  for (let m = SCOPE.exec(text); m; m = SCOPE.exec(text)) units.add(m[1] ?? m[2])
  SCOPE_WORK.lastIndex = 0
  for (let m = SCOPE_WORK.exec(text); m; m = SCOPE_WORK.exec(text)) units.add(m[1])
  // one scope only: a report that speaks of 全省 and 全市 alike is a city's inside a province, or unclear
  if (units.size !== 1) return null
  const unit = [...units][0]
  // the place named as a government (四川省人民政府网站); failing that, the place of that unit the text
  // names most, twice at least (《2015年青山市推进政府信息公开工作要点》, 青山市政务服务网)
  // (a city whose counties the text names, 市、县(市、区)领导班子…, is a prefecture: a county-level city it names, 如南康市制定
  // 下发了《南康市…》, is one of its own; set 50 of real pages)
  const ofItsKind = ([p]: [string, unknown]): boolean => !(unit === '市' && HAS_COUNTIES.test(text)) || divisionsByName(p).some((d) => d.level === 'prefecture')
  const governments = [...governmentsNamed(text)].filter(([p]) => unitOf(p) === unit).filter(ofItsKind)
  const top = governments.length ? mostNamed(governments, 1) : mostNamed([...placesNamed(text, unit)].filter(ofItsKind), 2)
  if (!top) return null
  const [value, { start }] = top
  return { value, start, end: start + value.length, rule: 'agency.scope-place', confidence: 0.5, kind: 'place' }
}

/**
 * A place's title over a body's own account (昆明市2009年…报告, then 市政府办公厅按照…, 市政府办公厅成立了…): the
 * body the sentences have as their subject, written short with its unit (市政府办公厅), is the report's body,
 * in the full form the text writes elsewhere (昆明市人民政府办公厅关于…的通知). Not for a report that speaks
 * for the whole place (全市各级行政机关, 我市), nor when two bodies share the sentences, nor without the full form.
 */
const SHORT_SUBJECT = new RegExp(`(?:^|[，,。；;\\n]|\\d{4}年度?[，,]?)((?:省|市|县|区|州)[\\u4e00-\\u9fa5]{1,10}?(?:办公厅|办公室|委员会|局|厅|中心))(?=于|成立|印发|制定|${OPENING_VERB})`, 'g')

export { abbreviates } from './agency-names'

export function selfNamedBody(ctx: Ctx, place: string): NameHit | null {
  const text = ctx.view.text.slice(0, SCAN)
  SCOPE.lastIndex = 0
  if (SCOPE.test(text)) return null
  const counts = new Map<string, number>()
  SHORT_SUBJECT.lastIndex = 0
  for (let m = SHORT_SUBJECT.exec(text); m; m = SHORT_SUBJECT.exec(text)) {
    if (m[1][0] === unitOf(place)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1)
  }
  if (counts.size !== 1) return null
  const [short, n] = [...counts][0]
  if (n < 2) return null
  const organ = short.match(/(办公厅|办公室|委员会|局|厅|中心)$/)![1]
  // the full form written in the text: the place, then the short name's words in order, ending alike
  const full = new RegExp(`${place}[\\u4e00-\\u9fa5]{1,12}?${organ}`, 'g')
  for (let m = full.exec(ctx.view.text); m; m = full.exec(ctx.view.text)) {
    const v = m[0]
    if (agencyLike(v) && abbreviates(short.slice(1), v.slice(place.length))) {
      return { value: v, start: m.index, end: m.index + v.length, rule: 'agency.short-subject', confidence: 0.6, kind: 'full' }
    }
  }
  return null
}
