/**
 * What an agency name looks like: a body's word at its end (局, 人民政府, 办事处…), a place at its head for a
 * full name, or a central body that names no place. A place alone (螺洋街道, 上海市) names the body of a
 * place-wide report. Spam brands that scraped copies put in place of a name are never a name.
 */
import { regionOf } from './region-name'
import { divisionsByName } from './divisions'

/** Agency names end in one of these (参事室, 研究室: a government's counsellors' and research offices; wild-final4 w026). */
// (人民政府机关: a government and its office reporting as one, 城口县人民政府机关; real page, session 13)
export const AGENCY_END = /(人民政府机关|人民政府|政府|委员会|管委会|办事处|办公室|参事室|研究室|办公厅|局|委|办|厅|院|署|部|中心|站|所|馆|处|队|会|社|场|银行|支行|分行|公司|集团|海关)$/

/** betting and casino brands injected into copied pages (corpus/pages README: spam injections) */
// (…and the brands themselves, as copies print them in a 来源 or 作者 row: 作者：九游会, 来源：凯发国际娱乐; session-12 blind batches)
// (娱乐场, 菠菜, 吉祥坊, 德赢: brands the real pages of session 13 carried in place of a place's name)
const SPAM = /(官网|官方网站|博彩|投注|老虎机|娱乐城|彩票|比分|直播|欧洲杯|赌场|澳门金沙|新葡京|威廉希尔|五大联赛|足球网|皇冠体育|体育平台|九游会|华体会|凯发|太阳城|必威|米乐|爱游戏|雷竞技|尊龙|威尼斯人|博天堂|国际娱乐|娱乐场|菠菜|吉祥坊|德赢|(?:开云|乐鱼|亚博|明升|万博|沙巴|星空|半岛|博鱼)体育)/

/** a betting brand's words (not merely Latin letters, which a mirror's pinyin has too) */
export const namesSpamBrand = (s: string): boolean => SPAM.test(s)

