/**
 * Export from the desk, end to end, against the real `annalist serve`: import the sample reports,
 * filter the library by a year, open the Export panel with `e`, export the current filter as CSV, see
 * how many documents before writing, download the file through the link and read it back.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { expect, test, type Page } from '@playwright/test'
import { ExportPanelPage } from './pages/export-panel'
import { LibraryPage } from './pages/library-page'
import { sampleFiles } from './support/sample-reports'
import { REPO, startServer, type Server } from './support/server'

const SHOTS = join(REPO, 'test-results', 'screenshots')

test.describe.configure({ mode: 'serial' })

let server: Server
let page: Page

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
})

/** The report year most documents share (read off the table), so the filter keeps several. */
async function commonYear(lib: LibraryPage): Promise<number> {
  const years = (await lib.rows().locator('.c-year').allTextContents()).map((s) => Number(s.trim())).filter((y) => y > 2000)
  const counts = new Map<number, number>()
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1)
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]
  if (!best) throw new Error('no document has a report year')
  return best[0]
}

test('exports the current filter as CSV and downloads exactly the filtered documents', async () => {
  const lib = new LibraryPage(page)
  const panel = new ExportPanelPage(page)
  await lib.goto(server.url)
  await lib.upload(sampleFiles())
  await expect(lib.count()).not.toHaveText('共 0 份文档')
  const all = Number(/\d+/.exec((await lib.count().textContent()) ?? '')?.[0])

  const year = await commonYear(lib)
  await page.getByTestId('filters').locator('select').selectOption(String(year))
  await expect(lib.count()).not.toHaveText(`共 ${all} 份文档`)
  const filtered = Number(/\d+/.exec((await lib.count().textContent()) ?? '')?.[0])
  expect(filtered).toBeGreaterThan(0)
  await expect(lib.rows()).toHaveCount(filtered)

  await panel.openWithKey()
  await panel.format('CSV')
  await panel.scope('当前筛选')
  // nothing selected: the selection scope is offered but cannot be chosen
  await expect(panel.panel().getByLabel('所选文档（先在表中勾选）')).toBeDisabled()
  await panel.expectDocuments(filtered)
  await panel.scope('全部')
  await panel.expectDocuments(all)
  await panel.scope('当前筛选')
  await panel.expectDocuments(filtered)

  await panel.start()
  await expect(page.getByTestId('export-result')).toContainText(`已导出 ${filtered} 份文档`)
  await page.screenshot({ path: join(SHOTS, 'export.png') })

  const [download] = await Promise.all([page.waitForEvent('download'), panel.downloadLink().click()])
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  const [header, ...rows] = parsed.data
  expect(header).toContain('source_file')
  expect(header).toContain('report_year')
  expect(header.every((h) => /^[a-z0-9_.]+$/.test(h))).toBe(true)
  expect(rows).toHaveLength(filtered)
  const yearCol = header.indexOf('report_year')
  for (const r of rows) expect(r[yearCol]).toBe(String(year))

  // Esc closes the panel; the library is as it was
  await page.keyboard.press('Escape')
  await expect(panel.panel()).toHaveCount(0)
  await expect(lib.count()).toHaveText(`共 ${filtered} 份文档`)
})
