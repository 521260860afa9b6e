/**
 * Jump to a field by typing (issue 11: `g`, then the start of a label): the fields whose Chinese label,
 * English label or id match what was typed, best first. Several words must all match (`予以 总计` finds
 * 三（一）予以公开·总计); a label or id that starts with the first word ranks before one that contains it.
 */
import type { FieldDef } from '../../../shared/fields'

export function matchFields(defs: readonly FieldDef[], typed: string, limit = 8): FieldDef[] {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const scored: { def: FieldDef; score: number; at: number }[] = []
  defs.forEach((def, at) => {
    const names = [def.zh.toLowerCase(), def.en.toLowerCase(), def.id.toLowerCase()]
    if (!words.every((w) => names.some((n) => n.includes(w)))) return
    const first = words[0]
    let score = 3
    if (names.some((n) => n === first)) score = 0
    else if (names.some((n) => n.startsWith(first))) score = 1
    else if (names.some((n) => n.split(/[\s·.（(、]+/).some((part) => part.startsWith(first)))) score = 2
    scored.push({ def, score, at })
  })
  scored.sort((a, b) => a.score - b.score || a.at - b.at)
  return scored.slice(0, limit).map((s) => s.def)
}
