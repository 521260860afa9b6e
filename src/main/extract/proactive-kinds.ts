/**
 * What a proactive count counts (issue 12): the year's one total is of information as a whole, published
 * through whatever channels. A count of one kind of information (财政预决算信息, 政府采购信息, 重点领域信息)
 * or of one channel other than the portal (a WeChat account, a microblog, a notice board, a newspaper) is a
 * part of it. The portal alone is taken: reports often give only the site's count, and the corpus's gold reads
 * it as the year's figure; several channels, or channels closed by 等, name the whole. A count of some of
 * the bodies (各村, 下属单位) or of another kind of affairs (村务, 党务) is not the body's own total either.
 */
import { NUMBER_SOURCE } from './numbers'

/** one kind of information, even when the object says 信息 (主动公开财政预决算信息15条) */
// 建议提案办理结果, 意见征集, 留言答复: replies and consultations are kinds too
// 主要类别有：机构职能类信息594条: a category (…类信息, 类别), not 各类信息 (all kinds)
// 规范性文件, 回应关切, 新闻发布会: documents, replies and press events counted, not information items
// 公文 (主动公开公文信息2条 after 公开政府信息43条), 政策(性)文件: the documents, one kind beside the other items
// 规章, 机构简介, 领导活动: regulations made, the body's profile, its leaders' doings (全市共主动公开新增市政府规章18件,
// 共主动公开机构简介2条, 工作动态15条, 领导活动57条…: one kind each; session-11 cut probe, a sentence cut after its first)
// (檔案 is a Taiwan-vocabulary mirror's 文件: 規範性檔案; 政府发文, the documents issued: tenth set of real pages)
const KIND_OF_INFORMATION = /(类别|规范性(?:文件|档案)|规章|简介|领导(?:活动|信息|简历|分工)|政策性?(?:文件|档案)|公文|(?:政府)?发文|关切|发布会|(?<![各几多])类信息|建议|提案|意见|留言|咨询|答复|回复|动态|新闻|解读|公告|图片|视频|村务|居务|党务|预算|决算|采购|招投标|招标|中标|重点领域|人事|任免|招聘|扶贫|补贴|救助|疫情|权责|双随机|项目)/

/**
 * the object names one kind of information, not a list of kinds closed by 等 (…等方面信息, 等各类信息); a kind
 * named after the list's 等 is still one kind (…等方面信息政策解读423条: the interpretations only)
 */
/** information as a whole, as an item of a list (政府信息, 政务信息, 政府工作信息, 各类信息) */
const GENERIC_INFORMATION = /^(?:各类|各项)?(?:政府|政务)?(?:工作)?信息$/
/** a list of kinds closed by 以及其他信息, which covers all of it as 等 does */
const OTHERS_CLOSE_LIST = /、[^、]*(?:以及|及|和)其他(?:各类)?(?:政府|政务)?信息$/
export const closedByOthers = (object: string): boolean => OTHERS_CLOSE_LIST.test(object.trim())
export function oneKindOfInformation(object: string): boolean {
  // (the total's own word after the object, 法律法规、规范性文件及其他信息共156条, is none of the kinds: set 52 of real pages)
  const bare = object.replace(/[(（][^()（）]*[)）]/g, '').replace(/(?:共计|合计|总计|共)$/, '')
  // (a list closed by 以及其他信息 is all of it, as 等: 工作动态、项目申报…以及其他信息共计547条; real page, session 13)
  if (closedByOthers(bare)) return false
  // (the rest alone, 主动公开其他信息14694条 after the channels' and kinds' counts: one more part, not the whole; set 60)
  if (/^(?:其他|其它)(?:各类)?(?:政府|政务)?信息$/.test(bare.trim())) return true
  // (a list that names information as a whole beside a kind, 政府工作信息、动态755多条, 各类信息及工作动态类信息193条: all
  // of it; sets 15 and 18 of real pages)
  const items = bare.split(/、|以及|及|和/)
  if (items.length > 1 && items.some((item) => GENERIC_INFORMATION.test(item.trim()))) return false
  // (four kinds and more with one count and no 等, 政府部门信息、互动交流、公示公告、专题专栏信息311条: the site's columns
  // together; set 29 of real pages. A list closed by 等 is named by the words after it: …、建议提案办理等重点领域信息)
  if (!bare.includes('等') && bare.split('、').length >= 4) return false
  return KIND_OF_INFORMATION.test(bare.slice(bare.lastIndexOf('等') + 1))
}

