/** Page object for the library view: import, search, filters, the table, selection and tags. */
import { expect, type Locator, type Page } from '@playwright/test'

export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.page.getByTestId('doc-count')).toBeVisible()
  }

  async upload(files: string[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(files)
    await expect(this.page.getByTestId('import-summary')).toBeVisible({ timeout: 120_000 })
  }

  /** The reviewer's name, asked once in the top bar (typed, never a dialog). */
  async setReviewer(name: string): Promise<void> {
    await this.page.getByTestId('reviewer-input').fill(name)
    await this.page.getByTestId('reviewer-input').press('Enter')
    await expect(this.page.getByTestId('reviewer')).toContainText(name)
  }

  summary(): Locator { return this.page.getByTestId('import-summary') }
  rows(): Locator { return this.page.getByTestId('doc-row') }
  row(text: string): Locator { return this.rows().filter({ hasText: text }) }
  count(): Locator { return this.page.getByTestId('doc-count') }

  async search(text: string): Promise<void> {
    const box = this.page.getByTestId('search')
    await box.fill(text)
    await box.press('Enter')
  }

  async open(text: string): Promise<void> {
    await this.row(text).first().locator('button.open').click()
    await expect(this.page.getByTestId('review')).toBeVisible()
  }

  async select(text: string): Promise<void> {
    await this.row(text).first().locator('input[type=checkbox]').click()
  }

  async createTag(name: string): Promise<void> {
    await this.page.getByTestId('tag-new').fill(name)
    await this.page.getByTestId('tag-new').press('Enter')
    await expect(this.tag(name)).toBeVisible()
  }

  tag(name: string): Locator { return this.page.locator(`[data-testid=tag-item][data-tag="${name}"]`) }

  async applyTagToSelection(name: string): Promise<void> {
    await this.tag(name).getByTestId('tag-apply').click()
  }
}
