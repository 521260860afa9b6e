/** The long-lived pool: idle workers stop and come back on demand; a cancelled import drops only its queued tasks. */
import { afterEach, expect, it } from 'vitest'
import { TaskFailed, WorkerPool } from '../../src/main/import/worker-pool'
import { parseDocument } from '../../src/main/ingest/index'
import { cleanText } from '../../src/main/text/index'
import { packDocumentTexts } from '../../src/main/library/pack-document'

let pool: WorkerPool | null = null
afterEach(async () => {
  await pool?.destroy()
  pool = null
})

const report = (n: number): Uint8Array => new TextEncoder().encode(`青石县教育局${2000 + n}年政府信息公开工作年度报告\n本年主动公开信息${n}条。`)
const parse = (p: WorkerPool, n: number, signal?: AbortSignal) => {
  const bytes = report(n)
  return p.run({ type: 'parse', name: `${n}.txt`, bytes }, { signal })
}
const workerCount = (p: WorkerPool): number => (p as unknown as { slots: unknown[] }).slots.length

it('stops idle workers after idleMs and starts them again for the next task', async () => {
  pool = new WorkerPool({ size: 1, idleMs: 50 })
  expect((await parse(pool, 1)).ok).toBe(true)
  expect(workerCount(pool)).toBe(1)
  await new Promise((r) => setTimeout(r, 300))
  expect(workerCount(pool)).toBe(0)
  expect((await parse(pool, 2)).ok).toBe(true)
})

it('a cancelled signal drops that caller\'s queued tasks and leaves the pool working for others', async () => {
  pool = new WorkerPool({ size: 1 })
  const ac = new AbortController()
  const mine = Array.from({ length: 6 }, (_, i) => parse(pool as WorkerPool, i, ac.signal))
  ac.abort()
  const settled = await Promise.allSettled(mine)
  const cancelled = settled.filter((s) => s.status === 'rejected' && (s.reason as TaskFailed).code === 'cancelled')
  expect(cancelled.length).toBeGreaterThan(0) // those still queued when the signal fired
  expect((await parse(pool, 99)).ok).toBe(true)
})

it('a report comes back with its texts packed for the library, so the main thread only stores them (issue 15)', async () => {
  pool = new WorkerPool({ size: 1 })
  const bytes = report(7)
  const res = await pool.run({ type: 'parse', name: '7.txt', bytes })
  if (!res.ok) throw new Error(res.message)
  const parsed = await parseDocument(bytes, '7.txt')
  const clean = cleanText(parsed.text)
  // what the main thread would have made itself, made by the worker instead
  const here = packDocumentTexts(parsed, clean, bytes)
  expect(res.packed).toBeDefined()
  expect(Buffer.from(res.packed!.raw)).toEqual(Buffer.from(here.raw))
  expect(Buffer.from(res.packed!.clean)).toEqual(Buffer.from(here.clean))
  expect(Buffer.from(res.packed!.structure)).toEqual(Buffer.from(here.structure))
  expect(Buffer.from(res.packed!.copySample!)).toEqual(Buffer.from(here.copySample!))
  // the blocks and the offset map travel inside the packed texts only
  expect(res.parsed?.blocks).toEqual([])
  expect(res.clean.map.length).toBe(0)
})

const slotTasks = (p: WorkerPool): number[] => (p as unknown as { slots: { tasks: unknown[] }[] }).slots.map((s) => s.tasks.length)

it('hands small reports to a worker many at once, so it goes on while the main thread commits (issue 15)', async () => {
  pool = new WorkerPool({ size: 1 })
  const runs = Array.from({ length: 10 }, (_, i) => parse(pool as WorkerPool, i))
  // all ten are in the worker's own queue, none left waiting in the pool (two at a time before)
  expect(slotTasks(pool)).toEqual([10])
  expect((await Promise.all(runs)).every((r) => r.ok)).toBe(true)
  // a PDF may take seconds (OCR): two at a time, so none waits behind a slow one while another worker is free
  const pdfs = Array.from({ length: 5 }, (_, i) => pool!.run({ type: 'parse', name: `${i}.pdf`, bytes: new TextEncoder().encode(`%PDF-1.4 not really ${i}`), ocr: false }))
  expect(slotTasks(pool)).toEqual([2])
  await Promise.allSettled(pdfs)
})

it('a cancel answers the tasks a worker holds but has not begun at once, and their results are dropped', async () => {
  pool = new WorkerPool({ size: 1 })
  const first = parse(pool, 1)
  const ac = new AbortController()
  const mine = Array.from({ length: 4 }, (_, i) => parse(pool as WorkerPool, 10 + i, ac.signal))
  ac.abort()
  const settled = await Promise.allSettled(mine)
  expect(settled.map((s) => s.status === 'rejected' && (s.reason as TaskFailed).code)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled'])
  // the task being read was another caller's: it still comes back, from the same worker
  expect((await first).ok).toBe(true)
  expect(workerCount(pool)).toBe(1)
  expect((await parse(pool, 99)).ok).toBe(true)
})

it('sends the packed texts back in one buffer of their own, transferred, and the raw text only when asked (issue 15)', async () => {
  pool = new WorkerPool({ size: 1 })
  const bytes = report(8)
  const res = await pool.run({ type: 'parse', name: '8.txt', bytes, packedOnly: true })
  if (!res.ok || !res.packed) throw new Error('no packed texts')
  const p = res.packed
  const parts = [p.original.bytes, p.raw, p.clean, p.cleanMap, p.structure, p.copySample].filter((x): x is Uint8Array => !!x)
  // one buffer exactly as large as the parts (a view cloned by postMessage brought its whole 64 KB buffer)
  expect(new Set(parts.map((x) => x.buffer)).size).toBe(1)
  expect(parts[0].buffer.byteLength).toBe(parts.reduce((n, x) => n + x.byteLength, 0))
  expect(res.parsed?.text).toBe('')
  const full = await pool.run({ type: 'parse', name: '8.txt', bytes })
  expect(full.ok && full.parsed?.text).toBe((await parseDocument(bytes, '8.txt')).text)
})
