/**
 * A province-, city- or county-wide report that names no compiling body (issue 12; pages README: "City-,
 * province- or zone-wide aggregate reports that name no compiling body get the place"): its sentences speak
 * for the whole place (全省各级行政机关…, 我省…), and the place is the one whose government the text names
 * (四川省人民政府网站, 四川省人民政府信息公开办公室) with the unit the scope word gives (全省 → a 省).
 * A department's report mentions 全市 too, so a text that speaks as one body (我局, 本机关) gets nothing here.
 */
import { isPlaceName } from './agency-names'
import type { Ctx } from './context'
import { divisionNamesAt } from './divisions'
import { regionOf } from './region-name'
import type { NameHit } from './agency-sentences'

/** the report speaking for a whole place: its bodies at every level, or the place as "we" */
const SCOPE = /全(省|市|县|区|州)(?=各级|各地|各部门|各单位|政府系统|行政机关|各县|各乡镇)|我(省|市|县|区|州)(?![委政直属级])/g
/** the text speaking as one body: a department's or an office's report, not the place's */
const ONE_BODY = /(?:我|本)(?:局|委|办|厅|院|中心|机关|单位|部门|署|处|站|所|队|公司|镇|乡|街道)(?![\u4e00-\u9fa5]{0,1}(?:各|所属))/
const GOVERNMENT = /人民政府/g
/** longest place looked for before 人民政府 (湘西土家族苗族自治州) */
const MAX_PLACE = 12
const SCAN = 4000

/** the unit a place's name ends with, as the scope word writes it (自治区 → 区, 自治州 → 州) */
function unitOf(place: string): string {
  return place.endsWith('自治区') ? '省' : place.slice(-1)
}

/** The places named as a government (X人民政府) in `text`, each with its count, in order of first mention. */
function governmentsNamed(text: string): Map<string, { count: number; start: number }> {
  const out = new Map<string, { count: number; start: number }>()
  GOVERNMENT.lastIndex = 0
  for (let m = GOVERNMENT.exec(text); m; m = GOVERNMENT.exec(text)) {
    for (let k = Math.min(MAX_PLACE, m.index); k >= 2; k--) {
      const s = text.slice(m.index - k, m.index)
      if (divisionNamesAt(s).length === 0 || regionOf(s) !== s || !isPlaceName(s)) continue
      const seen = out.get(s)
      if (seen) seen.count++
      else out.set(s, { count: 1, start: m.index - k })
      break
    }
  }
  return out
}

export function fromScope(ctx: Ctx): NameHit | null {
  const text = ctx.view.text.slice(0, SCAN)
  if (ONE_BODY.test(text)) return null
  const units = new Set<string>()
  SCOPE.lastIndex = 0
  for (let m = SCOPE.exec(text); m; m = SCOPE.exec(text)) units.add(m[1] ?? m[2])
  // one scope only: a report that speaks of 全省 and 全市 alike is a city's inside a province, or unclear
  if (units.size !== 1) return null
  const unit = [...units][0]
  const places = [...governmentsNamed(text)].filter(([p]) => unitOf(p) === unit)
  if (!places.length) return null
  const best = Math.max(...places.map(([, v]) => v.count))
  const top = places.filter(([, v]) => v.count === best)
  if (top.length !== 1) return null
  const [value, { start }] = top[0]
  return { value, start, end: start + value.length, rule: 'agency.scope-place', confidence: 0.5, kind: 'place' }
}
