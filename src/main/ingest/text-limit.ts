/**
 * How long a document's text may be. Reading, cleaning, extraction and storage peak at about 40 bytes of
 * RSS per character for a very long text (measured by bench/memory-bench.ts: ~650 MB for a 16 M-character
 * text, ~740 MB for a 50 MB web page), so 25 M characters (a 70 MB Chinese text; real reports are under 1 M)
 * stay under 1 GB (measured: 915 MB for 25 M). A longer text is refused with this message before that
 * work, instead of exhausting a worker (issue 10).
 */
import { IngestError } from './errors'

export const MAX_TEXT_CHARS = 24 * 1024 * 1024
/**
 * Above this, a text's paragraph blocks stay implicit (ParsedDocument.implicitParagraphs) and a web page's
 * source is read by the large-page reader (html-stream.ts) instead of a parse tree: real reports are far
 * below it (under 1 M characters), so they keep the readers' exact output.
 */
export const LARGE_TEXT_CHARS = 4 * 1024 * 1024
/** A web page's markup costs more than its text while it is parsed: its source may be twice as long. */
export const MAX_HTML_SOURCE_CHARS = 2 * MAX_TEXT_CHARS

const millions = (n: number): string => (n / 1e6).toFixed(1)
const wan = (n: number): string => String(Math.round(n / 1e4))

export function checkTextLength(length: number, limit = MAX_TEXT_CHARS, what = 'text'): void {
  if (length <= limit) return
  throw new IngestError(
    'too_large',
    `The ${what} is ${millions(length)} million characters, more than the ${millions(limit)} million one document may hold (文本长度 ${wan(length)} 万字符，超过单个文档 ${wan(limit)} 万字符的上限)`,
  )
}
