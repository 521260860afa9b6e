/**
 * Issue 11, point 5 and the rebinding of point 4: evidence on the page. A PDF's pages carry a text layer
 * made from the reader's text boxes; focusing a field outlines its source on the page and scrolls to it; the
 * pages zoom from the keyboard; text selected on the page is picked with its source; a scanned PDF opens on
 * its pages. The keys panel rebinds a desk action, refuses a clash, and resets. Keyboard only after the
 * upload. Screenshots at 1440×900 and 1024×700, zh and en, go to test-results/screenshots (pdf-*.png).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { makeDocx, type DocxBlock } from '../scripts/lib/docx-writer'
import { writeFallbackReports } from './support/sample-reports'
import { expect, test, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { registerTextFunctions } from '../src/main/library/text-sql-functions'
import { makePdf } from '../scripts/lib/pdf-writer'
import { LibraryPage } from './pages/library-page'
import { ReviewPage } from './pages/review-page'
import { REPO, startServer, type Server } from './support/server'

const SHOTS = join(REPO, 'test-results', 'screenshots')

test.describe.configure({ mode: 'serial' })

const AGENCY = '青松县林业局'
/** page 1: the title and prose; page 2: the request count, far down the document */
const PAGES = [
  { lines: [`${AGENCY}2020年政府信息公开工作年度报告`, '一、总体情况', ...Array.from({ length: 30 }, (_, i) => `本局持续推进政府信息公开标准化规范化建设，第${i + 1}项工作按计划完成。`)] },
  { lines: ['二、依申请公开情况', '全年共收到政府信息公开申请23件，均已按时办结。', '三、存在的不足', '信息公开的及时性还需提高。'] },
]

let server: Server
let page: Page
let dir: string
const files: string[] = []

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true })
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-pdf-'))
  const text = join(dir, 'pdf-evidence.pdf')
  writeFileSync(text, makePdf(PAGES))
  const scan = join(dir, 'pdf-scanned.pdf')
  writeFileSync(scan, makePdf([{ lines: ['扫描件'] }, { lines: ['第二页'] }], { emptyText: true }))
  // the standard-2021 sample as a Word file: its ' | ' rows become real DOCX tables
  const standard = writeFallbackReports().find((f) => basename(f).startsWith('白河市'))!
  const docx = join(dir, 'docx-tables.docx')
  writeFileSync(docx, await makeDocx(asDocx(readFileSync(standard, 'utf8'))))
  files.push(text, scan, docx)
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await lib.upload(files)
  await expect(lib.rows()).toHaveCount(files.length)
  await lib.setReviewer('王五')
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** lines of ' | ' cells become a table, the others paragraphs */
function asDocx(text: string): DocxBlock[] {
  const out: DocxBlock[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const last = out[out.length - 1]
    if (line.includes(' | ')) {
      const cells = line.split(' | ')
      if (last && 'table' in last) last.table.push(cells)
      else out.push({ table: [cells] })
    } else out.push({ p: line })
  }
  return out
}

/** From the library: search the name, open the first row with Enter. */
async function openByName(name: string): Promise<void> {
  await page.keyboard.press('/')
  await page.keyboard.press('Control+A')
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  // the list of the previous search may also hold one row: wait for this one
  await expect(new LibraryPage(page).rows()).toHaveCount(1)
  await expect(new LibraryPage(page).row(name)).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('review')).toBeVisible()
}

async function backToLibrary(): Promise<void> {
  await page.keyboard.press('Escape')
  await expect(new LibraryPage(page).count()).toBeVisible()
}

/** `t` until the PDF pages are shown */
async function showPages(): Promise<void> {
  for (let i = 0; i < 3 && (await page.getByTestId('mode-pdf').getAttribute('aria-pressed')) !== 'true'; i++) await page.keyboard.press('t')
  await expect(page.getByTestId('mode-pdf')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('pdf-text-layer').first().locator('span').first()).toBeAttached()
}

