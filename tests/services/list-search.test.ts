/** documents.list filters, sort and paging; search.query for 1-, 2- and 3+-character Chinese queries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentRow, ListResult, SearchHit, Tag } from '../../src/shared/contract'
import type { OpenServices } from '../../src/main/services/open-library'
import { TRADITIONAL_QUERY, makeTestLibrary, open, type TestLibrary } from './service-fixtures'

let lib: TestLibrary
let app: OpenServices
const list = (q: object): Promise<ListResult> => app.services.call('documents.list', q) as Promise<ListResult>
const search = (q: string): Promise<SearchHit[]> => app.services.call('search.query', { q }) as Promise<SearchHit[]>

beforeAll(async () => {
  lib = await makeTestLibrary(14)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

describe('documents.list', () => {
  it('lists every document with its extracted columns', async () => {
    const r = await list({})
    expect(r.total).toBe(15)
    expect(r.rows.map((d) => d.id)).toEqual([...r.rows.map((d) => d.id)].sort((a, b) => a - b))
    const withYear = r.rows.filter((d) => d.report_year !== null)
    expect(withYear.length).toBeGreaterThan(10)
  })

  it('pages with offset and limit, total unchanged', async () => {
    const all = (await list({ sort: 'file_name' })).rows.map((d) => d.id)
    const p1 = await list({ sort: 'file_name', limit: 5 })
    const p2 = await list({ sort: 'file_name', limit: 5, offset: 5 })
    const p4 = await list({ sort: 'file_name', limit: 5, offset: 15 })
    expect(p1.total).toBe(15)
    expect([...p1.rows, ...p2.rows].map((d) => d.id)).toEqual(all.slice(0, 10))
    expect(p4.rows).toEqual([])
  })

  it('sorts by file name and by report year in both directions, missing values last', async () => {
    const names = (await list({ sort: 'file_name' })).rows.map((d) => d.file_name)
    expect(names).toEqual([...names].sort())
    const desc = (await list({ sort: 'report_year', desc: true })).rows
    const years = desc.map((d) => d.report_year).filter((y): y is number => y !== null)
    expect(years).toEqual([...years].sort((a, b) => b - a))
    const asc = (await list({ sort: 'report_year' })).rows
    const firstNull = asc.findIndex((d) => d.report_year === null)
    if (firstNull >= 0) expect(asc.slice(firstNull).every((d) => d.report_year === null)).toBe(true)
  })

  it('pages through a field sort: every document once, in value order, documents without the value last', async () => {
    // one document loses its agency, so the tail has something in it
    const victim = (await list({ limit: 1, sort: 'agency' })).rows[0].id
    app.db.prepare("DELETE FROM fields WHERE document_id = ? AND field_id = 'agency'").run(victim)
    for (const desc of [false, true]) {
      const seen: DocumentRow[] = []
      for (let offset = 0; offset < 15; offset += 4) seen.push(...(await list({ sort: 'agency', desc, limit: 4, offset })).rows)
      expect(new Set(seen.map((d) => d.id)).size).toBe(15)
      const withValue = seen.filter((d) => d.agency !== null)
      expect(seen.slice(withValue.length).every((d) => d.agency === null)).toBe(true)
      expect(seen.find((d) => d.id === victim)?.agency).toBeNull()
      const values = withValue.map((d) => JSON.stringify(d.agency))
      const sorted = [...values].sort()
      expect(values).toEqual(desc ? sorted.reverse() : sorted)
    }
    const filtered = await list({ sort: 'agency', status: ['new'], limit: 100 })
    expect(filtered.rows.length).toBe(filtered.total)
  })

  it('sorts by every sort key without failing', async () => {
    for (const sort of ['id', 'file_name', 'agency', 'region', 'report_year', 'format', 'status', 'warnings', 'imported_at']) {
      const r = await list({ sort, desc: true, limit: 3 })
      expect(r.rows.length).toBe(3)
    }
  })

  it('filters by year, format, status, tag and warnings', async () => {
    const all = (await list({ limit: 1000 })).rows
    const y = all.find((d) => d.report_year !== null)?.report_year as number
    const byYear = await list({ year: [y] })
    expect(byYear.total).toBe(all.filter((d) => d.report_year === y).length)
    expect(byYear.rows.every((d) => d.report_year === y)).toBe(true)

    const f = all.find((d) => d.format !== null)?.format as string
    const byFormat = await list({ format: [f] })
    expect(byFormat.total).toBe(all.filter((d) => d.format === f).length)
    const unknown = await list({ format: ['unknown'] })
    expect(unknown.total).toBe(all.filter((d) => d.format === null).length)

    await app.services.call('documents.setStatus', { ids: [all[0].id, all[1].id], status: 'in_review' })
    const inReview = await list({ status: ['in_review'] })
    expect(inReview.rows.map((d) => d.id)).toEqual([all[0].id, all[1].id])
    expect((await list({ status: ['new', 'in_review'] })).total).toBe(15)

    const tag = (await app.services.call('tags.create', { name: '待核' })) as Tag
    await app.services.call('tags.apply', { ids: [all[2].id, all[3].id], tag: tag.id, on: true })
    const tagged = await list({ tag: [tag.id] })
    expect(tagged.rows.map((d) => d.id)).toEqual([all[2].id, all[3].id])
    expect(tagged.rows[0].tags).toEqual([tag.id])

    const warned = await list({ hasWarnings: true })
    const clean = await list({ hasWarnings: false })
    expect(warned.total + clean.total).toBe(15)
    expect(warned.rows.every((d: DocumentRow) => d.errors + d.warnings > 0)).toBe(true)
  })

  it('combines search with the other filters', async () => {
    const r = await list({ search: TRADITIONAL_QUERY })
    expect(r.total).toBe(1)
    expect(r.rows[0].file_name).toBe('traditional-report.txt')
    expect((await list({ search: TRADITIONAL_QUERY, status: ['verified'] })).total).toBe(0)
    expect((await list({ search: '这句话不在任何报告里' })).total).toBe(0)
    // part of a file name finds the document too; LIKE wildcards in the query are plain characters
    expect((await list({ search: 'traditional-rep' })).rows.map((d) => d.file_name)).toEqual(['traditional-report.txt'])
    expect((await list({ search: 'traditional_rep' })).total).toBe(0)
  })
})

describe('search.query', () => {
  it('finds a 3+-character substring through the trigram index, with snippet and count', async () => {
    const hits = await search('政府信息公开')
    expect(hits.length).toBeGreaterThan(10)
    for (const h of hits) {
      expect(h.snippet).toContain('政府信息公开')
      expect(h.count).toBeGreaterThan(0)
    }
  })

  it('finds 1- and 2-character substrings (no trigram for them)', async () => {
    const two = await search('复议')
    expect(two.length).toBeGreaterThan(10)
    expect(two[0].snippet).toContain('复议')
    const one = await search('办')
    expect(one.length).toBeGreaterThan(10)
    // the clean text is simplified: 臺東 is found as 台东, in the traditional report only (title and signature)
    const place = await search('臺東')
    expect(place.map((h) => h.file_name)).toEqual(['traditional-report.txt'])
    expect(place[0].count).toBe(2)
    expect(place[0].snippet).toContain('台东')
  })

  it('finds a 1–2 character query at the very end of a text, and nothing for one that occurs nowhere', async () => {
    const db = app.db
    // the last two characters of some document's clean text: they begin no trigram of the text itself
    const row = db.prepare("SELECT document_id AS id, clean_text AS t FROM texts WHERE length(clean_text) > 10 LIMIT 1").get() as { id: number; t: string }
    const tail = row.t.slice(-2)
    expect((await list({ search: tail })).rows.map((d) => d.id)).toContain(row.id)
    expect((await list({ search: row.t.slice(-1) })).rows.map((d) => d.id)).toContain(row.id)
    expect(await search('鑫龘')).toEqual([])
    expect((await list({ search: '龘' })).total).toBe(0)
  })

  it('finds a traditional report by a simplified query and by a traditional one', async () => {
    const simplified = await search(TRADITIONAL_QUERY)
    expect(simplified.map((h) => h.file_name)).toEqual(['traditional-report.txt'])
    const traditional = await search('積極推進政務公開')
    expect(traditional.map((h) => h.file_name)).toEqual(['traditional-report.txt'])
  })

  it('treats FTS syntax in the query as text', async () => {
    expect(await search('"公开" OR NEAR(')).toEqual([])
    expect(await search('   ')).toEqual([])
  })

  it('respects the limit', async () => {
    expect((await app.services.call('search.query', { q: '公开', limit: 3 }) as SearchHit[]).length).toBe(3)
  })
})
