/**
 * The region rule: the place an agency belongs to, read from the head of its name (or of a title), as
 * written. Known units are read with the divisions data (longest known name first, each inside the one
 * before), so names with 城市/和/都/矿区 in them (晋城市, 和田地区, 成都市, 阳泉市矿区) and provinces whose
 * name hides a shorter one (贵州省) are read whole. A place the data does not know (an old name, a new
 * district, a 开发区, a township) falls back to the unit-suffix rule, which never stops inside a name.
 */
import { divisionNamesAt, divisionsByName, isWithin, PROVINCE_SHORT_NAMES, type Division } from './divisions'
import { perReport } from './report-memo'

// ---- the unit-suffix rule (places the data does not know) -----------------------------------------

/**
 * Development and pilot zones are places of their own (青山经济技术开发区管理委员会, 乐山高新区管委会,
 * 平潭综合实验区, 常州西太湖科技产业园): their names run longer than a county's before the unit, so they are read by their unit words.
 * (a 新城 is a zone too, 空港新城管委会; never a district's or a township's name, 新城区, 新城镇, 新城街道: wild-agency12 w022)
 */
// (武汉东湖新技术开发区: the kind 新技术开发区, its own name four characters; real page, session 13)
const ZONE_UNIT = /^([\u4e00-\u9fa5]{2,6}?)(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|新技术开发区|高新区|经开区|工业园区|产业园区|产业园|风景名胜区|风景区|旅游度假区|度假区|开发区|保税区|综合实验区|实验区|试验区|新区|新城(?![区镇乡街村])|科技城|科学城)/
/** (苏木: Inner Mongolia's township, 巴音乌兰苏木; fourth wild set) */
const PLACE_UNIT = /^([\u4e00-\u9fa5]{1,7}?)(特别行政区|自治区|自治州|自治县|自治旗|林区|地区|省|市|州|盟|县|区|旗|镇|乡|街道|苏木)/
/** a division of the Xinjiang Production and Construction Corps (第六师, 兵团第八师), and a farm or a regiment of one */
const CORPS_DIVISION = /^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师/
const CORPS_FARM = /^(?:[\u4e00-\u9fa5]{2,5}?(?:农场|牧场|团场)|[一二三四五六七八九十〇零百]{1,4}团(?!委|结|队))/
/** words ending in a unit character; 矿区 only on its own (峰峰矿区 is a place, 矿区管理 a word) */
const NOT_PLACE = /(城市|都市|城乡|乡镇|社区|园区|小区|辖区|景区|市区|片区|街区|牧区|市场|市政|市民|县级|市级|区级|省级|州级)$|^矿区$|^新区$/
/** a unit character that starts a common word, not a longer place name: 祁门县|市场监督管理局 */
const NOT_AFTER_PLACE = /^(市场|市政|市容|市民|市级|区域|区级|县级|县域|州级)/
/** …and one whose unit character is the word's head right where a place's unit would stand (重点|区域建设; not 青山|市政府) */
const UNIT_OPENS_WORD = /^(?:区域|县域)/
/**
 * characters of agency words, never inside a place name; 和 may open one (和平街道) but not join words (住房和城乡);
 * nor a site's or a government's words (青山县人民政府网 青山县财政局: the place is not 人民政府网青山县)
 */
/**
 * (府 may be inside a name, 下府区, 天府新区; 政府 never, nor 府 opening it: 人民政|府南源街道 is a government's tail across
 * a break, and the data reads 府谷县; wild-final4 w016)
 */
const NOT_IN_NAME_CHARS = /[与及的之局委厅办会院部处所司网]|政府|^府/
/**
 * (a street named for its road may hold 会 in its own name, 红会路|街道, 会丰路|街道: wild-agency12 w006; anywhere else 会
 * is a body's, a meeting's or a spam brand's word, 工会, 会议, 华体会主页|北城街道)
 */
const ROAD_NAME = /^[\u4e00-\u9fa5]{1,3}路$/
/**
 * (院 is a court's, a hospital's or an academy's word, 人民法院, 医院, 研究院; a town may hold it in its own name, 院桥镇,
 * 书院街道, 学院路街道: session-12 blind batch)
 */
