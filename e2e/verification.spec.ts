/**
 * Issue 11, the review desk as a verification station, keyboard only (no mouse after the import):
 * a correction clears its warning and the 问题 count; Ctrl+Z belongs to the document it is pressed in and
 * works after a reload; q moves forward; typed numbers keep their meaning (300余, 三百一十二).
 * Screenshots of the review view at 1440×900 and 1024×700 go to test-results/screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { LibraryPage } from './pages/library-page'
import { ReviewPage } from './pages/review-page'
import { REPO, startServer, type Server } from './support/server'

const SHOTS = join(REPO, 'test-results', 'screenshots')

test.describe.configure({ mode: 'serial' })

/** A report whose agency the rules cannot find (未能识别发布机关), with its counts written in Chinese. */
const CN = ['零', '一', '二', '三', '四', '五', '六']
const report = (n: number): string => [
  `202${n}年政府信息公开工作年度报告`,
  '',
  '一、总体情况',
  `本年度主动公开政府信息三百一十${CN[n]}条，全年收到政府信息公开申请1${n}件，均已按时办结。`,
  '二、存在的不足',
  '信息公开的及时性还需提高。',
].join('\n')

let server: Server
let page: Page
let dir: string
const files: string[] = []

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-verify-'))
  for (const n of [1, 2, 3, 4, 5]) {
    const f = join(dir, `verify-${n}.txt`)
    writeFileSync(f, report(n))
    files.push(f)
  }
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await lib.upload(files)
  await expect(lib.rows()).toHaveCount(files.length)
  // the reviewer's name, asked once in the top bar
  await lib.setReviewer('张三')
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const docId = async (): Promise<string> => (await page.getByTestId('review').getAttribute('data-doc')) ?? ''
const inspector = () => page.getByTestId('inspector')

/** Jump to the field from the keyboard: g, its id, Enter (issue 11: Tab walks the controls, not the fields). */
async function tabTo(field: string): Promise<void> {
  await new ReviewPage(page).jumpTo(field, field)
}

/** Enter to edit (the old value is selected: typing replaces it), type, Enter to save. */
async function type(field: string, text: string): Promise<void> {
  await tabTo(field)
  await page.keyboard.press('Enter')
  const input = new ReviewPage(page).cell(field).locator('input')
  await expect(input).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

/** From the library: search the file name, open the first row with Enter. */
async function openByName(name: string, rows = 1, down = 0): Promise<void> {
  await page.keyboard.press('/')
  await page.keyboard.press('Control+A')
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(new LibraryPage(page).rows()).toHaveCount(rows)
  for (let i = 0; i < down; i++) await page.keyboard.press('j')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('review')).toBeVisible()
}

async function backToLibrary(): Promise<void> {
  await page.keyboard.press('Escape')
  await expect(new LibraryPage(page).count()).toBeVisible()
}

test('correcting the agency clears its warning, its ! and the 问题 count', async () => {
  const lib = new LibraryPage(page)
  const row = lib.row('verify-1')
  await expect(row.locator('.badge.warning')).toBeVisible()
  const before = Number(await row.locator('.badge.warning').textContent())
  await openByName('verify-1')
  const review = new ReviewPage(page)
  await expect(page.locator('[data-testid=warning][data-code=agency_missing]')).toHaveCount(1)
  await expect(review.cell('agency')).toHaveClass(/warned-/)
  await type('agency', '某某县人民政府办公室')
  await expect(review.value('agency')).toHaveText('某某县人民政府办公室')
  await expect(page.locator('[data-testid=warning][data-code=agency_missing]')).toHaveCount(0)
  await expect(review.cell('agency')).not.toHaveClass(/warned-/)
  // n never goes back to it (with no field left to look at, it stays where it is)
  const warnedLeft = await page.locator('[data-testid=field-cell][class*="warned-"]').count()
  await page.keyboard.press('n')
  if (warnedLeft > 0) await expect(inspector()).not.toHaveAttribute('data-field', 'agency')
  // the history names the field and the reviewer
  await expect(review.revisions().filter({ hasText: '发布机关' }).first()).toContainText('张三')
  await page.screenshot({ path: join(SHOTS, 'verify-review-1440.png') })
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot({ path: join(SHOTS, 'verify-review-1024.png') })
  await page.setViewportSize({ width: 1440, height: 900 })
  await backToLibrary()
  const after = lib.row('verify-1').locator('.badge.warning')
  if (before === 1) await expect(after).toHaveCount(0)
  else await expect(after).toHaveText(String(before - 1))
})

