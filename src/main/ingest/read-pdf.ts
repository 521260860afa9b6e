/**
 * PDF reader: pdfjs-dist (legacy build, for Node) with the package's own CMaps and standard fonts,
 * without which Chinese PDFs in non-embedded fonts (UniGB-UCS2-H, GBK-EUC-H) give empty text and no error.
 * Pages are kept (pageStarts, block.page); lines and tables are rebuilt from item positions (pdf-layout).
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ParsedDocument, DocWarning } from '../../shared/document'
import type { TextBox } from '../../shared/text-box'
import { IngestError } from './errors'
import { pageBoxes, type PageView } from './pdf-boxes'
import { pageRotation, turnItems } from './pdf-rotation'
import { buildLines, textRightEdge, type PageBlock, type PositionedText } from './pdf-layout'
import { joinRowsSplitAtPageBreaks, pageBlocks, pageLayout, type PageLayout } from './pdf-page-layout'
import { partlyOcrWarning, readPdfRegions, type OcrRegion, type PdfOcrRegions } from './ocr/pdf-ocr-regions'
import { deskewedWarning, meanOcrConfidence, ocrPageBlocks, placeTokens, type OcrOptions } from './ocr/read-scanned'
import { readPdfText, type PdfTextPage } from './pdf-text'
import { TextBuilder } from './text-builder'
import { warning } from './warnings'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjsModule: Promise<PdfJs> | null = null

const nativePush = Array.prototype.push

/**
 * The legacy build bundles core-js, which replaces Array.prototype.push for the whole thread with a
 * spec-pedantic polyfill (it distrusts V8's handling of lengths above 2^32, which no PDF reaches). That
 * polyfill was the single hottest function when reading PDFs, and it slows every later line of code
 * in the worker, so the native one is put back.
 */
function restoreNativePush(): void {
  // eslint-disable-next-line no-extend-native
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush
}

/** Loaded on first use: most imports are TXT and should not pay for pdfjs. */
function loadPdfjs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    restoreNativePush()
    return m
  })
  return pdfjsModule
}

let assetDirs: { cMapUrl: string; standardFontDataUrl: string } | null = null

/**
 * The package's asset folders as file-system paths ending in a separator (pdfjs's Node factories
 * concatenate the file name and read with fs). Resolved from this module, so it also works when the
 * main process is bundled with pdfjs-dist left external.
 */
export function pdfjsAssetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assetDirs) {
    const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    assetDirs = { cMapUrl: path.join(dir, 'cmaps') + path.sep, standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep }
  }
  return assetDirs
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : ''
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** A complete PDF ends with %%EOF (allowing trailing garbage and whitespace). */
function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 2048))
  return tail.includes('%%EOF', 0, 'latin1')
}

interface RawTextItem {
  str?: unknown
  transform?: unknown
  width?: unknown
  height?: unknown
}

function toPositioned(item: RawTextItem): PositionedText | null {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return null
  const t = item.transform as number[]
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (typeof item.height === 'number' ? item.height : 0)
  return { str: item.str, x: t[4], y: t[5], width: typeof item.width === 'number' ? item.width : 0, size }
}

/** Which reader: the fast text-only one with pdfjs behind it (the default), or one of them alone (tests, eval). */
export type PdfReaderChoice = 'auto' | 'pdfjs' | 'fast'

/**
 * The fast reader's pages, or null when it does not take the file (Unsupported) or finds no text at
 * all: a scanned PDF is confirmed by pdfjs, which also gives the encrypted and damaged files their messages.
 */
function readFast(bytes: Uint8Array): PdfTextPage[] | null {
  try {
    const pages = readPdfText(bytes, pdfjsAssetDirs().cMapUrl)
    return pages.some((p) => p.items.length > 0) ? pages : null
  } catch {
    // Unsupported, or anything a malformed file provokes: pdfjs, which repairs what it can, decides.
    // (tests/ingest/pdf-text.test.ts fuzzes the reader so that only Unsupported is ever thrown.)
    return null
  }
}

export interface ReadPdfOptions {
  reader?: PdfReaderChoice
  /** rebuild ruled tables from their borders (default true; the fast reader only) */
  rules?: boolean
  /**
   * OCR for what the text layer lacks (issue 14): pages without text among pages with text, and large
   * pictures on pages (ocr/pdf-ocr-regions.ts). Absent or null: such pages only get the 'scanned' warning.
   * A PDF with no text at all is left to the caller (read as a scan, ocr/read-scanned.ts).
   */
  ocr?: OcrOptions | null
}

