/**
 * Values read by OCR are less certain than text typed into a file (issue 14): a field found in OCR'd text
 * keeps at most 0.85 of its rule's confidence, lowered further by the recogniser's own confidence in the
 * pieces its span covers (the document's mean where no piece is placed). Where only parts of the text were
 * read by OCR (an MHTML page's pictures, a text PDF's scanned pages and pictures: OcrInfo.regions), only
 * the values whose span lies wholly in those parts are lowered: typed text beside them keeps its own. The
 * extractor's rules stay as they are; this runs on their result, in the parse worker (and again at re-extraction).
 */
import type { ExtractionResult, OcrRegion, ParsedDocument } from '../../../shared/document'

/** The share of a rule's confidence a value read from pixels keeps at best. */
export const OCR_CONFIDENCE_FACTOR = 0.85

/** The lowest recogniser confidence among the boxes the span overlaps, else `fallback`. */
function boxConfidence(doc: ParsedDocument, span: [number, number] | null, fallback: number): number {
  if (!span || !doc.boxes) return fallback
  let low = Infinity
  for (const b of doc.boxes) {
    if (b.start >= span[1]) break
    if (b.end > span[0] && b.confidence !== undefined) low = Math.min(low, b.confidence)
  }
  return low === Infinity ? fallback : low
}

/**
 * The lowest confidence of the OCR regions (in text order) covering the span, or null when some of it (or all:
 * a derived value without a span) lies outside them: its evidence is not in a picture only.
 */
function regionConfidence(regions: OcrRegion[], span: [number, number] | null): number | null {
  if (!span) return null
  let at = span[0]
  let low = Infinity
  for (const r of regions) {
    if (r.end <= at || r.start >= span[1]) continue
    if (r.start > at) return null
    low = Math.min(low, r.confidence)
    at = r.end
    if (at >= span[1]) return low
  }
  return at >= span[1] && low !== Infinity ? low : null
}

export function lowerOcrConfidence(extraction: ExtractionResult, doc: ParsedDocument): ExtractionResult {
  // in text order once for the document, not once per field
  const regions = doc.ocr?.regions && [...doc.ocr.regions].sort((a, b) => a.start - b.start)
  const fields = extraction.fields.map((f) => {
    // partly OCR'd: only a value whose evidence lies wholly in what OCR read, by its pieces where they carry a
    // confidence (a PDF's), else by its picture's; wholly OCR'd: every value, by its pieces or the mean
    const region = regions ? regionConfidence(regions, f.span) : null
    const read = regions
      ? region === null ? null : boxConfidence(doc, f.span, region)
      : boxConfidence(doc, f.span, doc.ocr?.meanConfidence ?? 1)
    if (read === null) return f
    const c = f.confidence * OCR_CONFIDENCE_FACTOR * read
    return { ...f, confidence: Math.round(c * 1000) / 1000 }
  })
  return { ...extraction, fields }
}
