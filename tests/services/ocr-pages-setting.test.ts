/**
 * The desk's setting of how many pages of a scan OCR reads at once (issue 14 point 1) reaches the import's
 * OCR options: through the API (`import.choose`), the upload (X-Ocr-Pages over the HTTP bridge, and the
 * services' upload), into what every parse request of the import asks (the summary says it); a value out of
 * range is refused at the door.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { JobEnd } from '../../src/shared/contract'
import { generateReport } from '../../bench/lib/report-text'
import type { OpenServices } from '../../src/main/services/open-library'
import { startBridge } from '../../src/main/server/http-server'
import { codeOf, makeTestLibrary, open, type TestLibrary } from './service-fixtures'

let lib: TestLibrary
let app: OpenServices
let picked: string[] = []

beforeAll(async () => {
  lib = await makeTestLibrary(1)
  app = open(lib, 'electron', { chooseImport: async () => picked })
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})

function endOf(job: string): Promise<JobEnd> {
  return new Promise((resolve) => {
    const off = app.services.ctx.events.subscribe((name, payload) => {
      if (name === 'job.end' && (payload as JobEnd).job === job) { off(); resolve(payload as JobEnd) }
    })
  })
}
const pagesOf = (end: JobEnd): number | undefined => (end.kind === 'import' && end.summary ? end.summary.ocrPagesAtOnce : undefined)

it('import.choose passes the setting to the import, 1 when not given; out of range is refused', async () => {
  const dir = join(lib.dir, 'chosen')
  mkdirSync(dir)
  const r = generateReport(4100, 800)
  writeFileSync(join(dir, r.name), r.text)
  picked = [dir]
  const a = (await app.services.call('import.choose', { folder: true, ocrPages: 3 })) as { job: string }
  expect(pagesOf(await endOf(a.job))).toBe(3)
  const b = (await app.services.call('import.choose', { folder: true })) as { job: string }
  expect(pagesOf(await endOf(b.job))).toBe(1)
  expect(await codeOf(app.services.call('import.choose', { ocrPages: 0 }))).toBe('bad_request')
  expect(await codeOf(app.services.call('import.choose', { ocrPages: 17 }))).toBe('bad_request')
  await expect(app.services.call('documents.reocr', { id: 1, ocrPages: 1.5 })).rejects.toThrow(/ocrPages/)
})

it('an upload passes it too', async () => {
  const r = generateReport(4200, 800)
  const { job } = app.services.upload([{ name: r.name, bytes: new TextEncoder().encode(r.text) }], { ocrPages: 2 })
  expect(pagesOf(await endOf(job))).toBe(2)
})

it('the HTTP bridge takes it from X-Ocr-Pages, and refuses a value out of range', async () => {
  const bridge = await startBridge({ services: app.services, port: 0 })
  try {
    const send = (name: string, pages: string) => fetch(`${bridge.url}/api/upload`, {
      method: 'POST', headers: { 'X-Annalist-Token': bridge.token, 'X-File-Name': encodeURIComponent(name), 'X-Ocr-Pages': pages },
      body: generateReport(4300 + name.length, 800).text,
    })
    const ok = await send('a.txt', '4')
    expect(ok.status).toBe(202)
    const { job } = (await ok.json()) as { job: string }
    expect(pagesOf(await endOf(job))).toBe(4)
    const bad = await send('bb.txt', 'many')
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/X-Ocr-Pages must be a whole number from 1 to 16/)
  } finally {
    await bridge.close()
  }
})
