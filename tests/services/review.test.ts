/** Status, notes, tags, bulk corrections, undo/redo (surviving a restart) and the review queue. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDetail, Revision, Tag } from '../../src/shared/contract'
import { insertWarnings } from '../../src/main/library/documents'
import type { OpenServices } from '../../src/main/services/open-library'
import { codeOf, makeTestLibrary, open, type TestLibrary } from './service-fixtures'

let lib: TestLibrary
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const get = async (id: number): Promise<DocumentDetail> => (await call('documents.get', { id })) as DocumentDetail
const field = (d: DocumentDetail, f: string): unknown => d.fields.find((x) => x.field === f)
const history = async (id: number): Promise<Revision[]> => (await call('history.list', { id })) as Revision[]

beforeAll(async () => {
  lib = await makeTestLibrary(6)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

describe('status', () => {
  it('moves new -> in_review -> verified and records each change', async () => {
    expect(await call('documents.setStatus', { ids: [1], status: 'in_review' })).toMatchObject({ changed: 1, refused: [] })
    expect(await call('documents.setStatus', { ids: [1], status: 'verified' })).toMatchObject({ changed: 1, refused: [] })
    expect((await get(1)).status).toBe('verified')
    const h = (await history(1)).filter((r) => r.target === 'status')
    expect(h.map((r) => [r.old_value, r.new_value])).toEqual([['in_review', 'verified'], ['new', 'in_review']])
    // setting the same status again is no change
    expect(await call('documents.setStatus', { ids: [1], status: 'verified' })).toMatchObject({ changed: 0, refused: [] })
  })

  it('refuses verified while an error is open, unless override', async () => {
    insertWarnings(app.db, 2, 'extract', [{ code: 'total_mismatch', severity: 'error', message: '合计不符', message_en: 'total mismatch', fields: ['staff'] }])
    const r = (await call('documents.setStatus', { ids: [2, 3], status: 'verified' })) as { changed: number; refused: { id: number; reason: string }[] }
    expect(r.changed).toBe(1)
    expect(r.refused.map((x) => x.id)).toEqual([2])
    expect(r.refused[0].reason).toMatch(/open error/)
    expect((await get(2)).status).not.toBe('verified')

    // a person corrects the field the error names: the error is no longer open
    await call('fields.set', { ids: [2], field: 'staff', value: 4, reason: 'counted' })
    expect(await call('documents.setStatus', { ids: [2], status: 'verified' })).toMatchObject({ changed: 1, refused: [] })

    insertWarnings(app.db, 4, 'import', [{ code: 'garbled', severity: 'error', message: '乱码', message_en: 'garbled' }])
    expect(((await call('documents.setStatus', { ids: [4], status: 'verified' })) as { changed: number }).changed).toBe(0)
    expect(await call('documents.setStatus', { ids: [4], status: 'verified', override: true, reason: 'checked by hand' })).toMatchObject({ changed: 1, refused: [] })
    const rev = (await history(4)).find((x) => x.target === 'status')
    expect(rev?.reason).toMatch(/checked by hand; verified over 1 open error/)
  })

  it('keeps the span a value was picked from, for one document only', async () => {
    await call('fields.set', { ids: [6], field: 'staff', value: 3, span: [10, 12] })
    expect(field(await get(6), 'staff')).toMatchObject({ value: 3, span: [10, 12], rule: 'manual.picked', origin: 'corrected' })
    await call('fields.set', { ids: [6], field: 'staff', value: 5 })
    expect(field(await get(6), 'staff')).toMatchObject({ value: 5, span: null, rule: 'manual' })
    await expect(call('fields.set', { ids: [5, 6], field: 'staff', value: 3, span: [1, 2] })).rejects.toMatchObject({ code: 'bad_request' })
    await expect(call('fields.set', { ids: [6], field: 'staff', value: 3, span: [5, 2] })).rejects.toMatchObject({ code: 'bad_request' })
  })

  it('reports unknown ids as refused and still changes the others', async () => {
    const r = (await call('documents.setStatus', { ids: [5, 9999], status: 'flagged' })) as { changed: number; refused: { id: number }[] }
    expect(r.changed).toBe(1)
    expect(r.refused.map((x) => x.id)).toEqual([9999])
  })
})

describe('note', () => {
  it('keeps the note and its history', async () => {
    await call('documents.setNote', { id: 3, note: '第三表合计待核' })
    expect((await get(3)).note).toBe('第三表合计待核')
    expect((await history(3))[0]).toMatchObject({ target: 'note', old_value: '', new_value: '第三表合计待核' })
  })
})

describe('tags', () => {
  it('creates, renames, applies to many and removes, one revision per document', async () => {
    const t = (await call('tags.create', { name: '重点', color: '#aa3300' })) as Tag
    expect(await codeOf(call('tags.create', { name: '重点' }))).toBe('conflict')
    const t2 = (await call('tags.update', { id: t.id, name: '重点核查' })) as Tag
    expect(t2).toMatchObject({ id: t.id, name: '重点核查', color: '#aa3300' })
    expect(await call('tags.apply', { ids: [1, 2, 3], tag: t.id, on: true })).toMatchObject({ changed: 3 })
    expect(await call('tags.apply', { ids: [1, 2, 3, 4], tag: t.id, on: true })).toMatchObject({ changed: 1 })
    expect(((await call('tags.list')) as Tag[]).find((x) => x.id === t.id)?.count).toBe(4)
    const off = (await call('tags.apply', { ids: [2, 3], tag: t.id, on: false })) as { changed: number; batch: string }
    expect(off.changed).toBe(2)
    expect((await get(2)).tags).toEqual([])
    expect((await get(1)).tags).toEqual([t.id])
    const h = (await history(2)).filter((r) => r.target === 'tags')
    expect(h.map((r) => [r.old_value, r.new_value])).toEqual([[String(t.id), ''], ['', String(t.id)]])

    // undo the removal: the tag is back on both documents
    expect(await call('history.undo', { batch: off.batch })).toEqual({ undone: 2 })
    expect((await get(2)).tags).toEqual([t.id])

    await call('tags.delete', { id: t.id })
    expect((await get(1)).tags).toEqual([])
    expect((await history(1))[0]).toMatchObject({ target: 'tags', new_value: '' })
  })
})

describe('bulk corrections and undo', () => {
  it('sets one field on many documents as one batch, and undoes the batch', async () => {
    const before = await Promise.all([1, 2, 3].map(async (id) => field(await get(id), 'agency')))
    const r = (await call('fields.set', { ids: [1, 2, 3], field: 'agency', value: '某某县人民政府办公室', reason: 'same agency' })) as { changed: number; batch: string }
    expect(r.changed).toBe(3)
    for (const id of [1, 2, 3]) expect(field(await get(id), 'agency')).toMatchObject({ value: '某某县人民政府办公室', origin: 'corrected' })

    // on each document the agency and the region derived from it (region-from-agency.ts)
    expect(await call('history.undo', { batch: r.batch })).toEqual({ undone: 6 })
    const after = await Promise.all([1, 2, 3].map(async (id) => field(await get(id), 'agency') as { value: unknown; origin: string } | undefined))
    expect(after.map((f) => f?.value)).toEqual(before.map((f) => (f as { value: unknown } | undefined)?.value))
    expect(after.map((f) => f?.origin)).toEqual(before.map((f) => (f as { origin: string } | undefined)?.origin))

    const h = await history(1)
    const original = h.find((x) => x.batch === r.batch && x.target === 'agency')
    const undoRev = h.find((x) => x.undoes === original?.id)
    expect(original?.undone).toBe(true)
    expect(undoRev).toMatchObject({ target: 'agency', old_value: '某某县人民政府办公室', undone: false })
    // undoing twice is refused for a single revision, and a no-op for the batch
    expect(await codeOf(call('history.undo', { revision: original?.id }))).toBe('conflict')
    expect(await call('history.undo', { batch: r.batch })).toEqual({ undone: 0 })

    // redo brings the correction back
    expect(await call('history.redo', { batch: r.batch })).toEqual({ redone: 6 })
    expect(field(await get(2), 'agency')).toMatchObject({ value: '某某县人民政府办公室', origin: 'corrected' })
    expect((await history(2)).find((x) => x.batch === r.batch)?.undone).toBe(false)
  })

  it('undoing a value that did not exist removes it again', async () => {
    await app.db.prepare("DELETE FROM fields WHERE document_id = 5 AND field_id = 'budget'").run()
    const r = (await call('fields.set', { ids: [5], field: 'budget', value: 12000.5 })) as { batch: string }
    expect(field(await get(5), 'budget')).toMatchObject({ value: 12000.5 })
    await call('history.undo', { batch: r.batch })
    expect(field(await get(5), 'budget')).toBeUndefined()
  })

  it('confirms fields and undoes a status change', async () => {
    const d = await get(6)
    const f = d.fields[0].field
    expect(await call('fields.confirm', { id: 6, fields: [f] })).toMatchObject({ changed: 1 })
    expect(field(await get(6), f)).toMatchObject({ origin: 'confirmed' })
    await call('documents.setStatus', { ids: [6], status: 'flagged' })
    const rev = (await history(6)).find((x) => x.target === 'status') as Revision
    await call('history.undo', { revision: rev.id })
    // the confirmation started the review (issue 11: in the same change), so undoing the flag goes back to in_review
    expect((await get(6)).status).toBe('in_review')
  })

  it('undo survives closing and reopening the library', async () => {
    const r = (await call('fields.set', { ids: [3], field: 'staff', value: 7 })) as { batch: string }
    await call('history.undo', { batch: r.batch })
    const valueBefore = field(await get(3), 'staff')
    await app.close()
    app = open(lib)
    expect(field(await get(3), 'staff')).toEqual(valueBefore)
    const h = await history(3)
    const original = h.find((x) => x.batch === r.batch)
    expect(original?.undone).toBe(true)
    expect(h.some((x) => x.undoes === original?.id)).toBe(true)
    // and it can be redone after the restart
    expect(await call('history.redo', { revision: original?.id })).toEqual({ redone: 1 })
    expect(field(await get(3), 'staff')).toMatchObject({ value: 7 })
  })
})

describe('review queue', () => {
  it('puts documents with errors first and skips verified ones', async () => {
    const verified = (app.db.prepare("SELECT id FROM documents WHERE status = 'verified'").all() as { id: number }[]).map((r) => r.id)
    insertWarnings(app.db, 7, 'extract', [{ code: 'x', severity: 'error', message: '错', message_en: 'wrong', fields: [] }])
    const first = (await call('documents.queue', {})) as { next: number; remaining: number }
    expect(first.next).toBe(7)
    const total = (app.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
    expect(first.remaining).toBe(total - verified.length)
    const seen = new Set<number>()
    let cur: number | null = first.next
    while (cur !== null && !seen.has(cur)) {
      expect(verified).not.toContain(cur)
      seen.add(cur)
      cur = ((await call('documents.queue', { after: cur })) as { next: number | null }).next
    }
    expect(seen.size).toBe(first.remaining)
  })

  it('puts a document with a low-confidence value right after the ones with errors', async () => {
    const open = (app.db.prepare("SELECT id FROM documents WHERE status != 'verified' AND id != 7 ORDER BY id DESC").all() as { id: number }[]).map((r) => r.id)
    const low = open[0]
    app.db.prepare('UPDATE fields SET confidence = 0.3 WHERE document_id = ? AND rowid = (SELECT min(rowid) FROM fields WHERE document_id = ? AND origin = \'auto\')').run(low, low)
    expect(await call('documents.queue', {})).toMatchObject({ next: 7 })
    expect(await call('documents.queue', { after: 7 })).toMatchObject({ next: low })
    const third = ((await call('documents.queue', { after: low })) as { next: number }).next
    expect(third).not.toBe(low)
    expect(third).not.toBe(7)
  })
})
