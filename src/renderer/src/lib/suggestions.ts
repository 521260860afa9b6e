/**
 * The suggestions the desk lists for the focused field (keys 1–9), as a pure function so the scripted
 * reviewer's planner reads the same list: the extractor's candidates while no person has set or confirmed
 * the field, the current value left out, at most 9. A list field (格式) the extractor has no candidates for
 * offers its other options (review-effort bench: 9 of 86 fixes were the format, 3 keys in the list editor).
 */
import type { DocumentDetail } from '../../../shared/contract'
import type { FieldCandidate } from '../../../shared/document'
import { fieldDef } from '../../../shared/fields'
import { fieldStates } from './field-layout'

export const MAX_SUGGESTIONS = 9

export function fieldSuggestions(detail: Pick<DocumentDetail, 'fields' | 'candidates'>, field: string): FieldCandidate[] {
  const state = fieldStates(detail).get(field)
  if (state && state.origin !== 'auto') return []
  const seen = new Set([JSON.stringify(state?.value ?? null)])
  const out: FieldCandidate[] = []
  for (const c of detail.candidates ?? []) {
    const key = JSON.stringify(c.value)
    if (c.field !== field || seen.has(key)) continue
    seen.add(key)
    out.push(c)
  }
  const def = fieldDef(field)
  if (out.length === 0 && def?.type === 'enum') {
    for (const o of def.options ?? []) if (!seen.has(JSON.stringify(o))) out.push({ field, value: o, span: null, score: 0, rule: 'option' })
  }
  return out.slice(0, MAX_SUGGESTIONS)
}
