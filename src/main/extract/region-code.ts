/**
 * region_code and admin_level: the region (as found by the region rule) looked up in the divisions data,
 * and the level of the reporting body. No value is better than a wrong one: a name several units share
 * (东区, 城关区, 通州区) gets a code only when a province or prefecture named in the head of the
 * document picks exactly one of them; a name the data does not know gets no code.
 *
 * Township bodies (镇/乡/街道): the 6-digit GB/T 2260 scheme stops at the county, so a township's
 * region_code is the code of its county (the smallest unit the scheme has), with admin_level township;
 * a township under a prefecture without counties (东莞市) gets the prefecture's code. A township whose
 * county is not named gets no code.
 */
import type { ExtractedField } from '../../shared/document'
import type { ADMIN_LEVELS } from '../../shared/fields'
import { type Ctx, mkField } from './context'
import { aliasesOf, ancestorsOf, divisionNamesAt, isWithin, provinceShortName, PROVINCE_SHORT_NAMES, type Division } from './divisions'
import { leadingPlaces, type AgencyHit, type TitleHit } from './profile-fields'
import { rawSpanOf } from './view'
import { MINISTRIES } from './agency-names'

type AdminLevel = (typeof ADMIN_LEVELS)[number]

/** Lines at the head of the clean text searched for a province or prefecture that settles an ambiguous name. */
const CONTEXT_LINES = 12
/** failing the head, the body's first characters and the signature's lines (a shared name's province said there) */
const BODY_CHARS = 4000
const TAIL_LINES = 12

const TOWNSHIP_PLACE = /(镇|乡|街道)$/
/** a branch office of a city's or province's body, below the unit its name starts with */
const BRANCH_AGENCY = /分局$/
const TOWNSHIP_AGENCY = /(?:镇|乡)(?:人民政府|政府)$|街道办事处$|街道$/

/** The level a unit's name says by itself, when the data does not know the unit. 市 and 区 need the data. */
function levelBySuffix(place: string): AdminLevel | null {
  // 全省, 本县: a unit character after one more is a word, not a name
  if (place.length < 3) return null
  if (/(省|自治区)$/.test(place)) return 'province'
  if (/(自治州|盟|地区)$/.test(place)) return 'prefecture'
  if (/(县|旗)$/.test(place)) return 'county'
  return null
}

// ---- central ------------------------------------------------------------------------------------

const NATIONAL_PREFIX = /^(?:中华人民共和国|国务院|国家|中国|中央)/
const CENTRAL_END = /(?:部|委员会|总局|局|总署|署|银行|办公厅|办公室|院)$/
/** a branch of a national body: 国家统计局XX调查队, 国家外汇管理局XX分局 */
const BRANCH_END = /(?:分局|分署|分行|分会|调查队|调查总队|支队|总队|站|所)$/
const COMMON_WORDS = /(?:市场|城市|城乡|市政|都市|社区)/g

/** A national body: a national name, no place in it. */
function isCentralAgency(name: string): boolean {
  const bare = name.replace(/^中华人民共和国/, '')
  if (MINISTRIES.has(bare)) return true
  if (!NATIONAL_PREFIX.test(name) || !CENTRAL_END.test(name) || BRANCH_END.test(name)) return false
  if (/[（）()·]/.test(name)) return false
  // a place inside the name makes it a local office of a national body (国家税务总局上海市税务局)
  if (/[省市县州盟旗区]/.test(name.replace(COMMON_WORDS, ''))) return false
  // (a province's name without its unit, 上海, 广西: a national body's name never holds one)
  return !PROVINCE_SHORT_NAMES.some((p) => name.includes(p))
}


// ---- resolving the region -----------------------------------------------------------------------

interface Resolved {
  /** the smallest unit found, or null */
  unit: Division | null
  /** the places name a township below that unit */
  township: boolean
  /** a shared name was settled by the document's head */
  byContext: boolean
  /** the last place read when no unit could be given (unknown, contradicting or shared): its unit character may still say the level */
  lastName: string | null
  /** characters of the text the places take */
  consumed: number
}

