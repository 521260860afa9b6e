/**
 * Scale: a library of many documents (30,000 by default; ANNALIST_E2E_ROWS=100000 for the full check)
 * through the real server. The table reaches the last row by scrolling (pages fetched on demand),
 * sorts by a column, and a full-text search finds one report among them all.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { LibraryPage } from './pages/library-page'
import { serveBigLibrary } from './support/big-library'
import { REPO, type Server } from './support/server'

const ROWS = Number(process.env.ANNALIST_E2E_ROWS ?? 30_000)
let server: Server
let close: (() => Promise<void>) | undefined

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  ;({ server, close } = await serveBigLibrary(ROWS, 'annalist-e2e-big-'))
})

test.afterAll(async () => {
  await close?.()
})

test(`scrolls to the last of ${ROWS} documents, sorts and searches`, async ({ page }) => {
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await expect(lib.count()).toContainText(ROWS.toLocaleString('en-US'))
  // the DOM holds only what is on screen
  expect(await lib.rows().count()).toBeLessThan(100)
  await page.getByTestId('doc-table').locator('.tbody').evaluate((el) => { el.scrollTop = el.scrollHeight })
  await expect(page.locator(`[data-testid=doc-row][data-id="${ROWS}"]`)).toBeVisible()
  // and into the middle
  await page.getByTestId('doc-table').locator('.tbody').evaluate((el) => { el.scrollTop = el.scrollHeight / 2 })
  await expect(lib.rows().first()).toBeVisible()
  mkdirSync(join(REPO, 'test-results', 'screenshots'), { recursive: true })
  await page.screenshot({ path: join(REPO, 'test-results', 'screenshots', 'library-large.png') })

  await page.getByRole('columnheader', { name: /年度/ }).getByRole('button').click()
  await page.getByRole('columnheader', { name: /年度/ }).getByRole('button').click()
  await page.getByTestId('doc-table').locator('.tbody').evaluate((el) => { el.scrollTop = 0 })
  await expect(lib.rows().first().locator('.c-year')).toHaveText('2023')

  const target = ROWS - 7
  await lib.search(`编号 ${target}`)
  await expect(lib.rows()).toHaveCount(1)
  await expect(lib.rows().first()).toHaveAttribute('data-id', String(target))
})
