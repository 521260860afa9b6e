/**
 * Issue 15: an export makes the values' and the provenance's JSON in JS instead of with SQLite's JSON
 * functions, and the bytes must not change. Checked against SQLite itself on a real library file: every
 * stored shape (numbers as written, escapes, blanks around JSON, arrays, objects, text that is not JSON) and
 * the REALs SQLite writes differently from JS (0.94186046511627897, 1.0, -0.0).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export'
import { SqliteReals, StoredJson } from '../../src/main/export/field-json'
import { makeLibrary, removeTempDirs } from './make-library'

afterAll(removeTempDirs)

const STORED = [
  '12', '-3', '0', '-0', '1.0', '1.50', '1e5', '1E+5', '1e-7', '12345678901234567890123', '1e999', '"a"', '"某县"', '""',
  '"\\u00e9"', '"\\u00E9"', '"\\/"', '"a\\nb"', '"\\ud800"', '"\\uD83D\\uDE00"', '"\u007f"', 'null', 'true', 'false',
  ' 5', ' "x" ', '[1, 2]', '{"a": 1, "a": 2}', '01', '.5', '+1', '"\\x41"', "'a'", 'NaN', '1.', '-', '"a', 'abc', '"\u0001"', '',
]

describe('field JSON made in JS, as SQLite made it', () => {
  it('gives each stored value the JSON text json()/json_quote() gave, and its plain value', () => {
    const { db } = makeLibrary([])
    const json = new StoredJson(db)
    const sqlite = db.prepare('SELECT CASE WHEN json_valid(@v) THEN json(@v) ELSE json_quote(@v) END').pluck()
    for (const v of STORED) {
      const want = sqlite.get({ v }) as string
      expect(json.text(v), JSON.stringify(v)).toBe(want)
      const parsed: unknown = JSON.parse(want)
      expect(json.value(v), JSON.stringify(v)).toBe(parsed === null || typeof parsed !== 'object' && typeof parsed !== 'boolean' ? parsed : JSON.stringify(parsed))
    }
    db.close()
  })

  it('writes REALs as SQLite writes them inside JSON', () => {
    const { db } = makeLibrary([])
    const reals = new SqliteReals(db)
    const sqlite = db.prepare("SELECT json_object('c', CAST(? AS REAL))").pluck()
    for (const n of [0.9, 0.941860465116279, 0.1 + 0.2, 1, 0, -0, 1e300 * 10, 123456789012345678, 5e-324]) {
      expect(`{"c":${reals.text(n)}}`, String(n)).toBe(sqlite.get(n))
      expect(`{"c":${reals.text(n)}}`, `${n} again`).toBe(sqlite.get(n))
    }
    expect(reals.text(null)).toBe('null')
    db.close()
  })

  it('exports JSON Lines whose values and provenance are what SQLite builds from the same rows', async () => {
    const lib = makeLibrary([
      { fileName: 'a.txt', text: '某县报告', fields: { title: '某县报告', agency: '某县人民政府', report_year: 2021, budget: [3.5, true], 't3.new.total': 7, region: null } },
      { fileName: 'b.txt', text: '某市报告', fields: { title: '某市报告', format: 'free-form' } },
    ])
    const { db, ids } = lib
    const odd: [number, string, string][] = [[ids[0], 'title', '[1, 2]'], [ids[0], 'agency', ' "x" '], [ids[0], 'report_year', '1.50'], [ids[0], 'budget', 'not json'], [ids[0], 't3.new.total', '"\\u00e9\\/"']]
    for (const [id, f, v] of odd) db.prepare('UPDATE fields SET value = ? WHERE document_id = ? AND field_id = ?').run(v, id, f)
    db.prepare('UPDATE fields SET confidence = 0.94186046511627897 WHERE document_id = ?').run(ids[0])
    db.prepare("UPDATE fields SET confidence = 1.0, rule = NULL, span_start = NULL WHERE document_id = ? AND field_id = 'title'").run(ids[1])
    db.prepare("UPDATE fields SET confidence = -0.0, rule = 'r\u0001\"', source_document = ? WHERE document_id = ? AND field_id = 'format'").run(ids[0], ids[1])
    const out = join(lib.dir, 'all.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'all', out })
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    const entry = `json_object('span', CASE WHEN span_start IS NULL OR span_end IS NULL THEN NULL ELSE json_array(span_start, span_end) END,
      'confidence', confidence, 'rule', rule, 'origin', origin, 'approximate', CASE approximate WHEN 0 THEN json('false') ELSE json('true') END, 'last_change', NULL)`
    const provenance = db.prepare(`SELECT json_group_object(field_id, CASE WHEN source_document IS NULL THEN ${entry} ELSE json_set(${entry}, '$.source', source_document) END)
      FILTER (WHERE value <> 'null') FROM fields WHERE document_id = ? GROUP BY document_id`).pluck()
    const values = db.prepare(`SELECT field_id, CASE WHEN json_valid(value) THEN json(value) ELSE json_quote(value) END FROM fields WHERE document_id = ? AND value <> 'null'`).raw()
    ids.forEach((id, i) => {
      expect(lines[i].endsWith(`,"provenance":${provenance.get(id) as string}}`), lines[i]).toBe(true)
      for (const [f, v] of values.all(id) as [string, string][]) expect(lines[i], f).toContain(`,${JSON.stringify(f)}:${v},`)
    })
    expect(lines[0]).toContain('"confidence":0.94186046511627897')
    expect(lines[1]).toContain('"confidence":1.0')
    db.close()
  })
})
