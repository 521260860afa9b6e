/**
 * Issue 15: a library made by an older version, opened in the browser mode, opens at once; a line under the
 * top bar tells how far the upgrade of its texts is (simplified Chinese first), the library is listed
 * meanwhile, and the line ends by saying the upgrade is done. Then the library is checked from its button, as a
 * job whose line ends with the verdict.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { LibraryPage } from './pages/library-page'
import { writeV8Library } from './support/old-library'
import { startServer, type Server } from './support/server'

const DOCS = 6000
let dir: string
let server: Server | undefined

test.describe.configure({ timeout: 180_000 })

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-upgrade-'))
  writeV8Library(join(dir, 'old.annalist'), DOCS)
})

test.afterAll(async () => {
  await server?.stop({ keepLibrary: true })
  rmSync(dir, { recursive: true, force: true })
})

test('shows the upgrade of an older library, then the library', async ({ page }) => {
  server = await startServer(join(dir, 'old.annalist'))
  const lib = new LibraryPage(page)
  await lib.goto(server.url)
  const line = page.getByTestId('library-upgrade')
  // the progress while it runs (or, on a fast machine, already its end)
  await expect(line).toContainText(/正在升级旧版文库.*\/ 6,000 份文档|文库已升级/)
  await expect(lib.count()).toContainText(DOCS.toLocaleString('en-US'))
  await expect(line).toHaveAttribute('data-finished', 'true', { timeout: 120_000 })
  await expect(line).toContainText('文库已升级：6,000 份文档的文本改为只存一次')
  // the upgraded texts are read and searched as before
  await lib.search('行政复议')
  await expect(lib.count()).toContainText(DOCS.toLocaleString('en-US'))

  // and checked as a job: the part under way, then the verdict with its lines
  await page.getByTestId('check-start').click()
  const check = page.getByTestId('check-line')
  await expect(check).toContainText(/正在检查文库|正在核对原件 SHA-256|文库完好/)
  await expect(check).toHaveAttribute('data-phase', 'done', { timeout: 120_000 })
  await expect(check).toContainText('文库完好')
  await check.getByRole('button', { name: '详情' }).click()
  await expect(page.getByTestId('check-lines')).toContainText(`ok   fixity: ${DOCS} originals match their SHA-256`)
})