const INSTITUTION_YUAN = /(?:法|医|检察|研究|设计|科学|学)院(?!路)/
const notInName = (own: string): boolean => {
  const words = ROAD_NAME.test(own) ? own.replace(/会/g, '') : own
  return NOT_IN_NAME_CHARS.test(INSTITUTION_YUAN.test(words) ? words : words.replace(/院/g, ''))
}
/**
 * 和 joining words inside what would be a name (住房和城|乡); a two-character name may end in 和 before its unit
 * (永和|镇, 中和|乡, wild pages) unless a unit or a plural word stands before it (村和|乡, 市和|县: two places joined);
 * a longer one is words joined (交通和|县域)
 */
const AND_INSIDE = /.和(?=.)|^.{2,}和$|[村城镇乡区县市省州街道们等]和$/
/**
 * what the unit-suffix rule may take for a place's own name in running text but never is one: a sentence's
 * particles (为了让广大市…) anywhere, or one character that is a preposition or a pronoun (由市财政局编制,
 * 对县…, 本市): a short form after a word, not a place (perturbation check, issue 12)
 */
const NOT_IN_OWN_NAME = /[了让把被们]/
const WORD_NOT_OWN_NAME = /^[由对为在将从经于向被本我该全各此其每与和及]$/
/** a unit word opening what would be a place's own name (市白云|区, 街道南源|街道, 州|市): a short form's tail, not a name */
const UNIT_OPENS_OWN_NAME = /^(?:市|县|区|省|州|盟|旗|镇|乡|街道)/
/**
 * a sentence's verb or adverb opening what would be a place's own name (…，认真做好|市政府办公室主动公开…: the
 * short form 市政府办公室 after a verb phrase, not a place 认真做好市; wild pages, issue 12)
 */
// (全年市政府共收到…: a time word before the short form, not a place 全年市; session-11 blind batch)
// (…。编制完成市政府主动公开事项目录: a verb before the short form, not a place 编制完成市; set 11 of real pages; 直接分管市公安局…: set 12)
const VERB_OPENS_OWN_NAME = /^(?:全年|今年|本年|当年|同年|上年|去年|明年|由|以下简称|认真|做好|深入|坚持|严格|积极|切实|全面|进一步|不断|加强|推进|按照|根据|围绕|负责|组织|开展|落实|贯彻|及时|主动|继续|持续|扎实|着力|大力|努力|共同|编制|完成|制定|修订|梳理|印发|出台|直接|分管)/
/** a sentence's words anywhere in what would be a place's own name (…配备1名工作人员负责|市政府办公室…) */
const WORDS_NOT_IN_OWN_NAME = /(?:工作|人员|负责|做好|认真|开展|推进|落实|加强|完善|内容|涵盖|包括|情况|全文|报告)/
/** a township's unit right after what the lazy reading took as a place (新市|镇人民政府), then an organ word or the name's end */
const TOWNSHIP_AFTER_UNIT = /^(镇|乡|街道|苏木)(?=办事处|人民政府|政府|党委|党工委|[^\u4e00-\u9fa5]|$)/
/** the rest of a town's name after a 乡 inside it (北乡|义镇), then its office's words or the name's end */
const TOWN_AFTER_XIANG = /^[\u4e00-\u9fa5]{1,2}?镇(?=人民政府|政府|党委|办事处|[^\u4e00-\u9fa5]|$)/
/**
 * a township-level 街 (Tianjin writes its 街道 so: 柳堤街, 桂荫里街, wild pages), only as a whole name or before its
 * office's word: a street in an address (柳堤街津沽路, 柳堤街12号) is followed by more of the address
 */
const STREET_TOWNSHIP = /^([\u4e00-\u9fa5]{2,4})街(?=办事处|党工委|$)/
/** words before 街 that make a street or a trade's quarter, not a township */
const NOT_STREET_TOWNSHIP = /(步行|商业|美食|小吃|老|古|金融|文化|风情|特色|商贸|酒吧|大)$/
/** 省 after a name the lazy reading took as a 州 (贵州|省): the province's own unit, unless a word starts there */
const NATIONAL = /^(国家|国务院|中国|中华人民共和国|全国)/
const PROVINCE_AFTER = /^省(?!直|级|属|道|委|内|外)/

