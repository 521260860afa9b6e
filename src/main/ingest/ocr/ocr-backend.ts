/**
 * Which ONNX runtime runs the OCR models (issue 14 point 1: OCR offline on every platform).
 *
 * - `native`: onnxruntime-node. Fastest, but it has no build for Intel Macs.
 * - `wasm`: onnxruntime-web's WebAssembly build, loaded from the package's own `.wasm` files (never fetched),
 *   one thread, no proxy worker. The same models and the same pipeline (ocr-engine.ts): only the runtime's
 *   InferenceSession and Tensor classes differ.
 *
 * `ANNALIST_OCR_BACKEND=wasm|native` forces one; unset (or `auto`), native is tried and WASM taken when
 * native fails to load. Callers create one engine per thread and keep it.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { IngestError } from '../errors'
import { createOcrEngine, type OcrEngine, type OrtRuntime } from './ocr-engine'

export type OcrBackendName = 'native' | 'wasm'
export type OcrBackendChoice = OcrBackendName | 'auto'

export const OCR_BACKEND_ENV = 'ANNALIST_OCR_BACKEND'

/** The backend the environment asks for; a value that is none of them is an error, not silently `auto`. */
export function ocrBackendChoice(env: NodeJS.ProcessEnv = process.env): OcrBackendChoice {
  const v = (env[OCR_BACKEND_ENV] ?? '').trim().toLowerCase()
  if (v === '' || v === 'auto') return 'auto'
  if (v === 'native' || v === 'wasm') return v
  throw new IngestError('unsupported', `${OCR_BACKEND_ENV}=${env[OCR_BACKEND_ENV]} is not a known OCR backend: use wasm, native or auto (未知的 OCR 后端)`)
}

/** The folder holding onnxruntime-web's `.wasm` files, with a trailing separator as ort expects a prefix. */
export function onnxWasmDir(): string {
  const require = createRequire(import.meta.url)
  // the package's node entry (dist/ort.node.min.js) sits beside its .wasm files; package.json is not exported.
  // In the packaged app they are unpacked from the asar (electron-builder.json): load them from there.
  return dirname(require.resolve('onnxruntime-web')).replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2') + sep
}

async function nativeRuntime(): Promise<OrtRuntime> {
  return (await import('onnxruntime-node')) as unknown as OrtRuntime
}

async function wasmRuntime(): Promise<OrtRuntime> {
  const ort = await import('onnxruntime-web')
  ort.env.wasm.wasmPaths = pathToFileURL(onnxWasmDir()).href
  ort.env.wasm.numThreads = 1
  ort.env.wasm.proxy = false
  return {
    // the model is read here and handed over as bytes: onnxruntime-web must never be asked to fetch a path
    InferenceSession: {
      create: async (path, options) => ort.InferenceSession.create(await readFile(path), { ...options, executionProviders: ['wasm'] }),
    },
    Tensor: ort.Tensor as unknown as OrtRuntime['Tensor'],
  }
}

/**
 * An engine on the chosen backend; `auto` falls back to WASM when onnxruntime-node does not load.
 * `loadNative` is how the native runtime is loaded (the tests give one that fails as it does on an Intel Mac).
 */
export async function loadOcrEngine(
  choice: OcrBackendChoice = ocrBackendChoice(),
  loadNative: () => Promise<OrtRuntime> = nativeRuntime,
): Promise<{ engine: OcrEngine; backend: OcrBackendName }> {
  const wasm = async (): Promise<{ engine: OcrEngine; backend: OcrBackendName }> => ({ engine: await createOcrEngine(await wasmRuntime()), backend: 'wasm' })
  if (choice === 'wasm') return wasm()
  try {
    return { engine: await createOcrEngine(await loadNative()), backend: 'native' }
  } catch (e) {
    if (choice === 'native') throw e
    return wasm()
  }
}
