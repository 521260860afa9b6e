/**
 * OCR on onnxruntime-web's WASM where onnxruntime-node is missing (Intel Macs; issue 14 point 1): the scanned
 * fixture's table page read with each backend gives the same fields. One page only: WASM is slow.
 */
import { afterEach, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from '../../../src/main/ingest'
import { cleanText } from '../../../src/main/text/index'
import { extractReport } from '../../../src/main/extract/index'
import { ocrBackendInUse } from '../../../src/main/ingest/ocr/ocr-image'
import { OCR_BACKEND_ENV, loadOcrEngine, ocrBackendChoice } from '../../../src/main/ingest/ocr/ocr-backend'

const PNG = join(import.meta.dirname, '../../fixtures/scans/s21-02-province-pdf-page2.png')

afterEach(() => {
  delete process.env[OCR_BACKEND_ENV]
})

async function fieldsWith(backend: 'native' | 'wasm'): Promise<{ used: string; fields: Map<string, unknown>; lines: number }> {
  process.env[OCR_BACKEND_ENV] = backend
  const doc = await parseDocument(readFileSync(PNG), 'table.png', { ocr: {} })
  const extraction = extractReport(doc, cleanText(doc.text))
  return { used: await ocrBackendInUse(), fields: new Map(extraction.fields.map((f) => [f.field, f.value])), lines: doc.boxes?.length ?? 0 }
}

it('the environment picks the backend; an unknown name is refused with the names it takes', () => {
  expect(ocrBackendChoice({})).toBe('auto')
  expect(ocrBackendChoice({ [OCR_BACKEND_ENV]: 'WASM' })).toBe('wasm')
  expect(ocrBackendChoice({ [OCR_BACKEND_ENV]: 'native' })).toBe('native')
  expect(() => ocrBackendChoice({ [OCR_BACKEND_ENV]: 'gpu' })).toThrow(/wasm, native or auto/)
})

it('where onnxruntime-node does not load, auto takes WASM; native asked for says why it failed', async () => {
  // what loading onnxruntime-node gives on an Intel Mac (the package has no darwin/x64 build)
  const missing = () => Promise.reject(new Error('Cannot find module ../bin/napi-v6/darwin/x64/onnxruntime_binding.node'))
  const auto = await loadOcrEngine('auto', missing)
  expect(auto.backend).toBe('wasm')
  expect(typeof auto.engine.read).toBe('function')
  await expect(loadOcrEngine('native', missing)).rejects.toThrow(/darwin\/x64/)
}, 120_000)

it('the scanned page read on WASM gives the same fields as on onnxruntime-node', async () => {
  const native = await fieldsWith('native')
  const wasm = await fieldsWith('wasm')
  expect(native.used).toBe('native')
  expect(wasm.used).toBe('wasm')
  // table 三's cells at least: the page is the table
  expect([...native.fields.keys()].filter((k) => k.startsWith('t3.')).length).toBeGreaterThanOrEqual(100)
  expect(wasm.lines).toBe(native.lines)
  expect(Object.fromEntries(wasm.fields)).toEqual(Object.fromEntries(native.fields))
}, 600_000)
