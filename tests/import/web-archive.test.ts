/**
 * Web archives (issue 14) through the import path the CLI and the app use, into a real library file: every
 * report in a WARC, WARC.gz or WACZ becomes its own document with its captured URL and date, its original
 * the record's payload byte for byte; a crawl's other records are skipped and counted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import Papa from 'papaparse'
import { spawnSync } from 'node:child_process'
import { join as joinPath, resolve } from 'node:path'
import { runExport } from '../../src/main/export'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importBuffers, importPaths } from '../../src/main/import/index'
import { getDocument, readOriginal } from '../../src/main/library/documents'
import { tempDir } from './fixtures'
import { CAPTURED_AT, DOCX_REPORT, HTML_REPORT, PDF_REPORT, REPORT_URLS, SKIPPED_URLS, makeWacz, makeWarc } from './web-archive-fixtures'

const ROOT = resolve(__dirname, '../..')
const CLI = joinPath(ROOT, 'src/main/cli/index.ts')
let dir: string
let db: Db
beforeEach(() => {
  dir = tempDir('annalist-warc-')
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

async function expectArchiveImported(file: string, bytes: Buffer, entry: string | null): Promise<void> {
  const s = await importPaths(db, [file], { workers: 1 })
  expect(s.failed).toEqual([])
  expect(s.imported.map((i) => i.file.split(' → ')[1]).sort()).toEqual([...REPORT_URLS].sort())
  expect(s.archives).toEqual([{ file, records: 10, reports: 3, skipped: 7 }])
  expect((s.skipped ?? []).map((k) => k.file.split(' → ')[1]).sort()).toEqual([...SKIPPED_URLS].sort())
  const reasons = Object.fromEntries((s.skipped ?? []).map((k) => [k.file.split(' → ')[1], k.reason]))
  expect(reasons['https://www.example.gov.cn/']).toMatch(/不是年度报告/)
  expect(reasons['https://www.example.gov.cn/logo.png']).toMatch(/图片/)
  expect(reasons['https://www.example.gov.cn/old']).toMatch(/重定向/)
  expect(reasons['https://www.example.gov.cn/missing.pdf']).toMatch(/404/)

  const want: Record<string, { bytes: Buffer; kind: string }> = {
    [REPORT_URLS[0]]: { bytes: HTML_REPORT, kind: 'html' },
    [REPORT_URLS[1]]: { bytes: DOCX_REPORT, kind: 'docx' },
    [REPORT_URLS[2]]: { bytes: PDF_REPORT, kind: 'pdf' },
  }
  for (const item of s.imported) {
    const url = item.file.split(' → ')[1]
    const doc = getDocument(db, item.id)
    expect(doc?.kind).toBe(want[url].kind)
    // the original is the payload as the server meant it (gzip content-encoding undone), byte for byte
    expect(Buffer.from(readOriginal(db, item.id) ?? [])).toEqual(want[url].bytes)
    expect(doc?.sha256).toBe(sha(want[url].bytes))
    expect(doc?.origin?.url).toBe(url)
    expect(doc?.origin?.captured_at).toBe(CAPTURED_AT)
    expect(doc?.origin?.archive?.name).toBe(file.split('/').pop())
    expect(doc?.origin?.archive?.sha256).toBe(sha(bytes))
    expect(doc?.origin?.archive?.entry).toBe(entry)
    expect(doc?.origin?.archive?.record_id).toMatch(/^<urn:uuid:/)
    expect(doc?.fields.find((f) => f.field === 'report_year')?.value).toBeTypeOf('number')
  }
}

describe('web archive import', () => {
  it('a WARC: two reports and a PDF imported with URL and capture date, the noise skipped and counted', async () => {
    const bytes = await makeWarc(false)
    const file = join(dir, 'crawl.warc')
    writeFileSync(file, bytes)
    await expectArchiveImported(file, bytes, null)
  })

  it('the capture is exported: CSV columns and JSON Lines keys', async () => {
    const bytes = await makeWarc(false)
    const file = join(dir, 'crawl.warc')
    writeFileSync(file, bytes)
    await importPaths(db, [file], { workers: 1 })
    const csvOut = join(dir, 'out.csv')
    await runExport(db, { format: 'csv', scope: 'all', out: csvOut, fields: ['report_year'] })
    const rows = Papa.parse<string[]>(readFileSync(csvOut, 'utf8').slice(1), { skipEmptyLines: true }).data
    const col = (k: string): number => rows[0].indexOf(k)
    const pdfRow = rows.find((r) => r[col('source_url')] === REPORT_URLS[2])
    expect(pdfRow?.[col('captured_at')]).toBe(CAPTURED_AT)
    expect(pdfRow?.[col('source_archive')]).toBe('crawl.warc')
    expect(pdfRow?.[col('source_archive_sha256')]).toBe(sha(bytes))
    expect(pdfRow?.[col('archive_record')]).toMatch(/^#\d+ <urn:uuid:/)
    const jsonOut = join(dir, 'out.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'all', out: jsonOut, fields: ['report_year'] })
    const lines = readFileSync(jsonOut, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    const html = lines.find((l) => l.source_url === REPORT_URLS[0])
    expect(html).toMatchObject({ captured_at: CAPTURED_AT, source_format: null, source_archive: { name: 'crawl.warc', sha256: sha(bytes), entry: null } })
  })

  it('the command line names the archive with its counts and does not list each skipped record (--json does)', async () => {
    const file = join(dir, 'crawl.warc.gz')
    writeFileSync(file, await makeWarc(true))
    const lib = join(dir, 'cli.annalist')
    const cli = (json: boolean) => spawnSync(process.execPath, ['--import', 'tsx', CLI, 'import', file, '--library', lib, ...(json ? ['--json'] : [])], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
    const text = cli(false)
    expect(text.status).toBe(0)
    expect(text.stdout).toContain(`archive    ${file}: 10 captures, 3 reports taken, 7 skipped (not reports)`)
    expect(text.stdout).not.toContain('logo.png')
    expect(text.stdout).toMatch(/3 imported, 0 duplicates, 0 failed, 7 skipped/)
    const json = JSON.parse(cli(true).stdout) as { archives: unknown[]; skipped: unknown[]; duplicates: unknown[] }
    expect(json.archives).toEqual([{ file, records: 10, reports: 3, skipped: 7 }])
    expect(json.skipped).toHaveLength(7)
    expect(json.duplicates).toHaveLength(3)
  })

  it('a WARC.gz, found by its content', async () => {
    const bytes = await makeWarc(true)
    const file = join(dir, 'crawl.warc.gz')
    writeFileSync(file, bytes)
    await expectArchiveImported(file, bytes, null)
  })

  it('a WACZ', async () => {
    const bytes = await makeWacz()
    const file = join(dir, 'crawl.wacz')
    writeFileSync(file, bytes)
    await expectArchiveImported(file, bytes, 'archive/data.warc.gz')
  })

  it('a WACZ whose WARC is deflated (read from its start up to each record)', async () => {
    const bytes = await makeWacz(true)
    const file = join(dir, 'deflated.wacz')
    writeFileSync(file, bytes)
    await expectArchiveImported(file, bytes, 'archive/data.warc')
  })

  it('inside a folder, .warc.gz and .wacz files are taken (a plain .zip or .gz is still left out)', async () => {
    const folder = join(dir, 'crawls')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.warc.gz'), await makeWarc(true))
    writeFileSync(join(folder, 'b.wacz'), await makeWacz())
    writeFileSync(join(folder, 'c.zip'), await makeWacz())
    const s = await importPaths(db, [folder], { workers: 1 })
    expect((s.archives ?? []).map((a) => a.file.split('/').pop())).toEqual(['a.warc.gz', 'b.wacz'])
    expect(s.imported).toHaveLength(3)
    expect(s.duplicates).toHaveLength(3)
    expect(s.skipped?.find((k) => k.file.endsWith('c.zip'))?.reason).toMatch(/扩展名/)
  })

  it('an archive uploaded in the browser mode, and imported again: duplicates, nothing added', async () => {
    const bytes = await makeWarc(true)
    const first = await importBuffers(db, [{ name: 'crawl.warc.gz', bytes }], { workers: 1 })
    expect(first.imported).toHaveLength(3)
    expect(first.archives?.[0]).toMatchObject({ reports: 3, skipped: 7 })
    const again = await importBuffers(db, [{ name: 'crawl.warc.gz', bytes }], { workers: 1 })
    expect(again.imported).toHaveLength(0)
    expect(again.duplicates).toHaveLength(3)
  })

  it('a truncated archive: the records before the break are taken, the archive is listed as failed, other files go on', async () => {
    const bytes = await makeWarc(false)
    // cut inside the PDF's capture (a download that stopped)
    const file = join(dir, 'broken.warc')
    writeFileSync(file, bytes.subarray(0, bytes.indexOf('%PDF-') + 100))
    const other = join(dir, 'a.txt')
    writeFileSync(other, '某县人民政府2021年政府信息公开工作年度报告\n本年度共收到申请12件。')
    const s = await importPaths(db, [file, other], { workers: 1 })
    expect(s.imported.map((i) => i.file)).toContain(other)
    expect(s.imported.map((i) => i.file.split(' → ')[1]).filter(Boolean).sort()).toEqual(REPORT_URLS.slice(0, 2).sort())
    expect(s.failed).toHaveLength(1)
    expect(s.failed[0].file).toBe(file)
    expect(s.failed[0].error).toMatch(/WARC.*截断/)
  })
})
