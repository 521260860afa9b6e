/**
 * The parts of a text PDF that only OCR can read (issue 14): pages without a text layer bound among typed
 * ones (a signed page scanned back in), and large pictures on typed pages (a statistics table posted as an
 * image). Each is rendered by PDFium (the page, or only the picture's rectangle) and read like a scanned
 * page (ocr-page.ts), with the same progress, cancel and pages-at-once as a scan (readPages). read-pdf.ts
 * places what is read: a page's text as that page, a picture's where the picture stood.
 *
 * Small pictures (logos, seals, signatures) are not read, nor a picture whose ink is mostly red (a stamp
 * over the signature), nor one the text layer already covers (a "searchable" scan: its invisible text lies
 * over the page image); a picture is kept only if OCR reads it as text, not a few glyphs in a photograph.
 */
import sharp from 'sharp'
import type { DocWarning } from '../../../shared/document'
import { IngestError } from '../errors'
import type { PageView } from '../pdf-boxes'
import type { PositionedText } from '../pdf-layout'
import { warning } from '../warnings'
import { inkMask } from './ink'
import type { RawImage } from './ocr-image'
import type { OcrPage } from './ocr-page'
import { openPdfForRendering, type PagePicture, type PageRect, type RenderablePdf } from './pdfium'
import { DEFAULT_OCR_DPI, meanOcrConfidence, readPages, renderForOcr, type OcrOptions } from './read-scanned'

/** A picture covering at least this share of its page may be a table posted as an image; smaller ones are logos and seals. */
export const MIN_PICTURE_SHARE = 0.15
/** A picture is text when OCR reads at least this many characters from it, at this mean confidence. */
const MIN_PICTURE_CHARS = 4
const MIN_PICTURE_CONFIDENCE = 0.7
/** A picture with this many characters of the text layer over it is already read (an OCR'd scan's hidden text). */
const MIN_TYPED_OVER = 8
/** Ink of a red stamp: red well above green and blue. */
const RED_INK_SHARE = 0.5
/**
 * White margin (points) put around a picture before reading: text at a picture's very edge loses its first
 * character, and a table's outer rule its grid (the first label read as 、本年新收 without its 一).
 */
const PICTURE_MARGIN = 12

/** One page or picture read by OCR. */
export interface OcrRegion {
  page: number
  /** the picture read, or null for the whole page */
  picture: PagePicture | null
  /** where the image OCR read stands on the page, in points (the picture and its white margin); null: the whole page */
  rect: PageRect | null
  /** the page's size as shown, in points */
  pageWidth: number
  pageHeight: number
  read: OcrPage
}

export interface PdfOcrRegions {
  regions: OcrRegion[]
  /** pages without a text layer that hold ink OCR found no text in: they keep the 'scanned' warning */
  unread: number[]
}

/** A page's text layer, as the text reader gives it (PDF user space of the page as shown). */
export interface TypedPage {
  view: PageView
  items: PositionedText[]
}

/** How many characters of the text layer stand inside `rect` (points from the top-left of the page as shown). */
export function typedCharsInside(page: TypedPage | undefined, rect: PageRect): number {
  if (!page) return 0
  let n = 0
  for (const it of page.items) {
    const x = it.x + it.width / 2 - page.view[0]
    const y = page.view[3] - (it.y + it.size / 2)
    if (x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h) n += it.str.replace(/\s/g, '').length
  }
  return n
}

interface Job {
  page: number
  picture: PagePicture | null
  size: { width: number; height: number }
}

