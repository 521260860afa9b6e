/**
 * Which records of a web archive may be reports (issue 14). Decided from the record's headers alone, so a
 * crawl's images, scripts and styles are never read:
 * - only captures count: `response` and `resource` records (requests, metadata and warcinfo are the
 *   crawler's own bookkeeping, not pages); a `revisit` is a repeat capture without content: skipped;
 * - a response that is not HTTP 200 is skipped (a redirect, an error page);
 * - PDF and Word responses (and a download whose URL ends in .pdf/.doc/.docx/.wps) are documents: every
 *   one is imported;
 * - an HTML (or plain text) page is imported only if its text reads as a report: see is-report.ts;
 * - anything else (images, scripts, stylesheets, fonts, data) is skipped with its kind.
 */
import type { WARCRecord } from 'warcio'

export type RecordVerdict = { take: 'document' | 'page'; contentType: string } | { skip: string } | null

const DOCUMENT_TYPES = /^application\/(pdf|x-pdf|msword|vnd\.ms-word|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|vnd\.ms-works|kswps|wps-office\.\w+)$/
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/
const DOCUMENT_URL = /\.(pdf|docx?|wps)(?:$|[?#])/i

function mimeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase()
}

function skipReason(mime: string): string {
  if (mime.startsWith('image/')) return `image, ${mime} (图片)`
  if (/javascript|ecmascript/.test(mime)) return `script, ${mime} (脚本)`
  if (mime === 'text/css') return 'stylesheet, text/css (样式表)'
  if (mime.startsWith('font/') || /font/.test(mime)) return `font, ${mime} (字体)`
  return `not a document: ${mime || 'no content type'} (不是文档)`
}

export function recordVerdict(record: WARCRecord): RecordVerdict {
  const type = record.warcType
  if (type === 'revisit') return { skip: 'repeat capture without content, a revisit record (重复抓取，无内容)' }
  if (type !== 'response' && type !== 'resource') return null
  let mime: string
  if (type === 'response') {
    const info = record.getResponseInfo()
    const status = Number(info?.status ?? 0)
    if (status >= 300 && status < 400) return { skip: `redirect, HTTP ${status} (重定向)` }
    if (status !== 200) return { skip: `HTTP status ${status || 'unknown'}, not 200 (响应状态不是 200)` }
    mime = mimeOf(info?.headers.get('content-type'))
  } else {
    mime = mimeOf(record.warcContentType)
  }
  const url = record.warcTargetURI ?? ''
  if (DOCUMENT_TYPES.test(mime)) return { take: 'document', contentType: mime }
  if (PAGE_TYPES.test(mime)) return { take: 'page', contentType: mime }
  if ((mime === 'application/octet-stream' || mime === '') && DOCUMENT_URL.test(url)) return { take: 'document', contentType: mime }
  return { skip: skipReason(mime) }
}
