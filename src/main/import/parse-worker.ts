/**
 * Worker thread entry (built as out/main/parse-worker.js; under tsx started through a tsx bootstrap, see
 * worker-pool.ts). Does the heavy work off the main thread: parse the bytes, clean the text, extract the
 * fields. A reader's refusal (IngestError) comes back as a failure with its message; a crash or an
 * out-of-memory kills the worker and the pool fails that one file.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parseDocument } from '../ingest/index'
import { cleanText } from '../text/index'
import { extractReport } from '../extract/index'
import type { ExtractionResult, ParsedDocument } from '../../shared/document'
import type { TextBox } from '../../shared/text-box'
import { LARGE_TEXT_CHARS } from '../ingest/text-limit'
import { mapToBlob } from '../library/codec'
import { inOneBuffer, packDocumentTexts } from '../library/pack-document'
import type { WorkerProgress, WorkerRequest, WorkerResponse } from './worker-protocol'
import { lowerOcrConfidence } from '../ingest/ocr/ocr-confidence'
import { useZlibGuard } from '../library/zlib-guard'

const port = parentPort
if (!port) throw new Error('parse-worker must run in a worker thread')
// the pool's flags, so it stops this worker only outside zlib (library/zlib-guard.ts)
const guard = (workerData as { zlibGuard?: SharedArrayBuffer } | null)?.zlibGuard
if (guard) useZlibGuard(guard)

/**
 * A full collection, for a very long text only: between cleaning, extraction and the hand-over, a 16 M-character
 * text leaves a few hundred MB of garbage (offset arrays, the view, its lines) that V8 would keep until its
 * heap limit; collecting it before the next large allocation keeps the worker's peak lower (issue 10).
 * V8 offers gc() only behind a flag, set here for this thread's own context.
 */
let gc: (() => void) | null = null
function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}

/**
 * A file up to this size is kept by the worker until its texts are packed (pack-document.ts); a larger one
 * is let go of after reading (parseTaking) and packed by the main thread, as a very long text is.
 */
const PACK_HERE_BYTES = 4 * 1024 * 1024

/**
 * `original`: the file's bytes, when the worker packs the texts for the library itself; `packedOnly`: the
 * raw text is then not sent back (worker-protocol.ts)
 */
function cleanAndExtract(task: number, parsed: ParsedDocument, withParsed: boolean, original: Uint8Array | null = null, packedOnly = false): { msg: WorkerResponse; transfer: ArrayBuffer[] } {
  const long = parsed.text.length > LARGE_TEXT_CHARS
  // the reader's garbage (a page's source) before cleaning, the cleaner's before extraction
  if (long) collectGarbage()
  const clean = cleanText(parsed.text)
  if (long) collectGarbage()
  let extraction: ExtractionResult | null = null
  let extractError: string | undefined
  try {
    extraction = extractReport(parsed, clean)
    // values read from pixels are less certain than typed text (issue 14)
    if (parsed.ocr) extraction = lowerOcrConfidence(extraction, parsed)
  } catch (e) {
    extractError = e instanceof Error ? e.message : String(e)
  }
  if (withParsed && long) {
    // a very long text goes over as UTF-8 bytes, moved rather than copied (worker-protocol.ts WorkerTexts)
    const mapBlob = mapToBlob(clean.map)
    clean.ends = undefined
    clean.map = new Int32Array(0)
    collectGarbage()
    const raw = Buffer.from(parsed.text, 'utf8')
    const cleanBytes = Buffer.from(clean.text, 'utf8')
    return {
      msg: {
        task, ok: true, parsed: { ...parsed, text: '' }, clean: { text: '', map: clean.map }, extraction, ...(extractError ? { extractError } : {}),
        utf8: { raw, clean: cleanBytes, map: mapBlob },
      },
      transfer: [raw.buffer as ArrayBuffer, cleanBytes.buffer as ArrayBuffer],
    }
  }
  if (withParsed && original) {
    // packed here, so the main thread only stores; the blocks, boxes and map travel inside the packed texts
    const { packed, transfer } = inOneBuffer(packDocumentTexts(parsed, clean, original))
    return {
      msg: {
        task, ok: true, parsed: { ...parsed, ...(packedOnly ? { text: '' } : {}), blocks: [], boxes: undefined }, clean: { text: clean.text, map: new Int32Array(0) }, extraction,
        ...(extractError ? { extractError } : {}), packed,
      },
      transfer,
    }
  }
  const map = clean.map
  return {
    msg: { task, ok: true, ...(withParsed ? { parsed } : {}), clean: { text: clean.text, map }, extraction, ...(extractError ? { extractError } : {}) },
    transfer: [map.buffer as ArrayBuffer],
  }
}

/**
 * Parse the request's bytes and let go of them: once the reader is done they are not needed, and a 40 MB
 * file's bytes would otherwise stay through the whole of cleaning and extraction (issue 10).
 */
async function parseTaking(req: Extract<WorkerRequest, { type: 'parse' }>): Promise<{ parsed: ParsedDocument; original: Uint8Array | null }> {
  const bytes = req.bytes
  req.bytes = new Uint8Array(0)
  const original = bytes.byteLength <= PACK_HERE_BYTES ? bytes : null
  const ocr = req.ocr === false ? false : {
    pagesAtOnce: req.ocr?.pagesAtOnce ?? 1,
    // each page read tells the pool (progress, and its time limit starts again)
    onPage: (done: number, total: number) => port?.postMessage({ task: req.task, progress: { done, total } } satisfies WorkerProgress),
  }
  const parsed = await parseDocument(bytes, req.name, { ocr, forceOcr: req.forceOcr === true })
  return { parsed, original }
}

/**
 * A PDF imported before the reader recorded text boxes (issue 11): read again for its boxes, which are kept
 * only when this reading gives the raw text the library holds (boxes are offsets into it). A failure here
 * costs the boxes, never the re-extraction.
 */
async function boxesFromOriginal(bytes: Uint8Array, rawText: string): Promise<TextBox[] | undefined> {
  try {
    // never OCR here: a scan's boxes come with its OCR reading (documents.reocr), not with a re-extraction
    const again = await parseDocument(bytes, 'original.pdf', { ocr: false })
    return again.text === rawText && again.boxes && again.boxes.length > 0 ? again.boxes : undefined
  } catch {
    return undefined
  }
}

async function handle(req: WorkerRequest): Promise<{ msg: WorkerResponse; transfer: ArrayBuffer[] }> {
  try {
    if (req.type === 'parse') {
      const { parsed, original } = await parseTaking(req)
      return cleanAndExtract(req.task, parsed, true, original, req.packedOnly === true)
    }
    const out = cleanAndExtract(req.task, req.parsed, false)
    const boxes = req.original ? await boxesFromOriginal(req.original, req.parsed.text) : undefined
    if (boxes && out.msg.ok) out.msg.boxes = boxes
    return out
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : 'error'
    const message = e instanceof Error ? e.message : String(e)
    return { msg: { task: req.task, ok: false, code, message }, transfer: [] }
  }
}

// One task at a time, in the order sent: the pool queues the next task here ahead of time, and when this
// worker dies the pool must know it was on the first one (the others never started).
let chain: Promise<void> = Promise.resolve()
port.on('message', (req: WorkerRequest) => {
  chain = chain.then(() => handle(req)).then(({ msg, transfer }) => port.postMessage(msg, transfer))
})
