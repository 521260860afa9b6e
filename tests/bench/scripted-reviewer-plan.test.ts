/**
 * The scripted reviewer's plan (issue 11, point 10; e2e/support/scripted-reviewer/plan.ts) on reports imported
 * into a real library: which fields are off gold, the keys that reach a field (never dearer than `g`, the
 * label's start and Enter), and the way a value is set (a suggestion's number, found in the text, typed,
 * cleared).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentDetail } from '../../src/shared/contract'
import { fieldDef, type FieldDef } from '../../src/shared/fields'
import { importBuffers } from '../../src/main/import/index'
import { openLibrary, type Db } from '../../src/main/library/db'
import { getDocument } from '../../src/main/library/documents'
import { matchFields } from '../../src/renderer/src/lib/field-jump'
import { orderedFieldIds } from '../../src/renderer/src/lib/field-layout'
import { DRILLS } from '../../e2e/support/scripted-reviewer/drills'
import { corrections, cost, extendQuery, jumpQuery, navigate, setValue, strokeCost } from '../../e2e/support/scripted-reviewer/plan'
import { extendFound } from '../../src/renderer/src/lib/extend-found'
import { findNext } from '../../src/renderer/src/lib/span-map'

// the page's 来源 names an office the rules do not keep: the desk suggests it
const SUGGEST = '2019年政府信息公开工作年度报告\n来源：县政府办 发布时间：2020-01-20\n全年共收到政府信息公开申请5件。\n全年共受理政府信息公开申请7件。'

let dir: string
let db: Db
const docs = new Map<string, DocumentDetail>()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-plan-'))
  db = openLibrary(join(dir, 'library.annalist'), { create: true })
  const files = [...DRILLS.map((d) => ({ name: d.file, bytes: Buffer.from(d.text()) })), { name: 'suggest.txt', bytes: Buffer.from(SUGGEST) }]
  const s = await importBuffers(db, files, { workers: 1 })
  for (const i of s.imported) docs.set(i.file, getDocument(db, i.id)!)
})

afterAll(() => {
  db?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const drill = (file: string) => ({ detail: docs.get(file)!, gold: DRILLS.find((d) => d.file === file)!.gold() })

describe('the scripted reviewer plan', () => {
  it('lists the fields off gold, a blank table cell counting as 0', () => {
    const { detail, gold } = drill('effort-standard.txt')
    expect(corrections(detail, gold).map((c) => c.field).sort()).toEqual(['t3.carry_forward.business', 't3.total.other_org'])
    // a zero the template leaves blank is right as it is
    expect(corrections(detail, { ...gold, 't3.carry_forward.research': 0 }).map((c) => c.field)).not.toContain('t3.carry_forward.research')
    const free = drill('effort-free.txt')
    const off = corrections(free.detail, free.gold)
    expect(off.map((c) => c.field)).toEqual(expect.arrayContaining(['agency', 'region', 'applications_received', 'admin_lawsuits']))
    expect(corrections(free.detail, { ...free.gold, format: 'standard' })[0].field).toBe('format')
  })

  it('finds a `g` text that puts every field of a standard report first in the jump list', () => {
    const { detail } = drill('effort-cells.txt')
    const defs = orderedFieldIds(detail).map((f) => fieldDef(f)).filter((d): d is FieldDef => d !== undefined)
    expect(defs.length).toBeGreaterThan(100)
    for (const d of defs) {
      const q = jumpQuery(defs, d.id)
      expect(q, d.id).not.toBeNull()
      expect(matchFields(defs, q!)[0].id, `${d.id} by "${q}"`).toBe(d.id)
    }
  })

  it('reaches a field by the arrows or n when that is cheaper than g, never dearer', () => {
    const { detail } = drill('effort-cells.txt')
    const order = orderedFieldIds(detail)
    const defs = order.map((f) => fieldDef(f)).filter((d): d is FieldDef => d !== undefined)
    const at = order.indexOf('t3.new.person')
    expect(navigate(detail, { field: 't3.new.person', inFields: true }, order[at + 1])).toEqual([{ press: 'ArrowRight' }])
    // without keyboard focus in the fields pane the arrows scroll the original: only n or g move
    const away = navigate(detail, { field: 't3.new.person', inFields: false }, order[at + 1])!
    expect(away.every((s) => !('press' in s) || !s.press.startsWith('Arrow'))).toBe(true)
    for (const f of ['agency', 't2.licensing.decisions', 't3.unable_no_info.total', 't4.review.total']) {
      const keys = navigate(detail, { field: 'title', inFields: true }, f)!
      expect(cost(keys), f).toBeLessThanOrEqual(2 + strokeCost({ type: jumpQuery(defs, f)! }))
    }
    expect(navigate(detail, { field: 'agency', inFields: true }, 'agency')).toEqual([])
  })

  it('sets a value by its suggestion, from the text, typed, or cleared', () => {
    const suggest = docs.get('suggest.txt')!
    expect(setValue(suggest, { field: 'agency', gold: '县政府办' })).toMatchObject({ method: 'suggestion', strokes: [{ press: '1' }] })
    const free = drill('effort-free.txt')
    // the signature's name is now a suggestion (agency-candidates.ts)
    expect(setValue(free.detail, { field: 'agency', gold: '青松县林业局' })).toMatchObject({ method: 'suggestion' })
    // without it: `/`, a piece of the name, Enter, `e` grows it to the name, `p`
    const plain = { ...free.detail, candidates: [] }
    const grown = setValue(plain, { field: 'agency', gold: '青松县林业局' })
    expect(grown).toMatchObject({ method: 'pick', extended: '青松县林业局' })
    expect(grown.strokes.map((k) => ('press' in k ? k.press : 'text'))).toEqual(['/', 'text', 'Enter', 'e', 'p'])
    expect(cost(grown.strokes)).toBeLessThan(cost([{ press: '/' }, { type: '青松县林业局' }, { press: 'Enter' }, { press: 'p' }]))
    const q = extendQuery(plain.raw_text, '青松县林业局')!
    const hit = findNext(plain.raw_text, q, 0)!
    expect(plain.raw_text.slice(...extendFound(plain.raw_text, hit))).toBe('青松县林业局')
    expect(setValue(free.detail, { field: 'publish_date', gold: '2019-03-01' }).strokes).toEqual([{ press: 'Enter' }, { type: '2019-3-1' }, { press: 'Enter' }])
    expect(setValue(free.detail, { field: 'proactive_disclosures', gold: null })).toEqual({ method: 'clear', strokes: [{ press: 'Delete' }] })
    // a Chinese character typed costs a pinyin spelling and a choice
    expect(strokeCost({ type: '青松县' })).toBe(9)
    expect(strokeCost({ type: '2019-3-1' })).toBe(8)
  })
})