/** channels, longest first (微信公众号 or 微信平台 is one channel, not 微信 and 公众号 or 平台) */
// (a board, 公开栏, not a site's column, 政务公开栏目)
// 某县人民政府网, 公众信息网, 政府外网 (the site's name without 站) are the portal too; so are a site named
// 某区政府在线 and a 信息公开网 (高新区信息公开网); a sector site by its name (某市教育网, 厅公众服务网)
// (官网, a body's official site, is its portal; a mobile APP, 掌上某某APP, a channel of its own: set 13 of real pages)
// (…and a disclosure hall, 在区信息公开大厅中主动公开…: set 43 of real pages)
const CHANNEL_WORDS = /(门户网站|政府网站|官网|(?:政府|政务)在线|公开网(?!站)|门户网(?!站)|政府网(?!站)|政务网(?!站)|信息网(?!站)|(?:教育|服务)网(?!站)|外网|网站|网上|(?:政务)?(?:微信|微博|新媒体|抖音|头条)(?:公众号平台|公众号|公众平台|平台|账号|号)?|公众号|信息公开平台|政务平台|平台|视频号|抖音|快手|头条|客户端|APP|App|app|政务公开栏(?!目)|村务公开栏(?!目)|公开栏(?!目)|公告栏(?!目)|宣传栏(?!目)|公示栏(?!目)|显示屏|电子屏|报纸|日报|晚报|报刊|电视|广播|政府公报|公报|短信|(?:信息)?公开大厅)/g
const PORTAL = /^(?:门户网站|政府网站|官网|政府在线|政务在线|公开网|门户网|政府网|政务网|信息网|教育网|服务网|外网|网站|网上|信息公开平台|政务平台|平台)$/
/**
 * words that say several channels were used (通过网站、微信等渠道; 多种方式): a 等 closing the channels, not one
 * closing a list of topics (涉及疫情防控、…等方面信息 says nothing of channels)
 */
const SEVERAL = new RegExp(`(?:${CHANNEL_WORDS.source})[^，,。；;\\d]{0,4}?等|等(?:政务|新)*(?:渠道|平台|方式|载体|媒体|途径|网站)|多种|多个|多渠道|各(?:个|类|种)?(?:渠道|平台|载体|媒体)|各种方式`)

/**
 * `words` (the clause before a count and its object) name exactly one channel, and not the portal: a count of
 * that channel only (通过政务微博主动公开信息315条), not the year's total.
 */
export function oneSecondaryChannel(words: string): boolean {
  const found = new Set([...words.matchAll(CHANNEL_WORDS)].map((m) => m[1]))
  if (found.size !== 1 || SEVERAL.test(words)) return false
  const [only] = [...found]
  return !PORTAL.test(only)
}

/** `words` name channels, none of them the portal, and do not say several were used (…政务新媒体…借助微信公众号平台…) */
export function secondaryChannelsOnly(words: string): boolean {
  const found = [...words.matchAll(CHANNEL_WORDS)].map((m) => m[1])
  return found.length > 0 && !SEVERAL.test(words) && found.every((c) => !PORTAL.test(c))
}

/** `words` name exactly one channel, the portal (通过政府门户网站主动公开…), and do not say several were used */
export function portalOnly(words: string): boolean {
  const found = new Set([...words.matchAll(CHANNEL_WORDS)].map((m) => m[1]))
  return found.size === 1 && !SEVERAL.test(words) && PORTAL.test([...found][0])
}

