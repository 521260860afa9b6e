/**
 * Export of "the current filter": export.start / export.count with scope 'filter' over a real library
 * export exactly what documents.list lists for the same filter (year, status, full-text search), and a
 * bad filter is refused at the door.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportSummary, JobEnd, ListQuery, ListResult } from '../../src/shared/contract'
import type { OpenServices } from '../../src/main/services/open-library'
import { listIds } from '../../src/main/services/list-query'
import { TRADITIONAL_QUERY, codeOf, makeTestLibrary, open, type TestLibrary } from './service-fixtures'

let lib: TestLibrary
let app: OpenServices
const ends: JobEnd[] = []
// the desktop shell's save dialog, answered as the person would: the file each test names
let saveAs = ''

beforeAll(async () => {
  lib = await makeTestLibrary(14, 301)
  app = open(lib, 'electron', { exportPath: async () => saveAs })
  app.services.ctx.events.subscribe((name, payload) => { if (name === 'job.end') ends.push(payload as JobEnd) })
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

const listed = async (q: ListQuery): Promise<number[]> =>
  ((await app.services.call('documents.list', { ...q, limit: 5000 })) as ListResult).rows.map((r) => r.id).sort((a, b) => a - b)

async function waitEnd(job: string): Promise<JobEnd> {
  for (let i = 0; i < 600; i++) {
    const end = ends.find((e) => e.job === job)
    if (end) return end
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`job ${job} did not end`)
}

/** Exports `filter` as CSV and returns the ids in the file's data rows (and the summary). */
async function exportFilter(filter: ListQuery, name: string): Promise<{ ids: number[]; summary: ExportSummary }> {
  const out = join(lib.dir, `${name}.csv`)
  saveAs = out
  const { job } = (await app.services.call('export.start', { format: 'csv', scope: 'filter', filter, groups: ['document'] })) as { job: string }
  const end = await waitEnd(job)
  if (end.kind !== 'export' || !end.summary) throw new Error(`export failed: ${JSON.stringify(end)}`)
  const text = readFileSync(out, 'utf8').replace(/^\uFEFF/, '')
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  return { ids: parsed.data.map((r) => Number(r.id)), summary: end.summary }
}

const count = async (filter: ListQuery): Promise<number> =>
  ((await app.services.call('export.count', { format: 'csv', scope: 'filter', filter })) as { documents: number }).documents

describe('export of the current filter', () => {
  it('a year filter exports exactly the documents of that year', async () => {
    const rows = ((await app.services.call('documents.list', { limit: 5000 })) as ListResult).rows
    const years = new Map<number, number>()
    for (const r of rows) if (r.report_year !== null) years.set(r.report_year, (years.get(r.report_year) ?? 0) + 1)
    // the most frequent year, so that the filter keeps some documents and leaves others out
    const [year, n] = [...years].sort((a, b) => b[1] - a[1])[0]
    expect(n).toBeLessThan(rows.length)
    const expected = rows.filter((r) => r.report_year === year).map((r) => r.id).sort((a, b) => a - b)
    expect(await listed({ year: [year] })).toEqual(expected)

    const { ids, summary } = await exportFilter({ year: [year] }, 'year')
    expect(ids).toEqual(expected)
    expect(summary.documents).toBe(expected.length)
    expect(await count({ year: [year] })).toBe(expected.length)
  })

  it('a status filter exports the documents with that status', async () => {
    const all = await listed({})
    const flagged = [all[1], all[4], all[7]]
    await app.services.call('documents.setStatus', { ids: flagged, status: 'flagged' })
    const { ids } = await exportFilter({ status: ['flagged'] }, 'status')
    expect(ids).toEqual(flagged)
    expect(await count({ status: ['flagged'] })).toBe(3)
    // paging and sort of the list do not cut the export down
    expect((await exportFilter({ status: ['flagged', 'new'], sort: 'file_name', desc: true, limit: 2, offset: 1 }, 'paged')).ids)
      .toEqual(await listed({ status: ['flagged', 'new'] }))
  })

  it('a full-text search exports the documents whose text holds it (across scripts)', async () => {
    const expected = await listed({ search: TRADITIONAL_QUERY })
    expect(expected).toHaveLength(1)
    const { ids } = await exportFilter({ search: TRADITIONAL_QUERY }, 'search')
    expect(ids).toEqual(expected)
    expect(await count({ search: TRADITIONAL_QUERY })).toBe(1)
    expect(await count({ search: '这段文字不在任何报告里' })).toBe(0)
  })

  it('listIds agrees with documents.list on combined filters', async () => {
    const q: ListQuery = { status: ['new'], hasWarnings: false }
    expect(listIds(app.db, q)).toEqual(await listed(q))
    expect(listIds(app.db, {})).toEqual(await listed({}))
  })

  it('export.count agrees with the other scopes', async () => {
    const all = await listed({})
    expect(await count({})).toBe(all.length)
    const selection = ((await app.services.call('export.count', { format: 'csv', scope: 'ids', ids: all.slice(0, 4) })) as { documents: number }).documents
    expect(selection).toBe(4)
  })

  it('refuses a bad filter at the door', async () => {
    const call = (args: unknown) => codeOf(app.services.call('export.count', args))
    expect(await call({ format: 'csv', scope: 'filter' })).toBe('bad_request')
    expect(await call({ format: 'csv', scope: 'filter', filter: { year: ['2020'] } })).toBe('bad_request')
    expect(await call({ format: 'csv', scope: 'filter', filter: { status: ['done'] } })).toBe('bad_request')
    expect(await call({ format: 'csv', scope: 'filter', filter: { colour: 'red' } })).toBe('bad_request')
    expect(await call({ format: 'csv', scope: 'filter', filter: [] })).toBe('bad_request')
    expect(await call({ format: 'csv', scope: 'all', filter: {} })).toBe('bad_request')
    expect(await codeOf(app.services.call('export.start', { format: 'csv', scope: 'filter', filter: { search: 'x'.repeat(201) } }))).toBe('bad_request')
    expect(await call({ format: 'csv', scope: 'filter', filter: {} })).toBe('ok')
  })
})
