/** The XLSX export read back with exceljs's reader: its sheets, headers, values and frozen header rows. */
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export'
import { setFieldValues } from '../../src/main/library/field-store'
import type { Db } from '../../src/main/library/db'
import { makeLibrary, removeTempDirs } from './make-library'

afterAll(removeTempDirs)

let db: Db | null = null
afterEach(() => { db?.close(); db = null })

function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  const v = ws.getRow(n).values as unknown[]
  return v.slice(1) // exceljs rows are 1-based
}

describe('XLSX', () => {
  it('writes documents, the tables in long form, warnings and the dictionary', async () => {
    const lib = makeLibrary()
    db = lib.db
    setFieldValues(db, [lib.ids[0]], 't3.new.person', 801, { reason: '笔误' })
    const out = join(lib.dir, 'all.xlsx')
    const summary = await runExport(db, { format: 'xlsx', scope: 'all', out, provenanceColumns: true })
    expect(summary.documents).toBe(4)

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['文档 documents', '表二 t2', '表二(2019) t2v19', '表三 t3', '表四 t4', '提示 warnings', '字典 dictionary'])

    const docs = wb.getWorksheet('文档 documents')!
    const header = rowValues(docs, 1)
    expect(header.slice(0, 6)).toEqual(['id', 'source_file', 'sha256', 'status', 'tags', 'approximate_fields'])
    expect(header).toContain('agency__origin')
    expect(header).not.toContain('t3.new.total') // tables go to their own sheets
    expect(rowValues(docs, 2)[header.indexOf('report_year')]).toBe('报告年度')
    expect(docs.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(docs.rowCount).toBe(2 + 4)
    const first = rowValues(docs, 3)
    expect(first[header.indexOf('agency')]).toBe('某某县人民政府办公室, "综合科"')
    expect(first[header.indexOf('report_year')]).toBe(2022) // a number stays a number
    expect(first[header.indexOf('approximate_fields')]).toBe('proactive_disclosures')
    expect(rowValues(docs, 4)[header.indexOf('title')]).toBe('标题第一行\n第二行，含逗号')

    const t3 = wb.getWorksheet('表三 t3')!
    expect(rowValues(t3, 1)).toEqual(['document', 'row', 'column', 'value', 'approximate', 'origin'])
    expect(rowValues(t3, 2)).toEqual(['文档编号', '行', '列', '数值', '近似值', '来源'])
    expect(t3.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    const cells = []
    for (let r = 3; r <= t3.rowCount; r++) cells.push(rowValues(t3, r))
    const person = cells.find((c) => c[0] === lib.ids[0] && c[1] === 'new' && c[2] === 'person')!
    expect(person).toEqual([lib.ids[0], 'new', 'person', 801, undefined, 'corrected'])
    const total = cells.find((c) => c[0] === lib.ids[0] && c[1] === 'new' && c[2] === 'total')!
    expect(total).toEqual([lib.ids[0], 'new', 'total', 859, undefined, 'auto'])
    const carried = cells.find((c) => c[0] === lib.ids[0] && c[1] === 'carried')!
    expect(carried.slice(2)).toEqual(['total', undefined, undefined, 'auto']) // a blank cell is kept as blank
    expect(docs.getColumn(header.indexOf('title') + 1).width).toBe(40)
    expect(cells.filter((c) => c[0] === lib.ids[2])).toHaveLength(1) // t3.new.total of the third document

    const warnings = wb.getWorksheet('提示 warnings')!
    expect(warnings.rowCount).toBe(3)
    expect(rowValues(warnings, 3).slice(2)).toEqual(['extract', 'warning', 'sum_mismatch', '表三合计与各项之和不符', 'Table 3 total differs from the sum', 't3.new.total'])

    const dict = wb.getWorksheet('字典 dictionary')!
    const ids = []
    for (let r = 3; r <= dict.rowCount; r++) ids.push(rowValues(dict, r)[0])
    expect(ids).toContain('t3.new.total')
    expect(ids).toContain('source_file')
  })

  it('keeps to the chosen fields: no table sheet without table fields', async () => {
    const lib = makeLibrary()
    db = lib.db
    const out = join(lib.dir, 'few.xlsx')
    await runExport(db, { format: 'xlsx', scope: 'verified', out, fields: ['title', 't4.review.total'] })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['文档 documents', '表四 t4', '提示 warnings', '字典 dictionary'])
    expect(wb.getWorksheet('文档 documents')!.rowCount).toBe(2 + 2)
    expect(rowValues(wb.getWorksheet('表四 t4')!, 3)).toEqual([lib.ids[0], 'review', 'total', 2, undefined, 'auto'])
  })
})

describe('XLSX package', () => {
  it('continues a sheet that reaches the row limit in a numbered sheet, and escapes XML', async () => {
    const { XlsxPackage } = await import('../../src/main/export/xlsx-writer')
    const { tempDir } = await import('./make-library')
    const out = join(tempDir(), 'limit.xlsx')
    const pkg = new XlsxPackage(out, 6) // two header rows + four data rows per sheet
    async function* rows(): AsyncGenerator<(string | number | null)[][]> {
      yield Array.from({ length: 7 }, (_, i) => [i, `<b>&"${i}"</b>`])
      yield [[7, ' 前后 \n换行 '], [8, 'bad\u0001char'], [9, null]]
    }
    await pkg.addSheet('数据 data', [{ key: 'n', zh: '序号', width: 8 }, { key: 's', zh: '文本', width: 20 }], rows())
    await pkg.finish()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['数据 data', '数据 data (2)', '数据 data (3)'])
    const all = wb.worksheets.flatMap((ws) => {
      expect(rowValues(ws, 2)).toEqual(['序号', '文本'])
      const out: unknown[][] = []
      for (let r = 3; r <= ws.rowCount; r++) out.push(rowValues(ws, r))
      return out
    })
    expect(all.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(all[2][1]).toBe('<b>&"2"</b>')
    expect(all[7][1]).toBe(' 前后 \n换行 ')
    expect(all[8][1]).toBe('bad\uFFFDchar')
    expect(all[9]).toEqual([9])
  })
})
