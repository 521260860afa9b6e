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
import { makePdf } from '../scripts/lib/pdf-writer'
import { registerTextFunctions } from '../src/main/library/text-sql-functions'
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

/** the same report on pages turned for display (/Rotate 90 and 270), as landscape tables come in real reports */
const TURNED_AGENCY = '青柏县林业局'
const TURNED = [
  { lines: [`${TURNED_AGENCY}2020年政府信息公开工作年度报告`, '一、总体情况', '本局持续推进政府信息公开标准化规范化建设。'], rotate: 90 as const },
  { lines: ['二、依申请公开情况', '全年共收到政府信息公开申请24件，均已按时办结。'], rotate: 270 as const },
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
  const turned = join(dir, 'pdf-turned.pdf')
  writeFileSync(turned, makePdf(TURNED))
  // the same sample as a web page (another agency, so it is no copy of the DOCX): its rows become <table>s
  const html = join(dir, 'html-tables.html')
  writeFileSync(html, asHtml(readFileSync(standard, 'utf8').replaceAll('白河市', '白山市')))
  files.push(text, scan, docx, turned, html)
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

/** lines of ' | ' cells become a <table>, the others <p> */
function asHtml(text: string): string {
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const body = asDocx(text).map((b) => 'table' in b
    ? `<table border="1">${b.table.map((r) => `<tr>${r.map((c) => `<td>${esc(typeof c === 'string' ? c : c.text)}</td>`).join('')}</tr>`).join('')}</table>`
    : `<p>${esc(b.p)}</p>`)
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(text.split('\n')[0])}</title></head><body>${body.join('\n')}</body></html>`
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

/**
 * How much of the outline's area (and of the same area moved up two of its heights, into the blank margin above the title) is ink on the drawn
 * page: pdf.js draws the page turned, so this checks the boxes against the picture, not against themselves.
 */
async function inkUnderOutline(): Promise<{ under: number; above: number }> {
  return page.evaluate(() => {
    const o = document.querySelector('[data-testid=pdf-outline]') as HTMLElement | null
    const wrap = o?.parentElement
    const canvas = wrap?.querySelector('canvas') as HTMLCanvasElement | null
    if (!o || !wrap || !canvas || canvas.width === 0) return { under: 0, above: 0 }
    const ctx = canvas.getContext('2d')
    const w = wrap.getBoundingClientRect()
    const r = o.getBoundingClientRect()
    const sx = canvas.width / w.width
    const sy = canvas.height / w.height
    const ink = (top: number): number => {
      const x = Math.round((r.left - w.left) * sx)
      const y = Math.max(0, Math.round((top - w.top) * sy))
      const cw = Math.max(1, Math.min(canvas.width - x, Math.round(r.width * sx)))
      const ch = Math.max(1, Math.round(r.height * sy))
      if (!ctx || x >= canvas.width || y >= canvas.height) return 0
      const d = ctx.getImageData(x, y, cw, ch).data
      let dark = 0
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] + d[i + 1] + d[i + 2] < 384) dark++
      return dark / (cw * ch)
    }
    return { under: ink(r.top), above: ink(r.top - 2 * r.height) }
  })
}

test('a page turned for display (/Rotate) has its text layer and outline where its text is drawn', async () => {
  await openByName('pdf-turned')
  await showPages()
  // shown as pdf.js turns them: upright A4, taller than wide, though stored landscape
  const first = await page.locator('.pdf-page-wrap[data-page="1"]').boundingBox()
  expect(first!.height).toBeGreaterThan(first!.width)
  const review = new ReviewPage(page)
  await review.jumpTo('发布机关', 'agency')
  await expect(page.locator('.pdf-page-wrap[data-page="1"] [data-testid=pdf-outline]')).toHaveCount(1)
  expect(await outlinedText()).toContain(TURNED_AGENCY)
  // the title sits at the shown page's top left (pdf-writer's margin, 56 of 595 points)
  const o = await page.getByTestId('pdf-outline').boundingBox()
  expect((o!.x - first!.x) / first!.width).toBeCloseTo(56 / 595, 1)
  expect((o!.y - first!.y) / first!.height).toBeLessThan(0.1)
  await expect.poll(async () => (await inkUnderOutline()).under).toBeGreaterThan(0.05)
  expect((await inkUnderOutline()).above).toBe(0)
  // page 2 is turned the other way
  await review.jumpTo('收到申请', 'applications_received')
  await expect(page.locator('.pdf-page-wrap[data-page="2"] [data-testid=pdf-outline]')).toHaveCount(1)
  await expect.poll(() => inView('pdf-outline')).toBe(true)
  expect(await outlinedText()).toContain('24')
  await expect.poll(async () => (await inkUnderOutline()).under).toBeGreaterThan(0.05)
  await page.screenshot({ path: join(SHOTS, 'pdf-turned-zh-1440.png') })
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
  // y is the years view's key since issue 13: w is free
  await page.getByTestId('key-change-confirm').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('w')
  await expect(page.getByTestId('key-confirm')).toHaveText('w')
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
  await page.keyboard.press('w')
  await expect(review.cell('report_year')).toHaveClass(/o-confirmed/)
  await page.keyboard.press('?')
  await expect(page.getByTestId('key-confirm')).toHaveText('w')
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

test('a web page shows its paragraphs and real tables; a table 三 cell is marked; `/` then `p` picks a cell with its source; + - 0 zoom them', async () => {
  await openByName('html-tables')
  for (let i = 0; i < 3 && (await page.getByTestId('mode-blocks').getAttribute('aria-pressed')) !== 'true'; i++) await page.keyboard.press('t')
  await expect(page.getByTestId('block-view')).toBeVisible()
  expect(await page.getByTestId('block-table').count()).toBeGreaterThanOrEqual(2)
  await expect(page.getByTestId('block-view')).not.toContainText(' | ')
  const review = new ReviewPage(page)
  // table 三: new requests, total column
  await review.jumpTo('t3.new.total', 't3.new.total')
  const cell = page.getByTestId('block-focus')
  await expect(cell).toHaveCount(1)
  await expect(cell).toHaveText('17')
  expect(await cell.evaluate((td) => td.tagName + ':' + (td.parentElement?.firstElementChild?.textContent ?? ''))).toBe('TD:一、本年新收政府信息公开申请数量')
  // keyboard only: find a table 二 cell and pick it into another field
  await review.jumpTo('工作人员', 'staff')
  await page.keyboard.press('/')
  await expect(page.getByTestId('find-input')).toBeFocused()
  await page.keyboard.type('15')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('mode-blocks')).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('15')
  await page.keyboard.press('p')
  await expect(review.value('staff')).toHaveText('15')
  // the pick kept its source: its cell, in the row of 行政规范性文件, is the marked one
  await expect(page.getByTestId('block-focus')).toHaveText('15')
  expect(await page.getByTestId('block-focus').evaluate((td) => td.tagName + ':' + (td.parentElement?.firstElementChild?.textContent ?? ''))).toBe('TD:行政规范性文件')
  // zoom: the same keys as on PDF pages, in the paragraphs and tables
  const size = () => page.getByTestId('block-view').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const base = await size()
  await expect(page.getByTestId('zoom-level')).toHaveText('100%')
  await page.keyboard.press('+')
  await expect(page.getByTestId('zoom-level')).toHaveText('125%')
  await expect.poll(size).toBeGreaterThan(base * 1.2)
  await expect(page.getByTestId('mode-blocks')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect(page.getByTestId('zoom-level')).toHaveText('75%')
  await expect.poll(size).toBeLessThan(base)
  await page.keyboard.press('0')
  await expect.poll(size).toBe(base)
  await page.screenshot({ path: join(SHOTS, 'html-blocks-zh-1440.png') })
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
  // texts is a view over the packed texts since they are stored once: its triggers need the library's SQL functions
  registerTextFunctions(db)
  db.prepare("UPDATE texts SET structure = json_remove(structure, '$.boxes') WHERE document_id = (SELECT id FROM documents WHERE file_name = 'pdf-evidence.pdf')").run()
  db.close()
  await openByName('pdf-evidence')
  await showPagesWithoutLayer()
  await new ReviewPage(page).jumpTo('发布机关', 'agency')
  await expect(page.getByTestId('pdf-no-boxes')).toBeVisible()
  await expect(page.getByTestId('pdf-outline')).toHaveCount(0)
  await expect(page.getByTestId('pdf-page').first()).toBeVisible()
  await backToLibrary()
})