/** `t` until the PDF pages are shown, for a document without a text layer */
async function showPagesWithoutLayer(): Promise<void> {
  for (let i = 0; i < 3 && (await page.getByTestId('mode-pdf').getAttribute('aria-pressed')) !== 'true'; i++) await page.keyboard.press('t')
  await expect(page.getByTestId('pdf-pages')).toBeVisible()
}

/** whether the element's box lies (at least partly) inside the PDF pane's visible area */
async function inView(testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox()
  const pane = await page.getByTestId('pdf-pages').boundingBox()
  if (!box || !pane) return false
  return box.y + box.height > pane.y && box.y < pane.y + pane.height && box.x + box.width > pane.x && box.x < pane.x + pane.width
}

/** the text under an outline, read from the text layer spans it covers */
async function outlinedText(): Promise<string> {
  return page.evaluate(() => {
    const o = document.querySelector('[data-testid=pdf-outline]') as HTMLElement | null
    if (!o) return ''
    const r = o.getBoundingClientRect()
    const hits: string[] = []
    for (const s of Array.from(o.parentElement?.querySelectorAll('[data-testid=pdf-text-layer] span') ?? []) as HTMLElement[]) {
      const b = s.getBoundingClientRect()
      if (b.bottom > r.top + 1 && b.top < r.bottom - 1) hits.push(s.textContent ?? '')
    }
    return hits.join('')
  })
}

test('focusing a field outlines its source on the page and scrolls to it; the outline follows the focus', async () => {
  await openByName('pdf-evidence')
  await showPages()
  const review = new ReviewPage(page)
  await review.jumpTo('发布机关', 'agency')
  await expect(page.getByTestId('pdf-outline').first()).toBeVisible()
  expect(await outlinedText()).toContain(AGENCY)
  expect(await inView('pdf-outline')).toBe(true)
  // a value on page 2: its outline is there, scrolled into view
  await review.jumpTo('收到申请', 'applications_received')
  await expect(page.getByTestId('pdf-outline')).toHaveCount(1)
  await expect(page.locator('.pdf-page-wrap[data-page="2"] [data-testid=pdf-outline]')).toHaveCount(1)
  await expect.poll(() => inView('pdf-outline')).toBe(true)
  expect(await outlinedText()).toContain('23')
  await page.screenshot({ path: join(SHOTS, 'pdf-outline-zh-1440.png') })
})

test('the pages zoom from the keyboard and back to the pane width; the outline stays on its text', async () => {
  const width = async () => (await page.locator('.pdf-page-wrap').first().boundingBox())?.width ?? 0
  const fit = await width()
  await expect(page.getByTestId('zoom-level')).toHaveText('100%')
  await page.keyboard.press('+')
  await expect(page.getByTestId('zoom-level')).toHaveText('125%')
  await expect.poll(width).toBeGreaterThan(fit * 1.2)
  await page.keyboard.press('+')
  await expect(page.getByTestId('zoom-level')).toHaveText('150%')
  await expect.poll(() => inView('pdf-outline')).toBe(true)
  expect(await outlinedText()).toContain('23')
  await page.keyboard.press('0')
  await expect(page.getByTestId('zoom-level')).toHaveText('100%')
  await expect.poll(width).toBeLessThan(fit + 2)
  await page.keyboard.press('-')
  await expect(page.getByTestId('zoom-level')).toHaveText('75%')
  await page.keyboard.press('0')
})

test('text selected on the page is picked into the focused field with its source', async () => {
  const review = new ReviewPage(page)
  await review.jumpTo('工作人员', 'staff')
  // select "23" inside the page's text layer (as a drag over the page would)
  await page.evaluate(() => {
    for (const s of Array.from(document.querySelectorAll('[data-testid=pdf-text-layer] span'))) {
      const n = s.firstChild
      const i = (n?.textContent ?? '').indexOf('申请23件')
      if (n && i >= 0) {
        const r = document.createRange()
        r.setStart(n, i + 2)
        r.setEnd(n, i + 4)
        window.getSelection()?.removeAllRanges()
        window.getSelection()?.addRange(r)
        return
      }
    }
    throw new Error('no text layer run holds 申请23件')
  })
  await page.keyboard.press('p')
  await expect(review.value('staff')).toHaveText('23')
  // the pick kept its source: the outline is drawn over it, and the raw text marks the same two characters
  await expect(page.getByTestId('pdf-outline')).toHaveCount(1)
  expect(await outlinedText()).toContain('23')
  await page.keyboard.press('t')
  await expect(review.focusedSpan()).toHaveText('23')
  await backToLibrary()
})

