/**
 * Choosing among the forms a text writes one body in (issue 12, fourth wild set): the chosen name against an
 * alias it defines (以下简称), the same name with its parent places written elsewhere, and a place's government
 * office in a page row under a title that names the place. Each returns the form to keep, or null to keep the
 * chosen one. The pages README's rule: the agency as written, the title's form first (p121, p119).
 */
import type { Line } from './view'
import { NATIONAL_BODY_HEAD, regionOf } from './region-name'
import { regionWithParents } from './region-parents'

export interface WrittenName { value: string; start: number; end: number }

/**
 * 广西壮族自治区北部湾经济区规划建设管理办公室（以下简称自治区北部湾办）: the alias in its brackets; the full name is the
 * run of Chinese before them (at most 40 characters, at least 4), read back from the bracket. (A pattern that opened
 * with that run was tried at every character of the text: ~1% of extraction.)
 */
const ALIAS = /[（(]\s*(?:以下简称|下称|简称)[“"]?([\u4e00-\u9fa5]{2,16})[”"]?\s*[）)]/g
const CJK = /[\u4e00-\u9fa5]/

/**
 * A chosen name with no place of its own (自治区北部湾办: 自治区 is a unit word, not a place) that the text
 * defines as the alias of a fuller name: the fuller name, which says whose body it is.
 */
export function aliasedFullName(text: string, chosen: string): WrittenName | null {
  const place = regionOf(chosen)
  if (place !== null && place.length > 3) return null
  ALIAS.lastIndex = 0
  let prevEnd = 0
  for (let m = ALIAS.exec(text); m; prevEnd = m.index + m[0].length, m = ALIAS.exec(text)) {
    // the words before the bracket: a run of Chinese, not past the alias before
    let from = m.index
    while (from > prevEnd && m.index - from < 40 && CJK.test(text[from - 1])) from--
    if (m.index - from < 4 || m[1] !== chosen) continue
    // the fuller name is the tail of the words before the bracket that opens with a place (由广西壮族…办公室)
    const words = text.slice(from, m.index)
    for (let i = 0; i < words.length - 2; i++) {
      const full = words.slice(i)
      const head = regionOf(full)
      // (a national body's local office writes the national body first: 国家税务总局某市某区税务局(以下简称“某区税务局”);
      // eighth set of real pages)
      const national = full.match(NATIONAL_BODY_HEAD)?.[0] ?? ''
      if (head && full.slice(national.length).startsWith(head) && full.length > national.length + head.length && head.length > (place?.length ?? 0)) {
        const start = from + i
        return { value: full, start, end: start + full.length }
      }
    }
  }
  return null
}

/**
 * The chosen body named as a sentence's subject without its parents (宝力根花苏木人民政府坚持…) whose name the
 * text also writes with them (扎赉特旗宝力根花苏木人民政府联系): that fuller name.
 */
export function withParentsWritten(text: string, lines: readonly Line[], chosen: string): WrittenName | null {
  const place = regionOf(chosen)
  if (!place) return null
  const fuller = regionWithParents(lines, place)
  if (!fuller || fuller === place || !fuller.endsWith(place)) return null
  const name = fuller + chosen.slice(place.length)
  const at = text.indexOf(name)
  return at < 0 ? null : { value: name, start: at, end: at + name.length }
}

/** the office of a place's government (西乌旗人民政府办公室, 青山县政府办): the place's own office, not another body */
const GOVERNMENT_OFFICE = /^(?:人民政府|政府)(?:办公室|办公厅|办)$/

/**
 * A page's 来源/发布机构 row naming the office of the very place the title names (西乌旗2021年… over 来源：西乌旗人民
 * 政府办公室): the title's place; the row names the office that posted the page (pages p119: the title's form over
 * the office in the contact).
 */
export function isOfficeOfPlace(name: string, place: string): boolean {
  const own = regionOf(name)
  return own !== null && (own === place || own.endsWith(place)) && GOVERNMENT_OFFICE.test(name.slice(own.length))
}

/** a page's metadata labels that name the publishing body */
const PUBLISHER_LABEL = /^(?:发布机构|发布单位|发文机关|发布机关|信息来源|来源单位)$/

/**
 * A flattened metadata table whose labels are one row and their values the next (索引号 | 公开方式 | 发布机构 |⏎
 * 116…/2010-00023 | 主动公开 | 凉州区张义镇人民政府 |; wild pages): the value under the publisher's label, when the two
 * rows have the same cells. `lines` are the head's lines with their view offsets.
 */
export function publisherUnderLabel(lines: readonly { text: string; start: number }[]): WrittenName | null {
  const cells = (t: string) => t.split(/[|｜]/).map((c) => c.trim())
  for (let k = 0; k + 1 < lines.length; k++) {
    const labels = cells(lines[k].text)
    const col = labels.findIndex((c) => PUBLISHER_LABEL.test(c))
    if (col < 0 || labels.length < 3) continue
    const values = cells(lines[k + 1].text)
    if (values.length !== labels.length) continue
    const v = values[col]
    if (!/^[\u4e00-\u9fa5（）()]{2,40}$/.test(v) || values.some((c, i) => i !== col && PUBLISHER_LABEL.test(c))) continue
    const at = lines[k + 1].text.indexOf(v)
    return { value: v, start: lines[k + 1].start + at, end: lines[k + 1].start + at + v.length }
  }
  return null
}
