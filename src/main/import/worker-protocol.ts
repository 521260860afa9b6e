/**
 * Messages between the import pipeline (main thread) and its parse workers. Bytes travel as transferred
 * ArrayBuffers, the clean-text map as a transferred Int32Array: nothing big is copied between threads.
 */
import type { ExtractionResult, ParsedDocument } from '../../shared/document'

export type WorkerRequest =
  /** read a file: parse, clean, extract */
  | { type: 'parse'; task: number; name: string; bytes: Uint8Array }
  /** re-run cleaning and extraction over a stored document */
  | { type: 'reextract'; task: number; parsed: ParsedDocument }

export interface WorkerClean { text: string; map: Int32Array }

export type WorkerResponse =
  | {
      task: number
      ok: true
      /** absent for 'reextract' */
      parsed?: ParsedDocument
      clean: WorkerClean
      /** null when the extractor itself failed: the document is still kept, with extractError as a warning */
      extraction: ExtractionResult | null
      extractError?: string
    }
  | { task: number; ok: false; code: string; message: string }
