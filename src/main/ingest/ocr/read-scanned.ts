/**
 * Scanned documents read by OCR: an image-only PDF (its pages rendered by PDFium) or an image file (PNG,
 * JPEG, TIFF; every page of a multi-page TIFF). Each page goes through ocr-page.ts and then through the
 * same page layout as a text PDF, so the text, its paragraphs and its tables come out in the shape every
 * other reader gives. Every recognised piece keeps its page and box (ParsedDocument.boxes).
 *
 * Runs where it is called: the import calls it inside a parse worker (never on the main thread).
 */
import sharp from 'sharp'
import type { DocWarning, ParsedDocument } from '../../../shared/document'
import type { TextBox } from '../../../shared/text-box'
import { IngestError } from '../errors'
import { textRightEdge, type PageBlock } from '../pdf-layout'
import { joinRowsSplitAtPageBreaks, pageBlocks, pageLayout, type PageLayout } from '../pdf-page-layout'
import { TextBuilder } from '../text-builder'
import { warning } from '../warnings'
import { repairNumericColumns } from './digit-repair'
import { ocrPage, tokenEdges, type OcrPage } from './ocr-page'
import type { RawImage } from './ocr-image'
import { openPdfForRendering, type PagePicture, type RenderablePdf } from './pdfium'

export interface OcrOptions {
  /** pages read at the same time in this thread (default 1: one page per core, the other cores stay free) */
  pagesAtOnce?: number
  /** resolution pages are rendered at for OCR (default DEFAULT_OCR_DPI) */
  dpi?: number
  /** after each page: pages done, pages in all */
  onPage?(done: number, total: number): void
  signal?: AbortSignal
}

/** 200 rather than 150: a 300 dpi scan rendered at 150 lost digits (a 2 read as N); 200 read them right */
export const DEFAULT_OCR_DPI = 200
/** Scans finer than this are not rendered finer (a 1200 dpi page would be 140 MB of pixels). */
const MAX_RENDER_DPI = 600

/**
 * A page (or one picture on it) at `dpi` for the recogniser, whatever the scan's own resolution, so its text
 * is as many pixels high as the models read best. A finer scan is rendered at its own resolution and scaled
 * down by sharp (Lanczos): PDFium's own scaling of an image down drops strokes (a 300 dpi scan's 2 was read as N).
 */
export async function renderForOcr(pdf: RenderablePdf, page: number, dpi: number, picture?: PagePicture): Promise<RawImage> {
  const ownDpi = picture ? Math.max(picture.pixelWidth, picture.pixelHeight) / (Math.max(picture.w, picture.h) / 72) : pdf.imageDpi(page)
  const own = Math.min(ownDpi ?? 0, MAX_RENDER_DPI)
  if (own <= dpi * 1.1) return pdf.render(page, dpi, picture)
  const fine = pdf.render(page, own, picture)
  const width = Math.max(1, Math.round((fine.width * dpi) / own))
  const height = Math.max(1, Math.round((fine.height * dpi) / own))
  const { data, info } = await sharp(fine.rgba, { raw: { width: fine.width, height: fine.height, channels: 4 } })
    .resize(width, height, { kernel: 'lanczos3' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }
}

/** Read pages 1..n, a few at a time, in page order in the result (also the pictures of an MHTML page). */
export async function readPages(n: number, load: (page: number) => Promise<RawImage>, opts: OcrOptions): Promise<OcrPage[]> {
  const out = new Array<OcrPage>(n)
  let next = 1
  let done = 0
  const lanes = Math.max(1, Math.min(n, opts.pagesAtOnce ?? 1))
  // before the first page: the caller learns how many there are (and a watchdog that OCR has begun)
  opts.onPage?.(0, n)
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next <= n) {
        if (opts.signal?.aborted) throw new IngestError('cancelled', 'OCR was cancelled (OCR 已取消)')
        const page = next++
        out[page - 1] = await ocrPage(await load(page))
        opts.onPage?.(++done, n)
      }
    }),
  )
  return out
}

export async function readScannedPdf(bytes: Uint8Array, opts: OcrOptions = {}): Promise<ParsedDocument> {
  const pdf = await openPdfForRendering(bytes)
  try {
    const dpi = opts.dpi ?? DEFAULT_OCR_DPI
    const pages = await readPages(pdf.pageCount, (p) => renderForOcr(pdf, p, dpi), opts)
    return assemble('pdf', pages)
  } finally {
    pdf.close()
  }
}

export async function readScannedImage(bytes: Uint8Array, opts: OcrOptions = {}): Promise<ParsedDocument> {
  let count: number
  try {
    count = (await sharp(bytes).metadata()).pages ?? 1
  } catch (e) {
    throw new IngestError('corrupt', `image could not be decoded: ${e instanceof Error ? e.message : String(e)} (图片无法解码)`, { cause: e })
  }
  const pages = await readPages(count, async (p) => decodeImage(bytes, p - 1), opts)
  return assemble('image', pages)
}

/** One page (from 0) of an encoded image (PNG, JPEG, TIFF) as raw pixels, turned upright by its EXIF. */
export async function decodeImage(bytes: Uint8Array, page = 0): Promise<RawImage> {
  const { data, info } = await sharp(bytes, { page }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }
}

/**
 * OCR'd pages as blocks, page by page: the PDF page layout (ruled grids into tables, the rest into
 * paragraphs), with a table row cut by a page break joined again. Shared by scans and MHTML pictures.
 */
