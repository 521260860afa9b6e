/**
 * What a reader makes of a file, and what extraction makes of that. Shared because the library stores
 * these shapes as JSON and the renderer draws them.
 */
import type { FieldValue } from './fields'
import type { TextBox } from './text-box'

/** 'image': a PNG, JPEG or TIFF file read by OCR (issue 14) */
export type DocumentKind = 'txt' | 'docx' | 'pdf' | 'html' | 'image'

/** A warning, from a reader or from the checks. Messages in both UI languages. */
export interface DocWarning {
  code: string
  severity: 'error' | 'warning'
  message: string
  message_en: string
  /** field ids involved (checks); empty for import warnings */
  fields?: string[]
}

/** A table as rows of cells, merged cells resolved (a merged cell's text repeated in every slot it covers is NOT done: the slot holds ''). */
export interface TableBlock {
  type: 'table'
  rows: string[][]
  /** offset of the table's first character in the raw text, and of its end */
  start: number
  end: number
  /** PDF: the page the table starts on (1-based) */
  page?: number
}

export interface ParagraphBlock {
  type: 'paragraph'
  text: string
  start: number
  end: number
  page?: number
  /**
   * A placeholder for an image where it stood in a web page (an MHTML page's tables are often pictures):
   * `ref` names the image part in the original (its Content-Location or cid:), `index` counts from 1 in
   * page order. The paragraph's text is the placeholder line; OCR replaces it with what it reads.
   */
  image?: { index: number; ref: string }
}

export type Block = TableBlock | ParagraphBlock

/**
 * A reader's output. `text` is the raw extracted text: tables are written into it as one line per row,
 * cells separated by ' | ', so every block's [start, end) is a span of `text`.
 */
export interface ParsedDocument {
  kind: DocumentKind
  /**
   * The original's own format where it was read into another kind's shape (issue 14): a Word 97–2003 or
   * WPS binary read like a DOCX, an MHTML page read like an HTML one. Absent otherwise.
   */
  format?: 'doc' | 'wps' | 'mhtml'
  /** TXT and HTML: the detected encoding (utf-8, utf-16le, utf-16be, gb18030, big5); otherwise null */
  encoding: string | null
  /** PDF: number of pages */
  pageCount: number | null
  text: string
  blocks: Block[]
  /** PDF: offset in `text` where each page starts */
  pageStarts?: number[]
  warnings: DocWarning[]
  /**
   * PDF (and OCR'd scans): where runs of `text` sit on the pages, one box per line or cell line (issue 11);
   * OCR gives one box per recognised piece, a line or a cell of a table row (issue 14). Sorted by start.
   */
  boxes?: TextBox[]
  /**
   * A very long TXT or web page (issue 10): its paragraph blocks are left out of `blocks` (one object per
   * line cost hundreds of MB), which then holds its tables only. Every non-blank line of `text` outside a
   * table is one paragraph block, trimmed (ingest/implicit-paragraphs.ts makes them again).
   */
  implicitParagraphs?: true
  /** The text was read by OCR from page images (a scan, an image file): values are less certain. */
  ocr?: OcrInfo
}

export interface OcrInfo {
  /** page images read by OCR (in a text PDF: its pages without a text layer and the pictures on its pages) */
  pages: number
  /** the recogniser's mean confidence over the document's pieces, 0..1 */
  meanConfidence: number
  /**
   * Where only parts of the text were read by OCR (the pictures of an MHTML page, a text PDF's scanned pages
   * and pictures of tables): those raw-text ranges, each with the recogniser's mean confidence for its picture
   * or page. Only values inside them are less certain. Absent: the whole text was (a scan, an image).
   */
  regions?: OcrRegion[]
}

export interface OcrRegion {
  /** [start, end) in the raw text */
  start: number
  end: number
  /** 0..1 */
  confidence: number
}

/** One extracted value with its provenance. */
export interface ExtractedField {
  field: string
  value: FieldValue
  /** the number was written as approximate (100余条) */
  approximate?: boolean
  /** span in the raw text [start, end); null when derived (e.g. from other fields) */
  span: [number, number] | null
  /** 0..1 */
  confidence: number
  /** the rule that found it, e.g. 'title.heading-line' */
  rule: string
}

/**
 * A value a rule considered for a field that was left empty or kept at a low confidence (issue 12): the
 * review desk offers these as suggestions. `score` 0..1; `span` in the raw text.
 */
export interface FieldCandidate {
  field: string
  value: FieldValue
  span: [number, number] | null
  score: number
  rule: string
}

export interface ExtractionResult {
  extractorVersion: string
  fields: ExtractedField[]
  warnings: DocWarning[]
  /** for fields left empty or below the confidence threshold: what the rules considered */
  candidates?: FieldCandidate[]
}

/**
 * Where a document came from, beyond its file (issue 14): its own format when it was read in another's shape
 * (.doc/.wps like DOCX, MHTML like HTML), and for a report taken out of a web archive (WARC, WARC.gz, WACZ)
 * the captured URL, the capture date and the archive record it is the payload of. Kept with the document,
 * shown in the desk's document info and exported.
 */
export interface DocumentOrigin {
  format: 'doc' | 'wps' | 'mhtml' | null
  /** the URL the web archive captured (WARC-Target-URI) */
  url: string | null
  /** when it was captured (WARC-Date, ISO 8601 as the archive wrote it) */
  captured_at: string | null
  archive: {
    /** the archive's file name, and its SHA-256 (the whole file) */
    name: string
    sha256: string
    /** WACZ: the WARC inside the zip (archive/data.warc.gz); null for a plain WARC */
    entry: string | null
    /** byte offset of the record in the WARC (in the gzip stream: of its gzip member) */
    offset: number
    record_id: string | null
    /** WARC-Payload-Digest of the record as the archive states it */
    payload_digest: string | null
    /** the response's Content-Type */
    content_type: string | null
  } | null
}
