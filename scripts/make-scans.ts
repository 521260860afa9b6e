/**
 * Makes the scanned fixtures (issue 14) from the project's own generated report: the pages of a generated
 * PDF rendered to images (poppler's pdftoppm, which draws its non-embedded Chinese font with the system's
 * Noto CJK; PDFium here has no CJK font), as a scanner would: grey, JPEG, wrapped as an image-only PDF.
 * At 150 and 300 dpi, and one at 150 dpi turned by a degree and a half; plus one page as a PNG image.
 * The gold file of the source report is copied beside each. Run: npx tsx scripts/make-scans.ts
 * (needs poppler-utils; the outputs are committed so the tests need neither).
 */
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { imagePdf } from './lib/image-pdf'
import { renderPages, scanPages } from './lib/scan-pdf'

const root = join(import.meta.dirname, '..')
const SOURCE = 's21-02-province-pdf'
const src = join(root, 'tests/fixtures/reports', `${SOURCE}.pdf`)
const out = join(root, 'tests/fixtures/scans')

async function main(): Promise<void> {
  const at150 = renderPages(src, 150)
  const at300 = renderPages(src, 300)
  const made: [string, Buffer][] = [
    [`${SOURCE}-scan150.pdf`, imagePdf(await scanPages(at150, 150))],
    [`${SOURCE}-scan300.pdf`, imagePdf(await scanPages(at300, 300))],
    [`${SOURCE}-scan150-skewed.pdf`, imagePdf(await scanPages(at150, 150, 1.5))],
  ]
  for (const [name, bytes] of made) {
    writeFileSync(join(out, name), bytes)
    copyFileSync(join(root, 'tests/fixtures/reports', `${SOURCE}.gold.json`), join(out, name.replace(/\.pdf$/, '.gold.json')))
  }
  // page 2 (table 三) as an image file, the way a table posted as a picture comes
  writeFileSync(join(out, `${SOURCE}-page2.png`), await sharp(at150[1]).greyscale().png({ palette: true, colours: 16 }).toBuffer())
  for (const [name, bytes] of made) console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KB`)
}

await main()