test('typed "300余" keeps the approximate mark; "三百一十二" is accepted', async () => {
  await openByName('verify-2')
  const review = new ReviewPage(page)
  await type('proactive_disclosures', '300余')
  await expect(review.value('proactive_disclosures')).toContainText('300')
  await expect(review.value('proactive_disclosures').locator('.approx')).toBeVisible()
  await type('proactive_disclosures', '三百一十二')
  await expect(page.getByTestId('field-error')).toHaveCount(0)
  await expect(review.value('proactive_disclosures')).toHaveText('312')
  await backToLibrary()
})

test('Ctrl+Z after moving to another document does not touch the first', async () => {
  // the third and fourth reports: nobody has changed them yet
  await openByName('verify-', files.length, 2)
  const review = new ReviewPage(page)
  const first = await docId()
  await expect(review.revisions()).toHaveCount(0)
  await type('staff', '7')
  await expect(review.value('staff')).toHaveText('7')
  await page.keyboard.press('j')
  await expect(page.getByTestId('review')).not.toHaveAttribute('data-doc', first)
  await expect(page.getByTestId('history')).toContainText('还没有修改')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('notice')).toContainText('没有可撤销的操作')
  await page.keyboard.press('k')
  await expect(page.getByTestId('review')).toHaveAttribute('data-doc', first)
  await expect(review.value('staff')).toHaveText('7')
})

test('undo works after a reload, and says what it undid', async () => {
  const review = new ReviewPage(page)
  await expect(page.getByTestId('undo-next')).toContainText('工作人员数')
  await page.reload()
  await expect(page.getByTestId('review')).toBeVisible()
  await expect(review.value('staff')).toHaveText('7')
  await page.keyboard.press('Control+z')
  await expect(review.value('staff')).not.toHaveText('7')
  await expect(page.getByTestId('notice')).toContainText('已撤销')
  await page.keyboard.press('Control+Shift+z')
  await expect(review.value('staff')).toHaveText('7')
  await backToLibrary()
})

test('q moves forward: never back to a document passed, also after v; the counter is the queue’s', async () => {
  await page.keyboard.press('/')
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await page.keyboard.press('q')
  await expect(page.getByTestId('review')).toBeVisible()
  const x1 = await docId()
  await expect(page.getByTestId('position')).toHaveAttribute('data-walk', 'queue')
  await expect(page.getByTestId('position')).toContainText('第 1 /')
  await page.keyboard.press('f')
  await expect(page.getByTestId('doc-status')).toHaveAttribute('data-status', 'flagged')
  await page.keyboard.press('q')
  await expect(page.getByTestId('review')).not.toHaveAttribute('data-doc', x1)
  const x2 = await docId()
  await expect(page.getByTestId('position')).toContainText('第 2 /')
  await page.keyboard.press('v')
  const refused = page.getByTestId('refused')
  await expect(page.getByTestId('doc-status').and(page.locator('[data-status=verified]')).or(refused).first()).toBeVisible()
  if (await refused.isVisible()) await page.keyboard.press('v')
  await expect(page.getByTestId('doc-status')).toHaveAttribute('data-status', 'verified')
  await page.keyboard.press('q')
  await expect(page.getByTestId('review')).not.toHaveAttribute('data-doc', x2)
  const x3 = await docId()
  expect([x1, x2]).not.toContain(x3)
  await expect(page.getByTestId('position')).toContainText('第 3 /')
})

test('a warning is dismissed inline with a reason: muted, kept in the history, no longer counted', async () => {
  await page.keyboard.press('Escape')
  await openByName('verify-5')
  const line = page.locator('[data-testid=warning][data-code=agency_missing]')
  await expect(line).toHaveAttribute('data-state', 'open')
  await line.getByTestId('dismiss').click()
  await page.getByTestId('dismiss-reason').fill('报告本身未署发布机关')
  await page.getByTestId('dismiss-reason').press('Enter')
  await expect(line).toHaveAttribute('data-state', 'dismissed')
  await expect(line).toContainText('报告本身未署发布机关')
  await expect(new ReviewPage(page).revisions().filter({ hasText: '忽略提示' })).toHaveCount(1)
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot({ path: join(SHOTS, 'verify-dismissed-1024.png') })
  await page.setViewportSize({ width: 1440, height: 900 })
  await backToLibrary()
  await expect(new LibraryPage(page).row('verify-5').locator('.badge.warning')).toHaveCount(0)
})
