/**
 * End to end through the real pipeline: report files written here are imported with importPaths
 * (readers, cleaning, extraction), corrected with setFieldValues, exported, and read back: the JSON Lines
 * values equal the fields table, the bag holds the original bytes and verifies.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runExport, verifyBag } from '../../src/main/export'
import { importPaths } from '../../src/main/import'
import { openLibrary } from '../../src/main/library/db'
import { setFieldValues } from '../../src/main/library/field-store'
import { ALL_FIELDS, type FieldValue } from '../../src/shared/fields'
import { tempDir, removeTempDirs } from './make-library'

afterAll(removeTempDirs)

function report(agency: string, year: number, received: number): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告由${agency}根据《中华人民共和国政府信息公开条例》编制。`,
    '一、总体情况',
    `${year}年，本机关主动公开政府信息120余条，全年共收到政府信息公开申请${received}件，均已按时办结。`,
    '未发生因政府信息公开引起的行政复议、行政诉讼。',
    `${agency}`,
    `${year + 1}年1月15日`,
  ].join('\n')
}

describe('import -> export round trip', () => {
  it('exports what the library holds, corrections included', async () => {
    const dir = tempDir()
    const files = join(dir, 'reports')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(files)
    writeFileSync(join(files, '甲县教育局2021年报告.txt'), report('甲县教育局', 2021, 7))
    writeFileSync(join(files, '乙市交通运输局2022年报告.txt'), Buffer.from(report('乙市交通运输局', 2022, 15), 'utf8'))
    const db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    try {
      const imported = await importPaths(db, [files], { workers: 1 })
      expect(imported.failed).toEqual([])
      expect(imported.imported).toHaveLength(2)
      const id = imported.imported[0].id
      setFieldValues(db, [id], 'staff', 3, { reason: '电话核实' })

      const out = join(dir, 'lib.jsonl')
      const s = await runExport(db, { format: 'jsonl', scope: 'all', out })
      expect(s.documents).toBe(2)
      const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
      for (const line of lines) {
        const rows = db.prepare('SELECT field_id, value, origin FROM fields WHERE document_id = ?').all(line.id) as { field_id: string; value: string; origin: string }[]
        const stored = new Map(rows.map((r) => [r.field_id, JSON.parse(r.value) as FieldValue]))
        for (const f of ALL_FIELDS) expect(line[f.id], f.id).toEqual(stored.get(f.id) ?? null)
        const prov = line.provenance as Record<string, { origin: string }>
        for (const r of rows) if (r.value !== 'null') expect(prov[r.field_id]?.origin, r.field_id).toBe(r.origin)
      }
      // the extractor found values, so the comparison above covered more than empty fields
      expect(lines.every((l) => Object.values(l.provenance as Record<string, { origin: string }>).some((p) => p.origin === 'auto'))).toBe(true)
      const corrected = lines.find((l) => l.id === id)!
      expect(corrected.staff).toBe(3)
      expect((corrected.provenance as Record<string, { origin: string; last_change: { reason: string } }>).staff).toMatchObject({ origin: 'corrected', last_change: { reason: '电话核实' } })

      const bag = join(dir, 'bag')
      await runExport(db, { format: 'bagit', scope: 'all', out: bag })
      expect(await verifyBag(bag)).toEqual({ ok: true, problems: [] })
      expect(readFileSync(join(bag, 'data', 'originals', '甲县教育局2021年报告.txt'))).toEqual(readFileSync(join(files, '甲县教育局2021年报告.txt')))
    } finally {
      db.close()
    }
  })
})
