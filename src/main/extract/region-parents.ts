/**
 * A region read without its parent divisions (石牌镇 from a signature 石牌镇人民政府) where the report writes
 * the same place with them in its head or its signature (龙山县石牌镇2020年…报告): the fuller form, so that a
 * township carries its county (issue 12, point 4) and region_code can be given. Places in the body's prose
 * (a contact address, a superior's name) are not read: only the lines where a report names itself.
 */
import { divisionNamesAt } from './divisions'
import { isBareTownship, regionOf } from './region-name'
import type { Line } from './view'

/** longest run of parent places looked for before the region, in characters (湖南省湘西土家族苗族自治州龙山县) */
const MAX_PARENTS = 16
/** the lines where a report names itself: its head (title, byline, metadata) and its signature */
const HEAD_LINES = 40
const TAIL_LINES = 12
const PARENT_END = /[省市县区州盟旗]/

/** The region with its parents as one of `lines` writes it, or null when none does. */
function fullerIn(text: string, region: string): string | null {
  let best: string | null = null
  for (let at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + 1)) {
    // parents end in a unit's character right before the township (龙山县|石牌镇)
    if (!PARENT_END.test(text[at - 1] ?? '')) continue
    for (let k = Math.min(MAX_PARENTS, at); k >= 2; k--) {
      const s = text.slice(at - k, at + region.length)
      // the parents open with a unit the data knows, and the whole reads as one chain of places ending in the region
      if (divisionNamesAt(s).length === 0 || regionOf(s) !== s) continue
      if (!best || s.length > best.length) best = s
      break
    }
  }
  return best
}

/**
 * A bare township's region with its county, as the report's own head or signature writes it; null when it
 * writes none. Other regions are kept as they are (the same place with or without parents is one region).
 */
export function regionWithParents(lines: readonly Line[], region: string): string | null {
  if (!isBareTownship(region)) return null
  const own = [...lines.slice(0, HEAD_LINES), ...lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES))]
  return fullerIn(own.map((l) => l.text).join('\n'), region)
}

/** the head lines' text, where a report names itself */
const headText = (lines: readonly Line[]): string => lines.slice(0, HEAD_LINES).map((l) => l.text).join('\n')

/** a unit's name is at most this long before its unit word (新疆维吾尔|自治区, 内蒙古|自治区) */
const MAX_NAME_BEFORE_UNIT = 8

/**
 * The one place the report's head writes in full with the unit word its body's name opens with bare
 * (自治区人民政府办公厅 in a text that writes 新疆维吾尔自治区): that place; null when the head writes none, or
 * more than one (a unit word alone is never a region). Only the head lines, where a report names itself.
 */
export function placeOfBareUnit(lines: readonly Line[], unit: string): string | null {
  const text = headText(lines)
  const found = new Set<string>()
  for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
    for (let k = Math.min(MAX_NAME_BEFORE_UNIT, at); k >= 2; k--) {
      const s = text.slice(at - k, at + unit.length)
      // a whole name the data knows, ending at this unit word (not a longer name's head: 自治区 of 自治区人民政府)
      if (!divisionNamesAt(s).some((d) => d.name === s)) continue
      found.add(s)
      break
    }
  }
  return found.size === 1 ? [...found][0] : null
}

/** a district's name after its city, at most this long with its 区 (平城区, 经济技术开发区 is no division) */
const MAX_DISTRICT = 6

/**
 * A body titled under its city's urban area (大同市区自然资源局: 市区, the district's name dropped) where the head
 * writes one district of that city in full (大同市平城区): that district with its city; null when it writes none
 * or several. The city alone would name a wider place than the body's.
 */
export function districtOfCityArea(lines: readonly Line[], city: string): string | null {
  const text = headText(lines)
  const found = new Set<string>()
  for (let at = text.indexOf(city); at >= 0; at = text.indexOf(city, at + 1)) {
    const rest = text.slice(at + city.length, at + city.length + MAX_DISTRICT)
    for (let k = 2; k <= rest.length; k++) {
      if (rest[k - 1] !== '区') continue
      const s = city + rest.slice(0, k)
      // the district the data knows, a chain of places that ends in it (not 市区 itself)
      if (k >= 3 && divisionNamesAt(rest.slice(0, k)).some((d) => d.name === rest.slice(0, k)) && regionOf(s) === s) found.add(s)
      break
    }
  }
  return found.size === 1 ? [...found][0] : null
}
