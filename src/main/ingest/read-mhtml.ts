/**
 * MHTML reader (a browser's “save as single file”, .mht/.mhtml): the page's HTML part, decoded from its
 * transfer encoding and its charset (the part's Content-Type first, then the page's own meta/bytes, as
 * for a saved HTML page), walked into paragraphs and tables like HTML. Each picture the file carries
 * (statistics tables are often posted as images) is recorded where it stood, as a placeholder paragraph
 * with `image` (ParagraphBlock), and the document gets a warning that it needs OCR: the OCR helper reads
 * the image part named by `ref` from the original and puts its text in that place.
 */
import type { DocWarning, ParsedDocument } from '../../shared/document'
import { decodeAs, normaliseCharset } from './encoding'
import { IngestError } from './errors'
import { appendHtmlBlocks, parseHtml } from './html-blocks'
import { headerParam, mimeParts, type MimePart } from './mime-parts'
import { decodeHtml } from './read-html'
import { unifyLineEndings } from './read-txt'
import { TextBuilder } from './text-builder'
import { warning } from './warnings'

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

export function readMhtml(bytes: Uint8Array): ParsedDocument {
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
  const b = new TextBuilder()
  let count = 0
  appendHtmlBlocks(parseHtml(unifyLineEndings(decoded.text)), b, (img) => {
    const src = img.getAttribute('src') ?? ''
    if (!images.has(src)) return
    count++
    b.image(`[图片 ${count}：需 OCR]`, { index: count, ref: src })
  })
  const text = b.build()
  if (text.trim() === '') throw new IngestError('empty', 'MHTML page contains no text (MHTML 网页没有任何文字内容)')
  const warnings = [...decoded.warnings]
  if (count > 0) warnings.push(imagesNeedOcrWarning(count))
  return { kind: 'html', format: 'mhtml', encoding: decoded.encoding, pageCount: null, text, blocks: b.blocks, warnings }
}