export function ocrPageBlocks(pages: OcrPage[]): PageBlock[][] {
  const layouts: PageLayout[] = joinRowsSplitAtPageBreaks(pages.map((p) => pageLayout(p, true)))
  const right = textRightEdge(layouts.flatMap((p) => p.lines))
  // a letter read for a digit in a column of numbers is that digit (digit-repair.ts): scans and MHTML pictures alike
  return layouts.map((p) => pageBlocks(p, right).map((block) => block.type === 'table' ? { ...block, rows: repairNumericColumns(block.rows) } : block))
}

/** The recogniser's mean confidence over every piece of the pages (0 when none was read). */
export function meanOcrConfidence(pages: OcrPage[]): number {
  const tokens = pages.flatMap((p) => p.tokens)
  return tokens.length > 0 ? tokens.reduce((s, t) => s + t.confidence, 0) / tokens.length : 0
}

/** The warning every OCR'd document carries: its values were read from pixels. */
export function ocrWarning(pages: number, meanConfidence: number): DocWarning {
  const pct = Math.round(meanConfidence * 100)
  return warning(
    'ocr',
    'warning',
    `text read by OCR from ${pages} scanned page${pages === 1 ? '' : 's'} (mean confidence ${pct}%): values may be misread, check them against the page`,
    `文字由 OCR 从 ${pages} 页扫描图像识别（平均置信度 ${pct}%）：数值可能有误，请对照原件核对`,
  )
}

/** The warning of scanned pages (1-based) that were turned straight before reading. */
export function deskewedWarning(pages: number[]): DocWarning {
  return warning('ocr_deskewed', 'warning', `pages ${pages.join(', ')} were scanned at a slant and straightened before reading`, `第 ${pages.join('、')} 页扫描时有倾斜，已校正后识别`)
}

function assemble(kind: 'pdf' | 'image', pages: OcrPage[]): ParsedDocument {
  const b = new TextBuilder()
  const pageStarts: number[] = []
  ocrPageBlocks(pages).forEach((blocks, k) => {
    pageStarts.push(b.nextStart())
    for (const block of blocks) {
      if (block.type === 'table') b.table(block.rows, k + 1)
      else b.paragraph(block.text, k + 1)
    }
  })
  const text = b.build()
  for (let k = 0; k < pageStarts.length; k++) pageStarts[k] = Math.min(pageStarts[k], text.length)
  const boxes = placeBoxes(text, pageStarts, pages)
  const mean = meanOcrConfidence(pages)
  const warnings: DocWarning[] = [ocrWarning(pages.length, mean)]
  // as before OCR: a document with no text at all says so (the same code, so filters and checks still find it)
  if (text.trim() === '') warnings.push(warning('scanned', 'error', 'no text layer, and OCR found no text on the page images', '没有文本层（扫描图像），OCR 也未识别出文字（可能是空白页或图像过于模糊）'))
  const turned = pages.map((p, k) => (p.deskewed !== 0 ? k + 1 : 0)).filter((k) => k > 0)
  if (turned.length > 0) warnings.push(deskewedWarning(turned))
  return {
    kind, encoding: null, pageCount: pages.length, text, blocks: b.blocks, pageStarts, warnings, ...(boxes.length > 0 ? { boxes } : {}),
    ocr: { pages: pages.length, meanConfidence: mean },
  }
}

/** Where an OCR'd image stands on its page, in fractions of the page (the whole page for a scan). */
export interface PageFrame {
  x: number
  y: number
  w: number
  h: number
}

const WHOLE_PAGE: PageFrame = { x: 0, y: 0, w: 1, h: 1 }

function placeBoxes(text: string, pageStarts: number[], pages: OcrPage[]): TextBox[] {
  const boxes = pages.flatMap((p, k) => placeTokens(text, pageStarts[k], k + 1 < pageStarts.length ? pageStarts[k + 1] : text.length, k + 1, p, WHOLE_PAGE))
  return boxes.sort((a, b) => a.start - b.start)
}

/**
 * Where each recognised piece of one OCR'd image landed in the text [from, to): looked up in reading order
 * (the layout keeps the pieces in the order of their lines), from just after the previous piece found; a
 * piece the layout changed (a cell joined across lines) is looked up from `from`, and left out if absent.
 * Boxes are fractions of the page: the image's pixels mapped into `frame`.
 */
export function placeTokens(text: string, from: number, to: number, page: number, p: OcrPage, frame: PageFrame): TextBox[] {
  const boxes: TextBox[] = []
  const region = text.slice(from, to)
  const sorted = [...p.tokens].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2) || a.x - b.x)
  let cursor = 0
  const used = new Set<number>()
  for (const t of sorted) {
    let at = region.indexOf(t.text, cursor)
    if (at < 0) {
      at = region.indexOf(t.text)
      while (at >= 0 && used.has(at)) at = region.indexOf(t.text, at + 1)
    } else cursor = at + t.text.length
    if (at < 0) continue
    used.add(at)
    // the edges between characters are fractions of the box's width: the same in any frame
    const edges = tokenEdges(t)
    boxes.push({
      start: from + at, end: from + at + t.text.length, page,
      x: frame.x + (t.x / p.width) * frame.w, y: frame.y + (t.y / p.height) * frame.h,
      w: (t.w / p.width) * frame.w, h: (t.h / p.height) * frame.h, confidence: t.confidence, ...(edges ? { edges } : {}),
    })
  }
  return boxes
}
