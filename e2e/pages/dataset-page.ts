/** Page object for the dataset view (issue 13): facets, saved searches, charts, the coverage grid. */
import { expect, type Locator, type Page } from '@playwright/test'

export class DatasetPage {
  constructor(readonly page: Page) {}

  view(): Locator { return this.page.getByTestId('dataset-view') }
  total(): Locator { return this.page.getByTestId('ds-total') }
  facet(name: string): Locator { return this.page.getByTestId(`facet-${name}`) }
  value(facet: string, text: string): Locator { return this.facet(facet).locator('button.ds-value').filter({ hasText: text }) }
  cells(state?: 'has' | 'verified' | 'missing'): Locator {
    return this.page.getByTestId('coverage').locator(state ? `td[data-state=${state}]` : 'td[role=gridcell]')
  }

  /** Shift+D from wherever the page is: the dataset view opens with its counts */
  async openByKey(): Promise<void> {
    await this.page.keyboard.press('Shift+D')
    await expect(this.view()).toBeVisible()
    await expect(this.total()).toContainText(/\d/)
  }

  /** the number the summary shows */
  async totalNumber(): Promise<number> {
    const text = (await this.total().textContent()) ?? ''
    return Number(text.replace(/[^\d]/g, ''))
  }

  /** Tab (only Tab) until the focus is inside `target`; fails after `max` presses */
  async tabInto(target: Locator, max = 120): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab')
      if (await target.evaluate((el) => el.contains(document.activeElement))) return
    }
    throw new Error('Tab never reached the target')
  }
}