/** `words` say several channels were used (通过网站、微信等渠道; 在各个平台; 多种方式) */
export const saysSeveralChannels = (words: string): boolean => SEVERAL.test(words)

/** the channels `words` name, each once (门户网站, 政府网站, 微信公众号…) */
export function channelsNamed(words: string): Set<string> {
  return new Set([...words.matchAll(CHANNEL_WORDS)].map((m) => m[1]))
}

/** `words` name exactly one channel, the portal included, and do not say several were used */
export function oneChannelNamed(words: string): boolean {
  return new Set([...words.matchAll(CHANNEL_WORDS)].map((m) => m[1])).size === 1 && !SEVERAL.test(words)
}

/** a part of the bodies (各村（社区）, 下属单位, 局属各单位): their count, unless the clause says the whole place */
// 县政府及所属部门 is the whole: 所属 joined to the body by 及/和 adds its units, it does not single them out
// 各乡镇/各街道 (the townships under a county), 区直各部门/县直各单位 (the departments under it): some of the
// bodies, whose count is a part of the whole place's
// (县政府及县直各部门 is the whole too: the government and its departments)
// (the units an office guides, 指导区政府系统各单位通过区政府门户网站发布政务信息3845条: theirs, not the office's; set 30;
// or urges, 督促市政府部门通过…政务网发布政府信息13954条: set 65)
// (…or a prefecture's counties, a province's cities, 各县(市、区)公开信息15170条 (its bracket left out of the clause), 各区县,
// 各市(州): set 42 of real pages)
const PART_OF_BODIES = /(各县(?:[（(]市[、，,]?区[）)]|市区|区|市)?(?![级委直])|各区县|各市县|各市[（(][州地][）)]|各市州|(?:指导|督促)[^，,。；;\d]{0,16}?(?:各|政府)(?:部门|单位)|政府系统各(?:部门|单位)|各村|村[（(]社区[）)]|各社区|各站所|各乡镇|各乡[（(]镇[）)]|各镇|各街道|各乡|(?<!(?:政府|人民政府)[及和与、])(?:区|县|市|州|旗)直各?(?:部门|单位)|(?<![及和与、])(?:下属|所属|直属|局属))/
const WHOLE_PLACE = /(全县|全市|全区|全镇|全乡|全省|全州|全旗|全街道)/
// the whole place is said before the part (全县各乡镇、各部门共…); after it (各乡镇全区共收到…) it is where the
// part lies, and the count still the part's
export function partOfTheBodies(clause: string): boolean {
  const part = PART_OF_BODIES.exec(clause)
  return part !== null && !WHOLE_PLACE.test(clause.slice(0, part.index))
}

/** a channel, then within its clause a count of what it carried (…微信公众号发布信息150条, …刊发基层信息933件) */
// (or a new-media account's issues, 部门官方微信150期: set 11 of real pages; not a gazette's, 发布政府公报4期, no channel of items)
// (the site's address in brackets after its name, 某局门户网站(http://…)公开信息1469条, is no words between: set 17)
const CHANNEL_COUNT = new RegExp(`${CHANNEL_WORDS.source}(?:\\s*[（(](?:https?:\\/\\/|www\\.)[^（()）\\s]{0,60}[）)])?[^，,。；;\\d]{0,20}?(?:${NUMBER_SOURCE})(?:余|多)?(?:条|篇|则|件)|(?:微信|微博|公众号|新媒体)[^，,。；;\\d]{0,20}?(?:${NUMBER_SOURCE})期`, 'g')

/** a count said roughly (600余条, 2.3万余条, 近千条): the pages README's approximate figure of one channel */
/** a channel's posts (发布, 推送, 推出, 刊发, 更新), not its items said disclosed (公开) */
const POSTED = /发布|推送|推出|刊发|更新/
/** a count said roughly (600余条, 2.3万余条, 近千条, 逾2万条) */
const ROUGH = `(?:(?:近|逾|约|超过)(?:${NUMBER_SOURCE})|(?:${NUMBER_SOURCE})(?:余|多))(?:条|篇|则|件)`
const ROUGH_END = new RegExp(`${ROUGH}$`)
/** `s` (a channel's clause) ends with a rough count of its posts (…微信公众号推送信息1900余条): the pages README's approximate
 * figure of one channel, no disclosure count */
