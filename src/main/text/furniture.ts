/**
 * Web page furniture: navigation lines (登录 | 注册, breadcrumbs, 无障碍, 长辈版, 打印 关闭...),
 * and the bits of furniture inside otherwise real lines (字体:[大 中 小], 点击数:, 责任编辑:,
 * 扫一扫在手机打开, a site-name prefix before a report title). All patterns are in simplified
 * script: lines are simplified before these rules run.
 */
import { cut, rewrite, type Tracked } from './tracked'

const BULLETS_RE = /^[ \t•●◆■▪▶►·]+/g

const FONT_SIZE_RE = /(?:字体|字号)(?:大小)?[ \t]*(?:[:：][ \t]*)?(?:[[【(（][ \t]*(?:[大中小][ \t]*)*[\]】)）]|(?:[大中小][ \t]*){2,3})?/g
const HIT_COUNT_RE = /(?:点击数|点击量|点击次数|浏览次数|浏览量|阅读次数|阅读量|访问次数|访问量)[ \t]*(?:[:：][ \t]*(?:\d+[ \t]*次?)?|(?=[ \t]|$))/g
// (the editor's name whole or not at all: a body as editor longer than 12 characters, 编辑:青山区人力资源和社会保障局, is
// kept whole rather than cut inside its name, which left 局 glued to the 来源 before it; wild-agency10 w033)
const EDITOR_RE = /(?<![^\s【[(（|])[【[（(]?(?:责任编辑|编辑)[ \t]*[:：][ \t]*[^\s【】[\]()（）|:：]{0,12}(?![^\s【】[\]()（）|:：])[】\]）)]?/g
// what is left of 【字体：大 中 小】 once its inside is gone
const EMPTY_BRACKETS_RE = /【[ \t]*】|\[[ \t]*\]/g
const QR_RE = /(?:用手机)?(?:扫一扫|扫描二维码|扫二维码)(?:在手机上?(?:打开|阅读|浏览|查看)(?:当前页面?)?|随身看资讯?)/g
const BRACKETED_ACTION_RE = /[【[](?:打印(?:本页|此页|文章|正文)?|关闭(?:本页|窗口|本文)?|返回顶部|收藏(?:本页)?|分享(?:到)?)[】\]]/g

/** Words that, alone on a line (with separators), make it a navigation line. */
const NAV_TOKEN_RE = /登录|登陆|注册|退出|无障碍(?:浏览|阅读|模式|通道)?|长辈版|关怀版|适老化?(?:版|模式)?|老年版|简体(?:版|中文)?|繁体(?:版|中文)?|english|手机版|移动版|网站首页|首页|网站地图|设为首页|加入收藏|收藏本页|收藏|打印本页|打印(?:此页|文章|正文)?|关闭(?:本页|窗口|本文)?|返回顶部|返回(?:首页)?|分享到|分享|相关文档|相关链接|相关附件|上一篇|下一篇|微信|微博|新浪微博|腾讯微博|qq空间|朋友圈|扫一扫|(?:用手机)?扫描?二维码|手机扫码|随身看资讯?|在手机上?(?:打开|阅读|浏览|查看)(?:当前页面?)?|[大中小]/gi
const CONTENT_CHAR_RE = /[\p{L}\p{N}]/u

// breadcrumbs, and links to neighbouring pages (上一篇：another year's report, not this one)
const BREADCRUMB_RE = /^(?:您现在所在的位置|您现在的位置|您当前的位置|您当前所在位置|您所在的位置|您的位置|当前位置|所在位置|现在位置|上一篇|下一篇|上一条|下一条|相关文章|相关阅读|相关链接|相关文档)[ \t]*[:：>]/
const CRUMB_HOME_RE = /首页[ \t]*[>›»]|[>›»][ \t]*首页/
const CRUMB_SEPARATOR_RE = /[>›»]/
const CRUMB_SEGMENT_MAX = 20

const SITE_PREFIX_RE = /^([^\s\-—–_|｜·:：,，。]{2,30}?(?:人民政府|政府网|政府|门户网站|网站|网|办公室|委员会))[ \t]*[-—–_|｜·][ \t]*(?=\S)/g
// 【隆回县人民政府】隆回县桃洪镇…报告: the site's name in brackets before the page title
const SITE_BRACKET_PREFIX_RE = /^[【[]([^\s【】[\]]{2,30}?(?:人民政府|政府网|政府|门户网站|网站|网|办公室|委员会))[】\]][ \t]*(?=\S)/g
/** `首页 | 政务公开 | 年报`: a menu bar that opens with the home page, its items short and between bars */
const MENU_BAR_RE = /^(?:网站)?首页[ \t]*[|｜丨/][^。；;，,]*$/
const MENU_ITEM_MAX = 12
const SITE_SUFFIX_RE = /报告(?:[ \t]*[-—–_|｜][ \t]*[^\s\-—–_|｜·:：,，。]{2,30}?(?:人民政府|政府网|政府|门户网站|网站|网))+[ \t]*$/

export function stripBullets(t: Tracked): Tracked {
  return rewrite(t, BULLETS_RE, () => '')
}

/** Remove furniture that sits inside a line, keeping the rest of the line. */
export function stripInlineFurniture(t: Tracked): Tracked {
  let out = t
  const s = out.s
  if (s.includes('字')) {
    out = rewrite(out, FONT_SIZE_RE, (m) => (/[:：[【(（大中小]/.test(m[0].slice(2)) ? '' : undefined))
  }
  if (/点击|浏览|阅读|访问/.test(s)) out = rewrite(out, HIT_COUNT_RE, () => '')
  if (s.includes('编辑')) out = rewrite(out, EDITOR_RE, () => '')
  if (s.includes('扫')) out = rewrite(out, QR_RE, () => '')
  if (s.includes('【') || s.includes('[')) {
    out = rewrite(out, BRACKETED_ACTION_RE, () => '')
    out = rewrite(out, EMPTY_BRACKETS_RE, () => '')
  }
  if (s.includes('报告')) {
    out = rewrite(out, SITE_PREFIX_RE, (m) => (m[1].includes('报告') ? undefined : ''))
    out = rewrite(out, SITE_BRACKET_PREFIX_RE, (m) => (m[1].includes('报告') ? undefined : ''))
    // keep 报告 itself: the match starts two chars early only to anchor on it
    const suffix = SITE_SUFFIX_RE.exec(out.s)
    if (suffix !== null) out = cut(out, suffix.index + 2, suffix.index + suffix[0].length)
  }
  return out
}

/** `首页 > 政府信息公开 > 年报`: short segments between arrows, no sentence. */
function isBreadcrumbTrail(s: string): boolean {
  if (/[。；;，,]/.test(s)) return false
  return s.split(CRUMB_SEPARATOR_RE).every((seg) => seg.trim().length <= CRUMB_SEGMENT_MAX)
}

/**
 * Is this line (simplified, inline furniture already removed) navigation and nothing else?
 * 'crumb' for a breadcrumb, whose tail may spill onto the next line; 'nav' for other navigation.
 */
export function navigationKind(s: string): 'crumb' | 'nav' | null {
  // a whole page flattened onto the breadcrumb's line (an archive crawler's text): the report is in it
  if (BREADCRUMB_RE.test(s)) return s.length > 300 && s.includes('。') ? null : 'crumb'
  if (CRUMB_HOME_RE.test(s) && isBreadcrumbTrail(s)) return 'crumb'
  if (MENU_BAR_RE.test(s) && s.split(/[|｜丨/]/).every((seg) => seg.trim().length <= MENU_ITEM_MAX)) return 'nav'
  const rest = s.replace(NAV_TOKEN_RE, '')
  if (rest.length === s.length) return null
  return CONTENT_CHAR_RE.test(rest) ? null : 'nav'
}

/** The rest of a breadcrumb wrapped onto the next line: `规划局 > 政府信息公开年报`. */
export function isBreadcrumbTail(s: string): boolean {
  return CRUMB_SEPARATOR_RE.test(s) && isBreadcrumbTrail(s)
}