/**
 * What the unit-suffix rule would read as one unknown place but is a page's or a sentence's words run into a known
 * one (最新公开|广州市, 首页|青山县: a sidebar's heading or a breadcrumb with no separator): the unit closes a place the
 * data knows, and what stands before that place is neither a place nor the start of one the data knows. Reading it
 * whole would credit a name that no body has (perturbation check, issue 12).
 */
function wordsBeforeKnownPlace(unit: string): boolean {
  for (let k = 2; k <= unit.length - 2; k++) {
    const tail = unit.slice(k)
    if (!divisionNamesAt(tail).some((n) => n.name === tail)) continue
    const head = unit.slice(0, k)
    return divisionNamesAt(head).length === 0 && !PLACE_UNIT.test(head) && !ZONE_UNIT.test(head)
  }
  return false
}

/**
 * The leading places of a name by their unit characters alone: 湖南省湘西州龙山县城市管理局 →
 * [湖南省, 湘西州, 龙山县]. The fallback for names the data does not know; see `placeChain`.
 */
export const leadingPlaces = perReport(leadingPlacesOf)
function leadingPlacesOf(name: string): readonly string[] {
  const out: string[] = []
  // a name for the whole country (国家市场监督管理总局, 中国民用航空局) opens with no place
  if (NATIONAL.test(name)) return out
  let rest = name
  for (let k = 0; k < 5; k++) {
    const zone = rest.match(ZONE_UNIT)
    if (zone && !notInName(zone[1]) && !AND_INSIDE.test(zone[1]) && !VERB_OPENS_OWN_NAME.test(zone[1]) && !WORDS_NOT_IN_OWN_NAME.test(zone[1])) {
      out.push(zone[0])
      rest = rest.slice(zone[0].length)
      continue
    }
    const street = rest.match(STREET_TOWNSHIP)
    if (street && !notInName(street[1]) && !NOT_STREET_TOWNSHIP.test(street[1]) && !WORDS_NOT_IN_OWN_NAME.test(street[1])
      && !VERB_OPENS_OWN_NAME.test(street[1]) && !UNIT_OPENS_OWN_NAME.test(street[1]) && !/[和了让把被们]/.test(street[1])) {
      out.push(street[0])
      break
    }
    // a Production and Construction Corps division and its farm or regiment (第六师芳草湖农场, 兵团第八师一四三团; set 24 of
    // real pages): places of their own; a farm only after its division (a county's 林场 is a body)
    const corps = rest.match(CORPS_DIVISION)
    if (corps) {
      // (the division and its farm as one place, as the farm is written: a farm alone is no place)
      const farm = rest.slice(corps[0].length).match(CORPS_FARM)
      out.push(farm && !notInName(farm[0]) ? corps[0] + farm[0] : corps[0])
      break
    }
    let m = rest.match(PLACE_UNIT)
    if (!m) break
    // 常州市: the shortest reading (常州) leaves a unit character next; take the longer one
    while (m && /^(市|县|区|州|盟|旗)/.test(rest.slice(m[0].length)) && !NOT_AFTER_PLACE.test(rest.slice(m[0].length)) && m[0].length < 8) {
      m = rest.match(new RegExp(`^([\u4e00-\u9fa5]{${m[0].length}})(市|县|区|州|盟|旗)`))
    }
    if (!m) break
    let unit = m[1] + m[2]
    // (a unit character opening a common word, 重点区域建设推进中心, 全县域: a word, not a place 重点区; tenth wild pass)
    if (UNIT_OPENS_WORD.test(rest.slice(m[1].length))) break
    // (乡 opening 乡村, 公开乡村振兴信息: a word, not a township 公开乡; wild pages)
    if (m[2] === '乡' && rest.startsWith('村', unit.length)) break
    // (a town whose own name holds 乡, 北乡义镇2020…: no township lies inside another, so the longer reading is the town;
    // set 30 of real pages)
    const town = m[2] === '乡' ? rest.slice(unit.length).match(TOWN_AFTER_XIANG) : null
    if (town && !notInName(m[1])) {
      out.push(unit + town[0])
      break
    }
    if (wordsBeforeKnownPlace(unit)) break
    // (a town may hold 所 in its short own name, 八所镇: set 23 of real pages; a 派出所 or 研究所 is never before 镇/乡)
    const ownName = /^(?:镇|乡)$/.test(m[2]) && m[1].length <= 3 && /^[^所]{1,2}所$|^所[^所]{1,2}$/.test(m[1]) && !/^[镇乡村]/.test(rest.slice(m[0].length)) ? m[1].replace('所', '') : m[1]
    if (NOT_PLACE.test(unit) || VERB_OPENS_OWN_NAME.test(m[1]) || WORDS_NOT_IN_OWN_NAME.test(m[1]) || notInName(ownName) || AND_INSIDE.test(m[1]) || NOT_IN_OWN_NAME.test(m[1]) || WORD_NOT_OWN_NAME.test(m[1]) || UNIT_OPENS_OWN_NAME.test(m[1])) break
    // the unit must not be the whole remaining name's head noun (市政府 → 市 is not a place on its own)
    if (/^(政府|人民政府|委|政协|人大)/.test(rest.slice(unit.length)) && out.length && m[1].length < 2) break
    if (unit.endsWith('州') && PROVINCE_AFTER.test(rest.slice(unit.length))) unit += '省'
    // a township whose own name holds a unit character (新市|镇, 石市|乡, 新市|街道): the township whole; a
    // one-character name before a township unit too (壶镇|镇, 安镇|街道: wild pages), never a longer one (城关镇|镇政府)
    const township = (/^(?:市|县|区|州|旗)$/.test(m[2]) && m[1].length <= 2) || (/^(?:镇|乡)$/.test(m[2]) && m[1].length === 1)
      ? rest.slice(unit.length).match(TOWNSHIP_AFTER_UNIT) : null
    if (township) {
      out.push(unit + township[1])
      break
    }
    out.push(unit)
    rest = rest.slice(unit.length)
  }
  return out
}

