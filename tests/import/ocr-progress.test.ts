/**
 * OCR in the worker pool (issue 14): a scanned PDF reports each page read, and cancelling stops the worker
 * reading it at once (not after its last page); the pool goes on with the next task.
 */
import { afterEach, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TaskFailed, WorkerPool } from '../../src/main/import/worker-pool'

const SCAN = join(import.meta.dirname, '../fixtures/scans/s21-02-province-pdf-scan150.pdf')

let pool: WorkerPool | null = null
afterEach(async () => {
  await pool?.destroy()
  pool = null
})

it('reports pages as they are read, and a cancel stops the OCR mid-document', async () => {
  pool = new WorkerPool({ size: 1, taskTimeoutMs: 300_000 })
  const ac = new AbortController()
  const seen: { done: number; total: number }[] = []
  const run = pool.run({ type: 'parse', name: 'scan.pdf', bytes: readFileSync(SCAN), ocr: { pagesAtOnce: 1 } }, {
    signal: ac.signal,
    onProgress: (p) => {
      seen.push(p)
      if (p.done === 1) ac.abort() // after the first page of three
    },
  })
  const err = await run.then(() => null, (e: unknown) => e)
  expect(err).toBeInstanceOf(TaskFailed)
  expect((err as TaskFailed).code).toBe('cancelled')
  expect(seen).toEqual([{ done: 0, total: 3 }, { done: 1, total: 3 }])
  const next = await pool.run({ type: 'parse', name: 'a.txt', bytes: new TextEncoder().encode('青石县教育局2020年政府信息公开工作年度报告') })
  expect(next.ok).toBe(true)
}, 300_000)

it('with OCR off, a scan is kept as before: no text and the scanned warning', async () => {
  pool = new WorkerPool({ size: 1 })
  const res = await pool.run({ type: 'parse', name: 'scan.pdf', bytes: readFileSync(SCAN), ocr: false })
  expect(res.ok && res.parsed?.text).toBe('')
  expect(res.ok && res.parsed?.warnings.map((w) => w.code)).toContain('scanned')
})
