/**
 * The dataset view from the keyboard (issue 13), against the real `annalist serve` and the sample reports:
 * Shift+D opens it, Tab reaches a facet and Space chooses it (the counts narrow), the arrows walk the
 * coverage grid and Enter opens a report, a saved search is made and listed with its count in the view and
 * in the library's filters. The charts draw under the page's CSP: no violation, no console error.
 * Screenshots at 1440×900 and 1024×700 in both languages go to test-results/screenshots.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DatasetPage } from './pages/dataset-page'
import { LibraryPage } from './pages/library-page'
import { sampleFiles } from './support/sample-reports'
import { REPO, startServer, type Server } from './support/server'

const SHOTS = join(REPO, 'test-results', 'screenshots')

test.describe.configure({ mode: 'serial' })

let server: Server
let page: Page
const problems: string[] = []

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  // every CSP violation and console error of the page, from its first script on
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()) })
  page.on('pageerror', (e) => problems.push(e.message))
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await lib.upload(sampleFiles())
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
})

test('Shift+D opens the dataset view; Tab and Space choose a facet value, and the counts narrow', async () => {
  const ds = new DatasetPage(page)
  await page.keyboard.press('Escape')
  await ds.openByKey()
  expect(page.url()).toContain('#dataset')
  const all = await ds.totalNumber()
  expect(all).toBeGreaterThan(1)
  // the first value of the year facet, reached with Tab alone
  const year = ds.facet('year').locator('button.ds-value').first()
  const count = Number((await year.locator('.ds-count').textContent())?.replace(/[^\d]/g, ''))
  await ds.tabInto(ds.facet('year'))
  await expect(year).toBeFocused()
  await page.keyboard.press('Space')
  await expect(year).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => ds.totalNumber()).toBe(count)
  expect(count).toBeLessThan(all)
  // the same value again: the whole library
  await page.keyboard.press('Space')
  await expect.poll(() => ds.totalNumber()).toBe(all)
})

test('the charts draw on canvas, with no CSP violation and no console error', async () => {
  const ds = new DatasetPage(page)
  await expect(page.getByTestId('chart-reports').locator('canvas')).toHaveCount(1)
  await expect(page.getByTestId('chart-requests').locator('canvas')).toHaveCount(1)
  await expect(ds.cells().first()).toBeVisible()
  expect(problems).toEqual([])
})

test('the requests chart splits by level and by region, and back to the total', async () => {
  const requests = page.getByTestId('chart-requests')
  for (const [by, caption] of [['level', '按行政层级'], ['region', '按地区']] as const) {
    // the view asks the service for that split: its answer carries one series per level or region
    const answer = page.waitForResponse((r) => (r.request().postData() ?? '').includes(`"split":"${by}"`))
    await page.getByTestId(`ds-split-${by}`).check()
    const body = JSON.stringify(await (await answer).json())
    expect(body).toContain(`"by":"${by}"`)
    await expect(requests.locator('xpath=..').locator('figcaption')).toContainText(caption)
    await expect(requests.locator('canvas')).toHaveCount(1)
    await page.screenshot({ path: join(SHOTS, `dataset-split-${by}-zh-1440.png`) })
  }
  await page.getByTestId('ds-split-none').check()
  await expect(requests.locator('xpath=..').locator('figcaption')).toContainText('依申请公开')
  expect(problems).toEqual([])
})

test('the arrows walk the coverage grid and Enter opens the report of a cell', async () => {
  const ds = new DatasetPage(page)
  const cells = ds.cells()
  await ds.tabInto(page.getByTestId('coverage'))
  const first = cells.first()
  await expect(first).toBeFocused()
  // walk to the first cell that has a report: its row and column from the grid's own data-cell
  const target = ds.cells('has').or(ds.cells('verified')).first()
  const [row, col] = ((await target.getAttribute('data-cell')) ?? '0-0').split('-').map(Number)
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown')
  for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight')
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('review')).toBeVisible()
  expect(page.url()).toMatch(/#doc=\d+/)
  // Shift+D from the desk comes back, Esc goes to the library
  await ds.openByKey()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('doc-count')).toBeVisible()
})

test('a saved search keeps its conditions, shows its count in the view and in the library', async () => {
  const ds = new DatasetPage(page)
  await ds.openByKey()
  const year = ds.facet('year').locator('button.ds-value').first()
  const yearText = (await year.locator('.ds-label').textContent()) ?? ''
  const expected = Number((await year.locator('.ds-count').textContent())?.replace(/[^\d]/g, ''))
  await page.getByTestId('cond-field').selectOption('report_year')
  await page.getByTestId('cond-op').selectOption('eq')
  await page.getByTestId('cond-value').fill(yearText)
  await page.getByTestId('cond-add').click()
  await expect.poll(() => ds.totalNumber()).toBe(expected)
  await page.getByTestId('saved-name').fill('那一年的报告')
  await page.getByTestId('saved-name').press('Enter')
  const saved = page.getByTestId('saved-searches').locator('button.ds-value').filter({ hasText: '那一年的报告' })
  await expect(saved).toContainText(String(expected))
  await expect(saved).toHaveAttribute('aria-pressed', 'true')
  // the library lists the same documents, and offers the saved search in its filters
  await page.getByTestId('ds-list').click()
  await expect(page.getByTestId('doc-count')).toContainText(expected.toLocaleString('en-US'))
  await expect(page.getByTestId('saved-filter').locator('option').filter({ hasText: '那一年的报告' })).toHaveCount(1)
  expect(problems).toEqual([])
})

for (const lang of ['zh', 'en'] as const) {
  test(`screenshots of the dataset view in ${lang} at 1440×900 and 1024×700, no sideways scroll`, async () => {
    const ds = new DatasetPage(page)
    await page.setViewportSize({ width: 1440, height: 900 })
    if (lang === 'en') await page.getByTestId('lang').click()
    await ds.openByKey()
    // the whole library, not the saved search the test before left chosen
    await page.getByTestId('ds-clear').click()
    await expect.poll(() => ds.totalNumber()).toBeGreaterThan(1)
    await expect(page.getByTestId('chart-reports').locator('canvas')).toHaveCount(1)
    await page.screenshot({ path: join(SHOTS, `dataset-${lang}-1440.png`) })
    await page.setViewportSize({ width: 1024, height: 700 })
    await expect(page.getByTestId('chart-reports').locator('canvas')).toHaveCount(1)
    await page.screenshot({ path: join(SHOTS, `dataset-${lang}-1024.png`) })
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
    expect(sideways).toBe(false)
    await page.keyboard.press('Escape')
    expect(problems).toEqual([])
  })
}
