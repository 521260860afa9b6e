/** Scanned pages rendered for OCR: the resolution a scan was made at is read from its page image. */
import { expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openPdfForRendering } from '../../../src/main/ingest/ocr/pdfium'

const FIX = join(import.meta.dirname, '../../fixtures')

it('reads the resolution of a scanned page from its image, and none from a text page', async () => {
  for (const [file, dpi] of [['scans/s21-02-province-pdf-scan150.pdf', 150], ['scans/s21-02-province-pdf-scan300.pdf', 300], ['scans/s21-02-province-pdf-scan150-skewed.pdf', 150]] as const) {
    const pdf = await openPdfForRendering(readFileSync(join(FIX, file)))
    try {
      expect(Math.round(pdf.imageDpi(1) ?? 0)).toBe(dpi)
    } finally {
      pdf.close()
    }
  }
  const text = await openPdfForRendering(readFileSync(join(FIX, 'reports/s21-02-province-pdf.pdf')))
  try {
    expect(text.imageDpi(1)).toBeNull()
  } finally {
    text.close()
  }
})
