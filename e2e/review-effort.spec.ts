/**
 * Issue 11, point 10: the scripted reviewer of `npm run bench` (bench/review-effort-bench.ts) on two of its
 * drills (support/scripted-reviewer/drills.ts), reports whose extraction misses values a person reads in
 * them: a free-form page with its agency only in the signature, and a standard-2021 table 三 with two damaged
 * cells. From the keyboard only, every field is brought to gold and the document verified; the library holds
 * the gold values as corrections, the page saw no mouse event, and keys were counted.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { AnnalistClient } from '../src/shared/contract'
import type { FieldValue } from '../src/shared/fields'
import { scoreDocument } from '../src/main/eval/score'
import { writeDrills } from './support/scripted-reviewer/drills'
import { reviewLibrary } from './support/scripted-reviewer/drive'
import { effortReport } from './support/scripted-reviewer/effort-table'
import { openLibraryWith } from './support/scripted-reviewer/session'
import { startServer, type Server } from './support/server'

let server: Server
let dir: string
let drills: ReturnType<typeof writeDrills>

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annalist-e2e-effort-'))
  drills = writeDrills(dir, ['effort-free.txt', 'effort-standard.txt'])
  server = await startServer()
})

test.afterAll(async () => {
  await server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function stored(client: AnnalistClient, file: string): Promise<{ values: Record<string, FieldValue>; origins: Record<string, string> }> {
  const list = await client.call('documents.list', { limit: 10 })
  const id = list.rows.find((r) => r.file_name === file)?.id
  if (id === undefined) throw new Error(`${file} not in the library`)
  const d = await client.call('documents.get', { id })
  return { values: Object.fromEntries(d.fields.map((f) => [f.field, f.value])), origins: Object.fromEntries(d.fields.map((f) => [f.field, f.origin])) }
}

test('the scripted reviewer brings two reports to gold from the keyboard alone and counts its keys', async ({ page }) => {
  const client = await openLibraryWith(page, server.url, drills.files)
  const golds = drills.golds
  const run = await reviewLibrary(page, client, golds)
  console.log(effortReport('e2e', run))
  expect(run.documents.map((d) => d.file).sort()).toEqual(['effort-free.txt', 'effort-standard.txt'])
  expect(run.mouse).toBe(0)
  expect(run.ignoredKeys).toBe(0)
  // the page saw every key the reviewer counted as a key event
  expect(run.keyEvents.seen).toBe(run.keyEvents.sent)
  for (const d of run.documents) {
    expect(d.fields.filter((f) => f.method === 'failed' || f.method === 'unreachable'), d.file).toEqual([])
    expect(d.fields.length, `${d.file} needed corrections`).toBeGreaterThan(0)
    expect(d.keys).toBeGreaterThan(d.fields.length)
    expect(d.fields.every((f) => f.keys > 0)).toBe(true)
    expect(d.verified).toBe(true)
  }
  const free = run.documents.find((d) => d.file === 'effort-free.txt')!
  const cells = run.documents.find((d) => d.file === 'effort-standard.txt')!
  expect(free.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['agency', 'applications_received', 'admin_lawsuits']))
  // the agency is in the text: offered as a suggestion (agency-candidates.ts, its span kept), not typed
  expect(free.fields.find((f) => f.field === 'agency')?.method).toBe('suggestion')
  // the region follows the agency a person set: derived, nothing to correct (region-from-agency.ts)
  expect(free.fields.map((f) => f.field)).not.toContain('region')
  // a count gold says is absent or zero: no field costs Enter Backspace Enter any more
  expect(free.fields.filter((f) => f.method === 'clear').every((f) => f.keys - f.navKeys === 1)).toBe(true)
  expect(cells.fields.map((f) => f.field).sort()).toEqual(['t3.carry_forward.business', 't3.total.other_org'])
  // what the library holds now, scored by the eval's own rules: every gold field right, set by a person
  for (const [file, gold] of golds) {
    const { values, origins } = await stored(client, file)
    const score = scoreDocument(gold, values)
    expect(score.fields.filter((f) => f.outcome !== 'right'), file).toEqual([])
    for (const f of run.documents.find((d) => d.file === file)!.fields) expect(origins[f.field], `${file} ${f.field}`).toBe('corrected')
  }
  const list = await client.call('documents.list', { limit: 10 })
  expect(list.rows.map((r) => r.status)).toEqual(['verified', 'verified'])
})

test('Delete clears the focused field as an undoable correction; e grows found text to the whole name for p', async ({ page }) => {
  const client = await openLibraryWith(page, server.url, [drills.files.find((f) => f.endsWith('effort-free.txt'))!])
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur() })
  await page.keyboard.press('Enter')
  await page.getByTestId('inspector').waitFor()
  const id = Number(await page.getByTestId('review').getAttribute('data-doc'))
  const valueOf = async (f: string) => (await client.call('documents.get', { id })).fields.find((x) => x.field === f)
  const goTo = async (label: string, field: string) => {
    await page.keyboard.press('g')
    await page.getByTestId('field-jump-input').waitFor()
    await page.keyboard.type(label)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-field', field)
  }
  // the title has a value: Delete clears it, Ctrl+Z brings it back
  const title = await valueOf('title')
  expect(title?.value).toBeTruthy()
  await goTo('title', 'title')
  await page.keyboard.press('Delete')
  await expect.poll(async () => (await valueOf('title'))?.value ?? null).toBeNull()
  await expect(page.locator('[data-testid=field-cell][data-field="title"]')).toHaveClass(/o-corrected/)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await valueOf('title'))?.value ?? null).toBe(title?.value)

  // / 林业 Enter selects 林业; e grows it to 青松县林业局; p puts it into the focused field
  await goTo('agency', 'agency')
  await page.keyboard.press('/')
  await expect(page.getByTestId('find-input')).toBeFocused()
  await page.keyboard.type('林业')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('find-hit')).toHaveText('林业')
  await page.keyboard.press('e')
  await expect(page.getByTestId('find-hit')).toHaveText('青松县林业局')
  await page.keyboard.press('p')
  await expect.poll(async () => (await valueOf('agency'))?.value ?? null).toBe('青松县林业局')
  expect(await valueOf('agency')).toMatchObject({ origin: 'corrected', rule: 'manual.picked' })
  expect(await page.evaluate(() => (window as unknown as { __annalistMouse: number }).__annalistMouse)).toBe(0)
})