// ---- reading with the data ------------------------------------------------------------------------

const RANK: Record<Division['level'], number> = { province: 0, prefecture: 1, county: 2 }
const TOWNSHIP_PLACE = /(镇|乡|街道|街|苏木)$/
/** a known unit's name used as a township's own name: 东区|街道办事处, 城区|街道办事处 */
const TOWNSHIP_TAIL = /^(街道|镇|乡|苏木)(?=办事处|人民政府|政府|党委|党工委|$)/

/** (a 管理区 is a township-like unit under its city's government too: 荣成市人民政府石岛管理区, wild pages) */
const GOVERNMENT_BEFORE_TOWNSHIP = /^(?:人民政府|政府)(?=[\u4e00-\u9fa5]{1,6}(?:街道|镇|乡|苏木|管理区))/
/** the township right after that government, its name whatever characters it holds, before its office's words */
const TOWNSHIP_UNDER_GOVERNMENT = /^([\u4e00-\u9fa5]{1,6}?(?:街道|镇|乡|苏木))(?=办事处|人民政府|政府|党委|党工委|$)/

interface KnownPlace { name: string; divisions: readonly Division[] }

/**
 * The known name `text` starts with that may follow the places before it (`scope`, null at the head):
 * longest first, inside a unit of the scope; or, as written though the data disagrees (黄山市绩溪县), a
 * name of three or more characters at a lower level than the scope.
 */
function knownPlaceAt(text: string, scope: readonly Division[] | null): KnownPlace | null {
  const former = formerCityAt(text)
  if (former && (!scope || former.divisions.some((d) => scope.some((s) => isWithin(d, s))))) return former
  for (const n of divisionNamesAt(text)) {
    if (!scope) return n
    const inside = n.divisions.filter((d) => scope.some((s) => d !== s && isWithin(d, s)))
    if (inside.length) return { name: n.name, divisions: inside }
  }
  if (!scope) return null
  const top = Math.min(...scope.map((s) => RANK[s.level]))
  for (const n of divisionNamesAt(text)) {
    if (n.name.length < 3) continue
    const lower = n.divisions.filter((d) => RANK[d.level] > top)
    if (lower.length) return { name: n.name, divisions: lower }
  }
  return null
}

