/** Page object for the review view: fields, the original text, editing, picking, status, history. */
import { expect, type Locator, type Page } from '@playwright/test'

export class ReviewPage {
  constructor(readonly page: Page) {}

  cell(field: string): Locator { return this.page.locator(`[data-testid=field-cell][data-field="${field}"]`) }
  value(field: string): Locator { return this.cell(field).getByTestId('field-value') }
  focusedSpan(): Locator { return this.page.getByTestId('span-focus') }
  original(): Locator { return this.page.getByTestId('original-text') }
  status(): Locator { return this.page.getByTestId('doc-status') }
  revisions(): Locator { return this.page.getByTestId('revision') }

  async focus(field: string): Promise<void> {
    await this.cell(field).click()
    await expect(this.page.getByTestId('inspector')).toHaveAttribute('data-field', field)
  }

  /** Enter to edit, type, optional reason, Enter to save */
  async edit(field: string, value: string, reason?: string): Promise<void> {
    await this.focus(field)
    await this.page.keyboard.press('Enter')
    const input = this.cell(field).locator('input')
    await input.fill(value)
    if (reason) {
      await this.page.getByTestId('reason').fill(reason)
      await this.page.getByTestId('reason').press('Enter')
    } else await input.press('Enter')
    await expect(input).toHaveCount(0)
  }

  /** select `text` in the original (its first occurrence) and press p */
  async pick(field: string, text: string): Promise<void> {
    await this.focus(field)
    await this.original().evaluate((pre, needle) => {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(needle)
        if (i >= 0) {
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + needle.length)
          const sel = window.getSelection()
          sel?.removeAllRanges()
          sel?.addRange(r)
          return
        }
      }
      throw new Error(`text not found in the original: ${needle}`)
    }, text)
    await this.page.keyboard.press('p')
  }
}
