/**
 * A page's 来源 line against the report's own contact (issue 12, perturbation check: with the title gone,
 * 来源：五常市人民政府 was kept for a township's report whose text says 如有疑问，请联系五常市背荫河镇政府).
 * The 来源 line often names the portal that hosts the page. The body a reader is told to contact is the
 * report's own: a body inside the source's place (the township of the city's portal) is the agency; a body of
 * another place (平潭综合实验区… under 来源：平潭县人民政府) conflicts with it, and the field is left empty with
 * both as candidates rather than guessed.
 */
import { agencyLike, hasPlace } from './agency-names'
import type { Ctx } from './context'
import { regionOf } from './region-name'

export interface NamedAt { value: string; start: number; end: number }

/** the body after a contact phrase: 请与X联系, 请联系X, 联系单位：X */
const CONTACT = /(?:请与|可与|请联系|可联系|联系单位[:：]?|联系部门[:：]?)([\u4e00-\u9fa5]{4,40}?)(?=联系|[（(，,。；;：:\s]|地址|电话|$)/g
const ORGAN_END = /(?:人民政府|政府|委员会|管委会|办事处|办公室|办公厅|局|委|办|厅|院|署|中心)/g
/** the contacts are near the report's head or its end; read this much of each */
const SCAN = 6000

/** The full names of the bodies the report tells its reader to contact (the longest credible head of each). */
export function contactNames(ctx: Ctx): NamedAt[] {
  const text = ctx.view.text
  const parts = text.length > SCAN * 2 ? [[0, SCAN], [text.length - SCAN, text.length]] : [[0, text.length]]
  const out: NamedAt[] = []
  for (const [from, to] of parts) {
    const part = text.slice(from, to)
    CONTACT.lastIndex = 0
    for (let m = CONTACT.exec(part); m; m = CONTACT.exec(part)) {
      const name = m[1]
      let best: string | null = null
      ORGAN_END.lastIndex = 0
      for (let o = ORGAN_END.exec(name); o; o = ORGAN_END.exec(name)) {
        const head = name.slice(0, o.index + o[0].length)
        if (agencyLike(head) && hasPlace(head)) best = head
      }
      if (!best) continue
      const at = from + m.index + m[0].length - name.length
      out.push({ value: best, start: at, end: at + best.length })
    }
  }
  return out
}

/** `inner` is `outer` or a place within it, written with it at its head (五常市背荫河镇 in 五常市) */
const within = (inner: string, outer: string) => inner.startsWith(outer)

/**
 * What the contacts say of a name read from a 来源 line: 'keep' it, take the contact body inside its place,
 * or 'conflict' (a contact of another place). Contacts of the same place (its disclosure office) say nothing.
 */
export function sourceAgainstContact(ctx: Ctx, source: string): NamedAt | 'keep' | 'conflict' {
  const place = regionOf(source)
  if (!place) return 'keep'
  let inside: NamedAt | null = null
  for (const c of contactNames(ctx)) {
    const r = regionOf(c.value)
    // (the source's place with its parents, 来源：七都镇人民政府 over 请与石台县七都镇党政办公室联系: the same place; set 95)
    if (!r || r === place || r.endsWith(place) || c.value === source) continue
    if (within(r, place)) inside ??= c
    else if (!within(place, r)) return 'conflict'
  }
  return inside ?? 'keep'
}
