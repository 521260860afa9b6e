/**
 * The scripted reviewer (issue 11, point 10): drives the desk in the browser mode from the keyboard only.
 * For each document of a library it walks with `j`, corrects every field that differs from gold the
 * cheapest way the desk offers (plan.ts), verifies with `v`, and records keys, mouse actions and seconds.
 *
 * What it reads: the document through the API (the values on screen, the suggestions, the original), as a
 * person reads the screen; where the desk's focus is from the page. What it does: key presses and typing
 * only; the page counts every mouse event it receives (an init script), so "no mouse" is observed, not
 * assumed. Importing (the file dialog's work) is setup and not counted.
 */
import { basename } from 'node:path'
import type { Page } from '@playwright/test'
import type { AnnalistClient, DocumentDetail } from '../../../src/shared/contract'
import type { FieldValue } from '../../../src/shared/fields'
import { fieldStates } from '../../../src/renderer/src/lib/field-layout'
import { sameFieldValue } from '../../../src/main/eval/score'
import { corrections, cost, kindOf, navigate, setValue, suggestions, type Correction, type FieldKind, type Method, type Stroke } from './plan'

export interface FieldEffort {
  field: string
  kind: FieldKind
  method: Method | 'unreachable' | 'failed'
  /** keys to reach the field plus keys to set it */
  keys: number
  navKeys: number
  seconds: number
  /** what the extraction had: nothing (missed), another value (wrong), a value where gold has none (invented) */
  was: 'missed' | 'wrong' | 'invented'
  /** suggestions the desk listed for the field, and whether gold was one of them */
  offered: number
  goldOffered: boolean
  error?: string
}

export interface DocEffort {
  file: string
  /** the gold's format (free-form / standard…) */
  format: string
  fields: FieldEffort[]
  /** every key pressed in the document: corrections, verify (and its confirmation), recovery; not the `j` that came to it */
  keys: number
  mouse: number
  seconds: number
  verified: boolean
  /** fields still different from gold after the review (from the library) */
  left: string[]
}

/** counts every mouse event the page receives and every key it sees: installed before the app's scripts */
export function countInputEvents(): void {
  const w = window as unknown as { __annalistMouse: number; __annalistKeys: number }
  w.__annalistMouse = 0
  w.__annalistKeys = 0
  for (const type of ['mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu', 'wheel', 'mousemove'] as const) {
    window.addEventListener(type, (e) => {
      // Enter or Space on a button is a click with no pointer (detail 0): a key, not the mouse
      if (type === 'click' && (e as MouseEvent).detail === 0) return
      w.__annalistMouse++
    }, true)
  }
  window.addEventListener('keydown', () => { w.__annalistKeys++ }, true)
}

export const mouseEvents = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __annalistMouse: number }).__annalistMouse)
export const pageKeydowns = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __annalistKeys: number }).__annalistKeys)

const WAIT = 15_000

