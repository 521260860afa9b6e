/**
 * Distractors for scripts/agency-perturb.ts (issue 12, third pass): text that real pages carry around a report
 * and that names another body — the hosting government's portal furniture, 上一篇/下一篇 lists, a breadcrumb
 * naming the host, the superior named in the report's sentences, a forwarding notice, a joint report, a
 * department written with or without its government, a township's county named throughout. Each is written
 * here from the gold's own place (its parent from the divisions data), never from another document; the
 * agency a kind expects is the gold's, except for the joint report (A、B, as written).
 */
import { divisionsByName } from '../src/main/extract/divisions'
import { placeChain, regionOf } from '../src/main/extract/region-name'

export interface Gold { agency: string | null; region: string | null; report_year: number | null }
/** the perturbed text, and the agency it should give when not the gold's own (`also`: other answers that are right) */
export type Distracted = string | { text: string; agency: string | null; strict?: boolean; also?: readonly string[] }

/** a county the data knows, for a township whose county the gold does not write */
const SOME_COUNTY = '龙山县'
/** a place for a report whose gold names none (a central body, an empty gold) */
const SOME_PLACE = '青山市'

const isGovernment = (a: string) => /(人民政府|政府|办事处)(?:办公室|办公厅)?$/.test(a) || regionOf(a) === a
const isTownship = (place: string) => /(镇|乡|街道)$/.test(place)

/** the place the report's body belongs to */
export function placeOf(g: Gold): string {
  return (g.agency && regionOf(g.agency)) || g.region || SOME_PLACE
}

/** the unit enclosing `place`: the place written before it, or the data's parent, or a stand-in */
export function parentOf(place: string): string {
  const chain = placeChain(place)
  if (chain.length >= 2) return chain[chain.length - 2]
  const own = chain[0] ?? place
  if (isTownship(own)) return SOME_COUNTY
  return divisionsByName(own)[0]?.parent?.name ?? '青山省'
}

/** the government whose portal hosts the page: the place's own for a department, the parent's for a government */
export function hostOf(g: Gold): string {
  const place = placeOf(g)
  return g.agency && !isGovernment(g.agency) ? `${place}人民政府` : `${parentOf(place)}人民政府`
}

/** two other bodies of the same place, whose reports a page lists beside this one */
function siblingsOf(g: Gold): [string, string] {
  const place = g.agency && regionOf(g.agency) ? placeOf(g) : g.agency ? '' : placeOf(g)
  const names = place ? ['民政局', '交通运输局', '财政局'].map((o) => place + o) : ['教育部', '民政部', '财政部']
  const others = names.filter((n) => n !== g.agency)
  return [others[0], others[1]]
}

const yearOf = (g: Gold) => g.report_year ?? 2020
const lines = (t: string) => t.split('\n')
/** before the first line that holds a sentence (the report's body starts there) */
function beforeBody(text: string, insert: string): string {
  const ls = lines(text)
  const i = ls.findIndex((l) => /。/.test(l))
  return i < 0 ? `${insert}\n${text}` : [...ls.slice(0, i), insert, ...ls.slice(i)].join('\n')
}

/** the unit character of a place, as a superior is written short (区委区政府, 县政府办公室) */
const unitChar = (place: string) => /(市|县|区|州|旗|省)$/.exec(place)?.[1] ?? '县'