export const endsWithRoughPosts = (s: string): boolean => ROUGH_END.test(s) && POSTED.test(s)
/** …said anywhere in a sentence (政务新媒体矩阵发布信息逾2万条) */
export const ROUGH_POSTS_IN = new RegExp(`(?:${POSTED.source})[^。；;，,\\d]{0,12}?${ROUGH}`)

/** a channel's articles or posts (微信公众号全年发布稿件284条, 推送文章243篇): its writing, no count of information disclosed */
const articlesPosted = (s: string): boolean => POSTED.test(s) && /(稿件|文章|推文|图文|篇)/.test(s)

/**
 * The offsets (in `text`) of the counts a channel is given in its own clause, leaving out the parts after 其中
 * or 包括 (a total's breakdown). A portal's count next to another channel's count is one channel of several.
 * `exactOnly`: leave out the rough ones too (…微信公众号推送信息1900余条 beside the portal's stated 3862条: the pages
 * README gives an approximate figure of one channel no weight, and the blind writers kept the portal's as the year's).
 */
export function channelCountsIn(text: string, exactOnly = false): number[] {
  const out: number[] = []
  for (const m of text.matchAll(CHANNEL_COUNT)) {
    const head = text.slice(0, m.index)
    const clause = head.slice(Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('。'), head.lastIndexOf('；')) + 1)
    if (/(其中|包括|含)/.test(clause) || (exactOnly && (endsWithRoughPosts(m[0]) || articlesPosted(m[0])))) continue
    out.push(m.index + m[0].length)
  }
  return out
}

/** `words` name a channel */
export const namesChannel = (words: string): boolean => new RegExp(CHANNEL_WORDS.source).test(words)

/** an enumerated sub-heading inside a section ((四)开展政策解读工作情况, (10)推进重大建设项目信息公开), or a top-level one (二、) */
const SUBHEADING = /[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?:^|[\s。；])[一二三四五六七八九十]{1,3}、/g
/** what a sub-heading names when its counts are one topic's, not the year's (政策解读, 回应关切, a key area) */
const TOPIC_WORDS = /(解读|回应|关切|发布会|新闻|规范性文件|建议|提案|重点领域|项目|预决算|财政|采购|招投标|执法|许可|处罚|安全生产|环境|征地|征收|扶贫|教育|医疗|社会保障|就业|食品|药品|价格|公共资源|信息报送|舆情)/

/**
 * The nearest sub-heading above offset `at` of `text` (within 600 characters, not past a top-level heading)
 * names one topic: the counts under (四)开展政策解读工作情况 or (10)推进重大建设项目信息公开 are that topic's
 * (2017年，共公开发布信息82条 there is 82 interpretations), not the year's total.
 */
export function underTopicSubheading(text: string, at: number): boolean {
  const { first, whole } = subheadingAt(text, at)
  // the proactive section's own sub-heading, however it is worded ((一)聚焦重点领域，深化主动公开; (二)突出重点领域，深化政府
  // 信息公开: tenth set of real pages), is not a topic
  // (…nor one naming the part's contents and their number, (一)重点领域公开内容和数量 ⏎ 2015年，主动公开政府信息数510条: set 56)
  return TOPIC_WORDS.test(first) && !/(主动公开|信息公开情况|基本情况|总体情况|深化(?:政府)?信息公开|公开内容和数量)/.test(whole)
}

/** the standard overview's later parts: (三)政府信息管理, (四)平台建设, (五)监督保障 */
const MANAGEMENT_PART = /^(?:政府信息管理|信息管理|(?:政府信息公开)?平台建设|监督保障)/
/**
 * The nearest sub-heading above offset `at` is one of the standard overview's later parts ((四)平台建设和监督保障):
 * in the overview (一、总体情况), its counts are documents filed and platforms run, not the year's proactive items.
 * (In an old report's proactive section itself, (一)完善平台建设 may state the year's total: the caller checks the section.)
 */