/**
 * a county-level city since made a district of its prefecture (潞城市 → 潞城区, 江都市 → 江都区): reports written before
 * the change name it 市, which the divisions data (current names) no longer holds, and the unit reading refuses a
 * name ending 城市/都市 (城市管理局); read as the district it became (wild-final2 w010, 由潞城市人民政府编制 in a 2009
 * report). Only a two-character own name ending 城 or 都 (other former cities, 富阳市, read as unknown places already).
 */
const FORMER_CITY = /^([\u4e00-\u9fa5][城都])市(?!场|政|民|级|区|辖|属|直)/
function formerCityAt(text: string): KnownPlace | null {
  const m = FORMER_CITY.exec(text)
  if (!m || divisionNamesAt(text).some((n) => n.name === `${m[1]}市`)) return null
  const district = divisionNamesAt(`${m[1]}区`).find((n) => n.name === `${m[1]}区`)
  const counties = district?.divisions.filter((d) => d.level === 'county' && d.parent?.level === 'prefecture')
  return counties?.length ? { name: `${m[1]}市`, divisions: counties } : null
}

/**
 * The chain of places at the head of a name, as written: 山西省晋城市财政局 → [山西省, 晋城市];
 * 歙县深渡镇人民政府 → [歙县, 深渡镇]. A township ends the chain.
 */
/** The party before the place (中共青山县委组织部): the place is the one after it. */
const BEFORE_PLACE = /^(?:中共|中国共产党)(?=[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|州|盟|旗))/
/**
 * A national body's local office (国家税务总局青山县税务局, 国家统计局青山调查队): the office belongs to the
 * place after the national body's name, when a known place follows it.
 */
export const NATIONAL_BODY_HEAD = /^(?:国家|中国|中华人民共和国)[\u4e00-\u9fa5]{1,10}?(?:总局|局|署|银行)/

/**
 * a national bureau's survey team named by its place's bare name (国家统计局青山调查队, 国家统计局重庆调查总队): the
 * place as written, when the divisions data knows it with its unit (青山市/青山县, 重庆市)
 */
const SURVEY_TEAM = /^([\u4e00-\u9fa5]{2,4}?)(?:调查总队|调查队)/
const BARE_PLACE_UNITS = ['市', '省', '县', '区', '州', '盟', '旗']

function surveyTeamPlace(name: string): string | null {
  const national = name.match(NATIONAL_BODY_HEAD)
  const bare = national && name.slice(national[0].length).match(SURVEY_TEAM)?.[1]
  if (!bare || divisionNamesAt(bare).some((n) => n.name === bare)) return null
  return BARE_PLACE_UNITS.some((u) => divisionsByName(bare + u).length > 0) ? bare : null
}

/**
 * a central body's provincial branch named by the province's bare name (河北海事局, 广西海事局, 四川证监局): the
 * province as written (sixth set of real pages, issue 12)
 */
const PROVINCE_BRANCH = /^([\u4e00-\u9fa5]{2,3}?)(?:海事局|证监局|银保监局|银监局|保监局|监管局|调查总队|煤矿安全监察局|通信管理局|邮政管理局)/
function provinceBranchPlace(name: string): string | null {
  const m = PROVINCE_BRANCH.exec(name)
  return m && PROVINCE_SHORT_NAMES.includes(m[1]) ? m[1] : null
}

function placeStart(name: string): number {
  const party = name.match(BEFORE_PLACE)
  if (party) return party[0].length
  const national = name.match(NATIONAL_BODY_HEAD)
  const rest = national ? name.slice(national[0].length) : ''
  if (national && (divisionNamesAt(rest).length > 0 || leadingPlaces(rest).length > 0)) return national[0].length
  return 0
}

