/**
 * A library for the scripted reviewer: the page opened on a running `annalist serve`, the files imported
 * through the import button's input (the file dialog's work: setup, not counted), and an API client for
 * reading what the screen shows. The page counts mouse events from before the app's first script.
 */
import type { Page } from '@playwright/test'
import type { AnnalistClient } from '../../../src/shared/contract'
import { createHttpClient } from '../../../src/renderer/src/transport/http-client'
import { countInputEvents } from './drive'

export async function openLibraryWith(page: Page, url: string, files: string[]): Promise<AnnalistClient> {
  await page.addInitScript(countInputEvents)
  await page.goto(url)
  await page.getByTestId('doc-count').waitFor()
  const u = new URL(url)
  const client = createHttpClient(u.origin, u.searchParams.get('token') ?? '')
  await page.getByTestId('import-input').setInputFiles(files)
  await page.getByTestId('import-summary').waitFor({ timeout: 20 * 60_000 })
  // the list has every document before the first key
  const end = Date.now() + 60_000
  while ((await client.call('documents.list', { limit: 1 })).total < files.length && Date.now() < end) await new Promise((r) => setTimeout(r, 200))
  await page.getByTestId('doc-row').first().waitFor()
  return client
}
