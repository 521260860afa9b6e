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
