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

  inspectorField(): Promise<string | null> { return this.page.getByTestId('inspector').getAttribute('data-field') }
  focusedCell(): Locator { return this.page.locator('[data-testid=field-cell].focused') }

  /** keyboard only: `g`, the start of a label (or several words of it), Enter */
  async jumpTo(typed: string, field: string, keys?: KeyCount): Promise<void> {
    await this.page.keyboard.press('g')
    await expect(this.page.getByTestId('field-jump-input')).toBeFocused()
    await this.page.keyboard.type(typed)
    await this.page.keyboard.press('Enter')
    keys?.add(2, typed.length)
    await expect(this.page.getByTestId('inspector')).toHaveAttribute('data-field', field)
    await expect(this.cell(field)).toBeFocused()
  }

  /** keyboard only: `/`, the text, Enter: the next occurrence in the original is selected */
  async find(text: string, keys?: KeyCount): Promise<void> {
    await this.page.keyboard.press('/')
    await expect(this.page.getByTestId('find-input')).toBeFocused()
    // the box opens with its last text selected: typing replaces it
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Enter')
    keys?.add(2, text.length)
    await expect(this.page.getByTestId('find-hit')).toHaveText(text)
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

/** Counts what a reviewer presses: command keys, and characters typed into a box. */
export class KeyCount {
  keys = 0
  typed = 0
  add(keys: number, typed = 0): void { this.keys += keys; this.typed += typed }
  toString(): string { return `${this.keys} keys + ${this.typed} typed characters` }
}
