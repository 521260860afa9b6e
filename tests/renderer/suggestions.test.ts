/** The desk's suggestions (keys 1–9), shared with the scripted reviewer's planner. */
import { describe, expect, it } from 'vitest'
import type { DocumentDetail } from '../../src/shared/contract'
import { fieldDef } from '../../src/shared/fields'
import { fieldSuggestions } from '../../src/renderer/src/lib/suggestions'

type Detail = Pick<DocumentDetail, 'fields' | 'candidates'>
const field = (id: string, value: string | number | null, origin: 'auto' | 'corrected' = 'auto') =>
  ({ field: id, value, origin, span: null, confidence: 0.9, rule: 'r', approximate: false }) as unknown as DocumentDetail['fields'][number]

describe('fieldSuggestions', () => {
  it('lists the candidates of a field nobody has set, without the current value, at most 9', () => {
    const d: Detail = {
      fields: [field('agency', '甲县财政局')],
      candidates: [...Array.from({ length: 12 }, (_, i) => ({ field: 'agency', value: `名${i}局`, span: null, score: 0.5, rule: 'x' })),
        { field: 'agency', value: '甲县财政局', span: null, score: 0.9, rule: 'x' }],
    }
    const s = fieldSuggestions(d, 'agency').map((c) => c.value)
    expect(s).toHaveLength(9)
    expect(s).not.toContain('甲县财政局')
    expect(fieldSuggestions({ ...d, fields: [field('agency', '乙局', 'corrected')] }, 'agency')).toEqual([])
  })

  it('offers a list field its other options when the extractor has no candidates for it', () => {
    const options = fieldDef('format')!.options!
    const d: Detail = { fields: [field('format', options[0])], candidates: [] }
    expect(fieldSuggestions(d, 'format').map((c) => c.value)).toEqual(options.slice(1))
  })
})
