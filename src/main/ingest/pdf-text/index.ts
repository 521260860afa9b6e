/**
 * A fast, text-only PDF reader for the common case: an unencrypted file with a sound cross-reference
 * table whose fonts say what their glyphs mean. It reads positioned text runs page by page without
 * touching font programs, which is where pdfjs spends most of its time. Whatever it does not
 * understand throws Unsupported, and read-pdf.ts hands the file to pdfjs instead.
 */
import type { Rule } from '../pdf-grid'
import type { PositionedText } from '../pdf-layout'
import { pageRotation, turnItems, turnRules } from '../pdf-rotation'
import { ContentReader } from './content'
import { PdfFile } from './file'
import { FontLoader } from './fonts'

export { Unsupported } from './objects'

export interface PdfTextPage {
  items: PositionedText[]
  /** painted straight lines and thin rectangles: table borders, among others */
  rules: Rule[]
  /** the visible area [x0, y0, x1, y1] (as pdfjs's page.view), turned as the page is shown: text boxes are fractions of it */
  view: [number, number, number, number]
}

/** Positioned text runs and rules per page; throws Unsupported for a file this reader does not take. */
export function readPdfText(bytes: Uint8Array, cmapDir: string): PdfTextPage[] {
  const file = new PdfFile(bytes)
  const fonts = new FontLoader(file, cmapDir)
  return file.pages().map((p) => {
    const { items, rules } = new ContentReader(file, fonts).page(p.resources, p.contents, p.view)
    // positions in the page as shown (its /Rotate applied), as the pdfjs reader gives them
    const rotate = pageRotation(p.rotate)
    const turned = turnItems(items, p.view, rotate)
    return { items: turned.items, rules: turnRules(rules, p.view, rotate), view: turned.view }
  })
}