/** Names in free text that point to a unit: full name, short forms, a province's name without its unit. */
function namesPointingTo(d: Division): string[] {
  const out = [d.name]
  if (d.level === 'province') out.push(provinceShortName(d.name))
  else out.push(...aliasesOf(d.name))
  return out.filter((n) => n.length >= 2)
}

/** Candidates whose province or prefecture is named in the context; the one left, if exactly one. */
function pickByContext(cands: readonly Division[], context: string): Division | null {
  const hits = cands.filter((c) => ancestorsOf(c).some((a) => namesPointingTo(a).some((n) => context.includes(n))))
  return hits.length === 1 ? hits[0] : null
}

/**
 * The places at the head of `text`, read with the data (longest known name first, each inside the one
 * before it), so a name with 城市/和/都 in it (晋城市, 和田地区, 成都市) is read whole. A place the data does
 * not know (an old name, 襄樊市; a 开发区) is stepped over by its unit; a township ends the reading.
 * With `knownOnly`, only known units inside `from` are read (the rest of an agency name after its region).
 */
function readPlaces(text: string, context: () => string[], from: Division | null = null, knownOnly = false): Resolved {
  let pos = 0
  let scope = from
  let byContext = false
  let township = false
  let lastName: string | null = null
  for (let step = 0; step < 6 && pos < text.length; step++) {
    const rest = text.slice(pos)
    const names = divisionNamesAt(rest)
    const inScope = names
      .map((n) => ({ name: n.name, cands: scope ? n.divisions.filter((c) => c !== scope && isWithin(c, scope!)) : n.divisions }))
      .find((n) => n.cands.length > 0)
    if (inScope) {
      let cands = inScope.cands
      if (cands.length > 1) {
        // a shared name: the next known place may settle it, else the head of the document
        const next = divisionNamesAt(text.slice(pos + inScope.name.length))[0]
        if (next) {
          const narrowed = cands.filter((c) => next.divisions.some((d) => isWithin(d, c)))
          if (narrowed.length) cands = narrowed
        }
        if (cands.length > 1) {
          // the head of the document first, then the rest of its text (a province named only in the body)
          const picked = context().reduce<Division | null>((got, c) => got ?? pickByContext(cands, c), null)
          if (!picked) return { unit: null, township, byContext, lastName: inScope.name, consumed: pos }
          cands = [picked]
          byContext = true
        }
      }
      scope = cands[0]
      lastName = null
      pos += inScope.name.length
      continue
    }
    // a known name that is not inside the unit before it: the chain contradicts the data (黄山市绩溪县)
    if (names.length && !knownOnly) return { unit: null, township, byContext, lastName: names[0].name, consumed: pos }
    const place = leadingPlaces(rest)[0]
    if (!place || (knownOnly && !TOWNSHIP_PLACE.test(place))) break
    pos += place.length
    if (TOWNSHIP_PLACE.test(place)) { township = true; break }
    lastName = place
  }
  return { unit: lastName ? null : scope, township, byContext, lastName, consumed: pos }
}

// ---- the rule -----------------------------------------------------------------------------------

/**
 * region_code and admin_level for a report, from the region field already emitted (its raw span is
 * reused) or, for a national body with no region, from the agency.
 */