/** The image with a white margin of `px` pixels on every side. */
async function withMargin(img: RawImage, px: number): Promise<RawImage> {
  const { data, info } = await sharp(img.rgba, { raw: { width: img.width, height: img.height, channels: 4 } })
    .extend({ top: px, bottom: px, left: px, right: px, background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }
}

/** Any dark pixel at all: a page with none is blank, and quiet. */
function hasInk(img: RawImage): boolean {
  return inkMask(img.rgba, img.width, img.height).dark.includes(1)
}

/** Most of the picture's ink is red: a seal or stamp (a red table is not what reports post). */
function mostlyRedInk(img: RawImage): boolean {
  let ink = 0
  let red = 0
  for (let p = 0; p < img.rgba.length; p += 4) {
    const [r, g, b] = [img.rgba[p], img.rgba[p + 1], img.rgba[p + 2]]
    if ((r * 299 + g * 587 + b * 114) / 1000 >= 200) continue
    ink++
    if (r > 150 && r > g + 60 && r > b + 60) red++
  }
  return ink > 0 && red / ink >= RED_INK_SHARE
}

function readsAsText(p: OcrPage): boolean {
  const chars = p.tokens.reduce((n, t) => n + t.text.replace(/\s/g, '').length, 0)
  return chars >= MIN_PICTURE_CHARS && meanOcrConfidence([p]) >= MIN_PICTURE_CONFIDENCE
}

/**
 * What needs OCR: the pages in `emptyPages` that draw anything, and large pictures on the others that are not
 * stamps and have no text layer over them.
 */
function plan(pdf: RenderablePdf, emptyPages: Set<number>, typed: (page: number) => TypedPage | undefined): Job[] {
  const jobs: Job[] = []
  for (let page = 1; page <= pdf.pageCount; page++) {
    const size = pdf.survey(page)
    if (emptyPages.has(page)) {
      if (size.objects > 0) jobs.push({ page, picture: null, size })
      continue
    }
    for (const picture of size.pictures) {
      if (picture.w * picture.h < MIN_PICTURE_SHARE * size.width * size.height) continue
      if (typedCharsInside(typed(page), picture) >= MIN_TYPED_OVER) continue
      if (mostlyRedInk(pdf.render(page, 36, picture))) continue
      jobs.push({ page, picture, size })
    }
  }
  return jobs
}

/**
 * Whether the file names an image anywhere (`/Image` as a whole name: `/Subtype /Image`, not `/ImageB` of a
 * ProcSet). An image is a stream, and a stream's dictionary is never packed into an object stream nor
 * encrypted, so the name stands in the file's bytes as written. A text PDF without one needs no PDFium at all.
 */
export function mayHoldImages(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = buf.indexOf('/Image', 0, 'latin1'); at >= 0; at = buf.indexOf('/Image', at + 6, 'latin1')) {
    const next = buf[at + 6]
    // a name ends at white space or a delimiter; a letter or digit means a longer name
    if (next === undefined || !/[A-Za-z0-9#_.-]/.test(String.fromCharCode(next))) return true
  }
  return false
}

/**
 * Reads the pages without text (`emptyPages`, 1-based) and the large pictures of a text PDF (`typed`: each
 * page's text layer, to leave alone a picture it already covers). null when OCR
 * cannot run here (PDFium cannot open the file, no OCR engine on this system): the caller keeps the text
 * layer as it is. A cancel is passed on.
 */
export async function readPdfRegions(
  bytes: Uint8Array, emptyPages: Set<number>, typed: (page: number) => TypedPage | undefined, opts: OcrOptions,
): Promise<PdfOcrRegions | null> {
  if (emptyPages.size === 0 && !mayHoldImages(bytes)) return { regions: [], unread: [] }
  let pdf: RenderablePdf
  try {
    pdf = await openPdfForRendering(bytes)
  } catch {
    return null
  }
  try {
    const jobs = plan(pdf, emptyPages, typed)
    if (jobs.length === 0) return { regions: [], unread: [] }
    const dpi = opts.dpi ?? DEFAULT_OCR_DPI
    const inked = new Set<number>()
    const margin = Math.round((PICTURE_MARGIN * dpi) / 72)
    const read = await readPages(jobs.length, async (k) => {
      const job = jobs[k - 1]
      let img = await renderForOcr(pdf, job.page, dpi, job.picture ?? undefined)
      if (hasInk(img)) inked.add(k - 1)
      if (job.picture) img = await withMargin(img, margin)
      return img
    }, opts)
    const regions: OcrRegion[] = []
    const unread: number[] = []
    read.forEach((r, k) => {
      const { page, picture, size } = jobs[k]
      // the image read is the picture and its margin, at dpi (renderForOcr scales a finer picture down to it)
      const m = (margin * 72) / dpi
      const rect = picture ? { x: picture.x - m, y: picture.y - m, w: picture.w + 2 * m, h: picture.h + 2 * m } : null
      if (picture ? readsAsText(r) : r.tokens.length > 0) regions.push({ page, picture, rect, pageWidth: size.width, pageHeight: size.height, read: r })
      else if (!picture && inked.has(k)) unread.push(page)
    })
    return { regions, unread }
  } catch (e) {
    if (e instanceof IngestError && e.code === 'cancelled') throw e
    return null
  } finally {
    pdf.close()
  }
}

/** The warning of a text PDF partly read by OCR: which pages and how many pictures, and how sure the reading is. */
export function partlyOcrWarning(regions: OcrRegion[]): DocWarning {
  const pages = regions.filter((r) => !r.picture).map((r) => r.page)
  const pictures = regions.filter((r) => r.picture).map((r) => r.page)
  const at = [...new Set(pictures)]
  const pct = Math.round(meanOcrConfidence(regions.map((r) => r.read)) * 100)
  const en: string[] = []
  const zh: string[] = []
  if (pages.length > 0) {
    en.push(`page${pages.length === 1 ? '' : 's'} ${pages.join(', ')} (no text layer)`)
    zh.push(`第 ${pages.join('、')} 页（无文本层）`)
  }
  if (pictures.length > 0) {
    en.push(`${pictures.length} picture${pictures.length === 1 ? '' : 's'} on page${at.length === 1 ? '' : 's'} ${at.join(', ')}`)
    zh.push(`第 ${at.join('、')} 页的 ${pictures.length} 张图片`)
  }
  return warning(
    'ocr',
    'warning',
    `text of ${en.join(' and ')} read by OCR (mean confidence ${pct}%): values there may be misread, check them against the page`,
    `${zh.join('及')}中的文字由 OCR 识别（平均置信度 ${pct}%）：其中的数值可能有误，请对照原件核对`,
  )
}
