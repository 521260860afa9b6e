/**
 * The standard-format models satisfy the identities of fields.md, except where a fixture says it breaks
 * one on purpose; the printed table has the rows its version has; the gold cells are the model's numbers.
 */
import { describe, expect, it } from 'vitest'
import { FIXTURES, SAMPLES } from '../../scripts/samples/catalog'
import { buildModel, composeReport } from '../../scripts/samples/compose'
import { goldFor } from '../../scripts/samples/gold'
import { cellValue, checkIdentities } from '../../scripts/samples/tables'

const standard = [...FIXTURES, ...SAMPLES].filter((s) => s.format !== 'free-form')
const label = (s: (typeof standard)[number]): string => s.name || s.title || String(s.seed)

describe('standard-format models', () => {
  it('there are standard fixtures of both versions, and some that break an identity on purpose', () => {
    expect(standard.filter((s) => s.format === 'standard-2019').length).toBeGreaterThanOrEqual(4)
    expect(standard.filter((s) => s.format === 'standard-2021').length).toBeGreaterThanOrEqual(4)
    expect(standard.filter((s) => (s.breaks ?? []).length > 0).length).toBeGreaterThanOrEqual(2)
  })

  it.each(standard.map((s) => [label(s), s] as const))('%s: identities hold unless broken on purpose', (_, spec) => {
    const { model } = buildModel(spec)
    if (!model.tables) throw new Error('no tables')
    const failures = checkIdentities(model.tables, spec.format)
    const kinds = [...new Set(failures.map((f) => f.identity))].sort()
    expect(kinds).toEqual([...(spec.breaks ?? [])].sort())
  })

  it.each(standard.map((s) => [label(s), s] as const))('%s: table 三 prints the rows of its version', (_, spec) => {
    const { blocks } = composeReport(spec)
    if (spec.dirt?.flattenTables) {
      expect(blocks.some((b) => b.kind === 'table')).toBe(false)
      return
    }
    const t3 = blocks.filter((b) => b.kind === 'table')[1]
    if (!t3 || t3.kind !== 'table') throw new Error('no table 三')
    expect(t3.grid.length - t3.headerRows).toBe(spec.format === 'standard-2019' ? 23 : 25)
    for (const row of t3.grid.slice(t3.headerRows)) expect(row.slice(-7)).toHaveLength(7)
  })

  it.each(FIXTURES.filter((s) => s.format !== 'free-form').map((s) => [s.name, s] as const))('%s: gold cells are the model numbers', (_, spec) => {
    const { model } = buildModel(spec)
    const gold = goldFor(model)
    if (!model.tables) throw new Error('no tables')
    for (const [k, v] of Object.entries(gold)) {
      if (!/^t\d/.test(k) || v === null) continue
      expect(v, k).toBe(cellValue(model.tables, k))
    }
    if (!spec.dirt?.flattenTables) {
      expect(gold.applications_received).toBe(model.tables.t3.new[6])
      expect(gold.admin_reconsiderations).toBe(model.tables.t4.review[4])
      expect(gold.admin_lawsuits).toBe(model.tables.t4.direct[4] + model.tables.t4.after_review[4])
    }
  })

  it("a report's carried requests equal last year's carry_forward when the catalogue links them", () => {
    const linked = standard.filter((s) => s.carriedFrom)
    expect(linked.length).toBeGreaterThan(0)
    for (const s of linked) {
      const prev = s.carriedFrom ? buildModel(s.carriedFrom).model.tables : null
      const cur = buildModel(s).model.tables
      expect(cur?.t3.carried).toEqual(prev?.t3.carry_forward)
    }
  })
})