export async function readPdf(bytes: Uint8Array, { reader = 'auto', rules = true, ocr = null }: ReadPdfOptions = {}): Promise<ParsedDocument> {
  if (reader !== 'pdfjs') {
    const pages = readFast(bytes)
    if (pages) {
      const geometry = pages.map((p) => ({ view: p.view, items: p.items }))
      const layouts = joinRowsSplitAtPageBreaks(pages.map((p) => pageLayout(p, rules)))
      return assemble(bytes, layouts, [], pages.length, geometry, await readOcrRegions(bytes, layouts, [], geometry, ocr))
    }
    if (reader === 'fast') throw new IngestError('unsupported', 'the fast PDF reader does not take this file')
  }
  return readWithPdfjs(bytes, ocr)
}

/** Pages (1-based) that give no text, not counting those that could not be read. */
function pagesWithoutText(pages: PageLayout[], failedPages: number[]): number[] {
  const out: number[] = []
  pages.forEach((p, k) => {
    if (p.lines.length === 0 && p.tables.length === 0 && !failedPages.includes(k + 1)) out.push(k + 1)
  })
  return out
}

/** With OCR on and some text on the pages: the pages without text and the large pictures, read by OCR. */
async function readOcrRegions(
  bytes: Uint8Array, pages: PageLayout[], failedPages: number[], geometry: PageGeometry[], ocr: OcrOptions | null,
): Promise<PdfOcrRegions | null> {
  if (!ocr) return null
  const empty = pagesWithoutText(pages, failedPages)
  if (empty.length + failedPages.length >= pages.length) return null
  return readPdfRegions(bytes, new Set(empty), (page) => geometry[page - 1], ocr)
}

