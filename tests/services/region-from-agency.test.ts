/**
 * 地区 follows 发布机关 (issue 11, review-effort bench finding 2), on a real library of imported reports:
 * a person's agency re-derives the region (an automatic value, its own revision noting it was derived, with
 * the division code from it), one document undo takes both back, and a region a person set stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDetail, Revision } from '../../src/shared/contract'
import type { OpenServices } from '../../src/main/services/open-library'
import { DERIVED_REGION_REASON, DERIVED_REGION_RULE } from '../../src/main/services/region-from-agency'
import { makeTestLibrary, open, type TestLibrary } from './service-fixtures'

let lib: TestLibrary
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const get = async (id: number): Promise<DocumentDetail> => (await call('documents.get', { id })) as DocumentDetail
const fieldOf = (d: DocumentDetail, f: string) => d.fields.find((x) => x.field === f)
const history = async (id: number): Promise<Revision[]> => (await call('history.list', { id })) as Revision[]

beforeAll(async () => {
  lib = await makeTestLibrary(3)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

describe('setting the agency re-derives the region', () => {
  it('derives region and its code from the new agency, and one undo takes both back', async () => {
    const before = await get(1)
    const region0 = fieldOf(before, 'region')
    const code0 = fieldOf(before, 'region_code')?.value ?? null
    expect(region0?.value).not.toBe('广东省深圳市南山区')

    await call('fields.set', { ids: [1], field: 'agency', value: '广东省深圳市南山区人民政府办公室' })
    const after = await get(1)
    expect(fieldOf(after, 'agency')).toMatchObject({ value: '广东省深圳市南山区人民政府办公室', origin: 'corrected' })
    expect(fieldOf(after, 'region')).toMatchObject({ value: '广东省深圳市南山区', origin: 'auto', rule: DERIVED_REGION_RULE })
    expect(fieldOf(after, 'region_code')?.value).toBe('440305')
    const h = await history(1)
    const agencyRev = h.find((r) => r.target === 'agency')!
    const regionRev = h.find((r) => r.target === 'region')!
    expect(regionRev).toMatchObject({ new_value: '广东省深圳市南山区', old_value: region0?.value ?? null, reason: DERIVED_REGION_REASON, batch: agencyRev.batch })

    // the document's Ctrl+Z
    await call('history.undo', { document: 1 })
    const undone = await get(1)
    expect(fieldOf(undone, 'agency')?.value ?? null).toBe(fieldOf(before, 'agency')?.value ?? null)
    expect(fieldOf(undone, 'region')?.value ?? null).toBe(region0?.value ?? null)
    expect(fieldOf(undone, 'region')?.rule ?? null).toBe(region0?.rule ?? null)
    expect(fieldOf(undone, 'region_code')?.value ?? null).toBe(code0)
  })

  it('leaves a region a person set', async () => {
    await call('fields.set', { ids: [2], field: 'region', value: '北京市' })
    await call('fields.set', { ids: [2], field: 'agency', value: '广东省深圳市南山区人民政府办公室' })
    expect(fieldOf(await get(2), 'region')).toMatchObject({ value: '北京市', origin: 'corrected' })
  })

  it('leaves the region when the new agency names no place', async () => {
    const region0 = fieldOf(await get(3), 'region')?.value ?? null
    await call('fields.set', { ids: [3], field: 'agency', value: '国家林业局' })
    expect(fieldOf(await get(3), 'region')?.value ?? null).toBe(region0)
  })
})