test('without a mouse: / finds text on the pages, p takes it with its source', async () => {
  await openByName('pdf-evidence')
  await showPages()
  const review = new ReviewPage(page)
  await review.jumpTo('工作经费', 'budget')
  await page.keyboard.press('/')
  await expect(page.getByTestId('find-input')).toBeFocused()
  // the first 30 of the text is in 第30项 (page 1)
  await page.keyboard.type('30')
  await page.keyboard.press('Enter')
  // still on the pages, the found text selected in their text layer
  await expect(page.getByTestId('mode-pdf')).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('30')
  await page.keyboard.press('p')
  await expect(review.value('budget')).toHaveText('30')
  await expect(page.getByTestId('pdf-outline')).toHaveCount(1)
  expect(await outlinedText()).toContain('第30项')
  await backToLibrary()
})

test('a scanned PDF opens on its pages, not on an empty text', async () => {
  await openByName('pdf-scanned')
  await expect(page.getByTestId('mode-pdf')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('pdf-page')).toHaveCount(2)
  await expect(page.getByTestId('original-text')).toHaveCount(0)
  await backToLibrary()
})

test('a desk key is rebound in the keys panel: a clash is refused with a message, the new key works, reset brings the default back', async () => {
  await openByName('pdf-evidence')
  const review = new ReviewPage(page)
  await review.jumpTo('报告年度', 'report_year')
  await page.keyboard.press('?')
  await expect(page.getByTestId('help-panel')).toBeVisible()
  await expect(page.getByTestId('key-confirm')).toHaveText('c')
  await page.getByTestId('key-change-confirm').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('j')
  await expect(page.getByTestId('key-message')).toContainText('j')
  await expect(page.getByTestId('key-message')).toContainText('下一份文档')
  await expect(page.getByTestId('key-confirm')).toHaveText('c')
  await page.getByTestId('key-change-confirm').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('1')
  await expect(page.getByTestId('key-message')).toContainText('固定')
  await page.getByTestId('key-change-confirm').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('y')
  await expect(page.getByTestId('key-confirm')).toHaveText('y')
  await page.screenshot({ path: join(SHOTS, 'pdf-keys-zh-1440.png') })
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('help-panel')).toHaveCount(0)
  // the old key does nothing now, the new one confirms; both survive a reload
  await review.cell('report_year').focus()
  await page.keyboard.press('c')
  await expect(review.cell('report_year')).not.toHaveClass(/o-confirmed/)
  await page.reload()
  await expect(page.getByTestId('review')).toBeVisible()
  await review.jumpTo('报告年度', 'report_year')
  await page.keyboard.press('y')
  await expect(review.cell('report_year')).toHaveClass(/o-confirmed/)
  await page.keyboard.press('?')
  await expect(page.getByTestId('key-confirm')).toHaveText('y')
  await page.getByTestId('keys-reset').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('key-confirm')).toHaveText('c')
  await page.keyboard.press('Escape')
  await backToLibrary()
})

