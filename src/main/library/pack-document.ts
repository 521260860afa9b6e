/**
 * A new document's texts packed as `text_bodies` and `original_bodies` hold them (text-packing.ts), in one
 * place for both callers: the parse worker packs a report off the main thread (issue 15: deflating and
 * diffing were a sixth of the main thread's work per report, and the main thread is the one that cannot
 * grow with the cores), and documents.ts packs what arrives unpacked (a very long text, a test, a caller
 * without a worker). Pure: no library, no Electron.
 */
import type { ParsedDocument } from '../../shared/document'
import type { CleanText } from './codec'
import { mapToBlob } from './codec'
import { encodeBoxes } from './box-codec'
import { textSample } from '../dataset/copies'
import { ORIGINAL_AS_IS, packClean, packDeflated, packOriginal, packRaw, packStructure } from './text-packing'

/** Everything of a document's texts the library stores, ready to bind. */
export interface PackedTexts {
  /** bytes null: the original is kept as it is (the caller holds it; a worker need not send it back) */
  original: { bytes: Uint8Array | null; packing: number }
  raw: Uint8Array
  clean: Uint8Array
  /** the clean text's length in UTF-16 code units (what length() says) */
  cleanLength: number
  cleanMap: Uint8Array
  structure: Uint8Array
  /**
   * The clean text's sample for finding copies (dataset/copies.ts textSample, as copy_samples stores it), when
   * the packer had the text as a string: stored with the document, so the regrouping after an import need not
   * read every new text back and unpack it (0.3 ms a report on the main thread).
   */
  copySample?: Uint8Array
}

/** texts.structure: the blocks and page starts (and, for a very long text, that its paragraphs are implicit) */
export function structureOf(p: ParsedDocument): Record<string, unknown> {
  return { blocks: p.blocks, pageStarts: p.pageStarts ?? null, ...(p.implicitParagraphs ? { implicitParagraphs: true } : {}),
    ...(p.boxes && p.boxes.length > 0 ? { boxes: encodeBoxes(p.boxes) } : {}),
    // read by OCR: re-extraction lowers the values' confidence again (issue 14)
    ...(p.ocr ? { ocr: p.ocr } : {}),
  }
}

/** How many UTF-16 code units the UTF-8 bytes make (what length() of the text says), without decoding them. */
function utf16Length(b: Uint8Array): number {
  let n = 0
  for (let i = 0; i < b.length; i++) {
    const c = b[i]
    if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1
  }
  return n
}

function packedOriginal(original: Uint8Array): PackedTexts['original'] {
  const o = packOriginal(original)
  return o.packing === ORIGINAL_AS_IS ? { bytes: null, packing: o.packing } : o
}

/** The texts of a parsed document, from the original's bytes, the parse and the cleaner's output. */
export function packDocumentTexts(p: ParsedDocument, clean: CleanText, original: Uint8Array): PackedTexts {
  return {
    original: packedOriginal(original),
    raw: packRaw(p.text, p.kind === 'txt' ? original : null, p.encoding),
    clean: packClean(clean.text, p.text, clean.map),
    cleanLength: clean.text.length,
    cleanMap: mapToBlob(clean.map),
    structure: packStructure(structureOf(p), p.text),
    copySample: sampleBytes(textSample(clean.text)),
  }
}

/**
 * The packed texts copied into one buffer of their own, for a parse worker to transfer (import/parse-worker.ts):
 * each came as a view of a larger buffer (zlib's output chunk, Node's pool of small buffers, 64 KB each), and a
 * view sent by postMessage is cloned with the whole buffer under it: four of them copied ~256 KB a report
 * between the threads, and the main thread collected it again (issue 15).
 */
export function inOneBuffer(packed: PackedTexts): { packed: PackedTexts; transfer: ArrayBuffer[] } {
  const parts = [packed.original.bytes, packed.raw, packed.clean, packed.cleanMap, packed.structure, packed.copySample ?? null]
  const one = new ArrayBuffer(parts.reduce((n, p) => n + (p ? p.byteLength : 0), 0))
  let at = 0
  const place = (p: Uint8Array): Uint8Array => {
    const view = new Uint8Array(one, at, p.byteLength)
    view.set(p)
    at += p.byteLength
    return view
  }
  return {
    packed: {
      original: { bytes: packed.original.bytes ? place(packed.original.bytes) : null, packing: packed.original.packing },
      raw: place(packed.raw), clean: place(packed.clean), cleanLength: packed.cleanLength, cleanMap: place(packed.cleanMap), structure: place(packed.structure),
      ...(packed.copySample ? { copySample: place(packed.copySample) } : {}),
    },
    transfer: [one],
  }
}

/** A sample's bytes as copy_samples holds them (dataset/copy-store.ts reads them back). */
function sampleBytes(s: Uint32Array): Uint8Array {
  return new Uint8Array(s.buffer, s.byteOffset, s.byteLength)
}

/** A very long document's texts, from their UTF-8 bytes (import/worker-protocol.ts WorkerTexts): no strings made. */
export function packUtf8Texts(p: ParsedDocument, utf8: { raw: Uint8Array; clean: Uint8Array; map: Uint8Array }, original: Uint8Array): PackedTexts {
  return {
    original: packedOriginal(original),
    raw: packDeflated(utf8.raw),
    clean: packDeflated(utf8.clean),
    cleanLength: utf16Length(utf8.clean),
    cleanMap: utf8.map,
    structure: packStructure(structureOf(p), ''),
  }
}
