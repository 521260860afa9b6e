/**
 * Messages between the import pipeline (main thread) and its parse workers. Bytes travel as transferred
 * ArrayBuffers, the clean-text map as a transferred Int32Array: nothing big is copied between threads.
 */
import type { ExtractionResult, ParsedDocument } from '../../shared/document'
import type { TextBox } from '../../shared/text-box'
import type { PackedTexts } from '../library/pack-document'

export type WorkerRequest =
  /**
   * read a file: parse, clean, extract. `ocr`: scans and images are read by OCR (issue 14), this many pages
   * at once; false keeps a scan as a 'scanned' warning. `forceOcr`: a PDF is read by OCR even with a text layer.
   * `packedOnly`: when the texts come back packed, `parsed.text` comes back '' (the import stores the packed
   * texts and needs no second copy of the raw text: issue 15, less to copy between threads and to collect).
   */
  | { type: 'parse'; task: number; name: string; bytes: Uint8Array; ocr?: { pagesAtOnce: number } | false; forceOcr?: boolean; packedOnly?: boolean }
  /** re-run cleaning and extraction over a stored document */
  | { type: 'reextract'; task: number; parsed: ParsedDocument; original?: Uint8Array }

export interface WorkerClean { text: string; map: Int32Array }

/**
 * A very long document's raw and clean texts as UTF-8 bytes, transferred instead of cloned (issue 10): a
 * clone of two 16 M-character strings needed a serialised copy here and another in the main thread, at
 * the moment the worker's memory is at its highest. `parsed.text` and `clean.text` are then ''; the library
 * stores these bytes as they are (library/documents.ts).
 */
export interface WorkerTexts {
  raw: Uint8Array
  clean: Uint8Array
  /** the clean map as the library stores it (library/codec.ts mapToBlob); `clean.map` is then empty */
  map: Uint8Array
}

/** A page of a long task done (OCR): not the task's answer, which comes after. */
export interface WorkerProgress { task: number; progress: { done: number; total: number } }

export type WorkerResponse =
  | {
      task: number
      ok: true
      /** 'reextract' of a PDF stored without text boxes: its original read again gave the same raw text, and these boxes */
      boxes?: TextBox[]
      /** absent for 'reextract' */
      parsed?: ParsedDocument
      clean: WorkerClean
      /** null when the extractor itself failed: the document is still kept, with extractError as a warning */
      extraction: ExtractionResult | null
      extractError?: string
      /** 'parse' of a very long text: its texts, instead of parsed.text and clean.text */
      utf8?: WorkerTexts
      /**
       * 'parse' of a file of ordinary size: its texts packed for the library by the worker (issue 15: off the
       * main thread); parsed.blocks, parsed.boxes and clean.map are then empty (the packed structure and map hold them)
       */
      packed?: PackedTexts
    }
  | { task: number; ok: false; code: string; message: string }
