/**
 * Names broken over two lines (issue 12, perturbation check): a text whose lines were cut at a fixed width
 * breaks names too (平潭综合 / 实验区2015年…, 大五 / 里镇人民政府). A name read from the start of a line
 * right after a line that ends in Chinese text may be only the tail of the name: the whole name is taken when
 * the end of the line above completes it into a name with more of its place; a tail that is a place alone
 * or has no place of its own, after a long line (one cut at the width), is left empty (it would be a wrong
 * name, worse than none); after a short line (a page's 图片, 打印) it is kept.
 */
import { creditableName, hasPlace, isPlaceName } from './agency-names'
import type { Ctx } from './context'
import { divisionNamesAt } from './divisions'
import { isBareZoneKind, regionOf } from './region-name'
import { rawSpanOf } from './view'

interface Hit { value: string; start: number; end: number; rule: string; confidence: number }

const HAN = /[\u4e00-\u9fa5]/
/** the longest head looked for on the line above */
const MAX_HEAD = 8
const MAX_UNKNOWN_HEAD = 6
/** the shortest line taken for one cut at the page's width */
const MIN_CUT_LINE = 12
const WHOLE_NAME_END = /(?:人民政府|政府|办公室|办公厅|委员会|管委会|办事处|局|厅)$/
/** (…﹝2011﹞6号 / 赤锡乡2010年…: a document number's 号 ends the line above, never a name's head; wild-counts5 w017) */
const NOT_NAME_HEAD = /[年度报告图片的是了在为和与及网站号]/
/** a breadcrumb's or a page's words (您所在位置: 首页 / 高明乡2021年…, tenth wild pass): the line above is navigation */
// (a site's account links too, 智能问答 长者模式 登录| 注册 / 运城经济技术开发区2020年…: set 49 of real pages)
const NAV_HEAD = /首页|主页|返回|位置|正文|详情|繁体|简体|手机版|关怀版|无障碍|登录|注册/
/** a page row's label and its value (公开方式: 主动公开) */
const LABELLED_VALUE = /[\u4e00-\u9fa5]{2,6}[:：]\s*[^\s:：|]{1,20}/g
/** a page row ending in a row label's value (废止日期：时效性：有效 / 文昌市铺前镇2021年…; set 49 of real pages) */
const PAGE_ROW_END = /(?:日期|时效性?|效力|有效性|文号|索引号|分类|机关|来源)[:：]\s*[\u4e00-\u9fa5]{1,8}$/

/** The hit whole across the line break, the hit itself when no break cuts it, or null when it is a cut tail. */
export function wholeAcrossBreak<T extends Hit>(ctx: Ctx, hit: T): T | null {
  const text = ctx.view.text
  const nl = hit.start - 1
  if (nl < 1 || text[nl] !== '\n' || !HAN.test(text[nl - 1]) || text.slice(hit.start, hit.end) !== hit.value) return hit
  // a full name whose place has a name of its own (青山县民政局, 石牌镇人民政府, 代县卫生健康局) is whole as it stands
  // (a central body, 外交部, names no place and is whole)
  const cut = isPlaceName(hit.value) || (!hasPlace(hit.value) && creditableName(hit.value) !== 'full') || (hasPlace(hit.value) && (regionOf(hit.value)?.length ?? 0) <= 2 && divisionNamesAt(hit.value).length === 0)
  if (!cut) return hit
  // a blank line between them (a page's 图片 / 鸭南乡2021年…) parts two paragraphs, not a name
  const [r] = rawSpanOf(ctx.view, hit.start, hit.end)
  if (/\n[^\S\n]*\n\s*$/.test(ctx.doc.text.slice(Math.max(0, r - 8), r))) return hit
  // a line that ends in an organ's word (来源：龙山县人民政府办公室 / 大五里镇2020年…) ends with a whole name, not a
  // cut one; one that ends in a report's word ends a title (a link's: …年度报告 / 大五里镇2020年…)
  // (…and one that ends in a site's word ends the site's name: 遵义市人民政府网 / 遵义市2009年…; blind b12-h88)
  if (WHOLE_NAME_END.test(text.slice(Math.max(0, nl - 4), nl)) || /(?:报告|年报|网|网站|门户)$/.test(text.slice(Math.max(0, nl - 2), nl))) return hit
  let from = nl
  while (from > 0 && nl - from < MAX_HEAD && HAN.test(text[from - 1])) from--
  const ownRegion = regionOf(hit.value)
  const ownPlace = ownRegion?.length ?? 0
  const tailIsWhole = ownRegion !== null && ownRegion.length >= 3 && !isBareZoneKind(ownRegion)
  for (let s = from; s < nl; s++) {
    // the head of a name holds no words of a title or a page (年度报告 / 乐山高新区…, 图片 / 鸭南乡)
    if (NOT_NAME_HEAD.test(text.slice(s, nl)) || NAV_HEAD.test(text.slice(s, nl))) continue
    const joined = text.slice(s, nl) + hit.value
    // a head the data does not know is a short one (平潭综合 / 实验区, 大五 / 里镇), not a sentence's end, and
    // begins where the line's Chinese text does (标题: 平潭综合实 / 验区…: not 潭综合实, a name cut at its head too)
    const known = divisionNamesAt(joined).length > 0
    if (!known && (nl - s > MAX_UNKNOWN_HEAD || (s > 0 && HAN.test(text[s - 1])))) continue
    // a tail that is itself a place the data knows (广州市…) is not the cut end of one it does not: the line above
    // is a list's heading (最新公开 / 广州市财政局…), not the head of a longer name
    if (!known && divisionNamesAt(hit.value).length > 0) continue
    // …nor is a place whole in its own name (大五里镇, 青山县东河镇) the tail of words the data does not know: a spam
    // brand's line above a title (明升体育 / 大五里镇2020年…, pages README p071) is no place; a place's own is (平潭 /
    // 大练乡…: the head reads as a place by its unit)
    if (!known && tailIsWhole && regionOf(text.slice(s, nl)) !== text.slice(s, nl)) continue
    if (!creditableName(joined)) continue
    const place = regionOf(joined)?.length ?? 0
    if (place > nl - s && place > ownPlace) return { ...hit, value: joined, start: s, rule: `${hit.rule}+line-break` }
  }
  // only a line cut at a width (a long one) cuts a name; a short line above is the page's furniture (图片, 打印),
  // and so is a page's row of labelled values (公开形式: 网站 公开方式: 主动公开 公开范围: 面向全社会 / 前吴乡2017年…,
  // fourth wild set): it ends with its last value, not with a name's head
  const lineStart = text.lastIndexOf('\n', nl - 1) + 1
  const above = nl - lineStart
  if ((text.slice(lineStart, nl).match(LABELLED_VALUE) ?? []).length >= 2 || PAGE_ROW_END.test(text.slice(lineStart, nl))) return hit
  // (…or ends with a page's own words, 泉州市人民政府门户网站-繁体版: the site's line, no name's head)
  if (NAV_HEAD.test(text.slice(from, nl))) return hit
  return above >= MIN_CUT_LINE ? null : hit
}