async function readWithPdfjs(bytes: Uint8Array, ocr: OcrOptions | null): Promise<ParsedDocument> {
  const pdfjs = await loadPdfjs()
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy, the caller keeps the original
  const data = new Uint8Array(bytes)
  const task = pdfjs.getDocument({
    data,
    ...pdfjsAssetDirs(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
    restoreNativePush() // the first document loads pdfjs's worker code, which brings the polyfill again
  } catch (e) {
    await task.destroy().catch(() => undefined)
    const name = errorName(e)
    if (name === 'PasswordException') {
      throw new IngestError('encrypted', 'PDF is encrypted with a password (PDF 已加密，需要密码才能读取)', { cause: e })
    }
    if (name === 'InvalidPDFException') {
      throw new IngestError('corrupt', `PDF is damaged or not a PDF: ${errorMessage(e)} (PDF 文件已损坏或格式无效)`, { cause: e })
    }
    throw new IngestError('corrupt', `PDF could not be opened: ${errorMessage(e)} (PDF 无法打开，文件可能已损坏)`, { cause: e })
  }

  try {
    const failedPages: number[] = []
    const pageLines: PageLayout[] = []
    const geometry: PageGeometry[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      let items: PositionedText[] = []
      let view: PageView = [0, 0, 0, 0]
      try {
        const page = await doc.getPage(p)
        const content = await page.getTextContent()
        for (const it of content.items as RawTextItem[]) {
          const pos = toPositioned(it)
          if (pos) items.push(pos)
        }
        // positions in the page as shown (its /Rotate applied), as the fast reader gives them
        const turned = turnItems(items, page.view as PageView, pageRotation(page.rotate))
        items = turned.items
        view = turned.view
        page.cleanup()
      } catch {
        failedPages.push(p)
        items = []
      }
      pageLines.push({ lines: buildLines(items), tables: [] })
      geometry.push({ view, items })
    }
    return assemble(bytes, pageLines, failedPages, doc.numPages, geometry, await readOcrRegions(bytes, pageLines, failedPages, geometry, ocr))
  } finally {
    await doc.loadingTask.destroy().catch(() => undefined)
  }
}

/** A page's visible area and its text items: where its boxes come from. */
interface PageGeometry {
  view: PageView
  items: PositionedText[]
}

/** Every page's boxes over the finished raw text (pdf-boxes.ts). */
function textBoxes(text: string, pageStarts: number[], geometry: PageGeometry[]): TextBox[] {
  const out: TextBox[] = []
  geometry.forEach((g, k) => {
    const from = pageStarts[k] ?? text.length
    const to = pageStarts[k + 1] ?? text.length
    if (from >= to || g.items.length === 0) return
    for (const b of pageBoxes(text, from, to, k + 1, g.view, buildLines(g.items))) out.push(b)
  })
  return out
}

/** The OCR'd page or picture as blocks, by the scan's page layout (one image at a time: no rows joined across). */
function regionBlocks(r: OcrRegion): PageBlock[] {
  return ocrPageBlocks([r.read])[0]
}

/** Where an OCR'd region stands on its page, in fractions of the page. */
function regionFrame(r: OcrRegion): { x: number; y: number; w: number; h: number } {
  if (!r.rect) return { x: 0, y: 0, w: 1, h: 1 }
  const { x, y, w, h } = r.rect
  return { x: x / r.pageWidth, y: y / r.pageHeight, w: w / r.pageWidth, h: h / r.pageHeight }
}

/**
 * Pages (from either reader) into the document: blocks, page starts, text boxes and the warnings. `ocr`:
 * what OCR read of the pages without text and of the pictures, placed in page order (a page) or where the
 * picture stood among the page's lines (a picture).
 */
function assemble(bytes: Uint8Array, pages: PageLayout[], failedPages: number[], numPages: number, geometry: PageGeometry[], ocr: PdfOcrRegions | null = null): ParsedDocument {
  const b = new TextBuilder()
  const pageStarts: number[] = []
  const warnings: DocWarning[] = []
  // with OCR: the pages it read are not empty, and a blank page (no ink) says nothing
  const emptyPages = ocr ? ocr.unread : pagesWithoutText(pages, failedPages)
  const regions = ocr?.regions ?? []
  // one right edge for the whole document: a short last page must not make its longest line look wrapped
  const right = textRightEdge(pages.flatMap((p) => p.lines))
  const from = new Map<PageBlock, OcrRegion>()
  const spans = new Map<OcrRegion, [number, number]>()
  pages.forEach((p, k) => {
    pageStarts.push(b.nextStart())
    const mine = regions.filter((r) => r.page === k + 1)
    const scanned = mine.find((r) => !r.picture)
    const tagged = (r: OcrRegion): PageBlock[] => regionBlocks(r).map((block) => (from.set(block, r), block))
    const top = geometry[k]?.view[3] ?? 0
    const blocks = scanned
      ? tagged(scanned)
      : pageBlocks(p, right, mine.map((r) => ({ top: top - (r.picture?.y ?? 0), blocks: tagged(r) })))
    for (const block of blocks) {
      const start = b.nextStart()
      if (block.type === 'table') b.table(block.rows, k + 1)
      else b.paragraph(block.text, k + 1)
      const r = from.get(block)
      if (!r || b.textLength <= start) continue
      const had = spans.get(r)
      spans.set(r, had ? [had[0], b.textLength] : [start, b.textLength])
    }
  })
  const text = b.build()
  for (let k = 0; k < pageStarts.length; k++) pageStarts[k] = Math.min(pageStarts[k], text.length)

  if (failedPages.length === numPages && numPages > 0) {
    throw new IngestError('corrupt', 'PDF pages could not be read: the file is damaged (PDF 页面无法读取，文件已损坏)')
  }
  if (failedPages.length > 0) {
    warnings.push(
      warning(
        'pdf_page_unreadable',
        'error',
        `pages ${failedPages.join(', ')} could not be read (the file may be damaged or truncated)`,
        `第 ${failedPages.join('、')} 页无法读取（文件可能已损坏或不完整）`,
      ),
    )
  }
  if (!hasEofMarker(bytes)) {
    warnings.push(
      warning(
        'pdf_truncated',
        'warning',
        'the PDF seems cut short (no end-of-file marker); it was repaired while reading, text may be incomplete',
        'PDF 文件似乎不完整（缺少文件结束标记），已尽量修复读取，文字可能不全',
      ),
    )
  }
  if (text.trim() === '') {
    warnings.push(warning('scanned', 'error', 'no text layer: probably a scanned image', '没有文本层：可能是扫描图像，需要 OCR'))
  } else if (emptyPages.length > 0) {
    warnings.push(
      warning(
        'scanned',
        'warning',
        `pages ${emptyPages.join(', ')} have no text layer (scanned images or blank pages)`,
        `第 ${emptyPages.join('、')} 页没有文本层（可能是扫描图像或空白页）`,
      ),
    )
  }
  const read = [...spans]
  // the text layer's boxes outside what OCR read (a short line may also be found inside it), and OCR's own
  const boxes = textBoxes(text, pageStarts, geometry).filter((x) => !read.some(([, [s, e]]) => x.start < e && x.end > s))
  for (const [r, [s, e]] of read) boxes.push(...placeTokens(text, s, e, r.page, r.read, regionFrame(r)))
  boxes.sort((x, y) => x.start - y.start)
  const ocrInfo = read.length > 0
    ? { ocr: { pages: read.length, meanConfidence: meanOcrConfidence(read.map(([r]) => r.read)), regions: read.map(([r, [start, end]]) => ({ start, end, confidence: meanOcrConfidence([r.read]) })) } }
    : {}
  if (read.length > 0) warnings.push(partlyOcrWarning(read.map(([r]) => r)))
  const turned = read.filter(([r]) => !r.picture && r.read.deskewed !== 0).map(([r]) => r.page)
  if (turned.length > 0) warnings.push(deskewedWarning(turned))
  return { kind: 'pdf', encoding: null, pageCount: numPages, text, blocks: b.blocks, pageStarts, warnings, ...(boxes.length > 0 ? { boxes } : {}), ...ocrInfo }
}
