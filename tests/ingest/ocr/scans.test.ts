/**
 * Scanned reports read by OCR through the real import (issue 14 point 4): the generated report
 * s21-02-province-pdf rendered to images at 150 and 300 dpi and once turned by 1.5 degrees, wrapped as
 * image-only PDFs (scripts/make-scans.ts). Every field of its gold must come out right, and table 三 cell by
 * cell as the text PDF gives it (at least 99%). Slow (OCR of nine pages): one import for all the checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importPaths } from '../../../src/main/import/index'
import { fieldRecord } from '../../../src/main/import/cross-year'
import { openLibrary, type Db } from '../../../src/main/library/db'
import { scoreDocument } from '../../../src/main/eval/score'
import { OCR_CONFIDENCE_FACTOR } from '../../../src/main/ingest/ocr/ocr-confidence'

const SCANS = join(import.meta.dirname, '../../fixtures/scans')
const SOURCE = join(import.meta.dirname, '../../fixtures/reports/s21-02-province-pdf.pdf')
const NAMES = ['s21-02-province-pdf-scan150.pdf', 's21-02-province-pdf-scan300.pdf', 's21-02-province-pdf-scan150-skewed.pdf']

let dir: string
let db: Db
const idOf = new Map<string, number>()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-scans-'))
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const files = [SOURCE, ...NAMES.map((n) => join(SCANS, n))]
  const s = await importPaths(db, files, { workers: 2, fileTimeoutMs: 300_000 })
  expect(s.failed).toEqual([])
  for (const i of s.imported) idOf.set(i.file, i.id)
}, 900_000)

afterAll(() => {
  db?.close()
  rmSync(dir, { recursive: true, force: true })
})

const t3 = (id: number): Map<string, unknown> => new Map(Object.entries(fieldRecord(db, id)).filter(([k]) => k.startsWith('t3.')))

const fieldMisses = (name: string) => {
  const gold = JSON.parse(readFileSync(join(SCANS, name.replace(/\.pdf$/, '.gold.json')), 'utf8')) as Record<string, unknown>
  return scoreDocument(gold, fieldRecord(db, idOf.get(join(SCANS, name)) as number))
}
const cellMisses = (name: string) => {
  const want = t3(idOf.get(SOURCE) as number)
  const got = t3(idOf.get(join(SCANS, name)) as number)
  expect(want.size).toBeGreaterThanOrEqual(100)
  const wrong = [...want].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${k}: ${String(v)} got ${String(got.get(k))}`)
  return { share: wrong.length / want.size, wrong }
}

describe.each(NAMES)('%s', (name) => {
  it('every field of the gold comes out right', () => {
    expect(fieldMisses(name).fields.filter((f) => f.outcome !== 'right')).toEqual([])
  })

  it('at least 99% of table 三 cells as the text PDF gives them', () => {
    const { share, wrong } = cellMisses(name)
    expect(share, wrong.join('\n')).toBeLessThanOrEqual(0.01)
  })

  it('is stored as a PDF with the OCR warning, and its values carry a lowered confidence', () => {
    const id = idOf.get(join(SCANS, name)) as number
    expect(db.prepare('SELECT kind FROM documents WHERE id = ?').get(id)).toEqual({ kind: 'pdf' })
    const codes = (db.prepare("SELECT code FROM warnings WHERE document_id = ? AND source = 'import'").all(id) as { code: string }[]).map((w) => w.code)
    expect(codes).toContain('ocr')
    expect(codes).not.toContain('scanned')
    const top = db.prepare("SELECT max(confidence) AS c FROM fields WHERE document_id = ? AND origin = 'auto'").get(id) as { c: number }
    expect(top.c).toBeLessThanOrEqual(OCR_CONFIDENCE_FACTOR)
  })
})

it('the slanted scan is straightened before reading, and says so', () => {
  const id = idOf.get(join(SCANS, NAMES[2])) as number
  const w = db.prepare("SELECT message, message_en FROM warnings WHERE document_id = ? AND code = 'ocr_deskewed'").get(id) as { message: string; message_en: string }
  expect(w.message).toMatch(/倾斜/)
  expect(db.prepare("SELECT count(*) AS n FROM warnings WHERE document_id = ? AND code = 'ocr_deskewed'").get(idOf.get(join(SCANS, NAMES[0])))).toEqual({ n: 0 })
})
