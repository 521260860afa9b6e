/**
 * Issue 14 in the browser mode, against the built app and the real `annalist serve`: a web archive and a
 * Word 97–2003 file uploaded through the import button; the summary names the archive with its counts; a
 * report taken from the archive shows its captured URL and date, the .doc its original format.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { LibraryPage } from './pages/library-page'
import { REPO, startServer, type Server } from './support/server'
import { CAPTURED_AT, REPORT_URLS, makeWarc } from '../tests/import/web-archive-fixtures'

test.describe.configure({ mode: 'serial' })

let server: Server
let page: Page
let dir: string

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-warc-'))
  server = await startServer()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
})

test.afterAll(async () => {
  await page?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

test('a WARC.gz and a .doc upload: the archive counted, the capture and the format shown', async () => {
  const warc = join(dir, 'crawl.warc.gz')
  writeFileSync(warc, await makeWarc(true))
  const doc = join(dir, '国家林业局年报.doc')
  copyFileSync(join(REPO, 'tests/fixtures/word-binary/ff09-docx-central.doc'), doc)
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  await lib.upload([warc, doc])
  await expect(page.getByTestId('import-archive')).toContainText('crawl.warc.gz: 10 条抓取记录，导入报告 3 份，跳过 7 条（不是报告）')
  await expect(lib.summary()).toContainText('新增 4')
  for (const agency of ['绩溪县自然资源局', '韶关市水务局', '国家档案局', '国家林业局']) await expect(lib.row(agency)).toHaveCount(1)

  await lib.open('绩溪县自然资源局')
  await expect(page.getByTestId('doc-origin')).toContainText(`抓取自 ${REPORT_URLS[0]}`)
  await expect(page.getByTestId('doc-origin')).toContainText(`抓取时间 ${CAPTURED_AT}`)
  await expect(page.getByTestId('doc-origin')).toContainText('网页归档 crawl.warc.gz')
  await page.keyboard.press('Escape')

  await lib.open('国家林业局')
  await expect(page.getByTestId('doc-header')).toContainText('原始格式 doc')
  await expect(page.getByTestId('doc-origin')).toHaveCount(0)
})