export function underManagementSubheading(text: string, at: number): boolean {
  return MANAGEMENT_PART.test(subheadingAt(text, at).first)
}

/**
 * The nearest sub-heading above offset `at` ('' when a top-level heading is nearer): its first words (up to 14,
 * to the first punctuation) and the whole of it (up to 24, to 。 or a line's end).
 */
function subheadingAt(text: string, at: number): { first: string; whole: string } {
  const head = text.slice(Math.max(0, at - 600), at)
  let last: RegExpExecArray | null = null
  SUBHEADING.lastIndex = 0
  for (let m = SUBHEADING.exec(head); m; m = SUBHEADING.exec(head)) last = m
  if (!last || last[0].includes('、')) return { first: '', whole: '' }
  const rest = head.slice(last.index + last[0].length)
  return { first: rest.slice(0, 14).split(/[。；;，,:：\d]/)[0], whole: rest.slice(0, 24).split(/[。；;\n]/)[0] }
}

/**
 * The words between the nearest sub-heading above offset `at` and `at`, when that sub-heading names the proactive
 * part ((一)主动公开。, (一)政府信息主动公开情况); null otherwise. The caller checks that no count comes between.
 */
export function sinceProactiveSubheading(text: string, at: number): string | null {
  const head = text.slice(Math.max(0, at - 600), at)
  // a line opened by 1. naming the proactive part (1.主动公开政府信息情况。), no other sub-heading after it
  let dotted: RegExpExecArray | null = null
  DOTTED_SUBHEADING.lastIndex = 0
  for (let m = DOTTED_SUBHEADING.exec(head); m; m = DOTTED_SUBHEADING.exec(head)) dotted = m
  if (dotted && /主动公开/.test(dotted[1])) {
    const since = head.slice(dotted.index + dotted[0].length)
    SUBHEADING.lastIndex = 0
    if (!SUBHEADING.test(since)) return since
  }
  const { whole } = subheadingAt(text, at)
  if (!/主动公开/.test(whole)) return null
  return head.slice(head.lastIndexOf(whole) + whole.length)
}
/** a line opened by a dotted number and its words to 。 (1.主动公开政府信息情况。): a sub-part in the 2021 outline */
const DOTTED_SUBHEADING = /(?:^|\n)[ \t\u3000]*\d{1,2}[.．](?!\d)([^。；;\n]{0,24})/g

/** a sub-heading of the proactive section that names how items went out other than the portal ((三)通过媒体主动公开…) */
const OTHER_CHANNEL_HEAD = /(新闻发布会|媒体|公开栏|宣传栏|公示栏|微信|微博|公众号|新媒体|报纸|报刊|电视|广播|档案馆|图书馆|查阅点|显示屏)/

/**
 * The count sits under a sub-heading naming one channel ((一)某市环境保护公众网站主动公开政府信息情况) and a later
 * sub-heading of the same part names another way items were proactively disclosed ((二)新闻发布会主动公开…, (三)通过媒体主动公开…):
 * the report counts channel by channel, and this count is one channel's, not the year's total.
 */
export function underOneChannelSubheading(text: string, at: number): boolean {
  const { whole } = subheadingAt(text, at)
  if (!whole || !namesChannel(whole) || OTHER_CHANNEL_HEAD.test(whole)) return false
  const after = text.slice(at, at + 1200)
  SUBHEADING.lastIndex = 0
  for (let m = SUBHEADING.exec(after); m; m = SUBHEADING.exec(after)) {
    if (m[0].includes('、')) return false
    const head = after.slice(m.index + m[0].length, m.index + m[0].length + 24).split(/[。；;\n]/)[0]
    // (a later part on publicity (…网站、微信、微博信息发布情况) is no share of the proactive count: 主动公开 it must say)
    if (OTHER_CHANNEL_HEAD.test(head) && /主动公开/.test(head)) return true
  }
  return false
}
