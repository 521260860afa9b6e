/**
 * Where a run of a document's raw text sits on a page: the bridge between a field's source offsets and the
 * page image in the review desk. The PDF text reader records one box per text run or line; OCR records one
 * per recognised piece, with the edges between its characters. Coordinates are fractions of the page's width and height measured
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
  /**
   * OCR only: where each character ends and the next begins, as fractions 0..1 of the box's width from its
   * left (end - start - 1 of them, rising), from the recogniser's time steps (issue 14: every character keeps
   * its box). Absent: the characters share the box by their usual widths.
   */
  edges?: number[]
}

/**
 * The part [a, z) (fractions of the box's width) that text[from, to) takes in a box with character edges;
 * null when the box has none (or they do not fit it).
 */
export function edgeSpan(box: TextBox, from: number, to: number): [number, number] | null {
  const n = box.end - box.start
  if (!box.edges || box.edges.length !== n - 1) return null
  const at = (k: number): number => (k <= 0 ? 0 : k >= n ? 1 : box.edges![k - 1])
  return [at(Math.max(from, box.start) - box.start), at(Math.min(to, box.end) - box.start)]
}