export function divisionFields(ctx: Ctx, agency: AgencyHit | null, title: TitleHit | null, region: ExtractedField | undefined): ExtractedField[] {
  const out: ExtractedField[] = []
  if (!region || typeof region.value !== 'string') {
    if (agency) {
      if (isCentralAgency(agency.value)) out.push(mkField(ctx, 'admin_level', 'central', agency.start, agency.end, 0.8, 'admin_level.central-name'))
      return out
    }
    // no agency found (a ministry's name has no place, so the title rule passes it over): the title's head
    const head = title?.value.match(/^(?:\d{4}年度?)?(.+?)(?:\d{4}年度?)?(?:政府信息公开|政务公开|信息公开)/)?.[1]
    if (title && head && isCentralAgency(head)) {
      const at = ctx.view.text.indexOf(head, title.line.start)
      const inside = at >= 0 && at + head.length <= title.endLine.end
      out.push(mkField(ctx, 'admin_level', 'central', inside ? at : title.line.start, inside ? at + head.length : title.endLine.end, 0.7, 'admin_level.central-title'))
    }
    return out
  }
  const regionText = region.value
  const context = (): string[] => {
    const head = ctx.lines.slice(0, CONTEXT_LINES).map((l) => l.text).join('\n')
    // the region's own name must not vote for a unit that shares part of it
    const own = (s: string): string => s.split(regionText).join('\u3000')
    const tail = ctx.lines.slice(-TAIL_LINES).map((l) => l.text).join('\n')
    return [own([title?.value ?? '', agency?.value ?? '', head].join('\n')), own(ctx.view.text.slice(0, BODY_CHARS) + '\n' + tail)]
  }
  let r = readPlaces(regionText, context)
  if (r.consumed === 0) return out
  let span = region.span
  let readOn = false
  // the region rule stops inside some names (山西省 for 山西省晋城市…, 城市 read as a word): read on in
  // the agency or title the region came from; a place after it that the data does not know (合肥市 +
  // 经济技术开发区) means the region is not the body's unit, so nothing is given
  const src = agency?.value.includes(regionText) ? agency.value : title?.value.includes(regionText) ? title.value : null
  if (src && r.unit && !r.township) {
    const at = src.indexOf(regionText)
    const after = src.slice(at + regionText.length)
    const more = readPlaces(after, context, r.unit, true)
    if (!more.unit) return out
    const follows = leadingPlaces(after.slice(more.consumed))[0]
    if (follows && follows.length >= 3 && !TOWNSHIP_PLACE.test(follows)) return out
    if (more.consumed > 0) {
      r = { ...more, byContext: r.byContext || more.byContext }
      readOn = true
      if (agency && src === agency.value && ctx.view.text.slice(agency.start, agency.end) === agency.value) {
        span = rawSpanOf(ctx.view, agency.start + at, agency.start + at + regionText.length + more.consumed)
      }
    }
  }
  // the region may stop at the county while the body is a township's (XX县XX镇人民政府 read as XX县)
  const townshipAgency = !r.township && agency !== null && TOWNSHIP_AGENCY.test(agency.value)
  // …but 东区街道办事处 read as 东区: the region is the head of the township's own name, not its county
  const regionAt = agency ? agency.value.indexOf(regionText) : -1
  const countyOfTownship = !townshipAgency
    || (regionAt >= 0 && /^[\u4e00-\u9fa5]{2,}?(?:镇|乡|街道)/.test(agency!.value.slice(regionAt + regionText.length).replace(/^(?:人民政府|政府)/, '')))
  const scale = region.confidence >= 0.8 ? 1 : 0.85
  const fromRegion = (field: string, value: string, conf: number, rule: string): ExtractedField =>
    ({ field, value, span, confidence: Math.round(conf * scale * 100) / 100, rule })

  const u = r.unit
  if (r.township || townshipAgency) {
    const level = townshipAgency
      ? mkField(ctx, 'admin_level', 'township', agency!.start, agency!.end, 0.75, 'admin_level.township-agency')
      : fromRegion('admin_level', 'township', 0.85, 'admin_level.township-place')
    out.push(level)
    if (u && countyOfTownship && (u.level === 'county' || (u.level === 'prefecture' && u.childless))) {
      out.push(fromRegion('region_code', u.gbCode, r.byContext ? 0.6 : 0.8, r.byContext ? 'region_code.township-county-context' : 'region_code.township-county'))
    }
    return out
  }
  if (u) {
    const how = r.byContext ? 'divisions-context' : readOn ? 'divisions-agency' : 'divisions'
    const conf = r.byContext ? 0.6 : readOn ? 0.8 : 0.85
    out.push(fromRegion('region_code', u.gbCode, conf, `region_code.${how}`))
    // 常州市公安局武进分局: a branch below the named unit, of a level the name does not tell
    if (agency && BRANCH_AGENCY.test(agency.value) && u.level !== 'county') return out
    out.push(fromRegion('admin_level', u.level, conf, `admin_level.${how}`))
    return out
  }
  const level = r.lastName ? levelBySuffix(r.lastName) : null
  if (level) out.push(fromRegion('admin_level', level, 0.7, 'admin_level.unit-suffix'))
  return out
}