export const DISTRACT: Record<string, (text: string, g: Gold) => Distracted> = {
  // (1) the hosting government's site header and footer
  portal: (t, g) => {
    const host = hostOf(g)
    const head = `${host}门户网站\n首页 | 政务公开 | 政务服务 | 互动交流 | 走进${placeOf(g).slice(-4)}`
    const foot = `\n网站地图 | 联系我们 | 隐私声明\n主办单位：${host}办公室　承办单位：${parentOf(placeOf(g))}大数据中心\n网站标识码：4331000001　湘ICP备05001234号\n版权所有：${host}　技术支持：青山信息技术有限公司`
    return `${head}\n${t}${foot}`
  },
  // (2) 相关链接 / 上一篇 / 下一篇 naming other bodies' reports
  'related-links': (t, g) => {
    const [a, b] = siblingsOf(g)
    const y = yearOf(g)
    return `${t}\n相关链接：\n上一篇：${a}${y}年政府信息公开工作年度报告\n下一篇：${b}${y}年政府信息公开工作年度报告\n【打印】【关闭】`
  },
  // (1') the site's name alone on a line above the report (a logo's text), no 门户网站 after it
  'site-name-line': (t, g) => `${hostOf(g)}\n${t}`,
  // (2') a list of other reports' titles, no 上一篇 label: after the report (相关文章) or before it (a sidebar)
  'related-list': (t, g) => {
    const [a, b] = siblingsOf(g)
    const y = yearOf(g)
    return `${t}\n相关文章\n${a}${y}年政府信息公开工作年度报告\n${b}${y}年政府信息公开工作年度报告`
  },
  sidebar: (t, g) => {
    const [a, b] = siblingsOf(g)
    const y = yearOf(g)
    return `最新公开\n${a}${y}年政府信息公开工作年度报告\n${b}${y - 1}年政府信息公开工作年度报告\n${t}`
  },
  // (1'') the page's 来源 line naming the host (the portal that re-posted the report), its own 来源 lines gone
  'source-host': (t, g) => {
    const own = t.split('\n').filter((l) => !/(来源|發布機構|发布机构|信息来源|發布單位|发布单位|來源)[:：]/.test(l))
    const i = Math.min(own.length, Math.max(1, own.findIndex((l) => /。/.test(l))))
    return [...own.slice(0, i), `发布时间：${yearOf(g) + 1}-01-20 来源：${hostOf(g)} 浏览次数：120`, ...own.slice(i)].join('\n')
  },
  // (3) a breadcrumb that names the host's column
  breadcrumb: (t, g) => `当前位置：首页 > 政府信息公开 > ${hostOf(g)} > 政府信息公开年报\n${t}`,
  // (4) the body's superior named in the report's own sentences, in full and short
  superior: (t, g) => {
    const parent = parentOf(placeOf(g))
    const u = unitChar(parent)
    return beforeBody(t, `根据${parent}人民政府办公室《关于做好${yearOf(g)}年度政府信息公开工作年度报告编制发布工作的通知》要求，在${u}委${u}政府的正确领导下，现将有关情况报告如下。`)
  },
  // (4') …and short, as a department's report writes its own government (县政府办公室, 区委区政府)
  'superior-short': (t, g) => {
    const place = placeOf(g)
    const u = g.agency && !isGovernment(g.agency) ? unitChar(place) : unitChar(parentOf(place))
    return beforeBody(t, `根据${u}政府办公室要求，按照由${u}政府办公室负责统筹的部署，在${u}委${u}政府的正确领导下，现将有关情况报告如下。`)
  },
  // (5a) a report forwarded by the host's office: the forwarded report's body is the agency
  forwarded: (t, g) => {
    if (!g.agency) return t
    const host = hostOf(g)
    return `${host}办公室关于转发${g.agency}${yearOf(g)}年政府信息公开工作年度报告的通知\n来源：${host}办公室\n${t}`
  },
  // (5b) a joint report: every mention of the body names a second one after it, kept as written
  // (a department's: a place-wide report or a government is not written jointly with a department); a signature
  // line names the two on two lines, as joint reports sign
  joint: (t, g) => {
    const a = g.agency
    if (!a || !regionOf(a) || isGovernment(a)) return t
    const other = siblingsOf(g)[0]
    const both = `${a}、${other}`
    const last = t.lastIndexOf(a)
    const ownLine = (t[last - 1] ?? '\n') === '\n' && /^\s*(\n|$)/.test(t.slice(last + a.length))
    const tail = t.slice(last + a.length)
    return { text: t.slice(0, last).split(a).join(both) + (ownLine ? `${a}\n${other}` : both) + tail, agency: both }
  },
  // (6) a department written with its government's place before it (某市某区教育局 for 某区教育局)
  'with-parent': (t, g) => {
    const a = g.agency
    const place = a && regionOf(a)
    if (!a || !place || isGovernment(a) || placeChain(place).length > 1) return t
    return t.split(a).join(parentOf(place) + a)
  },
  // (6') …and written without it where the gold has it (某区教育局 for 某市某区教育局)
  'without-parent': (t, g) => {
    const a = g.agency
    const chain = a ? placeChain(a) : []
    if (!a || chain.length < 2) return t
    return t.split(a).join(a.slice(chain[0].length))
  },
  // (6'') the name written both ways: the first mention (the title) with the government's place, the others
  // without: the fuller name is the agency, exactly (eval's agency is strict). (The same with the signature
  // fuller finds no dev report whose signature is the name alone on its line.)
  'parent-first': (t, g) => {
    const a = g.agency
    const place = a && regionOf(a)
    if (!a || !place || isGovernment(a) || placeChain(place).length > 1) return t
    const first = t.indexOf(a)
    if (first < 0 || t.indexOf(a, first + 1) < 0) return t
    const full = parentOf(place) + a
    return { text: t.slice(0, first) + full + t.slice(first + a.length), agency: full, strict: true }
  },
  // (7) a township's report naming its county throughout (its leaders, its portal, its office)
  'township-county': (t, g) => {
    const place = placeOf(g)
    if (!isTownship(place)) return t
    const county = parentOf(place)
    const u = unitChar(county)
    const said = beforeBody(t, `在${county}委、${county}人民政府的正确领导下，按照${county}人民政府办公室的统一部署，我${/街道$/.test(place) ? '街道' : place.slice(-1)}认真落实${county}政务公开工作要点。`)
    return `${county}人民政府\n${said}\n如对本报告有疑问，请与${county}政务公开办公室联系（电话：0000-1234567）。\n主办：${county}人民政府办公室　${u}政府网站`
  },
}
