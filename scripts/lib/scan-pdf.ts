/**
 * A PDF "printed and scanned": its pages rendered by poppler's pdftoppm (which draws non-embedded Chinese
 * fonts with the system's Noto CJK; PDFium here has no CJK font), grey, optionally turned a little, JPEG,
 * wrapped as an image-only PDF. For the scanned fixtures and the corpus measurement (needs poppler-utils).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { imagePdf, type JpegPage } from './image-pdf'

/** The pages of `pdf` as grey PNGs at `dpi`, in page order. */
export function renderPages(pdf: string, dpi: number): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-scan-'))
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdf, join(dir, 'p')])
    return readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((f) => readFileSync(join(dir, f)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Page images as a scanner keeps them: grey JPEG, turned by `skew` degrees (clockwise) when given. */
export async function scanPages(pngs: Buffer[], dpi: number, skew = 0): Promise<JpegPage[]> {
  return Promise.all(pngs.map(async (png) => {
    let img = sharp(png).greyscale()
    if (skew !== 0) img = sharp(await img.rotate(skew, { background: '#ffffff' }).png().toBuffer())
    // one channel for real: greyscale() alone may still write a 3-channel JPEG
    const { data, info } = await img.toColourspace('b-w').jpeg({ quality: 50 }).toBuffer({ resolveWithObject: true })
    if (info.channels !== 1) throw new Error(`expected a grey JPEG, got ${info.channels} channels`)
    return { jpeg: data, width: info.width, height: info.height, dpi, channels: 1 as const }
  }))
}

export async function scanPdf(pdf: string, dpi: number, skew = 0): Promise<Buffer> {
  return imagePdf(await scanPages(renderPages(pdf, dpi), dpi, skew))
}
