/**
 * Issue 13 in the desk, keyboard only after the import: a report imported twice (the copies disagree on one
 * figure) is shown side by side with `s`; `2` takes the second copy's value for the focused field, saved as a
 * revision naming the copy; Ctrl+Z takes it back; `]` opens the same agency's next year. The authority list
 * (`a`): an agency's written names merged into one by key (Ctrl+Z takes it back), one split out and put back.
 * Screenshots of both in zh and en at 1440×900 and 1024×700 go to test-results/screenshots.
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

const WORK = ['深化政务公开', '推进决策公开', '加强政策解读', '回应社会关切', '规范依申请公开', '完善公开平台', '强化监督保障', '优化营商环境',
  '推进基层公开标准化', '加强人员培训', '做好财政预决算公开', '落实重大建设项目公开']
/** A report with its own wording; `applications` is the figure the copies disagree on. */
const report = (agency: string, year: number, n: number, applications: number): string => {
  const lines = [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况']
  for (let i = 0; i < 8; i++) {
    lines.push(`${year}年，${agency}围绕${WORK[(n * 7 + i * (n % 5 + 3)) % WORK.length]}，${WORK[(n + i * 3) % WORK.length]}工作中公开信息${n * (i + 3)}条，办理第${i + 1}批事项${n + i * 7}件。`)
  }
  lines.push(`${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，本年度主动公开政府信息${n}条。全年共收到政府信息公开申请${applications}件，均已按时答复。`,
    '二、存在的问题', `信息公开的及时性还需进一步提高，${agency}将继续加强培训。`)
  return lines.join('\n') + '\n'
}

let server: Server
let page: Page
let dir: string

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-copies-'))
  const files = {
    'copies-a.txt': report('永宁市财政局', 2019, 120, 15),
    // the same report saved from another site: other spacing and line breaks, and one figure mistyped
    'copies-a-mirror.txt': report('永宁市财政局', 2019, 120, 51).replace(/，/g, ' ，').replace(/。/g, '。\n'),
    'copies-b.txt': report('永宁市财政局', 2020, 131, 9),
    'copies-c.txt': report('永宁市财政局', 2021, 142, 8),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await lib.upload(Object.keys(files).map((n) => join(dir, n)))
  await expect(lib.rows()).toHaveCount(4)
  await lib.setReviewer('李四')
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const docId = async (): Promise<string> => (await page.getByTestId('review').getAttribute('data-doc')) ?? ''

test('copies side by side: choose a value from a copy by key, undo it, and jump to the next year', async () => {
  const lib = new LibraryPage(page)
  await lib.open('copies-a.txt')
  const rp = new ReviewPage(page)
  const own = await docId()
  await expect(page.getByTestId('copies-summary')).toContainText('2')
  await expect(page.getByTestId('copies-table')).toHaveCount(0)
  await rp.jumpTo('收到申请', 'applications_received')
  await expect(rp.value('applications_received')).toHaveText('15')

  await page.keyboard.press('s')
  const table = page.getByTestId('copies-table')
  await expect(table).toBeVisible()
  const row = table.locator('tr[data-field="applications_received"]')
  await expect(row).toHaveClass(/focused/)
  await expect(row).toContainText('15')
  await expect(row).toContainText('51')
  // the digit of the mirror's column (the columns are the group's documents in id order)
  const heads = await table.locator('thead th').allTextContents()
  const n = heads.slice(1).findIndex((h) => !h.includes('本文档')) + 1
  expect(n).toBeGreaterThan(0)
  await page.keyboard.press(String(n))
  await expect(rp.value('applications_received')).toHaveText('51')
  await expect(row.locator('td.chosen')).toContainText('51')
  const mirror = await row.locator('td.chosen').getAttribute('data-copy')
  expect(mirror).not.toBe(own)
  const revision = rp.revisions().and(page.locator('[data-target="applications_received"]')).first()
  await expect(revision).toContainText(`#${mirror}`)
  await expect(revision).toContainText('李四')

  await page.keyboard.press('Control+z')
  await expect(rp.value('applications_received')).toHaveText('15')
  await expect(row.locator('td.chosen')).toHaveCount(0)

  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.getByTestId('lang').click()
    for (const [w, h] of [[1440, 900], [1024, 700]]) {
      await page.setViewportSize({ width: w, height: h })
      await expect(table).toBeVisible()
      await page.screenshot({ path: join(SHOTS, `copies-review-${lang}-${w}.png`) })
    }
  }
  await page.getByTestId('lang').click()
  await page.setViewportSize({ width: 1440, height: 900 })

  // Shift+S: every field side by side, the differing ones marked; again: only those
  await page.keyboard.press('Shift+S')
  await expect(table.locator('tbody tr')).not.toHaveCount(1)
  await expect(table.locator('tbody tr.differ')).toHaveCount(1)
  await page.keyboard.press('Shift+S')
  await expect(table.locator('tbody tr')).toHaveCount(1)

  // Esc closes the comparison first, the document only after
  await page.getByTestId('fields-pane').locator('[data-testid=field-cell].focused').focus()
  await page.keyboard.press('Escape')
  await expect(table).toHaveCount(0)
  await expect(page.getByTestId('review')).toBeVisible()

  // the same agency's next year, by key
  await expect(page.getByTestId('year-next')).toBeEnabled()
  await page.keyboard.press(']')
  await expect(page.getByTestId('review')).not.toHaveAttribute('data-doc', own)
  await expect(page.getByTestId('doc-header')).toContainText('2020')
  await page.keyboard.press('[')
  await expect(page.getByTestId('review')).toHaveAttribute('data-doc', own)

  // u: this document is not a copy (a person's decision); the library's "same report" joins them again
  await expect(page.getByTestId('copies-summary')).toBeVisible()
  await page.keyboard.press('u')
  await expect(page.getByTestId('copies-summary')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await lib.select('copies-a.txt')
  await lib.select('copies-a-mirror.txt')
  await page.getByTestId('bulk-join').click()
  await lib.open('copies-a.txt')
  await expect(page.getByTestId('copies-summary')).toContainText('2')
  await expect(page.getByTestId('copies')).toContainText('人工分组')
})

test('the authority list from the keyboard: merge the written names, undo, split one out and put it back', async () => {
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('review')).toHaveCount(0)
  // one report names its agency with the body's self-suffix: one agency, two written names
  await new LibraryPage(page).open('copies-c.txt')
  await new ReviewPage(page).edit('agency', '永宁市财政局(本级机关)')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('review')).toHaveCount(0)
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur() })
  await page.keyboard.press('a')
  const panel = page.getByTestId('agencies-panel')
  const list = page.getByTestId('agencies-list')
  await expect(list).toBeFocused()
  const agency = list.locator('[data-kind=agency]')
  await expect(agency).toHaveCount(1)
  await expect(agency).toContainText('4')
  await page.keyboard.press('Enter')
  const variants = list.locator('[data-kind=variant]')
  await expect(variants).toHaveCount(2)
  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.getByTestId('lang').click()
    for (const [w, h] of [[1440, 900], [1024, 700]]) {
      await page.setViewportSize({ width: w, height: h })
      await page.screenshot({ path: join(SHOTS, `agencies-${lang}-${w}.png`) })
    }
  }
  await page.getByTestId('lang').click()
  await page.setViewportSize({ width: 1440, height: 900 })
  await list.focus()

  // m: the agency's other written name becomes its canonical one on every document, after Enter
  await page.keyboard.press('m')
  await expect(page.getByTestId('agencies-ask')).toContainText('本级机关')
  await page.keyboard.press('Enter')
  await expect(variants).toHaveCount(1)
  await expect(list).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(variants).toHaveCount(2)

  // s on a written name: an agency of its own; s again puts it back
  await list.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(list.locator('[data-cursor=true]')).toHaveAttribute('data-kind', 'variant')
  const name = (await list.locator('[data-cursor=true] .variant-name').textContent()) ?? ''
  await page.keyboard.press('s')
  await expect(agency).toHaveCount(2)
  await expect(panel).toContainText('人工拆出')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  // find the split agency's row again and put its name back
  const split = list.locator('[data-kind=agency]', { hasText: '人工拆出' })
  await split.click()
  await page.keyboard.press('Enter')
  await list.locator('[data-kind=variant]', { hasText: name }).click()
  await page.keyboard.press('s')
  await expect(agency).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
})
