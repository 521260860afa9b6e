/**
 * Issue 13 point 3 in the desk, from the keyboard: one agency's reports of three years imported; in the
 * middle one `y` shows the previous year / this year / next year columns, the tenfold jump in proactive
 * disclosures marked on its row with the check's message; Shift+Y shows every field; Esc closes it.
 * Screenshots in zh and en at 1440×900 go to test-results/screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { LibraryPage } from './pages/library-page'
import { REPO, startServer, type Server } from './support/server'

const SHOTS = join(REPO, 'test-results', 'screenshots')

test.describe.configure({ mode: 'serial' })

const report = (agency: string, year: number, n: number): string =>
  `${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息${n}条，` +
  `其中通过门户网站公开${n - 3}条。全年共收到政府信息公开申请${n % 7}件，均已按时答复。\n二、存在的问题\n信息公开的及时性还需进一步提高，${agency}将继续加强培训。\n`

let server: Server
let page: Page
let dir: string

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-years-'))
  // 2020's proactive disclosures are more than ten times 2019's; 2021 is an ordinary year after 2020
  const files = {
    'years-2019.txt': report('永宁市财政局', 2019, 120),
    'years-2020.txt': report('永宁市财政局', 2020, 1500),
    'years-2021.txt': report('永宁市财政局', 2021, 1400),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await lib.upload(Object.keys(files).map((n) => join(dir, n)))
  await expect(lib.rows()).toHaveCount(3)
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('y shows the previous and next year beside this report, the jump marked; Esc closes it', async () => {
  const lib = new LibraryPage(page)
  await lib.open('years-2020.txt')
  await expect(page.getByTestId('years-table')).toHaveCount(0)

  await page.keyboard.press('y')
  const table = page.getByTestId('years-table')
  await expect(table).toBeVisible()
  await expect(table.locator('thead th[data-year="previous"]')).toContainText('2019')
  await expect(table.locator('thead th[data-year="current"]')).toContainText('2020')
  await expect(table.locator('thead th[data-year="next"]')).toContainText('2021')
  const row = table.locator('tr[data-field="proactive_disclosures"]')
  await expect(row.locator('td[data-year="previous"]')).toHaveText('120')
  await expect(row.locator('td[data-year="current"]')).toHaveText('1500')
  await expect(row.locator('td[data-year="next"]')).toHaveText('1400')
  // the check compared 2020 with 2019: those two cells are marked, not 2021's
  await expect(row).toHaveClass(/year-warned/)
  await expect(row.locator('td.year-warn')).toHaveCount(2)
  await expect(row.locator('td[data-year="next"]')).not.toHaveClass(/year-warn/)
  await expect(page.getByTestId('years-warnings')).toContainText('十倍')
  const shown = await table.locator('tbody tr').count()

  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.getByTestId('lang').click()
    await expect(table).toBeVisible()
    await page.screenshot({ path: join(SHOTS, `years-review-${lang}-1440.png`) })
  }
  await page.getByTestId('lang').click()

  // Shift+Y: every field any of the three years has; again: only those a neighbour has
  await page.keyboard.press('Shift+Y')
  await expect(page.getByTestId('years-all')).toBeChecked()
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(shown)
  await page.keyboard.press('Shift+Y')
  await expect(table.locator('tbody tr')).toHaveCount(shown)

  // Esc closes the years first, the document only after
  await page.getByTestId('fields-pane').locator('[data-testid=field-cell].focused').focus()
  await page.keyboard.press('Escape')
  await expect(table).toHaveCount(0)
  await expect(page.getByTestId('review')).toBeVisible()
})
