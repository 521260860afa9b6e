/**
 * The zlib guard (src/main/library/zlib-guard.ts): a worker marks its zlib calls in shared flags so its pool terminates
 * it only outside zlib (Node aborts the process when a worker is terminated inside a zlib call's set-up). Its calls give
 * zlib's own results, the mark is cleared after each call, and the pool's terminate waits for the mark to clear.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { deflateRawSync as plainDeflate } from 'node:zlib'
import { Worker } from 'node:worker_threads'
import { deflateRawSync, inflateRawSync, newZlibGuard, terminateOutOfZlib, useZlibGuard } from '../../src/main/library/zlib-guard'

afterEach(() => useZlibGuard(null))

describe('the zlib guard', () => {
  it('gives zlib\'s own results and clears its in-zlib mark after each call', () => {
    const shared = newZlibGuard()
    useZlibGuard(shared)
    const text = Buffer.from('政府信息公开工作年度报告'.repeat(50), 'utf8')
    const packed = deflateRawSync(text, { level: 6 })
    expect(Buffer.compare(packed, plainDeflate(text, { level: 6 }))).toBe(0)
    expect(inflateRawSync(packed).toString('utf8')).toBe(text.toString('utf8'))
    expect(Array.from(new Int32Array(shared))).toEqual([0, 0])
  })

  it('the pool\'s terminate waits while the worker is marked inside zlib, and terminates once it is out', async () => {
    const shared = newZlibGuard()
    const flags = new Int32Array(shared)
    // a worker that does nothing: the mark is set by hand, as a worker inside zlib would set it
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true })
    Atomics.store(flags, 1, 1)
    let done = false
    const stopping = terminateOutOfZlib(worker, shared).then(() => { done = true })
    await new Promise((r) => setTimeout(r, 60))
    expect(done).toBe(false)
    expect(Atomics.load(flags, 0)).toBe(1)
    Atomics.store(flags, 1, 0)
    await stopping
    expect(done).toBe(true)
  })
})
