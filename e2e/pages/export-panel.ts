/** Page object for the library's Export side panel. */
import { expect, type Locator, type Page } from '@playwright/test'

export class ExportPanelPage {
  constructor(readonly page: Page) {}

  panel(): Locator { return this.page.getByTestId('export-panel') }
  count(): Locator { return this.page.getByTestId('export-count') }

  /** the library's key for the panel */
  async openWithKey(): Promise<void> {
    // keys go to the page, not to an input that owns letters
    await this.page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur() })
    await this.page.keyboard.press('e')
    await expect(this.panel()).toBeVisible()
  }

  async format(name: 'CSV' | 'XLSX' | 'JSON Lines' | 'BagIt'): Promise<void> {
    await this.panel().getByLabel(name, { exact: true }).check()
  }

  async scope(label: string): Promise<void> {
    await this.panel().getByLabel(label, { exact: true }).check()
  }

  /** waits for the count line to settle on a number and returns it */
  async documents(): Promise<number> {
    await expect(this.count()).toHaveText(/^将导出 \d+ 份文档$/)
    return Number(/\d+/.exec((await this.count().textContent()) ?? '')?.[0])
  }

  async start(): Promise<void> {
    await this.page.getByTestId('export-start').click()
    await expect(this.page.getByTestId('export-result')).toBeVisible({ timeout: 60_000 })
  }

  downloadLink(): Locator { return this.page.getByTestId('export-download') }
}
