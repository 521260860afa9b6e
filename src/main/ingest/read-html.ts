/**
 * HTML reader for saved web pages: the charset from a BOM, <meta charset> / http-equiv, or the bytes
 * (same detection as TXT); a declaration contradicted by the bytes (declared GBK, bytes strictly valid
 * UTF-8) loses to the bytes, as happens when scraped pages are re-saved. Then the page is walked into
 * paragraphs and tables (html-blocks).
 */
import type { DocWarning, ParsedDocument } from '../../shared/document'
import { bomEncoding, chooseLegacy, decodeAs, decodeText, normaliseCharset, type DecodedText } from './encoding'
import { IngestError } from './errors'
import { checkTextLength, LARGE_TEXT_CHARS, MAX_HTML_SOURCE_CHARS } from './text-limit'
import { appendHtmlBlocks, parseHtml } from './html-blocks'
import { appendHtmlSourceBlocks } from './html-stream'
import { decodeWarnings, textQuality, unifyLineEndings } from './read-txt'
import { TextBuilder } from './text-builder'
import { warning } from './warnings'

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i

/** The charset a page declares in its first 4 KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1')
  const m = META_CHARSET.exec(head)
  return m ? m[1] : null
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

export function decodeHtml(bytes: Uint8Array): { decoded: DecodedText; warnings: DocWarning[] } {
  if (bomEncoding(bytes)) return { decoded: decodeText(bytes), warnings: [] }
  const label = declaredCharset(bytes)
  const declared = label ? normaliseCharset(label) : null
  if (!declared) return { decoded: decodeText(bytes), warnings: [] }
  const utf8 = strictUtf8(bytes)
  const hasNonAscii = bytes.some((b) => b >= 0x80)
  if (declared.encoding === 'utf-8') {
    if (utf8 !== null || !hasNonAscii) return { decoded: { text: utf8 ?? decodeAs(bytes, 'utf-8'), encoding: 'utf-8', basis: 'declared' }, warnings: [] }
    const legacy = chooseLegacy(bytes)
    return { decoded: legacy, warnings: [charsetMismatch(label ?? '', legacy.encoding)] }
  }
  if (utf8 !== null && hasNonAscii && declared.encoding !== 'utf-16le' && declared.encoding !== 'utf-16be') {
    return { decoded: { text: utf8, encoding: 'utf-8', basis: 'strict' }, warnings: [charsetMismatch(label ?? '', 'utf-8')] }
  }
  if (declared.encoding === 'gb18030' || declared.encoding === 'big5') {
    return { decoded: { text: decodeAs(bytes, declared.decodeWith), encoding: declared.encoding, basis: 'declared' }, warnings: [] }
  }
  if (declared.encoding === 'utf-16le' || declared.encoding === 'utf-16be') {
    // a page that says UTF-16 but is readable as ASCII was converted and the meta tag kept
    return { decoded: decodeText(bytes), warnings: [] }
  }
  return { decoded: { text: decodeAs(bytes, declared.decodeWith), encoding: declared.encoding as DecodedText['encoding'], basis: 'declared' }, warnings: [] }
}

function charsetMismatch(label: string, used: string): DocWarning {
  return warning(
    'charset_mismatch',
    'warning',
    `the page declares charset ${label} but its bytes are ${used}; read as ${used}`,
    `网页声明的字符集为 ${label}，但内容实际为 ${used}，已按 ${used} 读取`,
  )
}

export function readHtml(bytes: Uint8Array): ParsedDocument {
  const { decoded, warnings } = decodeHtml(bytes)
  checkTextLength(decoded.text.length, MAX_HTML_SOURCE_CHARS, 'page')
  const html = unifyLineEndings(decoded.text)
  // a very long page: no parse tree (hundreds of MB) and no paragraph objects (issue 10)
  const large = html.length > LARGE_TEXT_CHARS
  const b = new TextBuilder({ paragraphBlocks: !large })
  if (large) appendHtmlSourceBlocks(html, b)
  else appendHtmlBlocks(parseHtml(html), b)
  const text = b.build()
  if (text.trim() === '') throw new IngestError('empty', 'Web page contains no text (网页没有任何文字内容)')
  return {
    kind: 'html',
    encoding: decoded.encoding,
    pageCount: null,
    text,
    blocks: b.blocks,
    warnings: [...warnings, ...decodeWarnings(textQuality(text), decoded.encoding)],
    ...(large ? { implicitParagraphs: true as const } : {}),
  }
}
