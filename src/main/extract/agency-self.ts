/**
 * How a report calls itself (我局, 本委, 我镇…) says what kind of body wrote it (issue 12): a name read from a
 * page's furniture (来源：青山县人民政府, a site's name above a nameless title) that is another kind of body (a
 * government where the text says 我局) is the site that hosts the page, not the report's body.
 */
import { agencyLike, firstOfTwoNames, hasPlace, isPlaceName, MINISTRIES } from './agency-names'
import { OPENING_VERB } from './agency-sentences'
import type { Ctx } from './context'
import { isZoneName } from './region-name'

/** the organ word after 我/本, and the endings of the names that body may have */
const KINDS: { word: RegExp; fits: RegExp }[] = [
  { word: /^局/, fits: /局$/ },
  { word: /^委(?!员|托)/, fits: /(?:委员会|委|管委会)$/ },
  // (a street office calls itself 我办 too, its street written alone: 新华路街道 / 2021年度…报告 over 我办主动公开的信息; set 12)
  { word: /^办(?!法|理|事|好|公楼)/, fits: /(?:办公室|办公厅|办|办事处|街道)$/ },
  { word: /^厅/, fits: /厅$/ },
  { word: /^中心/, fits: /中心$/ },
  { word: /^院(?!校|落)/, fits: /院$/ },
  { word: /^署/, fits: /署$/ },
  { word: /^镇/, fits: /镇(?:人民政府|政府|党委)?$/ },
  { word: /^乡/, fits: /乡(?:人民政府|政府|党委)?$/ },
  { word: /^街道/, fits: /街道(?:办事处|党工委)?$/ },
  // (我街 is a street office's short self-name too, 2022年我街未接到…申请, wild-agency9 w005; a text saying so may
  // name its street 某街 itself, 2022年，白云街以…, wild-agency3 w012; 我街道 keeps the whole name, 南源街 from a
  // 来源 row is no answer there: pages p077 without its title)
  { word: /^街(?![道头面巷区])/, fits: /街(?:道)?(?:办事处|党工委)?$/ },
]
const SELF = /[我本](?=局|委|办|厅|中心|院|署|镇|乡|街|苏木)/g
/** how far into the text the report's way of calling itself is read */
const SCAN = 6000

/** The kinds of body the report calls itself (their name endings), each said at least `times`; empty when never. */
export function selfKinds(ctx: Ctx, times = 1): RegExp[] {
  const text = ctx.view.text.slice(0, SCAN)
  const out = new Map<RegExp, number>()
  SELF.lastIndex = 0
  for (let m = SELF.exec(text); m; m = SELF.exec(text)) {
    const rest = text.slice(m.index + 1, m.index + 5)
    for (const k of KINDS) if (k.word.test(rest)) out.set(k.fits, (out.get(k.fits) ?? 0) + 1)
  }
  return [...out].filter(([, n]) => n >= times).map(([k]) => k)
}

/** The name (each of joint names) is a body of a kind the report calls itself, or the report never says. */
export function fitsSelf(name: string, kinds: readonly RegExp[]): boolean {
  if (!kinds.length) return true
  // (a body with two names is judged by its first: 青山区行政服务中心（公共资源交易中心） is a 中心)
  // (a zone named alone is its committee, which calls itself 我委: 嘉兴科技城…我委; wild-final3 w004)
  return name.split('、').some((part) => {
    const first = firstOfTwoNames(part) ?? part
    const zone = first.replace(/[（(][\u4e00-\u9fa5]{2,12}[）)]$/, '')
    return kinds.some((k) => k.test(first) || (isZoneName(zone) && k.test('管委会')))
  })
}

