/**
 * The import panel's “OCR 同时识别页数” (issue 14 point 1) in the browser mode, against the built app and the
 * real `annalist serve`: the choice is kept in this browser profile and goes with every upload (X-Ocr-Pages,
 * which the server hands to the import's OCR options: tests/services/ocr-pages-setting.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { LibraryPage } from './pages/library-page'
import { startServer, type Server } from './support/server'
import { generateReport } from '../bench/lib/report-text'

test.describe.configure({ mode: 'serial' })

let server: Server
let page: Page
let dir: string

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-ocrpages-'))
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

test('the OCR pages chosen in the import panel go with the upload and are kept', async () => {
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  const setting = page.getByTestId('import-ocr-pages')
  await expect(page.getByTestId('import-panel')).toContainText('OCR 同时识别页数')
  await expect(setting).toHaveValue('1')
  await setting.selectOption('3')

  const r = generateReport(7100, 800)
  const file = join(dir, r.name)
  writeFileSync(file, r.text)
  const sent = page.waitForRequest((q) => q.url().endsWith('/api/upload'))
  await lib.upload([file])
  expect((await sent).headers()['x-ocr-pages']).toBe('3')
  await expect(lib.summary()).toContainText('新增 1')

  await page.reload()
  await expect(page.getByTestId('import-ocr-pages')).toHaveValue('3')
})
