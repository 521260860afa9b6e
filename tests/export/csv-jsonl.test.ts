/** CSV and JSON Lines exports read back and compared with the library they came from. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { countExport, runExport } from '../../src/main/export'
import { setFieldValues } from '../../src/main/library/field-store'
import { ALL_FIELDS, type FieldValue } from '../../src/shared/fields'
import type { Db } from '../../src/main/library/db'
import { makeLibrary, removeTempDirs } from './make-library'

afterAll(removeTempDirs)

let open: Db[] = []
afterEach(() => {
  for (const db of open) db.close()
  open = []
})
function library(): ReturnType<typeof makeLibrary> {
  const lib = makeLibrary()
  open.push(lib.db)
  return lib
}

function parseCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

const isFieldKey = (k: string): boolean => ALL_FIELDS.some((f) => f.id === k)

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>)
}

describe('JSON Lines', () => {
  it('round-trips every field value of the library', async () => {
    const { db, dir } = library()
    const out = join(dir, 'all.jsonl')
    const summary = await runExport(db, { format: 'jsonl', scope: 'all', out })
    expect(summary).toMatchObject({ path: out, documents: 4, format: 'jsonl' })
    const lines = readJsonl(out)
    expect(lines).toHaveLength(4)

    const stored = db.prepare('SELECT document_id, field_id, value FROM fields').all() as { document_id: number; field_id: string; value: string }[]
    const expected = new Map<number, Map<string, FieldValue>>()
    for (const s of stored) {
      if (!expected.has(s.document_id)) expected.set(s.document_id, new Map())
      expected.get(s.document_id)!.set(s.field_id, JSON.parse(s.value) as FieldValue)
    }
    for (const line of lines) {
      const fields = expected.get(line.id as number)!
      for (const f of ALL_FIELDS) expect(line[f.id], `${String(line.id)} ${f.id}`).toEqual(fields.get(f.id) ?? null)
      const doc = db.prepare('SELECT file_name, sha256, status FROM documents WHERE id = ?').get(line.id) as { file_name: string; sha256: string; status: string }
      expect(line.source_file).toBe(doc.file_name)
      expect(line.sha256).toBe(doc.sha256)
      expect(line.status).toBe(doc.status)
    }
    const first = lines[0]
    expect(first['t3.new.total']).toBe(859)
    expect(first.agency).toBe('某某县人民政府办公室, "综合科"')
    expect(first.tags).toEqual(['2022', '已核对'])
    const prov = first.provenance as Record<string, { origin: string; approximate: boolean; rule: string; span: number[] | null; last_change: unknown }>
    expect(prov.proactive_disclosures).toMatchObject({ origin: 'auto', approximate: true, rule: 'test.proactive_disclosures', last_change: null })
    const stored1 = db.prepare("SELECT span_start, span_end, confidence FROM fields WHERE document_id = ? AND field_id = 'agency'").get(first.id) as { span_start: number; span_end: number; confidence: number }
    expect(prov.agency).toEqual({ span: [stored1.span_start, stored1.span_end], confidence: stored1.confidence, rule: 'test.agency', origin: 'auto', approximate: false, last_change: null })
    expect(Object.keys(prov).sort()).toEqual(Object.entries(first).filter(([k, v]) => isFieldKey(k) && v !== null).map(([k]) => k).sort())
    expect(prov['t3.carried.total']).toBeUndefined() // a blank cell has no provenance entry
    expect(lines[1].title).toBe('标题第一行\n第二行，含逗号')
  })

  it('carries a correction with its origin and reason', async () => {
    const { db, dir, ids } = library()
    setFieldValues(db, [ids[0]], 't3.new.total', 860, { reason: '原表合计有误，按分项重算' })
    setFieldValues(db, [ids[0]], 'region', '某某县', { origin: 'confirmed', reason: '核对无误' })
    const out = join(dir, 'corrected.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'ids', ids: [ids[0]], out })
    const [line] = readJsonl(out)
    expect(line['t3.new.total']).toBe(860)
    const prov = line.provenance as Record<string, { origin: string; rule: string; last_change: { at: string; reason: string } | null }>
    expect(prov['t3.new.total'].origin).toBe('corrected')
    expect(prov['t3.new.total'].last_change?.reason).toBe('原表合计有误，按分项重算')
    expect(prov.region.origin).toBe('confirmed')
    expect(prov.region.last_change?.reason).toBe('核对无误')
    expect(prov.title.origin).toBe('auto')

    const csvOut = join(dir, 'corrected.csv')
    await runExport(db, { format: 'csv', scope: 'ids', ids: [ids[0]], out: csvOut, provenanceColumns: true, fields: ['region', 't3.new.total', 'title'] })
    const [header, row] = parseCsv(csvOut)
    const col = (k: string): string => row[header.indexOf(k)]
    expect(col('t3.new.total')).toBe('860')
    expect(col('t3.new.total__origin')).toBe('corrected')
    expect(col('region__origin')).toBe('confirmed')
    expect(col('title__origin')).toBe('auto')
  })
})

// the review's columns, then where the document came from (issue 14)
const REVIEW_COLUMNS = ['review_note', 'verified_by', 'verified_at', 'dismissed_warnings', 'source_format', 'source_url', 'captured_at', 'source_archive', 'source_archive_sha256', 'archive_record']

describe('CSV', () => {
  it('keeps Chinese text, quotes, commas and newlines, numbers bare, with labels', async () => {
    const { db, dir } = library()
    const out = join(dir, 'all.csv')
    await runExport(db, { format: 'csv', scope: 'all', out, labels: true })
    const raw = readFileSync(out, 'utf8')
    expect(raw).toContain(',859,') // a number is written bare, not quoted
    const rows = parseCsv(out)
    const [header, labels, ...data] = rows
    expect(header.slice(0, 6)).toEqual(['id', 'source_file', 'sha256', 'status', 'tags', 'approximate_fields'])
    // the review columns (issue 11) come after the fields
    expect(header.slice(6)).toEqual([...ALL_FIELDS.map((f) => f.id), ...REVIEW_COLUMNS])
    expect(labels[header.indexOf('report_year')]).toBe('报告年度')
    expect(data).toHaveLength(4)
    const get = (r: string[], k: string): string => r[header.indexOf(k)]
    expect(get(data[0], 'agency')).toBe('某某县人民政府办公室, "综合科"')
    expect(get(data[0], 'tags')).toBe('2022;已核对')
    expect(get(data[0], 'approximate_fields')).toBe('proactive_disclosures')
    expect(get(data[0], 't3.new.total')).toBe('859')
    expect(get(data[0], 't3.carried.total')).toBe('')
    expect(get(data[1], 'title')).toBe('标题第一行\n第二行，含逗号')
    expect(raw).toContain(',"标题第一行\n第二行，含逗号",') // quoted, so no reader takes the LF for a row end
    expect(get(data[1], 'agency')).toBe('某市交通运输局\r\n信息公开办')
    expect(get(data[1], 'approximate_fields')).toBe('budget')
    expect(get(data[3], 'source_file')).toBe('100%完成 报告.html')
    expect(get(data[3], 'title')).toBe('  前后空格  ') // blanks at the ends survive (quoted)
  })

  it('respects the verified scope and the chosen fields or groups', async () => {
    const { db, dir } = library()
    expect(countExport(db, { format: 'csv', scope: 'verified' })).toBe(2)
    expect(countExport(db, { format: 'csv', scope: 'all' })).toBe(4)
    const out = join(dir, 'verified.csv')
    const s = await runExport(db, { format: 'csv', scope: 'verified', out, fields: ['report_year', 't3.new.total'] })
    expect(s.documents).toBe(2)
    const [header, ...data] = parseCsv(out)
    expect(header).toEqual(['id', 'source_file', 'sha256', 'status', 'tags', 'approximate_fields', 'report_year', 't3.new.total', ...REVIEW_COLUMNS])
    expect(data.map((r) => r[3])).toEqual(['verified', 'verified'])
    expect(data.map((r) => r[7])).toEqual(['859', '5'])

    const groupsOut = join(dir, 'headline.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'all', out: groupsOut, groups: ['headline'] })
    const first = readJsonl(groupsOut)[0]
    expect(first.applications_received).toBe(859)
    expect('title' in first).toBe(false)
    expect('t3.new.total' in first).toBe(false)
    expect(Object.keys(first.provenance as object).sort()).toEqual(['applications_received', 'fees_collected', 'proactive_disclosures'])

    // a large subset (scanned, filtered) and a small one (looked up field by field) give the same shape
    for (const groups of [['document', 't3'], ['t4']] as const) {
      const o = join(dir, `g-${groups.join('-')}.jsonl`)
      await runExport(db, { format: 'jsonl', scope: 'all', out: o, groups: [...groups] })
      const line = readJsonl(o)[0]
      const chosen = ALL_FIELDS.filter((f) => (groups as readonly string[]).includes(f.group)).map((f) => f.id)
      expect(Object.keys(line).filter(isFieldKey).sort()).toEqual([...chosen].sort())
      expect(Object.keys(line.provenance as object).every((k) => chosen.includes(k))).toBe(true)
      expect(Object.keys(line.provenance as object).length).toBeGreaterThan(0)
    }
  })

  it('refuses unknown fields, groups and formats with a clear message', async () => {
    const { db, dir } = library()
    await expect(runExport(db, { format: 'csv', scope: 'all', out: join(dir, 'x.csv'), fields: ['no_such_field'] })).rejects.toThrow(/unknown field id: no_such_field/)
    await expect(runExport(db, { format: 'csv', scope: 'all', out: join(dir, 'nowhere', 'x.csv') })).rejects.toThrow(/folder for the export does not exist/)
    expect(readdirSync(dir).filter((f) => f.startsWith('x.csv'))).toEqual([])
  })
})

describe('cancel', () => {
  it('a cancelled export leaves no file behind', async () => {
    const { db, dir } = library()
    for (const format of ['csv', 'jsonl', 'xlsx', 'bagit'] as const) {
      const out = join(dir, `cancelled.${format}`)
      const ac = new AbortController()
      const seen: number[] = []
      const run = runExport(db, { format, scope: 'all', out }, {
        signal: ac.signal,
        onProgress: (p) => { seen.push(p.done); if (p.done >= 1) ac.abort() },
      })
      await expect(run).rejects.toMatchObject({ code: 'cancelled' })
      expect(existsSync(out)).toBe(false)
      expect(readdirSync(dir).filter((f) => f.startsWith(`cancelled.${format}`)), format).toEqual([])
      expect(seen[0]).toBe(0)
    }
  })

  it('stops in the middle of a larger export', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ fileName: `报告${i}.txt`, text: `第${i}份报告`, fields: { report_year: 2000 + (i % 20), 't3.new.total': i } }))
    const lib = makeLibrary(many)
    open.push(lib.db)
    for (const format of ['jsonl', 'xlsx', 'bagit'] as const) {
      const out = join(lib.dir, `middle.${format}`)
      const ac = new AbortController()
      let last = { done: 0, total: 0 }
      const run = runExport(lib.db, { format, scope: 'all', out }, {
        signal: ac.signal,
        // progress is throttled to one event per 100 ms, so the first step's event is the only one sure to come
        // before the end on a quiet machine or a busy one: cancel there
        onProgress: (p) => { last = p; if (p.done >= 1) ac.abort() },
      })
      await expect(run).rejects.toMatchObject({ code: 'cancelled' })
      expect(last.done).toBeLessThan(last.total)
      expect(readdirSync(lib.dir).filter((f) => f.startsWith('middle.')), format).toEqual([])
    }
  })

  it('reports progress up to the total', async () => {
    const { db, dir } = library()
    const seen: { done: number; total: number }[] = []
    await runExport(db, { format: 'jsonl', scope: 'all', out: join(dir, 'p.jsonl') }, { onProgress: (p) => seen.push(p) })
    expect(seen[0]).toEqual({ done: 0, total: 4, current: null })
    expect(seen[seen.length - 1]).toMatchObject({ done: 4, total: 4 })
  })
})
