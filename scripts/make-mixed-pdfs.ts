/**
 * Makes the mixed PDF fixtures (issue 14: text PDFs that OCR has to help with) from the generated report
 * s21-02-province-pdf, beside the scans of make-scans.ts:
 * - `-scanned-page2.pdf`: the text PDF with its page 2 (table 三) replaced by that page scanned at 150 dpi
 *   (grey JPEG, image only), bound in by qpdf: a signed page scanned back into a typed report.
 * - `-table-picture.pdf`: the same report written as a text PDF, but table 三 posted as a picture (the table
 *   alone rendered by poppler at 150 dpi, grey), with a small logo above the title and a red round seal
 *   after the signature: the pictures that must not become text.
 * The gold file of the source report is copied beside each. Run: npx tsx scripts/make-mixed-pdfs.ts
 * (needs poppler-utils and qpdf; the outputs are committed so the tests need neither).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { imagePdf } from './lib/image-pdf'
import { makePdf, type PdfPage, type PdfPicture } from './lib/pdf-writer'
import { renderPages, scanPages } from './lib/scan-pdf'
import type { ReportBlock, TableBlockModel } from './samples/blocks'
import { FIXTURES } from './samples/catalog'
import { composeReport } from './samples/compose'
import { pdfTableRows } from './samples/render-office'

const root = join(import.meta.dirname, '..')
const SOURCE = 's21-02-province-pdf'
const src = join(root, 'tests/fixtures/reports', `${SOURCE}.pdf`)
const out = join(root, 'tests/fixtures/scans')
const DPI = 150

/** An SVG drawn at DPI into raw pixels (RGB, or grey when `grey`). */
async function svgPicture(svg: string, grey = false): Promise<PdfPicture> {
  let img = sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' })
  if (grey) img = img.greyscale()
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true })
  return { pixels: data, channels: info.channels === 1 ? 1 : 3, width: info.width, height: info.height, dpi: DPI }
}

/** A red round seal with the agency's name around its rim and a star, 1.6 inches across (as seals are). */
function seal(name: string): Promise<PdfPicture> {
  const s = 1.6 * DPI
  const c = s / 2
  const r = c - 8
  const chars = [...name]
  // the name along the upper rim, each character turned to face outwards (one <text> each: no textPath here)
  const rim = chars.map((ch, k) => {
    const deg = -120 + (240 * (k + 0.5)) / chars.length
    return `<text x="${c}" y="${c - r * 0.68}" font-family="Noto Sans CJK SC" font-size="${r * 0.26}" fill="#d81e06" text-anchor="middle" transform="rotate(${deg.toFixed(1)} ${c} ${c})">${ch}</text>`
  }).join('')
  const star = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5
    const d = k % 2 === 0 ? r * 0.3 : r * 0.12
    return `${(c + d * Math.cos(a)).toFixed(1)},${(c + d * Math.sin(a)).toFixed(1)}`
  }).join(' ')
  return svgPicture(`<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}">
<circle cx="${c}" cy="${c}" r="${r}" fill="none" stroke="#d81e06" stroke-width="7"/>${rim}
<polygon points="${star}" fill="#d81e06"/>
<text x="${c}" y="${c + r * 0.62}" font-family="Noto Sans CJK SC" font-size="${r * 0.2}" fill="#d81e06" text-anchor="middle">公开专用章</text>
</svg>`)
}

/** A small black-and-blue emblem with two words, as a site's logo above a report. */
function logo(): Promise<PdfPicture> {
  return svgPicture(`<svg xmlns="http://www.w3.org/2000/svg" width="${2.4 * DPI}" height="${0.6 * DPI}">
<rect x="4" y="4" width="${0.6 * DPI - 8}" height="${0.6 * DPI - 8}" rx="10" fill="#1d4f91"/>
<text x="${0.7 * DPI}" y="${0.42 * DPI}" font-family="Noto Sans CJK SC" font-size="${0.3 * DPI}" fill="#1d4f91">政务公开</text>
</svg>`)
}

/** The table alone as a picture: written as a text PDF, rendered by poppler, cut to its ink. */
async function tablePicture(t: TableBlockModel, dir: string): Promise<PdfPicture> {
  const file = join(dir, 'table.pdf')
  writeFileSync(file, makePdf([{ lines: pdfTableRows(t) }]))
  const [png] = renderPages(file, DPI)
  const grey = await sharp(png).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
  if (grey.info.channels !== 1) throw new Error(`expected one channel, got ${grey.info.channels}`)
  // cut to its ink by hand: sharp's trim smooths first, which takes the table's one-pixel top rule with it
  const { width, height } = grey.info
  let [x0, y0, x1, y1] = [width, height, -1, -1]
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (grey.data[y * width + x] >= 250) continue
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y)
    }
  }
  const { data, info } = await sharp(grey.data, { raw: { width, height, channels: 1 } })
    .extract({ left: x0, top: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 })
    .extend({ top: 6, bottom: 6, left: 6, right: 6, background: '#ffffff' })
    .toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
  if (info.channels !== 1) throw new Error(`expected one channel, got ${info.channels}`)
  // drawn a little smaller than it was rendered (as a picture is fitted into a page), so text follows it on its page
  return { pixels: data, channels: 1, width: info.width, height: info.height, dpi: DPI * 1.2 }
}

/** The report's lines as render-office's renderPdf writes them, with table 三 as a picture, a logo and a seal. */
async function withPictures(blocks: ReportBlock[], dir: string, agency: string): Promise<PdfPage> {
  const lines: PdfPage['lines'] = [{ picture: await logo() }]
  let afterT3Heading = false
  for (const b of blocks) {
    switch (b.kind) {
      case 'table':
        lines.push(...(afterT3Heading ? [{ picture: await tablePicture(b, dir) }] : pdfTableRows(b)))
        afterT3Heading = false
        break
      case 'signature':
        lines.push('', ...b.lines, { picture: await seal(agency), x: 330 })
        break
      default:
        if (b.kind === 'heading') afterT3Heading = b.text.includes('收到和处理政府信息公开申请情况')
        lines.push(b.text)
    }
  }
  return { lines }
}

async function main(): Promise<void> {
  const spec = FIXTURES.find((s) => s.name === SOURCE)
  if (!spec) throw new Error(`${SOURCE} is not in the catalogue`)
  const dir = mkdtempSync(join(tmpdir(), 'annalist-mixed-'))
  try {
    // (a) page 2 scanned back in among the typed pages
    const scan = join(dir, 'scan2.pdf')
    writeFileSync(scan, imagePdf(await scanPages([renderPages(src, DPI)[1]], DPI)))
    const scannedPage = join(out, `${SOURCE}-scanned-page2.pdf`)
    execFileSync('qpdf', ['--empty', '--deterministic-id', '--pages', src, '1', scan, '1', src, '3-z', '--', scannedPage])
    // (b) table 三 posted as a picture, with a logo and a seal that must stay pictures
    const { blocks } = composeReport(spec)
    const picture = join(out, `${SOURCE}-table-picture.pdf`)
    writeFileSync(picture, makePdf([await withPictures(blocks, dir, spec.agency.name)]))
    for (const f of [scannedPage, picture]) {
      copyFileSync(join(root, 'tests/fixtures/reports', `${SOURCE}.gold.json`), f.replace(/\.pdf$/, '.gold.json'))
      console.log(`${f}: ${(readFileSync(f).length / 1024).toFixed(0)} KB`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
