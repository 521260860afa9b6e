// Which fields the review screen lists for a document, and the walk to the next field with an issue.
import { describe, expect, it } from 'vitest'
import type { FieldState, StoredWarning } from '../../src/shared/contract'
import {
  fieldsWithWarnings, hiddenT3Rows, moveField, nextWarningField, orderedFieldIds, visibleGroups,
} from '../../src/renderer/src/lib/field-layout'
import { matchFields } from '../../src/renderer/src/lib/field-jump'
import { ALL_FIELDS } from '../../src/shared/fields'

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

describe('arrows in the fields pane', () => {
  const order = orderedFieldIds({ fields: [fs('format', 'standard-2021')] })
  it('walk the lists one field at a time, without wrapping', () => {
    expect(moveField(order, 'title', 'down')).toBe('agency')
    expect(moveField(order, 'agency', 'up')).toBe('title')
    expect(moveField(order, 'title', 'up')).toBe('title')
    expect(moveField(order, 'agency', 'right')).toBe('region')
    expect(moveField(order, null, 'down')).toBe('title')
    expect(moveField(order, 'staff', 'last')).toBe(order[order.length - 1])
  })
  it('in a table go by column with ↑/↓ and by row with ←/→, leaving it at its edges', () => {
    expect(moveField(order, 't3.new.person', 'down')).toBe('t3.carried.person')
    expect(moveField(order, 't3.carried.person', 'up')).toBe('t3.new.person')
    expect(moveField(order, 't3.new.person', 'right')).toBe('t3.new.business')
    expect(moveField(order, 't3.carry_forward.total', 'down')).toBe('t4.review.upheld')
    expect(moveField(order, 't3.new.business', 'up')).toBe(order[order.indexOf('t3.new.person') - 1])
    // table 二 2021: a row with one column goes down to the next row that has it, else leaves the table
    expect(moveField(order, 't2.regulations.issued', 'down')).toBe('t2.normative.issued')
    expect(moveField(order, 't2.normative.issued', 'down')).toBe(order[order.indexOf('t2.fees.amount') + 1])
  })
})

describe('jump to a field by typing', () => {
  it('finds by the start of the Chinese or English label or the id, best first', () => {
    expect(matchFields(ALL_FIELDS, '发布')[0].id).toBe('agency')
    expect(matchFields(ALL_FIELDS, '发布').map((d) => d.id)).toContain('publish_date')
    expect(matchFields(ALL_FIELDS, 'agen')[0].id).toBe('agency')
    expect(matchFields(ALL_FIELDS, 'staff')[0].id).toBe('staff')
    expect(matchFields(ALL_FIELDS, '工作人员')[0].id).toBe('staff')
  })
  it('several words must all match (a table cell by row and column)', () => {
    expect(matchFields(ALL_FIELDS, '予以公开 总计')[0].id).toBe('t3.granted.total')
    expect(matchFields(ALL_FIELDS, 'granted natural')[0].id).toBe('t3.granted.person')
    expect(matchFields(ALL_FIELDS, 'zzz')).toEqual([])
    expect(matchFields(ALL_FIELDS, '  ')).toEqual([])
  })
})
