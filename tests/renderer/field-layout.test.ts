// Which fields the review screen lists for a document, and the walk to the next field with an issue.
import { describe, expect, it } from 'vitest'
import type { FieldState, StoredWarning } from '../../src/shared/contract'
import {
  fieldsWithWarnings, hiddenT3Rows, nextWarningField, orderedFieldIds, visibleGroups,
} from '../../src/renderer/src/lib/field-layout'

const fs = (field: string, value: FieldState['value']): FieldState => ({
  field, value, approximate: false, span: null, confidence: 0.9, rule: 'r', origin: 'auto', updated_at: '',
})

describe('field layout', () => {
  it('a free-form report shows only document and headline fields', () => {
    expect(visibleGroups({ fields: [fs('format', 'free-form')] })).toEqual(['document', 'headline'])
  })
  it('a 2021 report shows tables 二 (2021), 三, 四 with all of table 三', () => {
    const d = { fields: [fs('format', 'standard-2021')] }
    expect(visibleGroups(d)).toEqual(['document', 'headline', 't2', 't3', 't4'])
    expect(hiddenT3Rows(d).size).toBe(0)
  })
  it('a 2019 report shows table 二 (2019) and hides the 2021-only rows of 三 unless they hold values', () => {
    const d = { fields: [fs('format', 'standard-2019'), fs('t3.other_rest.total', 1)] }
    expect(visibleGroups(d)).toEqual(['document', 'headline', 't2v19', 't3', 't4'])
    expect([...hiddenT3Rows(d)].sort()).toEqual(['other_overdue_correction', 'other_overdue_fee'])
    const ids = orderedFieldIds(d)
    expect(ids).toContain('t3.other_rest.total')
    expect(ids).not.toContain('t3.other_overdue_fee.total')
  })
  it('a table with a value is shown whatever the format says', () => {
    expect(visibleGroups({ fields: [fs('format', 'free-form'), fs('t4.review.total', 2)] })).toContain('t4')
  })
  it('walks to the next field with an issue, in screen order, wrapping', () => {
    const w = (fields: string[]): StoredWarning => ({ id: 1, source: 'extract', code: 'x', severity: 'warning', message: '', message_en: '', fields })
    const warned = fieldsWithWarnings({ warnings: [w(['staff']), w(['agency', 'report_year'])] })
    const order = orderedFieldIds({ fields: [] })
    expect(nextWarningField(order, warned, null)).toBe('agency')
    expect(nextWarningField(order, warned, 'agency')).toBe('report_year')
    expect(nextWarningField(order, warned, 'report_year')).toBe('staff')
    expect(nextWarningField(order, warned, 'staff')).toBe('agency')
    expect(nextWarningField(order, new Set(), 'staff')).toBeNull()
  })
})
