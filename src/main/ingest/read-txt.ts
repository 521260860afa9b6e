/**
 * TXT reader: detect the encoding (encoding.ts), decode, refuse binary, warn on a bad decode, and make one
 * paragraph block per non-blank line. Line endings are unified to '\n' (the original bytes are kept by the
 * library; offsets refer to this text). Kept cheap: this is the hot path of a bulk import.
 */
import type { DocWarning, ParagraphBlock, ParsedDocument } from '../../shared/document'
import { decodeText, type DecodedText } from './encoding'
import { IngestError } from './errors'
import { checkTextLength, LARGE_TEXT_CHARS } from './text-limit'
import { warning } from './warnings'

export interface TextQuality {
  /** U+FFFD: bytes that did not decode */
  replacement: number
  /** C0 controls other than tab, line feed, form feed, carriage return; and DEL */
  control: number
  nul: number
  length: number
}

export function textQuality(text: string): TextQuality {
  let replacement = 0
  let control = 0
  let nul = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20) {
      if (c === 0) nul++
      else if (c !== 9 && c !== 10 && c !== 12 && c !== 13) control++
    } else if (c === 0x7f) control++
    else if (c === 0xfffd) replacement++
  }
  return { replacement, control, nul, length: text.length }
}

/** Binary data decoded as text: zero bytes or control characters no text has. */
export function looksBinary(q: TextQuality): boolean {
  if (q.length === 0) return false
  return q.nul > 0 && q.nul * 100 > q.length || (q.control + q.nul) * 20 > q.length || q.replacement * 5 > q.length
}

export function decodeWarnings(q: TextQuality, encoding: string): DocWarning[] {
  if (q.replacement === 0 && q.control + q.nul === 0) return []
  const bad = q.replacement + q.control + q.nul
  return [
    warning(
      'decode',
      q.replacement * 100 > q.length ? 'error' : 'warning',
      `${bad} characters could not be decoded as ${encoding} (shown as \uFFFD or control characters)`,
      `有 ${bad} 个字符无法按 ${encoding} 正确解码（显示为 \uFFFD 或控制字符）`,
    ),
  ]
}

export function unifyLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** One paragraph block per non-blank line, trimmed; offsets into `text`. */
export function lineBlocks(text: string): ParagraphBlock[] {
  const blocks: ParagraphBlock[] = []
  let pos = 0
  const n = text.length
  while (pos <= n) {
    let nl = text.indexOf('\n', pos)
    if (nl === -1) nl = n
    let s = pos
    let e = nl
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) blocks.push({ type: 'paragraph', text: text.slice(s, e), start: s, end: e })
    pos = nl + 1
  }
  return blocks
}

function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 10 && !isSpace(c)) return true
  }
  return false
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0xfeff
}

export function readTxt(bytes: Uint8Array, decoded: DecodedText = decodeText(bytes)): ParsedDocument {
  checkTextLength(decoded.text.length)
  const text = unifyLineEndings(decoded.text)
  const q = textQuality(text)
  if (looksBinary(q)) {
    throw new IngestError('unsupported', 'File is binary data, not text or a supported document (文件是二进制数据，不是文本或支持的文档格式)')
  }
  // a very long text keeps its one-per-line paragraph blocks implicit (issue 10)
  const large = text.length > LARGE_TEXT_CHARS
  const blocks = large ? [] : lineBlocks(text)
  if (large ? !hasNonSpace(text) : blocks.length === 0) throw new IngestError('empty', 'File contains no text (文件没有任何文字内容)')
  return {
    kind: 'txt', encoding: decoded.encoding, pageCount: null, text, blocks, warnings: decodeWarnings(q, decoded.encoding),
    ...(large ? { implicitParagraphs: true as const } : {}),
  }
}
