/**
 * Makes the scanned fixtures (issue 14) from the project's own generated report: the pages of a generated
 * PDF rendered to images (poppler's pdftoppm, which draws its non-embedded Chinese font with the system's
 * Noto CJK; PDFium here has no CJK font), as a scanner would: grey, JPEG, wrapped as an image-only PDF.
 * At 150 and 300 dpi, and one at 150 dpi turned by a degree and a half; plus one page as a PNG image.
 * The gold file of the source report is copied beside each. Run: npx tsx scripts/make-scans.ts
 * (needs poppler-utils; the outputs are committed so the tests need neither).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { imagePdf, type JpegPage } from './lib/image-pdf'

const root = join(import.meta.dirname, '..')
const SOURCE = 's21-02-province-pdf'
const src = join(root, 'tests/fixtures/reports', `${SOURCE}.pdf`)
const out = join(root, 'tests/fixtures/scans')

/** The source's pages as grey PNGs at `dpi`, in page order. */
function render(dpi: number): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-scan-'))
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', src, join(dir, 'p')])
    return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function scanPages(pngs: Buffer[], dpi: number, skew = 0): Promise<JpegPage[]> {
  return Promise.all(pngs.map(async (png) => {
    let img = sharp(png).greyscale()
    if (skew !== 0) img = sharp(await img.rotate(skew, { background: '#ffffff' }).png().toBuffer())
    // one channel for real: greyscale() alone may still write a 3-channel JPEG
    const { data, info } = await img.toColourspace('b-w').jpeg({ quality: 50 }).toBuffer({ resolveWithObject: true })
    if (info.channels !== 1) throw new Error(`expected a grey JPEG, got ${info.channels} channels`)
    return { jpeg: data, width: info.width, height: info.height, dpi, channels: 1 as const }
  }))
}

async function main(): Promise<void> {
  const at150 = render(150)
  const at300 = render(300)
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
