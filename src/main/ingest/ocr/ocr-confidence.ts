/**
 * Values read by OCR are less certain than text typed into a file (issue 14): a field found in OCR'd text
 * keeps at most 0.85 of its rule's confidence, lowered further by the recogniser's own confidence in the
 * pieces its span covers (the document's mean where no piece is placed). The extractor's rules stay as
 * they are; this runs on their result, in the parse worker.
 */
import type { ExtractionResult, ParsedDocument } from '../../../shared/document'

/** The share of a rule's confidence a value read from pixels keeps at best. */
export const OCR_CONFIDENCE_FACTOR = 0.85

/**
 * The lowest recogniser confidence among the boxes the span overlaps, else the document's mean; null when
 * the document was only partly read by OCR and the span lies outside what OCR read (typed text: kept as it is).
 */
function spanConfidence(doc: ParsedDocument, span: [number, number] | null): number | null {
  const mean = doc.ocr?.meanConfidence ?? 1
  const read = doc.ocr?.spans
  if (read && (!span || !read.some(([s, e]) => span[0] < e && span[1] > s))) return null
  if (!span || !doc.boxes) return mean
  let low = Infinity
  for (const b of doc.boxes) {
    if (b.start >= span[1]) break
    if (b.end > span[0] && b.confidence !== undefined) low = Math.min(low, b.confidence)
  }
  return low === Infinity ? mean : low
}

export function lowerOcrConfidence(extraction: ExtractionResult, doc: ParsedDocument): ExtractionResult {
  const fields = extraction.fields.map((f) => {
    const read = spanConfidence(doc, f.span)
    if (read === null) return f
    const c = f.confidence * OCR_CONFIDENCE_FACTOR * read
    return { ...f, confidence: Math.round(c * 1000) / 1000 }
  })
  return { ...extraction, fields }
}