async function until(what: string, check: () => Promise<boolean>, ms = WAIT): Promise<void> {
  const end = Date.now() + ms
  for (;;) {
    if (await check()) return
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export class ScriptedReviewer {
  /** keys by the cost model (a typed Chinese character at IME_KEYS) */
  keys = 0
  /** key events sent (a Chinese character goes in as text, with no key event): what the page must have seen */
  sent = 0
  constructor(readonly page: Page, readonly client: AnnalistClient) {}

  async stroke(s: Stroke): Promise<void> {
    this.keys += cost([s])
    if ('press' in s) {
      this.sent++
      await this.page.keyboard.press(s.press)
    } else {
      this.sent += [...s.type].filter((ch) => ch.charCodeAt(0) < 128).length
      await this.page.keyboard.type(s.type)
    }
  }

  private docId = async (): Promise<number> => Number(await this.page.getByTestId('review').getAttribute('data-doc', { timeout: WAIT }))
  private inspected = (): Promise<string | null> => this.page.getByTestId('inspector').getAttribute('data-field', { timeout: WAIT }).catch(() => null)
  private inFields = (): Promise<boolean> => this.page.evaluate(() => { const a = document.activeElement; return a !== null && a.closest('[data-zone=fields]') !== null })

  /** the document on screen once its fields are shown */
  async current(): Promise<DocumentDetail> {
    await this.page.getByTestId('inspector').waitFor({ timeout: WAIT })
    return this.client.call('documents.get', { id: await this.docId() })
  }

  /** Press one stroke and wait for what it opens: the jump box, the find box, the editor. */
  private async run(strokes: Stroke[], field: string, extended?: string): Promise<void> {
    for (let i = 0; i < strokes.length; i++) {
      const s = strokes[i]
      await this.stroke(s)
      if ('press' in s && s.press === 'g') await this.page.getByTestId('field-jump-input').waitFor({ timeout: WAIT })
      if ('press' in s && s.press === '/') await until('the find box', () => this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'find-input'))
      if ('type' in s && strokes[i - 1] && 'press' in strokes[i - 1] && (strokes[i - 1] as { press: string }).press === '/') {
        await this.stroke(strokes[++i]) // Enter: the occurrence is selected and the focus goes back
        await this.page.getByTestId('find-hit').waitFor({ timeout: WAIT })
      }
      // `e`: the found mark now holds the whole name (what `p` takes)
      if ('press' in s && s.press === 'e' && extended !== undefined) {
        await until('the found text extended', async () => (await this.page.getByTestId('find-hit').textContent({ timeout: WAIT })) === extended)
      }
      if (i === 0 && 'press' in s && s.press === 'Enter' && strokes.length > 1) {
        await this.page.locator(`[data-testid=field-cell][data-field="${field}"] :is(input, select)`).waitFor({ timeout: WAIT })
      }
    }
  }

  /** one field to gold: reach it, set it, and wait until the library holds the gold value */
  async correct(id: number, c: Correction): Promise<FieldEffort> {
    const t0 = performance.now()
    const before = this.keys
    const kind = kindOf(c.field)
    let navKeys = 0
    let seen = { was: 'wrong' as FieldEffort['was'], offered: 0, goldOffered: false }
    try {
      const detail = await this.client.call('documents.get', { id })
      const had = fieldStates(detail).get(c.field)?.value ?? null
      const listed = suggestions(detail, c.field)
      seen = {
        was: c.gold === null ? 'invented' : had === null ? 'missed' : 'wrong',
        offered: listed.length,
        goldOffered: c.gold !== null && listed.some((v) => v !== null && sameFieldValue(c.field, c.gold as NonNullable<FieldValue>, v)),
      }
      const nav = navigate(detail, { field: await this.inspected(), inFields: await this.inFields() }, c.field)
      if (nav === null) return { field: c.field, kind, method: 'unreachable', keys: 0, navKeys: 0, seconds: 0, ...seen, error: 'the desk does not show this field' }
      await this.run(nav, c.field)
      navKeys = this.keys - before
      await until(`the desk on ${c.field}`, async () => (await this.inspected()) === c.field)
      const plan = setValue(detail, c)
      await this.run(plan.strokes, c.field, plan.extended)
      await until(`${c.field} stored as gold`, async () => {
        const now = fieldStates(await this.client.call('documents.get', { id })).get(c.field)
        const v = now?.value ?? null
        return now !== undefined && now.origin !== 'auto' && (c.gold === null ? v === null : v !== null && sameFieldValue(c.field, c.gold, v))
      })
      // the desk shows the change (its reload after the save) before the next key
      await this.page.locator(`[data-testid=field-cell][data-field="${c.field}"].o-corrected`).waitFor({ timeout: WAIT })
      return { field: c.field, kind, method: plan.method, keys: this.keys - before, navKeys, seconds: (performance.now() - t0) / 1000, ...seen }
    } catch (e) {
      // close whatever box is open, as a person would: counted
      await this.stroke({ press: 'Escape' })
      return { field: c.field, kind, method: 'failed', keys: this.keys - before, navKeys, seconds: (performance.now() - t0) / 1000, ...seen, error: e instanceof Error ? e.message.split('\n')[0] : String(e) }
    }
  }

  /** the document on screen: every field to gold, then verified */
  async reviewDocument(gold: Record<string, unknown>): Promise<DocEffort> {
    const t0 = performance.now()
    const start = this.keys
    const mouse0 = await mouseEvents(this.page)
    const id = await this.docId()
    let detail = await this.current()
    const fields: FieldEffort[] = []
    const tried = new Set<string>()
    for (;;) {
      const next = corrections(detail, gold).find((c) => !tried.has(c.field))
      if (!next) break
      tried.add(next.field)
      fields.push(await this.correct(id, next))
      detail = await this.client.call('documents.get', { id })
    }
    await this.stroke({ press: 'v' })
    const status = this.page.getByTestId('doc-status')
    const refused = this.page.getByTestId('refused')
    await until('verified or refused', async () => (await status.getAttribute('data-status')) === 'verified' || (await refused.isVisible()))
    // refused for open errors the report itself has (a table that does not add up): v again verifies anyway
    if ((await status.getAttribute('data-status')) !== 'verified') await this.stroke({ press: 'v' })
    const verified = await until('verified', async () => (await status.getAttribute('data-status')) === 'verified').then(() => true, () => false)
    detail = await this.client.call('documents.get', { id })
    return {
      file: basename(detail.file_name),
      format: String(gold.format ?? ''),
      fields,
      keys: this.keys - start,
      mouse: (await mouseEvents(this.page)) - mouse0,
      seconds: (performance.now() - t0) / 1000,
      verified,
      left: corrections(detail, gold).map((c) => c.field),
    }
  }
}

export interface LibraryRun {
  documents: DocEffort[]
  /** keys that moved between documents (Enter on the first, then j) */
  navKeys: number
  /** `j` presses the desk ignored (pressed again) */
  ignoredKeys: number
  mouse: number
  /** key events the reviewer sent, and the keydowns the page counted: equal when every key was seen */
  keyEvents: { sent: number; seen: number }
  seconds: number
}

/**
 * Review a whole library from its first row: Enter opens it, `j` goes on; `golds` by file name. Documents
 * without gold are passed with `j` untouched. Stops after `limit` documents or at the end of the list.
 */
export async function reviewLibrary(page: Page, client: AnnalistClient, golds: Map<string, Record<string, unknown>>, limit = Infinity, log?: (d: DocEffort) => void): Promise<LibraryRun> {
  const reviewer = new ScriptedReviewer(page, client)
  const t0 = performance.now()
  const total = (await client.call('documents.list', { limit: 1 })).total
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur() })
  await reviewer.stroke({ press: 'Enter' })
  let navKeys = 1
  let ignoredKeys = 0
  const documents: DocEffort[] = []
  const seen = new Set<number>()
  for (let n = 0; n < total && documents.length < limit; n++) {
    const detail = await reviewer.current()
    if (seen.has(detail.id)) break // `j` at the end of the list stays
    seen.add(detail.id)
    const gold = golds.get(basename(detail.file_name))
    if (gold) {
      const d = await reviewer.reviewDocument(gold)
      documents.push(d)
      log?.(d)
    }
    if (n + 1 >= total || documents.length >= limit) break
    // a `j` the desk drops (nothing happens) is pressed again, as a person would, and counted
    for (let tries = 0; tries < 3; tries++) {
      await reviewer.stroke({ press: 'j' })
      navKeys++
      const moved = await until('the next document', async () => !seen.has(Number(await page.getByTestId('review').getAttribute('data-doc'))), 5_000).then(() => true, () => false)
      if (moved) break
      ignoredKeys++
    }
  }
  return { documents, navKeys, ignoredKeys, mouse: await mouseEvents(page), keyEvents: { sent: reviewer.sent, seen: await pageKeydowns(page) }, seconds: (performance.now() - t0) / 1000 }
}