/** the body a reader is told to contact: 如对本报告有疑问，请与青山县财政局办公室联系 / 联系单位：… */
/** (…或直接与X联系 after an opinion box: wild pages) */
const CONTACT = /(?:请与|请联系[:：]?|可与|直接与|或与|联系单位[:：]?|联系部门[:：]?)([\u4e00-\u9fa5]{4,30}?)(?=联系|[（(，,。；;：:\s]|地址|电话|$)/g
/** the report's own contact sentence: a question about this report before the contact (如对本报告有任何疑问，请与…) */
// (…or a question on it at all, 本报告可通过…查阅或下载。如需咨询，请与…联系: set 36 of real pages)
const ABOUT_REPORT = /(?:(?:对|就)(?:本(?:年度)?)?(?:报告|年报)[^。；;]{0,12}(?:疑问|问题|意见)[^。；;]{0,6}|(?:报告|年报)[^。；;]{0,40}(?:查阅|下载)[^。；;]{0,10}[。；;]\s*如需咨询[，,]?)$/
const ORGAN_END = /(?:人民政府|委员会|管委会|办事处|办公室|办公厅|局|委|办|厅|院|署|中心)/g

/**
 * A report that speaks as one body (我局…) and names no body otherwise, where the contact it gives is that body
 * or one of its offices (青山县财政局办公室): the body, as the longest head of the contact's name that is a
 * full name of the kind the text calls itself. A place-wide report's contact (the government's disclosure
 * office) is not taken: such a report does not call itself 我局.
 */
/** a body's office for disclosure, after the body's name in a contact (政府信息公开领导小组办公室, 政务公开办公室) */
const DISCLOSURE_OFFICE = /^(?:政府信息公开|政务公开|信息公开|政务信息公开)(?:工作)?(?:领导小组)?(?:办公室|办)$/

/** a township's (or its government's) own office for disclosure, named whole in a contact (某街道政府信息公开领导小组办公室) */
const TOWNSHIP_DISCLOSURE_OFFICE = /^([\u4e00-\u9fa5]{2,12}?(?:镇|乡|街道|苏木)(?:人民政府|办事处)?)(?:政府信息公开|政务公开|政务信息公开|信息公开)(?:工作)?(?:领导小组)?(?:办公室|办)$/

export function fromContact(ctx: Ctx, kinds: readonly RegExp[], credible: (name: string) => boolean, aboutReport = false): { value: string; start: number; end: number } | null {
  if (!kinds.length) return null
  const text = ctx.view.text
  CONTACT.lastIndex = 0
  for (let m = CONTACT.exec(text); m; m = CONTACT.exec(text)) {
    // (with `aboutReport`, only the sentence that asks about this report: 如对本报告有任何疑问，请与X联系)
    if (aboutReport && !ABOUT_REPORT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue
    const name = m[1]
    const at = m.index + m[0].length - name.length
    // (a township's own disclosure office, 请与厦港街道政府信息公开领导小组办公室联系: the township as written; set 11)
    const township = name.match(TOWNSHIP_DISCLOSURE_OFFICE)
    if (township && fitsSelf(township[1], kinds) && isPlaceName(township[1].replace(/(?:人民政府|办事处)$/, ''))) {
      return { value: township[1], start: at, end: at + township[1].length }
    }
    let best: string | null = null
    let longest: string | null = null
    ORGAN_END.lastIndex = 0
    for (let o = ORGAN_END.exec(name); o; o = ORGAN_END.exec(name)) {
      const head = name.slice(0, o.index + o[0].length)
      // (an organ word doubled is the body's own office after its name, 青山区教育局局党政办公室: the body ends
      // at the first one, never 教育局局)
      if (o[0].length === 1 && name[o.index - 1] === o[0]) continue
      if (!credible(head)) continue
      longest = head
      if (fitsSelf(head, kinds)) best = head
    }
    // (from the report's contact sentence, the contact itself: an office of the body, 两河镇人民政府党政办公室, may
    // be the report's writer, and its government is then no answer)
    // (…unless that office is the body's disclosure office or group, 湖里区财政局政府信息公开领导小组办公室: the body's
    // own office for this report, never another writer; wild-agency10 w005)
    // (…or one of a department's internal units, 兴安盟生态环境局办公室, 池州市住房公积金管理中心办公室: the department
    // answers for its report through it; a government's office is another body; set 11 of real pages)
    // (…or a township government's own general office, 鹤城镇人民政府党政办, in a text that calls itself that township
    // (我镇): the township's report, answered for through its office; set 36 of real pages)
    if (best && (!aboutReport || best === longest || DISCLOSURE_OFFICE.test(name.slice(best.length)) || unitOfDepartment(best, name.slice(best.length))
      || officeOfTownshipGovernment(best, name.slice(best.length), text))) {
      return { value: best, start: at, end: at + best.length }
    }
  }
  return null
}

/** a township's office under its county's government (青禾区人民政府石湾镇办公室): the county, the township */
/** (…or the street office itself under the city's government, 仁怀市人民政府坛厂街道办事处: wild-agency9 w005) */
/** (…or under the county's name alone, 青阳县杜村乡办公室: set 74 of real pages) */
const TOWNSHIP_OFFICE = /^([\u4e00-\u9fa5]{2,8}?(?:区|县|市|旗))(?:人民政府|政府)?([\u4e00-\u9fa5]{2,6}?(?:镇|乡|街道))(?:(?:党政)?办公室|办事处)$/

/**
 * A township's report (我镇…) that names itself only in the contact it gives, an office written under the county's
 * government (请与青禾区人民政府石湾镇办公室联系; wild pages): the township, as the text calls it. Only when the text
 * calls itself a township and the contact is a township's office.
 */
export function townshipOfContact(ctx: Ctx, kinds: readonly RegExp[]): { value: string; start: number; end: number } | null {
  if (!kinds.some((k) => k.test('镇') || k.test('乡') || k.test('街道'))) return null
  const text = ctx.view.text
  CONTACT.lastIndex = 0
  for (let m = CONTACT.exec(text); m; m = CONTACT.exec(text)) {
    const office = m[1].match(TOWNSHIP_OFFICE)
    if (!office || !fitsSelf(office[2], kinds)) continue
    const at = m.index + m[0].length - m[1].length + office[1].length + m[1].slice(office[1].length).indexOf(office[2])
    return { value: office[2], start: at, end: at + office[2].length }
  }
  return null
}

/** a department's name (the body) and what may follow it in a contact: one of its internal units (办公室, 人秘股, 法规科) */
const DEPARTMENT_END = /(?:局|委员会|管委会|委|厅|署)$/
const INTERNAL_UNIT = /^(?:办公室|[\u4e00-\u9fa5]{1,4}(?:股|科|室))$/
/** `rest`, after a department's name in a contact, is one of its internal units (办公室, 综合科; not 会办公室 inside 管委会) */
const internalUnit = (rest: string): boolean => INTERNAL_UNIT.test(rest) && !/^[会员]/.test(rest)
/** `body` is a department or a centre and `rest` one of its internal units */
const unitOfDepartment = (body: string, rest: string): boolean => (DEPARTMENT_END.test(body) || /中心$/.test(body)) && internalUnit(rest)

/** a township's own government, named whole (石湾乡人民政府, 北城街道办事处) */
const TOWNSHIP_GOVERNMENT = /^[\u4e00-\u9fa5]{2,12}?(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)$/
/** a township government's general office (党政办公室, 党政办, 党政综合办公室, 综合办公室) */
const GENERAL_OFFICE = '党政(?:综合)?办(?:公室)?|综合办公室'
const TOWNSHIP_GENERAL_OFFICE = new RegExp(`^(?:${GENERAL_OFFICE})$`)
/** a government's name, then its general office (柞水县凤凰镇人民政府党政办公室) */
const GOVERNMENT_THEN_OFFICE = new RegExp(`^(.+?(?:人民政府|政府|办事处))(${GENERAL_OFFICE})$`)
/** the general office named as the report's writer (本报告由青禾县石湾镇党政办公室编写): then it may be the answer, not its government */
const OFFICE_WRITES = new RegExp(`(?:${GENERAL_OFFICE})[^。；;，,]{0,6}(?:编写|编制|撰写|起草)`)
/** `body` is a township's government named whole and `rest` its general office, which the text does not call the writer */
const officeOfTownshipGovernment = (body: string, rest: string, text: string): boolean =>
  TOWNSHIP_GOVERNMENT.test(body) && TOWNSHIP_GENERAL_OFFICE.test(rest) && !OFFICE_WRITES.test(text)

/** a government's general office named whole (保山市人民政府办公室, 某县政府办公室) */
const GOVERNMENT_OFFICE = /^([\u4e00-\u9fa5]{2,20}?)(?:人民政府|政府)(办公室|办公厅)$/
/**
 * A report whose own contact names a government's general office in full (如对本年度报告有疑问…，请与保山市人民政府办公室联系)
 * and whose year's account has that office at work by its short name (2024年，市政府办公室以…): the office's own report,
 * named as its contact writes it (set 72 of real pages). A government's office in the contact alone answers for many
 * reports (bodyOfReportContact leaves it), and a short name alone is no full one (pages p039).
 */
export function generalOfficeAtWork(ctx: Ctx): { value: string; start: number; end: number } | null {
  const text = ctx.view.text
  CONTACT.lastIndex = 0
  for (let m = CONTACT.exec(text); m; m = CONTACT.exec(text)) {
    if (!ABOUT_REPORT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue
    const office = GOVERNMENT_OFFICE.exec(m[1])
    const unit = office ? office[1].slice(-1) : ''
    if (!office || !hasPlace(m[1]) || !/[省市县区州旗]/.test(unit)) return null
    const atWork = new RegExp(`(?:^|[。\\n])\\s*\\d{4}年度?[，,]?${unit}(?:人民)?政府${office[2]}(?=${OPENING_VERB})`)
    if (!atWork.test(text)) return null
    const at = m.index + m[0].length - m[1].length
    return { value: m[1], start: at, end: at + m[1].length }
  }
  return null
}

/**
 * A report that calls itself nothing (no 我局/我镇: 本机关, 全乡) and names no body but in its own contact sentence
 * (如对本报告有疑问，请与阿巴嘎旗自然资源局办公室联系; wild pages, second round): the department the contact is an
 * internal unit of, or a township's government named whole. A government's office or its disclosure office is not
 * taken (it answers for many reports), nor a township government's office (it may be the report's writer, p028).
 */
export function bodyOfReportContact(ctx: Ctx, kinds: readonly RegExp[]): { value: string; start: number; end: number } | null {
  if (kinds.length) return null
  const text = ctx.view.text
  CONTACT.lastIndex = 0
  for (let m = CONTACT.exec(text); m; m = CONTACT.exec(text)) {
    if (!ABOUT_REPORT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue
    const name = m[1]
    const at = m.index + m[0].length - name.length
    let best: string | null = null
    // (the government's general office, 柞水县凤凰镇人民政府党政办公室: the township's government; set 36 of real pages)
    const office = GOVERNMENT_THEN_OFFICE.exec(name)
    if (TOWNSHIP_GOVERNMENT.test(name)) best = name
    else if (office && officeOfTownshipGovernment(office[1], office[2], text)) best = office[1]
    else {
      for (let i = name.length; i >= 4; i--) {
        const head = name.slice(0, i)
        const rest = name.slice(i)
        // (not inside an organ word: 管委|会办公室 is 管委会's office)
        if (DEPARTMENT_END.test(head) && (rest === '' || internalUnit(rest))) { best = head; break }
      }
    }
    if (best && agencyLike(best) && hasPlace(best) && !/政府/.test(best)) return { value: best, start: at, end: at + best.length }
    if (best && TOWNSHIP_GOVERNMENT.test(best) && hasPlace(best)) return { value: best, start: at, end: at + best.length }
    return null
  }
  return null
}

/**
 * a township's own disclosure group or rules named with its name (我苏木成立哈日诺尔苏木政府信息公开领导小组,
 * 《上营乡信息公开保密审查机制》, 平甸乡信息公开领导小组办公室面向社会公众公布…): the name opens a clause or a
 * document's name, right before the group's or the rules' words
 */
/** (…or its own working rules made firmer, 进一步健全完善横山镇信息公开工作机制: wild-final2 w016) */
// (…为成员的某镇政务公开领导小组: the group named after what it is made of; sixth set of real pages)
// (…or its guide, 修改完善了《某市某区某镇政府信息公开指南》, the township with its city and district before it: set 66)
const OWN_GROUP = /(?<=^|[\n，,。；;：:《“]|成立了?|建立了?|制定了?|调整了?|健全|完善|成员的)(?!成立|建立|设立|组建|制定|印发|出台|调整|健全|完善|组织|依据|根据|按照|[我本全各])([\u4e00-\u9fa5]{2,12}?(镇|乡|街道|苏木))(?:人民政府|政府)?(?:政府信息公开|政务信息公开|信息公开|政务公开)(?:工作)?(?:领导小组|保密审查|工作机制|机制|制度|指南)/g
const TOWNSHIP_SELF = /我(镇|乡|街道|苏木)/g

/**
 * A township's report that calls itself only 我镇/我乡/我苏木 and names its township once or more, always the same,
 * in its own disclosure group's or rules' name (tenth wild pass; wild-agency2 w021, wild-agency5 w003): the township
 * as written. The text must call itself that township's kind, and name no other township so.
 */
export function townshipOfOwnGroup(ctx: Ctx): { value: string; start: number; end: number } | null {
  // (a clause's words before the name, 我镇成立|青禾镇…: a refused match is read again from its next character)
  return oneNameOfItsOwnKind(ctx, TOWNSHIP_SELF, OWN_GROUP, isPlaceName, true)
}

/**
 * The one name `named` finds (group 1, its kind in group 2) of a kind the text calls itself (`self`, the kind in group
 * 1), always the same: null when the text calls itself no such kind or names two. `again` reads a refused match again
 * from its next character.
 */
function oneNameOfItsOwnKind(
  ctx: Ctx, self: RegExp, named: RegExp, accept: (name: string) => boolean, again = false,
): { value: string; start: number; end: number } | null {
  const text = ctx.view.text.slice(0, SCAN)
  const units = new Set<string>()
  self.lastIndex = 0
  for (let m = self.exec(text); m; m = self.exec(text)) units.add(m[1])
  if (!units.size) return null
  let found: { value: string; start: number; end: number } | null = null
  named.lastIndex = 0
  for (let m = named.exec(text); m; m = named.exec(text)) {
    if (!units.has(m[2]) || !accept(m[1])) { if (again) named.lastIndex = m.index + 1; continue }
    // (the same body with and without its higher places before it, 《某县某镇政府信息公开指南》 beside 某镇政务公开领导小组:
    // one name, the shorter kept; set 66 of real pages)
    if (found && found.value !== m[1]) {
      if (found.value.endsWith(m[1])) found = { value: m[1], start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length }
      else if (!m[1].endsWith(found.value)) return null
      continue
    }
    found ??= { value: m[1], start: m.index, end: m.index + m[1].length }
  }
  return found
}

/**
 * a township's own site or account named with the body's full name (通过青山区人民政府白沙街道办事处子网站主动公开…,
 * 依托白沙镇人民政府门户网站…): the body whose site the report says it publishes on
 */
const TOWNSHIP_SELF_ANY = /[我本](镇|乡|街道|苏木)/g
// (…or its page on the district's site, 在大石街道办事处专属网页上: set 15 of real pages)
const OWN_SITE = /(?<=通过|依托|利用|在)([\u4e00-\u9fa5]{2,24}?(镇|乡|街道|苏木)(?:人民政府|政府|办事处))(?:子网站|门户网站|政务网站|网站|政务网|微信公众号|专属网页|网页|专页)/g

/**
 * A township's report that calls itself only 我街道/本街道 (我镇, 我乡) and names its body only in its own site's name,
 * always the same (wild-final4 w002): that body as written. The site's name must be the body of the kind the text calls
 * itself, with its place.
 */
export function townshipOfOwnSite(ctx: Ctx): { value: string; start: number; end: number } | null {
  return oneNameOfItsOwnKind(ctx, TOWNSHIP_SELF_ANY, OWN_SITE, (name) => agencyLike(name) && hasPlace(name))
}

/** a department calling itself 我局/本委/我厅 */
const DEPARTMENT_SELF = /[我本](局|委|厅)(?![员托])/g
/**
 * a department's own site, its own disclosure rules or its reading corner named with its full name (在惠州市水务局门户网站…,
 * 建立健全了大化县教育局政府信息公开相关工作制度, 开设了南昌市水利局政务公开专区): the body whose site, rules or corner they are
 */
const DEPARTMENT_OWN_NAME = /(?<=在|通过|依托|利用|建立健全了?|建立了?|制定了?|完善了?|开设了?)(?!健全|完善|了|[我本全各市县区省])([\u4e00-\u9fa5]{2,20}?(局|委|厅))(?:门户网站|入口网站|政务网站|官方网站|网站|(?:政府信息公开|政务公开|信息公开)(?:相关)?(?:工作)?(?:制度|领导小组|工作机制|专区|专栏))/g
/**
 * A department's report that calls itself only 我局/本委 and names its body only in its own site's or rules' name, always the
 * same (sets 70 and 72 of real pages): that body as written, with its place.
 */
export function departmentOfOwnName(ctx: Ctx): { value: string; start: number; end: number } | null {
  return oneNameOfItsOwnKind(ctx, DEPARTMENT_SELF, DEPARTMENT_OWN_NAME, (name) => agencyLike(name) && hasPlace(name) && !/政府/.test(name))
}

/**
 * the staff a body assigns to its own disclosure work, named with the body (安排2名工作人员承担青山县公安局政府信息公开
 * 工作, 配备1名专职人员负责青山县林业局的政务公开工作): the old template's staffing sentence
 */
const OWN_STAFF = /\d+名[^。；;，,]{0,20}?(?:承担|负责)([\u4e00-\u9fa5]{4,30}?)的?(?:政府信息公开|政务公开|信息公开)(?:日常)?工作/g

/**
 * A report that names its body only in the sentence on the staff who carry its disclosure work (wild-final4 w037): that
 * body as written, when it is a full name with its place and the one such.
 */
export function bodyOfOwnStaff(ctx: Ctx): { value: string; start: number; end: number } | null {
  const text = ctx.view.text.slice(0, SCAN)
  let found: { value: string; start: number; end: number } | null = null
  OWN_STAFF.lastIndex = 0
  for (let m = OWN_STAFF.exec(text); m; m = OWN_STAFF.exec(text)) {
    if (!agencyLike(m[1]) || !hasPlace(m[1]) || /政府$/.test(m[1])) continue
    if (found && found.value !== m[1]) return null
    const at = m.index + m[0].indexOf(m[1])
    found ??= { value: m[1], start: at, end: at + m[1].length }
  }
  return found
}

/** a ministry's short name in the text (外交部, 审计署), longest first so 交通运输部 is not read as 交通部 */
const MINISTRY_NAMES = new RegExp([...MINISTRIES].sort((a, b) => b.length - a.length).join('|'), 'g')

/**
 * A ministry's report that calls itself only 我部 and names one ministry, always the same, even inside the name of a
 * document it submitted (我部按要求上报《外交部落实…自查情况报告》; wild-final w005): that ministry as written. Not
 * where two ministries are named (a joint work's partner).
 */
export function ministryOfSelf(ctx: Ctx): { value: string; start: number; end: number } | null {
  const text = ctx.view.text.slice(0, SCAN)
  if (!text.includes('我部')) return null
  let found: { value: string; start: number; end: number } | null = null
  MINISTRY_NAMES.lastIndex = 0
  for (let m = MINISTRY_NAMES.exec(text); m; m = MINISTRY_NAMES.exec(text)) {
    if (found && found.value !== m[0]) return null
    found ??= { value: m[0], start: m.index, end: m.index + m[0].length }
  }
  return found
}

/** the preamble's outline of the report, opening with the body whose disclosure it sums up */
const OUTLINE_BODY = /全文包括了?([\u4e00-\u9fa5]{2,30})(?:政府信息公开|政务公开|信息公开)(?:工作)?的?(?:总体情况|基本情况|概述|概况)/
const SHARED_GOVERNMENT = /(?<!人民)(?<=镇|乡|街道|苏木)政府$/
/** the preamble is in the report's first lines */
const OUTLINE_SCAN = 1500

/**
 * A report whose preamble names its body only in the outline of what it holds (全文包括青禾区石湾镇人民政府信息公开
 * 总体情况…; wild-final3 w024, a township calling itself 我镇): that body, as written, when it is a body with its
 * place and of the kind the text calls itself (any, if it calls itself nothing).
 */
export function bodyOfOutline(ctx: Ctx, kinds: readonly RegExp[]): { value: string; start: number; end: number } | null {
  const m = OUTLINE_BODY.exec(ctx.view.text.slice(0, OUTLINE_SCAN))
  if (!m) return null
  // (X镇政府信息公开: 政府 belongs to 政府信息公开, the genre's term, and the body is the township as written — not
  // 人民政府, which no one splits as 人民 + 政府信息公开; wild-agency9 w030)
  const shared = SHARED_GOVERNMENT.test(m[1])
  const name = shared ? m[1].slice(0, -2) : m[1]
  if (!(shared ? isPlaceName(name) : agencyLike(name) && hasPlace(name)) || (kinds.length > 0 && !fitsSelf(name, kinds))) return null
  const at = m.index + m[0].indexOf(name)
  return { value: name, start: at, end: at + name.length }
}
