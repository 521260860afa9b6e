/**
 * The readers' front door: bytes and a file name in, a ParsedDocument out (see src/shared/document.ts),
 * or an IngestError with a code and a message a person understands. The kind comes from the content;
 * a file whose name says otherwise is read as what it is, with a 'mislabelled' warning.
 */
import type { DocumentKind, ParsedDocument } from '../../shared/document'
import { classify, extensionOf, type Sniffed } from './detect-kind'
import { readDoc } from './read-doc'
import { readMhtml } from './read-mhtml'
import { IngestError } from './errors'
import { NOT_A_DOCX_MESSAGE, readDocx } from './read-docx'
import { readHtml } from './read-html'
import { readPdf } from './read-pdf'
import { readTxt } from './read-txt'
import { mislabelledWarning } from './warnings'
import { checkTextLength } from './text-limit'
import { readScannedImage, readScannedPdf, type OcrOptions } from './ocr/read-scanned'

export { MAX_TEXT_CHARS } from './text-limit'

export { IngestError, isIngestError, type IngestErrorCode } from './errors'
export { detectKind } from './detect-kind'
export { decodeText, type TextEncoding } from './encoding'

/** Files above this are refused (too_large) before any parsing. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

function unsupportedMessage(what: Exclude<Sniffed, { kind: DocumentKind }>['what']): string {
  switch (what) {
    case 'zip':
      return NOT_A_DOCX_MESSAGE
    case 'damaged-zip':
      return 'Zip archive (DOCX) is damaged or incomplete: its directory is missing (压缩包（DOCX）已损坏或不完整)'
    case 'ole':
      return 'Legacy Office file that is not a Word document (.xls/.ppt) is not supported (不支持旧版 Excel/PowerPoint 文件)'
    case 'web-archive':
      return 'Web archive (WARC) holds many pages: import the archive file itself, its reports are read one by one (网页归档（WARC）包含多个网页：请直接导入归档文件，其中的报告会逐一导入)'
    case 'image':
      return 'File is an image, not a document: it needs OCR (文件是图片而不是文档，需要 OCR 识别)'
    case 'archive':
      return 'File is a compressed archive, not a document: unpack it first (文件是压缩包而不是文档，请先解压)'
    case 'rtf':
      return 'RTF files are not supported: save it as DOCX or TXT (不支持 RTF 文件，请另存为 DOCX 或 TXT)'
    case 'binary':
      return 'File is binary data, not text or a supported document (文件是二进制数据，不是文本或支持的文档格式)'
  }
}

export type { OcrOptions } from './ocr/read-scanned'

export interface ParseOptions {
  /**
   * OCR for scans and images (issue 14): options, or false to keep a scan as before (a 'scanned' warning,
   * no text) and refuse an image. Default: on, with its defaults.
   */
  ocr?: OcrOptions | false
  /** read a PDF by OCR even when it has a text layer (a garbage layer, sent to OCR from the desk) */
  forceOcr?: boolean
}

/** A PDF with no text on any page is a scan: with OCR on it is read from its rendered pages. */
function isScan(doc: ParsedDocument): boolean {
  return doc.text.trim() === '' && doc.warnings.some((w) => w.code === 'scanned')
}

export async function parseDocument(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ParsedDocument> {
  const ocr = opts.ocr === false ? null : (opts.ocr ?? {})
  if (bytes.length > MAX_FILE_BYTES) {
    throw new IngestError(
      'too_large',
      `File is too large (${Math.round(bytes.length / 1024 / 1024)} MB, limit ${MAX_FILE_BYTES / 1024 / 1024} MB) (文件过大，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限)`,
    )
  }
  if (bytes.length === 0) throw new IngestError('empty', 'File is empty (文件为空)')
  const { sniffed: s, mislabelled } = classify(bytes, fileName)
  if (s.kind === null && s.what === 'binary' && /^(doc|wps)$/.test(extensionOf(fileName))) {
    // named .doc/.wps but not the OLE Word format: an old WPS (before WPS 2005) or a damaged file
    const ext = extensionOf(fileName)
    throw new IngestError(
      'unsupported',
      `${ext === 'wps' ? 'WPS document (.wps)' : 'Word document (.doc)'} is not in the Word 97–2003 format (an old WPS version's own format, or damaged): save it as DOCX (${ext === 'wps' ? 'WPS 文档（.wps）' : 'Word 文档（.doc）'}不是 Word 97–2003 格式，可能是旧版 WPS 的专有格式或已损坏，请另存为 DOCX)`,
    )
  }
  if (s.kind === null) throw new IngestError(s.what === 'damaged-zip' ? 'corrupt' : 'unsupported', unsupportedMessage(s.what))
  let doc: ParsedDocument
  try {
    switch (s.kind) {
      case 'pdf':
        if (ocr && opts.forceOcr) doc = await readScannedPdf(bytes, ocr)
        else {
          // pages without text among typed ones, and pictures of tables, are read by OCR inside readPdf
          doc = await readPdf(bytes, { ocr })
          if (ocr && isScan(doc)) doc = await readScannedPdf(bytes, ocr)
        }
        break
      case 'image':
        if (!ocr) throw new IngestError('unsupported', unsupportedMessage('image'))
        doc = await readScannedImage(bytes, ocr)
        break
      case 'docx':
        doc = s.via === 'doc' ? await readDoc(bytes, extensionOf(fileName) === 'wps' ? 'wps' : 'doc') : await readDocx(bytes)
        break
      case 'html':
        doc = s.via === 'mhtml' ? await readMhtml(bytes, ocr) : readHtml(bytes)
        break
      case 'txt':
        doc = readTxt(bytes)
        break
    }
  } catch (e) {
    if (e instanceof IngestError) throw e
    const why = e instanceof Error ? e.message : String(e)
    throw new IngestError('unreadable', `File could not be read: ${why} (文件无法读取)`, { cause: e })
  }
  // every reader's text, whatever its kind (a PDF or DOCX can hold a long text in few bytes)
  checkTextLength(doc.text.length)
  if (mislabelled) doc.warnings.unshift(mislabelledWarning(fileName, doc.format ?? doc.kind))
  return doc
}
