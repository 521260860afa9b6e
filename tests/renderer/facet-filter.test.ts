/**
 * The dataset view's facets as parts of the library's query (issue 13), and its key: values of one facet
 * are alternatives, facets combine, "none" maps onto what the query can say; Shift+D opens the view from
 * the library and the desk, d alone still dismisses in a document.
 */
import { describe, expect, it } from 'vitest'
import { canChoose, filterOf, isChosen, toggleFacet } from '../../src/renderer/src/lib/facet-filter'
import { filterToSave } from '../../src/renderer/src/components/dataset/SavedSearches'
import { keyToCommand } from '../../src/renderer/src/lib/keymap'
import type { SavedSearch } from '../../src/shared/contract'

describe('facet filter', () => {
  it('adds and removes values; one facet is alternatives, facets combine', () => {
    let q = toggleFacet({ sort: 'id' }, 'year', 2019)
    q = toggleFacet(q, 'year', 2021)
    q = toggleFacet(q, 'region', '广东省')
    expect(q).toEqual({ sort: 'id', year: [2019, 2021], region: ['广东省'] })
    expect(isChosen(q, 'year', 2021)).toBe(true)
    q = toggleFacet(q, 'year', 2019)
    q = toggleFacet(q, 'year', 2021)
    expect(q.year).toBeUndefined()
    expect(filterOf(q)).toEqual({ region: ['广东省'] })
  })

  it('maps "none" onto the unknown format and "no open warning"; other empties cannot be chosen', () => {
    expect(toggleFacet({}, 'format', null)).toEqual({ format: ['unknown'] })
    const noWarning = toggleFacet({ warning: ['t3_balance'] }, 'warning', null)
    expect(noWarning).toEqual({ hasWarnings: false, warning: undefined })
    expect(isChosen(noWarning, 'warning', null)).toBe(true)
    expect(toggleFacet({ hasWarnings: false }, 'warning', 'year_jump')).toEqual({ hasWarnings: undefined, warning: ['year_jump'] })
    expect(canChoose('agency', null)).toBe(false)
    expect(toggleFacet({ year: [2020] }, 'agency', null)).toEqual({ year: [2020] })
  })

  it('saves the current filters inside the saved search in use, its conditions kept', () => {
    const saved: SavedSearch[] = [{ id: 3, name: '广东', created_at: '', count: 0, filter: { region: ['广东省'], conditions: [{ field: 'warning', op: 'present' }] } }]
    const f = filterToSave({ sort: 'id', saved: 3, year: [2023], conditions: [{ field: 'applications_received', op: 'gt', value: 100 }] }, saved)
    expect(f).toEqual({ region: ['广东省'], year: [2023], conditions: [{ field: 'warning', op: 'present' }, { field: 'applications_received', op: 'gt', value: 100 }] })
  })
})

describe('the dataset key', () => {
  it('Shift+D opens the dataset view from the library, the desk and the view itself; d alone dismisses in a document', () => {
    for (const view of ['library', 'review', 'dataset'] as const) expect(keyToCommand({ key: 'D', shiftKey: true }, { view, typing: false })).toBe('dataset')
    expect(keyToCommand({ key: 'd' }, { view: 'review', typing: false })).toBe('dismiss')
    expect(keyToCommand({ key: 'D', shiftKey: true }, { view: 'library', typing: true })).toBeNull()
    expect(keyToCommand({ key: 'Escape' }, { view: 'dataset', typing: false })).toBe('back')
    // in the dataset view the list's keys do nothing (Space presses the focused facet button itself)
    expect(keyToCommand({ key: ' ' }, { view: 'dataset', typing: false, zone: 'control' })).toBeNull()
    expect(keyToCommand({ key: 'x' }, { view: 'dataset', typing: false })).toBeNull()
  })
})