test('a DOCX shows its paragraphs and real tables; the focused field’s cell is marked, and a paragraph’s text is picked', async () => {
  await openByName('docx-tables')
  for (let i = 0; i < 3 && (await page.getByTestId('mode-blocks').getAttribute('aria-pressed')) !== 'true'; i++) await page.keyboard.press('t')
  await expect(page.getByTestId('block-view')).toBeVisible()
  expect(await page.getByTestId('block-table').count()).toBeGreaterThanOrEqual(2)
  // no pipes counted: the table's cells are cells
  await expect(page.getByTestId('block-view')).not.toContainText(' | ')
  const review = new ReviewPage(page)
  await review.jumpTo('t2.normative.issued', 't2.normative.issued')
  const cell = page.getByTestId('block-focus')
  await expect(cell).toHaveCount(1)
  await expect(cell).toHaveText('3')
  expect(await cell.evaluate((td) => td.tagName + ':' + (td.parentElement?.firstElementChild?.textContent ?? ''))).toBe('TD:行政规范性文件')
  await page.screenshot({ path: join(SHOTS, 'docx-blocks-zh-1440.png') })
  // pick from a paragraph: the value and its source
  await review.jumpTo('工作人员', 'staff')
  await page.evaluate(() => {
    for (const p of Array.from(document.querySelectorAll('[data-testid=block-view] p'))) {
      const n = p.firstChild
      const i = (n?.textContent ?? '').indexOf('2022年')
      if (n && i >= 0) {
        const r = document.createRange()
        r.setStart(n, i)
        r.setEnd(n, i + 4)
        window.getSelection()?.removeAllRanges()
        window.getSelection()?.addRange(r)
        return
      }
    }
    throw new Error('no paragraph holds 2022年')
  })
  await page.keyboard.press('p')
  await expect(review.value('staff')).toHaveText('2022')
  await expect(page.getByTestId('block-focus')).toHaveText('2022')
  await backToLibrary()
})

for (const lang of ['zh', 'en'] as const) {
  test(`PDF evidence screenshots in ${lang} at 1440×900 and 1024×700`, async () => {
    if (lang === 'en') await page.getByTestId('lang').click()
    await openByName('pdf-evidence')
    await showPages()
    await new ReviewPage(page).jumpTo(lang === 'zh' ? '发布机关' : 'agency', 'agency')
    for (const [w, h] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width: w, height: h })
      await expect(page.getByTestId('pdf-outline').first()).toBeVisible()
      await expect.poll(() => inView('pdf-outline')).toBe(true)
      // no sideways scroll of the window at either size
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await page.screenshot({ path: join(SHOTS, `pdf-review-${lang}-${w}.png`) })
      // the keys panel beside the desk, at this size too
      await page.keyboard.press('?')
      await expect(page.getByTestId('help-panel')).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await page.screenshot({ path: join(SHOTS, `pdf-keys-${lang}-${w}.png`) })
      await page.keyboard.press('Escape')
      await expect(page.getByTestId('help-panel')).toHaveCount(0)
    }
    await page.setViewportSize({ width: 1440, height: 900 })
    await backToLibrary()
    if (lang === 'en') await page.getByTestId('lang').click()
  })
}

test('a PDF imported before boxes were recorded shows its pages without an outline, and says so', async () => {
  // as an older library holds it: the stored structure without its boxes
  const db = new Database(server.library)
  // texts is a view over packed bodies (issue 15): its functions unpack and pack what goes through it
  registerTextFunctions(db)
  const id = db.prepare("SELECT id FROM documents WHERE file_name = 'pdf-evidence.pdf'").pluck().get() as number
  const structure = JSON.parse(db.prepare('SELECT structure FROM texts WHERE document_id = ?').pluck().get(id) as string) as Record<string, unknown>
  expect(structure.boxes).toBeTruthy()
  delete structure.boxes
  db.prepare('UPDATE texts SET structure = ? WHERE document_id = ?').run(JSON.stringify(structure), id)
  db.close()
  await openByName('pdf-evidence')
  await showPagesWithoutLayer()
  await new ReviewPage(page).jumpTo('发布机关', 'agency')
  await expect(page.getByTestId('pdf-no-boxes')).toBeVisible()
  await expect(page.getByTestId('pdf-outline')).toHaveCount(0)
  await expect(page.getByTestId('pdf-page').first()).toBeVisible()
  await backToLibrary()
})