export const placeChain = perReport(placeChainOf)
function placeChainOf(name: string): readonly string[] {
  const team = surveyTeamPlace(name) ?? provinceBranchPlace(name)
  if (team) return [team]
  const out: string[] = []
  let pos = placeStart(name)
  let scope: readonly Division[] | null = null
  for (let step = 0; step < 6 && pos < name.length; step++) {
    // 广州市荔湾区人民政府南源街道办事处: the district's government between the district and its township
    const gov = out.length ? name.slice(pos).match(GOVERNMENT_BEFORE_TOWNSHIP) : null
    if (gov) pos += gov[0].length
    const rest = name.slice(pos)
    const known = knownPlaceAt(rest, scope)
    if (known) {
      const tail = rest.slice(known.name.length).match(TOWNSHIP_TAIL)
      if (tail) { out.push(known.name + tail[1]); break }
      out.push(known.name)
      pos += known.name.length
      scope = known.divisions
      continue
    }
    // (a township under its city's government whose own name opens with a unit character, 安宁市人民政府县街街道办事处: the
    // government before it says a township follows, so 县街 is its name, not a short form's tail; wild-agency8 w009)
    const underGov = gov && !leadingPlaces(rest).length ? rest.match(TOWNSHIP_UNDER_GOVERNMENT) : null
    if (underGov) { out.push(underGov[1]); break }
    const place = leadingPlaces(rest)[0]
    if (!place) break
    // (a park, 产业园, is a place only under a place written before it: 常州西太湖科技产业园; 高科技电子产业园 alone names
    // the park's kind of trade, not where it is: wild pages)
    if (!out.length && place.endsWith('产业园')) break
    out.push(place)
    pos += place.length
    if (TOWNSHIP_PLACE.test(place)) break
    // an unknown place: what follows it cannot be checked against it
    scope = null
  }
  return out
}

/**
 * The place an agency belongs to, as written: its leading places (歙县深渡镇人民政府 → 歙县深渡镇,
 * 湖南省湘西州龙山县城市管理局 → 湖南省湘西州龙山县); null when the name does not open with a place of
 * two or more characters (国家林业局, 县规划局).
 */
export function regionOf(name: string): string | null {
  const p = placeChain(name)
  return p.length && p[0].length >= 2 ? p.join('') : null
}

/**
 * A zone's kind without its own name (经济技术开发区 of 经济技术开发区经济发展局, 示范区 of 示范区教育局): the
 * body's type words, which name it as written, but no place — a zone is a place with its name before the kind
 * (青山经济技术开发区, 杨凌示范区). Wild pages, issue 12: such a body's region is left empty.
 */
const BARE_ZONE = /^(?:经济技术|高新技术产业|高新技术|经济|高新|产业|工业|综合)?(?:示范区|开发区|高新区|经开区|保税区|实验区|试验区|园区|新区)$/
export function isBareZoneKind(region: string): boolean {
  return BARE_ZONE.test(region)
}

/** a zone's own name and its kind, the whole string (青岭高新区 → 青岭 + 高新区) */
const WHOLE_ZONE = new RegExp(`${ZONE_UNIT.source}$`)

/** A zone named whole and alone (嘉兴科技城, 青岭高新区): its own name and its kind, nothing after. */
export function isZoneName(name: string): boolean {
  return WHOLE_ZONE.test(name)
}

/**
 * The same zone written short and in full (青岭高新区 / 青岭高新技术产业开发区, 青山经开区 / 青山经济技术开发区): the
 * same own name, and the short kind's characters in the full kind's order. Titles write a zone short where its
 * committee's name writes it in full (wild pages, issue 12).
 */
export function sameZoneWritten(full: string, short: string): boolean {
  const a = full.match(WHOLE_ZONE)
  const b = short.match(WHOLE_ZONE)
  if (!a || !b || a[1] !== b[1] || a[2] === b[2] || b[2].length >= a[2].length) return false
  let i = 0
  for (const ch of a[2]) if (ch === b[2][i]) i++
  return i === b[2].length
}

/** The chain is a township alone (深渡镇人民政府), with no county-level unit before it. */
export function isBareTownship(region: string): boolean {
  const p = placeChain(region)
  return p.length === 1 && TOWNSHIP_PLACE.test(p[0])
}
