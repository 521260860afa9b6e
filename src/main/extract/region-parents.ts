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
