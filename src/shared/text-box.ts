/**
 * Where a run of a document's raw text sits on a page: the bridge between a field's source offsets and the
 * page image in the review desk. The PDF text reader records one box per text run or line; OCR records one
 * per recognised line (or character group). Coordinates are fractions of the page's width and height measured
 * from its top-left corner, so they hold at any zoom and for any renderer (pdf.js in the desk, PDFium for OCR).
 */
export interface TextBox {
  /** Start offset in the document's raw text (UTF-16 code units, like every other source offset). */
  start: number
  /** End offset in the raw text, exclusive. */
  end: number
  /** 1-based page number. */
  page: number
  x: number
  y: number
  w: number
  h: number
  /** OCR's confidence for this run, 0..1; absent for text read from the PDF's own text layer. */
  confidence?: number
}
