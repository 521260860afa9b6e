/**
 * What a file is, from its bytes first and its name second: %PDF header, a zip holding
 * word/document.xml (DOCX), HTML markup at the start, else text. Formats we do not read (a zip that is not
 * a DOCX, legacy .doc, images, ...) are named, so the error can say what the file really is.
 */
import type { DocumentKind } from '../../shared/document'
import { bomEncoding, sniffUtf16 } from './encoding'

/**
 * `via`: the original's own format where it is read into another kind's shape: a Word 97–2003 / WPS
 * binary into a DOCX-like document, an MHTML page into an HTML one (issue 14).
 */
export type SourceFormat = 'doc' | 'mhtml'

export type Sniffed =
  | { kind: DocumentKind; via?: SourceFormat }
  | { kind: null; what: 'zip' | 'damaged-zip' | 'ole' | 'image' | 'archive' | 'rtf' | 'binary' | 'web-archive' }

const EXT_KIND: Record<string, DocumentKind | SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  csv: 'txt',
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  wps: 'doc',
  mht: 'mhtml',
  mhtml: 'mhtml',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  tif: 'image',
  tiff: 'image',
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false
  return true
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number, from = 0): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit + needle.length))
  const at = buf.indexOf(needle, from, 'latin1')
  return at !== -1 && at < limit ? at : -1
}

/** The start of the file as lower-case text (UTF-16 decoded when it has a BOM), for markup sniffing. */
function headText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes)
  const n = Math.min(bytes.length, 2048)
  if (bom && bom.encoding !== 'utf-8') return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length, n & ~1)).toLowerCase()
  return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1').replace(/^\xef\xbb\xbf/, '').toLowerCase()
}

const HTML_ANYWHERE = /<!doctype\s+html|<html[\s>]/
const HTML_TAG = /<(meta|head|body|table|div|p|title)[\s>/]/

export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = headText(bytes)
  if (HTML_ANYWHERE.test(head.slice(0, 1024))) return true
  const trimmed = head.replace(/^\s+/, '')
  return trimmed.startsWith('<') && HTML_TAG.test(trimmed.slice(0, 1024))
}

/** A zip ends with its end-of-central-directory record (within the last 64 KB, after an optional comment). */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65557)
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.length - from)
  return tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
}

/** Control bytes no text file has (NUL and friends), in the first 4 KB; UTF-16 excepted. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes) || sniffUtf16(bytes)) return false
  const n = Math.min(bytes.length, 4096)
  let bad = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) bad++
  }
  return bad > 0 && bad * 50 > n
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (indexOfAscii(bytes, '%PDF-', 1024) !== -1) return { kind: 'pdf' }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // the name is in both the local header and the central directory; a plain byte search is enough to sniff
    if (indexOfAscii(bytes, 'word/document.xml', bytes.length) !== -1) return { kind: 'docx' }
    return hasEndOfCentralDirectory(bytes) ? { kind: null, what: 'zip' } : { kind: null, what: 'damaged-zip' }
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // an OLE compound file; Word's (and WPS's) has a stream named WordDocument in its directory
    return indexOfUtf16(bytes, 'WordDocument') ? { kind: 'docx', via: 'doc' } : { kind: null, what: 'ole' }
  }
  if (isWebArchiveHead(bytes)) return { kind: null, what: 'web-archive' }
  if (looksLikeMhtml(bytes)) return { kind: 'html', via: 'mhtml' }
  // PNG, JPEG and TIFF are read by OCR (issue 14); a GIF (an animation, a logo) is not a report
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return { kind: 'image' }
  }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: null, what: 'image' }
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
    return { kind: null, what: 'archive' }
  }
  if (indexOfAscii(bytes, '{\\rtf', 8) === 0) return { kind: null, what: 'rtf' }
  if (looksBinary(bytes)) return { kind: null, what: 'binary' }
  if (looksLikeHtml(bytes)) return { kind: 'html' }
  return { kind: 'txt' }
}

function indexOfUtf16(bytes: Uint8Array, name: string): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return buf.indexOf(Buffer.from(name, 'utf16le')) !== -1
}

/** A WARC file starts with its version line; a WARC.gz is gzip whose members inflate to one (see web-archive/). */
export function isWebArchiveHead(bytes: Uint8Array): boolean {
  return indexOfAscii(bytes, 'WARC/1.', 0) === 0 || indexOfAscii(bytes, 'WARC/0.', 0) === 0
}

/** A browser's single-file page: MIME headers, then a multipart/related body (RFC 2557). */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1')
  const headers = head.split(/\r?\n\r?\n/)[0]
  return /^(from|subject|date|mime-version|content-type|snapshot-content-location)\s*:/im.test(headers) && /content-type\s*:\s*multipart\/related/i.test(headers)
}

/** The sniffed content, and whether the file name's extension says something else. */
export function classify(bytes: Uint8Array, fileName: string): { sniffed: Sniffed; mislabelled: boolean } {
  const sniffed = sniff(bytes)
  const expected = EXT_KIND[extensionOf(fileName)]
  const actual = sniffed.kind === null ? null : (sniffed.via ?? sniffed.kind)
  return { sniffed, mislabelled: actual !== null && expected !== undefined && expected !== actual }
}

export function detectKind(bytes: Uint8Array, fileName: string): { kind: DocumentKind | null; mislabelled: boolean } {
  const { sniffed, mislabelled } = classify(bytes, fileName)
  return { kind: sniffed.kind, mislabelled }
}
