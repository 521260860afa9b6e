/** Manual changes through the field store: typed, revisioned, and never overwritten by re-extraction. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths, reextractAll } from '../../src/main/import/index'
import { getDocument } from '../../src/main/library/documents'
import { confirmFields, parseFieldValue, setFieldValues } from '../../src/main/library/field-store'
import { ApiError } from '../../src/shared/contract'
import { tempDir, writeReports } from '../import/fixtures'

let dir: string
let db: Db
let ids: number[]
beforeAll(async () => {
  dir = tempDir('annalist-fields-')
  writeReports(join(dir, 'in'), 2, 100)
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const s = await importPaths(db, [join(dir, 'in')], { workers: 1 })
  ids = s.imported.map((i) => i.id).sort((a, b) => a - b)
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const field = (id: number, f: string) => getDocument(db, id)?.fields.find((x) => x.field === f)
const revisions = (id: number) => db.prepare('SELECT * FROM revisions WHERE document_id = ? ORDER BY id').all(id) as Record<string, unknown>[]

describe('setFieldValues', () => {
  it('validates the field id and the value type', () => {
    expect(() => setFieldValues(db, [ids[0]], 'no_such_field', 1, {})).toThrow(ApiError)
    expect(() => setFieldValues(db, [ids[0]], 'report_year', '2019', {})).toThrow(/whole number/)
    expect(() => setFieldValues(db, [ids[0]], 'report_year', 2019.5, {})).toThrow(/whole number/)
    expect(() => setFieldValues(db, [ids[0]], 'publish_date', '2019-02-30', {})).toThrow(/YYYY-MM-DD/)
    expect(() => setFieldValues(db, [ids[0]], 'format', 'standard-2020', {})).toThrow(/one of/)
    expect(() => setFieldValues(db, [999999], 'title', 'x', {})).toThrow(/no document/)
    expect(parseFieldValue('budget', '12,500.5')).toBe(12500.5)
    expect(parseFieldValue('report_year', 'null')).toBeNull()
    expect(() => parseFieldValue('staff', 'three')).toThrow(/number/)
  })

  it('writes the value with origin corrected and one revision per document, in one batch', () => {
    const before = field(ids[0], 'agency')
    const r = setFieldValues(db, ids, 'agency', '临江市测试局', { reason: 'typo in the title' })
    expect(r.changed).toBe(2)
    for (const id of ids) {
      const f = field(id, 'agency')
      expect(f?.value).toBe('临江市测试局')
      expect(f?.origin).toBe('corrected')
      const last = revisions(id).at(-1)
      expect(last).toMatchObject({ target: 'agency', new_value: '"临江市测试局"', new_origin: 'corrected', reason: 'typo in the title', batch: r.batch })
    }
    expect(revisions(ids[0]).at(-1)?.old_value).toBe(before ? JSON.stringify(before.value) : null)
    // the same value again changes nothing and writes no revision
    const n = revisions(ids[0]).length
    expect(setFieldValues(db, [ids[0]], 'agency', '临江市测试局', {}).changed).toBe(0)
    expect(revisions(ids[0])).toHaveLength(n)
  })

  it('clears a value as a correction (null), which re-extraction must not refill', async () => {
    setFieldValues(db, [ids[1]], 'report_year', null, { reason: 'year unclear' })
    expect(field(ids[1], 'report_year')).toMatchObject({ value: null, origin: 'corrected' })
  })

  it('confirms values, keeping them', () => {
    const f = field(ids[0], 'title')
    const r = confirmFields(db, ids[0], ['title', 'staff'])
    expect(r.changed).toBe(2)
    expect(field(ids[0], 'title')).toMatchObject({ value: f?.value ?? null, origin: 'confirmed' })
    expect(field(ids[0], 'staff')).toMatchObject({ value: null, origin: 'confirmed' })
    expect(confirmFields(db, ids[0], ['title']).changed).toBe(0)
  })

  it('re-extraction replaces auto values only', async () => {
    // make an auto value stale, as an older extractor would have left it
    db.prepare("UPDATE fields SET value = '12345' WHERE document_id = ? AND field_id = 'proactive_disclosures' AND origin = 'auto'").run(ids[0])
    db.prepare("UPDATE documents SET extractor_version = 'old'").run()
    const r = await reextractAll(db, { workers: 1 })
    expect(r.documents).toBe(2)
    expect(r.failed).toEqual([])
    expect(field(ids[0], 'agency')).toMatchObject({ value: '临江市测试局', origin: 'corrected' })
    expect(field(ids[1], 'report_year')).toMatchObject({ value: null, origin: 'corrected' })
    expect(field(ids[0], 'staff')).toMatchObject({ value: null, origin: 'confirmed' })
    expect(field(ids[0], 'title')?.origin).toBe('confirmed')
    const proactive = field(ids[0], 'proactive_disclosures')
    expect(proactive?.origin).toBe('auto')
    expect(proactive?.value).not.toBe(12345)
    expect(getDocument(db, ids[0])?.extractor_version).not.toBe('old')
  })
})