export function isSpamName(s: string): boolean {
  return SPAM.test(s) || /[A-Za-z_@#|]/.test(s)
}

/** words that open a sentence, never a name (现就青山县民政局…: the name starts after them) */
const SENTENCE_OPENER = /^(现|兹)/

/** words that end in a body's character but name none (青山县财政局向社会|发布: 社会 is not a 会) */
/** (…费用全部|在财政拨付的经费中列支: 全部, 内部, 干部 end in 部 but are no ministry; wild-final4 w037) */
const WORD_NOT_BODY = /(社会|机会|全会|会议|局面|格局|大局|布局|部署|全部|内部|外部|干部|局部|各部|底部|顶部|俱乐部)$/

/** a notice's words, never inside a body's name (青山市人民政府办公室关于转发青山市民政局: two bodies and a verb) */
const NOTICE_WORDS = /关于|转发|印发/

/**
 * One body with two names (一个机构两块牌子), the second in brackets: 青山市发展和改革委员会（青山市粮食和物资储备局）,
 * 江干区行政审批服务管理办公室（公共资源交易管理委员会办公室）. Kept as written; the first name is what is judged.
 * Not an alias note (以下简称…) nor a note on the body ((机关), (本级)). Wild pages, issue 12.
 */
const SECOND_NAME = /^([^（）()]{4,40}?)[（(]((?!以下简称|简称)[\u4e00-\u9fa5]{2,24})[）)]$/

/** the first of a body's two names (青山市发展和改革委员会 of …（青山市粮食和物资储备局）), or null when `s` has one */
export function firstOfTwoNames(s: string): string | null {
  const m = s.match(SECOND_NAME)
  return m && AGENCY_END.test(m[2]) && !WORD_NOT_BODY.test(m[2]) && !officeOfFirst(m[1], m[2]) ? m[1] : null
}

const OFFICE_WORD = /(?:办公室|办公厅|辦公室|辦公廳)$/
/**
 * the first body's own office in brackets, alone or after the first name written short (青山地区行政公署（行署办公室）,
 * 青山省人民政府（办公厅）): a gloss on who wrote the report, not a second name — the first name is the body
 * (wild-final4 w009)
 */
function officeOfFirst(first: string, second: string): boolean {
  const office = second.match(OFFICE_WORD)
  if (!office) return false
  const short = second.slice(0, -office[0].length)
  return short === '' || (short.length >= 2 && !first.endsWith(short) && abbreviates(short, first.slice(regionOf(first)?.length ?? 0)))
}

export function agencyLike(s: string): boolean {
  const first = firstOfTwoNames(s)
  if (first) return agencyLike(first)
  return s.length >= 4 && !SENTENCE_OPENER.test(s) && s.length <= 40 && AGENCY_END.test(s) && !WORD_NOT_BODY.test(s) && !/[，。；：:、!?？！\d]/.test(s)
    // (新闻 names a news site or column, not a body, except the government's information office and the press bureau:
    // 黔东南州人民政府新闻办公室, 新闻出版局; real page, session 13)
    && !/(本网|本站|网站|网$|门户|新闻(?!办公室|办|出版)|记者)/.test(s) && !isSpamName(s) && !garbledBody(s) && !NOTICE_WORDS.test(s)
}

/** 龙山县发的图片局: page words where the body's name should be (a place may hold 的: 中沙群岛的岛礁及其海域) */
function garbledBody(s: string): boolean {
  if (!/的|图片/.test(s)) return false
  return /的|图片/.test(s.slice(regionOf(s)?.length ?? 0))
}

/** Full name: starts with a recognised place of two or more characters (县规划局 is not a full name). */
export function hasPlace(s: string): boolean {
  // (a party body opens with 中共 before its place: 中共吴忠市利通区纪律检查委员会, joint with the government's 监察局)
  const r = regionOf(s.replace(/^中共/, ''))
  return (r !== null && r.length < s.length - (s.startsWith('中共') ? 2 : 0)) || namedByAPlace(s)
}

/** a body named by a known place without its unit word: a city (南京海关) or a port district (黄埔海关, of 黄埔区) */
function namedByAPlace(s: string): boolean {
  const m = CITY_NAMED_ORGAN.exec(s)
  return m !== null && ['市', '区', '县'].some((unit) => divisionsByName(m[1] + unit).length > 0)
}

/**
 * A body that names itself by its city without the city's unit word (南京海关, 南宁住房公积金管理中心, 成都铁路局): the
 * vertically managed and city-wide bodies that do so (session-12 blind batch). Its city with the unit (南京市), a highway
 * branch's county (铜鼓县), or null.
 */
// (…or a province's highway branch in a county, 铜鼓公路分局: set 112 of real pages)
const CITY_NAMED_ORGAN = /^([\u4e00-\u9fa5]{2,3}?)(海关|住房公积金管理中心|铁路局|海事局|出入境边防检查站|调查队|中心支行|公路分局)$/
export function cityOfCityNamedBody(s: string): string | null {
  const m = CITY_NAMED_ORGAN.exec(s)
  // (a highway branch is named by its county, a county-level city's or a county's)
  const places = m ? (m[2] === '公路分局' ? [`${m[1]}市`, `${m[1]}县`] : [`${m[1]}市`]) : []
  // (a known city only: 黄埔海关 is named by a port district, and there is no 黄埔市)
  return places.find((p) => regionOf(p) === p && divisionsByName(p).length > 0) ?? null
}

/** A place and nothing else (螺洋街道, 临洮县新添镇, 上海市): the body of a place-wide report. */
export function isPlaceName(s: string): boolean {
  return s.length >= 2 && s.length <= 20 && regionOf(s) === s && !isSpamName(s) && !/^(本|我|该|全|各)/.test(s) && !SENTENCE_OPENER.test(s)
}

/**
 * A central body, which names no place: a ministry or administration (水利部, 审计署, 海关总署) or a body
 * named for the state (国家林业局, 国务院国有资产监督管理委员会, 国务院港澳办). A local party department
 * (县委宣传部) names its place or 委 and is not one.
 */
const CENTRAL_MINISTRY = /^(?:中华人民共和国)?(?![县市区省州乡镇本我该])[^\s\d委，。、：:（）()]{2,10}(?:部|署|总署)$/
/** (one character before the organ word in the short names, 国家民委, 国务院侨办: set 63) */
const CENTRAL_STATE_BODY = /^(?:国家|国务院|中国|中华人民共和国)[^\s\d，。、：:（）()]{1,16}(?:局|委员会|委|会|署|办公室|办|院|部|中心|银行)$/
/** a ministry's own administration or bureau (交通运输部海事局, 水利部长江水利委员会): named for the ministry, no place */
const MINISTRY_UNIT = /^(?:中华人民共和国)?([\u4e00-\u9fa5]{2,10}?(?:部|署|总署))([\u4e00-\u9fa5]{2,12}(?:局|委员会|中心|办公室))$/
export function isCentralBody(s: string): boolean {
  const unit = MINISTRY_UNIT.exec(s)
  return (CENTRAL_MINISTRY.test(s) || CENTRAL_STATE_BODY.test(s) || (unit !== null && MINISTRIES.has(unit[1]))) && !hasPlace(s) && !isSpamName(s)
}

/** 国务院组成部门 and others whose names carry no 国家/国务院/中国 (current and recent names). */
export const MINISTRIES = new Set([
  '外交部', '国防部', '教育部', '科学技术部', '科技部', '工业和信息化部', '公安部', '民政部', '司法部', '财政部',
  '人力资源和社会保障部', '自然资源部', '生态环境部', '住房和城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部',
  '文化和旅游部', '退役军人事务部', '应急管理部', '审计署', '海关总署',
  '国土资源部', '环境保护部', '农业部', '文化部', '卫生部', '监察部', '人事部', '劳动和社会保障部', '建设部', '交通部',
  '铁道部', '信息产业部',
])

/** a customs district's report (湛江海关关区2023年…) is its customs house's: 关区 names the district, not a body (set 11) */
export function withoutDistrictWord(name: string): string {
  return name.endsWith('海关关区') ? name.slice(0, -2) : name
}

/** A name the report may be credited to: a full name, a central body, or a place; joint bodies with 、 each so. */
export function creditableName(s: string): 'full' | 'place' | null {
  // a ministry's short name (外交部, 审计署) is a full name though shorter than the rest
  if (MINISTRIES.has(s.replace(/^中华人民共和国/, ''))) return 'full'
  const parts = s.split('、')
  if (parts.length > 1) return parts.every((p) => agencyLike(p) && (hasPlace(p) || isCentralBody(p))) ? 'full' : null
  if (agencyLike(s) && (hasPlace(s) || isCentralBody(s))) return 'full'
  return isPlaceName(s) ? 'place' : null
}

/** `short`'s characters appear in `full` in order (政府办公厅 in 人民政府办公厅) */
export function abbreviates(short: string, full: string): boolean {
  let i = 0
  for (const ch of full) if (ch === short[i]) i++
  return i === short.length
}
