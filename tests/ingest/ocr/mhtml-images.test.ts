/**
 * An MHTML page whose table 三 is posted as a picture (issue 14 point 3): page 2 of the generated report
 * s21-02 as a PNG, shown by the page between its headings, and a blank picture after it. With OCR on, the
 * picture's text and table take its place, so extraction reads table 三, and the blank one keeps its
 * placeholder; with OCR off both placeholders stay. One OCR'd image: the test stays as short as it can.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parseDocument } from '../../../src/main/ingest'
import { importPaths } from '../../../src/main/import/index'
import { openLibrary } from '../../../src/main/library/db'
import { OCR_CONFIDENCE_FACTOR } from '../../../src/main/ingest/ocr/ocr-confidence'
import { readPdf } from '../../../src/main/ingest/read-pdf'
import type { ParagraphBlock, TableBlock } from '../../../src/shared/document'
import { extract, valuesOf } from '../../extract/helpers'
import { makeMhtml } from '../helpers/mhtml'

const PNG = readFileSync(join(import.meta.dirname, '../../fixtures/scans/s21-02-province-pdf-page2.png'))
const SOURCE = join(import.meta.dirname, '../../fixtures/reports/s21-02-province-pdf.pdf')
const PICTURE = 'https://www.example.gov.cn/xxgk/images/table3.png'
const BLANK = 'https://www.example.gov.cn/xxgk/images/spacer.png'
const PICTURES = [{ location: PICTURE, bytes: PNG }, { location: BLANK }]

const PAGE = Buffer.from(
  '<html><head><meta charset="utf-8"></head><body><h1>某省人民政府办公厅2021年政府信息公开工作年度报告</h1>' +
    '<p>一、总体情况</p><p>本年度，我厅认真贯彻落实《中华人民共和国政府信息公开条例》。</p>' +
    `<p>三、收到和处理政府信息公开申请情况</p><p><img src="${PICTURE}"></p>` +
    `<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="${BLANK}"></p><p>五、存在的主要问题及改进情况</p></body></html>`,
)

/** Table 三's number rows (from 一、本年新收 to 四、结转), numbers only, full-width digits folded. */
function t3Numbers(tables: TableBlock[]): string[][] {
  const t = tables.find((x) => x.rows.some((r) => r[0].includes('本年新收')))
  if (!t) return []
  const from = t.rows.findIndex((r) => r[0].includes('本年新收'))
  const to = t.rows.findIndex((r) => r[0].includes('结转下年度'))
  return t.rows.slice(from, to + 1).map((r) => r.slice(1).map((c) => c.normalize('NFKC')))
}

const tablesOf = (blocks: (TableBlock | ParagraphBlock)[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === 'table')

it('reads a picture of table 三 in an MHTML page by OCR, in its place, into rows of cells', async () => {
  const mht = makeMhtml(PAGE, 'utf-8', PICTURES)
  const doc = await parseDocument(mht, 'page.mhtml')
  expect(doc.format).toBe('mhtml')
  // the table's picture is read; the blank one (nothing OCR can read) keeps its placeholder and warning
  expect(doc.text).not.toContain('[图片 1：需 OCR]')
  const left = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.image !== undefined)
  expect(left.map((b) => b.image)).toEqual([{ index: 2, ref: BLANK }])
  expect(doc.warnings.map((w) => w.code)).toEqual(['ocr', 'images_need_ocr'])
  expect(doc.warnings[0].message).toMatch(/^页面中 1 张图片的文字由 OCR 识别/)
  expect(doc.warnings[1].message).toBe('页面中有 1 张图片（表格可能是图片），需 OCR')

  const source = await readPdf(readFileSync(SOURCE))
  const want = t3Numbers(tablesOf(source.blocks))
  const got = t3Numbers(tablesOf(doc.blocks))
  expect(want.length).toBe(25)
  let right = 0
  want.forEach((row, r) => row.forEach((c, k) => { if (got[r]?.[k] === c) right++ }))
  expect(right / (want.length * 7)).toBeGreaterThanOrEqual(0.99)

  // where the picture stood: after its heading, before the next one
  const table = tablesOf(doc.blocks).find((t) => t.rows.some((r) => r[0].includes('本年新收')))!
  expect(doc.text.indexOf('三、收到和处理政府信息公开申请情况')).toBeLessThan(table.start)
  expect(doc.text.indexOf('四、政府信息公开行政复议、行政诉讼情况')).toBeGreaterThan(table.end)
  for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.type === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)

  // extraction sees table 三: the requests received, carried over and answered as in the source
  const from = valuesOf(extract(doc))
  const expected = valuesOf(extract(source))
  for (const f of ['applications_received', 'applications_carried_over', 'applications_answered']) {
    expect(expected[f]).toBeDefined()
    expect(from[f]).toEqual(expected[f])
  }

  // OCR off: today's placeholders, both pictures, and no table
  const off = await parseDocument(mht, 'page.mhtml', { ocr: false })
  expect(off.text).toContain('[图片 1：需 OCR]')
  expect(off.text).toContain('[图片 2：需 OCR]')
  expect(off.warnings.map((w) => w.message)).toEqual(['页面中有 2 张图片（表格可能是图片），需 OCR'])
  expect(tablesOf(off.blocks)).toEqual([])
})

/** Each automatic field of the library's documents (by file name) with its value and confidence. */
async function importedFields(files: string[], ocr: boolean, dir: string, name: string): Promise<Map<string, Map<string, { value: string; confidence: number }>>> {
  const db = openLibrary(join(dir, `${name}.annalist`), { create: true })
  try {
    const s = await importPaths(db, files, { workers: 1, ...(ocr ? {} : { ocr: false }), fileTimeoutMs: 300_000 })
    expect(s.failed).toEqual([])
    const out = new Map<string, Map<string, { value: string; confidence: number }>>()
    for (const i of s.imported) {
      const rows = db.prepare("SELECT field_id, value, confidence FROM fields WHERE document_id = ? AND origin = 'auto'").all(i.id) as { field_id: string; value: string; confidence: number }[]
      out.set(i.file, new Map(rows.map((r) => [r.field_id, { value: r.value, confidence: r.confidence }])))
    }
    return out
  } finally {
    db.close()
  }
}

it("values read from the page's picture alone get OCR's lower confidence; the typed text's keep theirs", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-mhtml-ocr-'))
  try {
    const page = join(dir, 'page.mhtml')
    writeFileSync(page, makeMhtml(PAGE, 'utf-8', PICTURES))
    const read = (await importedFields([page], true, dir, 'ocr')).get(page)!
    const typed = await importedFields([page, SOURCE], false, dir, 'typed')
    const pdf = typed.get(SOURCE)!
    const noOcr = typed.get(page)!

    // table 三, read from the picture: at most OCR's share of what the same rule gives the text PDF
    const fromPicture = [...read].filter(([f, v]) => f.startsWith('t3.') && pdf.get(f)?.value === v.value)
    expect(fromPicture.length).toBeGreaterThanOrEqual(100)
    for (const [f, v] of fromPicture) expect(v.confidence, f).toBeLessThanOrEqual(OCR_CONFIDENCE_FACTOR * pdf.get(f)!.confidence + 0.001)

    // the title and the prose are typed in the page: as sure as with the pictures left unread
    const fromText = [...noOcr].filter(([f, v]) => read.get(f)?.value === v.value)
    expect(fromText.map(([f]) => f)).toContain('report_year')
    for (const [f, v] of fromText) expect(read.get(f)!.confidence, f).toBe(v.confidence)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 600_000)
