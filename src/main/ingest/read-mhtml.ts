/**
 * MHTML reader (a browser's “save as single file”, .mht/.mhtml): the page's HTML part, decoded from its
 * transfer encoding and its charset (the part's Content-Type first, then the page's own meta/bytes, as
 * for a saved HTML page), walked into paragraphs and tables like HTML. Each picture the file carries
 * (statistics tables are often posted as images) is recorded where it stood, as a placeholder paragraph
 * with `image` (ParagraphBlock), and the document gets a warning that it needs OCR. With OCR on, each PNG or
 * JPEG picture is read (ocr/read-scanned.ts, the same page layout as a scan) and its paragraphs and table
 * take the placeholder's place; a picture OCR cannot read keeps its placeholder.
 */
import type { DocWarning, OcrRegion, ParsedDocument } from '../../shared/document'
import { decodeAs, normaliseCharset } from './encoding'
import { IngestError } from './errors'
import { appendHtmlBlocks, parseHtml } from './html-blocks'
import { headerParam, mimeParts, type MimePart } from './mime-parts'
import { decodeHtml } from './read-html'
import { unifyLineEndings } from './read-txt'
import { TextBuilder } from './text-builder'
import { warning } from './warnings'
import { decodeImage, meanOcrConfidence, ocrPageBlocks, readPages, type OcrOptions } from './ocr/read-scanned'
import type { OcrPage } from './ocr/ocr-page'
import type { PageBlock } from './pdf-layout'
import type { RawImage } from './ocr/ocr-image'

function typeOf(p: MimePart): string {
  return (p.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

/** The names a page may use for a part: its Content-Location, and cid: with its Content-ID. */
function partNames(p: MimePart): string[] {
  const names: string[] = []
  const loc = p.headers.get('content-location')
  if (loc) names.push(loc)
  const id = p.headers.get('content-id')
  if (id) names.push(`cid:${id.replace(/^<|>$/g, '')}`)
  return names
}

export function imagesNeedOcrWarning(n: number): DocWarning {
  return warning(
    'images_need_ocr',
    'warning',
    `the page holds ${n} image${n === 1 ? '' : 's'} (tables may be pictures): they need OCR`,
    `页面中有 ${n} 张图片（表格可能是图片），需 OCR`,
  )
}

/** The warning of a page whose pictures were read by OCR: the values in them are less certain. */
export function imagesReadByOcrWarning(n: number, meanConfidence: number): DocWarning {
  const pct = Math.round(meanConfidence * 100)
  return warning(
    'ocr',
    'warning',
    `${n} image${n === 1 ? '' : 's'} in the page read by OCR (mean confidence ${pct}%): values may be misread, check them against the picture`,
    `页面中 ${n} 张图片的文字由 OCR 识别（平均置信度 ${pct}%）：数值可能有误，请对照原图核对`,
  )
}

/** Pictures OCR reads: PNG and JPEG (GIF, SVG and the like keep their placeholder). */
const OCR_TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/pjpeg'])

/**
 * Each picture the page shows (by its ref) read by OCR into blocks; a picture that cannot be decoded, or
 * where OCR finds no text, is left out (it keeps its placeholder). OCR unavailable on this system leaves
 * them all out; a cancel is passed on.
 */
async function readPictures(refs: string[], images: Map<string, MimePart>, opts: OcrOptions): Promise<{ blocks: Map<string, PageBlock[]>; pages: OcrPage[]; confidence: Map<string, number> }> {
  const decoded: { ref: string; image: RawImage }[] = []
  for (const ref of refs) {
    const part = images.get(ref)
    if (!part || !OCR_TYPES.has(typeOf(part))) continue
    try {
      decoded.push({ ref, image: await decodeImage(part.body) })
    } catch {
      // a broken picture keeps its placeholder
    }
  }
  const blocks = new Map<string, PageBlock[]>()
  const confidence = new Map<string, number>()
  if (decoded.length === 0) return { blocks, pages: [], confidence }
  let pages: OcrPage[]
  try {
    pages = await readPages(decoded.length, async (k) => decoded[k - 1].image, opts)
  } catch (e) {
    if (e instanceof IngestError && e.code === 'cancelled') throw e
    return { blocks, pages: [], confidence }
  }
  const read: OcrPage[] = []
  ocrPageBlocks(pages).forEach((b, k) => {
    if (b.length === 0) return
    blocks.set(decoded[k].ref, b)
    confidence.set(decoded[k].ref, meanOcrConfidence([pages[k]]))
    read.push(pages[k])
  })
  return { blocks, pages: read, confidence }
}

/** `ocr`: options to read the pictures by OCR, or null to keep placeholders. */
export async function readMhtml(bytes: Uint8Array, ocr: OcrOptions | null = null): Promise<ParsedDocument> {
  const parts = mimeParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
  const page = parts.find((p) => typeOf(p) === 'text/html')
  if (!page) throw new IngestError('unsupported', 'MHTML file holds no HTML page (MHTML 文件中没有网页内容)')
  const label = headerParam(page.headers.get('content-type'), 'charset')
  const declared = label ? normaliseCharset(label) : null
  const decoded = declared
    ? { text: decodeAs(page.body, declared.decodeWith), encoding: declared.encoding, warnings: [] as DocWarning[] }
    : (({ decoded: d, warnings }) => ({ text: d.text, encoding: d.encoding as string, warnings }))(decodeHtml(page.body))
  const images = new Map<string, MimePart>()
  for (const p of parts) if (typeOf(p).startsWith('image/')) for (const n of partNames(p)) images.set(n, p)
  const root = parseHtml(unifyLineEndings(decoded.text))
  // first the pictures the page shows, in page order, so each is read once however often it is shown
  const refs: string[] = []
  if (ocr) appendHtmlBlocks(root, new TextBuilder(), (img) => {
    const src = img.getAttribute('src') ?? ''
    if (images.has(src) && !refs.includes(src)) refs.push(src)
  })
  const read = ocr && refs.length > 0 ? await readPictures(refs, images, ocr) : { blocks: new Map<string, PageBlock[]>(), pages: [], confidence: new Map<string, number>() }
  // the text each picture's reading became: values found there alone get OCR's lower confidence
  const regions: OcrRegion[] = []
  const b = new TextBuilder()
  let count = 0
  let unread = 0
  appendHtmlBlocks(root, b, (img) => {
    const src = img.getAttribute('src') ?? ''
    if (!images.has(src)) return
    count++
    const blocks = read.blocks.get(src)
    if (!blocks) {
      unread++
      b.image(`[图片 ${count}：需 OCR]`, { index: count, ref: src })
      return
    }
    const start = b.nextStart()
    for (const block of blocks) {
      if (block.type === 'table') b.table(block.rows)
      else b.paragraph(block.text)
    }
    if (b.textLength > start) regions.push({ start, end: b.textLength, confidence: read.confidence.get(src) ?? 0 })
  })
  const text = b.build()
  if (text.trim() === '') throw new IngestError('empty', 'MHTML page contains no text (MHTML 网页没有任何文字内容)')
  const warnings = [...decoded.warnings]
  const mean = meanOcrConfidence(read.pages)
  if (read.pages.length > 0) warnings.push(imagesReadByOcrWarning(read.pages.length, mean))
  if (unread > 0) warnings.push(imagesNeedOcrWarning(unread))
  return {
    kind: 'html', format: 'mhtml', encoding: decoded.encoding, pageCount: null, text, blocks: b.blocks, warnings,
    ...(regions.length > 0 ? { ocr: { pages: read.pages.length, meanConfidence: mean, regions } } : {}),
  }
}
