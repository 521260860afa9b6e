/**
 * Worker thread entry (built as out/main/parse-worker.js; under tsx started through a tsx bootstrap, see
 * worker-pool.ts). Does the heavy work off the main thread: parse the bytes, clean the text, extract the
 * fields. A reader's refusal (IngestError) comes back as a failure with its message; a crash or an
 * out-of-memory kills the worker and the pool fails that one file.
 */
import { parentPort } from 'node:worker_threads'
import { parseDocument } from '../ingest/index'
import { cleanText } from '../text/index'
import { extractReport } from '../extract/index'
import type { ExtractionResult, ParsedDocument } from '../../shared/document'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

const port = parentPort
if (!port) throw new Error('parse-worker must run in a worker thread')

function cleanAndExtract(task: number, parsed: ParsedDocument, withParsed: boolean): { msg: WorkerResponse; transfer: ArrayBuffer[] } {
  const clean = cleanText(parsed.text)
  let extraction: ExtractionResult | null = null
  let extractError: string | undefined
  try {
    extraction = extractReport(parsed, clean)
  } catch (e) {
    extractError = e instanceof Error ? e.message : String(e)
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
function parseTaking(req: Extract<WorkerRequest, { type: 'parse' }>): Promise<ParsedDocument> {
  const bytes = req.bytes
  req.bytes = new Uint8Array(0)
  return parseDocument(bytes, req.name)
}

async function handle(req: WorkerRequest): Promise<{ msg: WorkerResponse; transfer: ArrayBuffer[] }> {
  try {
    if (req.type === 'parse') {
      const parsed = await parseTaking(req)
      return cleanAndExtract(req.task, parsed, true)
    }
    return cleanAndExtract(req.task, req.parsed, false)
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
