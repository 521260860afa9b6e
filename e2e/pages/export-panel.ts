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

  /**
   * Waits until the count line says `n` documents. The count is asked again a moment after each change
   * (debounced), so reading the line at once could catch the old number or the "counting" state.
   */
  async expectDocuments(n: number): Promise<void> {
    await expect(this.count()).toHaveText(`将导出 ${n} 份文档`)
  }

  async start(): Promise<void> {
    await this.page.getByTestId('export-start').click()
    await expect(this.page.getByTestId('export-result')).toBeVisible({ timeout: 60_000 })
  }

  /** clicks start and does not wait: for an export long enough to watch */
  async begin(): Promise<void> {
    await this.page.getByTestId('export-start').click()
  }

  downloadLink(): Locator { return this.page.getByTestId('export-download') }

  /** the export's status in the top bar, shown while the panel is shut */
  status(): Locator { return this.page.getByTestId('export-status') }
  statusDownload(): Locator { return this.page.getByTestId('export-status-download') }
}
