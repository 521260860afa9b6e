/**
 * DOCX reader: the zip is checked first (zip-inspect: not a bomb, really a Word document), then mammoth
 * renders it to HTML, which keeps tables and merged cells (colspan/rowspan), and html-blocks walks that
 * into paragraphs and tables. Images are not decoded: only text is wanted.
 */
import type { DocWarning, ParsedDocument } from '../../shared/document'
import { IngestError } from './errors'
import { appendHtmlBlocks, parseHtml } from './html-blocks'
import { TextBuilder } from './text-builder'
import { listZip, verifyEntries } from './zip-inspect'
import { warning } from './warnings'

const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => h2.subtitle:fresh"]

/** Loaded on first use: a worker that only reads PDFs and text files does not pay for it. */
let mammothModule: Promise<typeof import('mammoth')> | null = null
function loadMammoth(): Promise<typeof import('mammoth')> {
  mammothModule ??= import('mammoth').then((m) => ('default' in m ? (m.default as typeof import('mammoth')) : m))
  return mammothModule
}

export const NOT_A_DOCX_MESSAGE = 'Zip archive is not a Word document: it has no word/document.xml (压缩包不是 Word 文档：缺少 word/document.xml)'

export async function readDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  const entries = await listZip(bytes)
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new IngestError('unsupported', NOT_A_DOCX_MESSAGE)
  await verifyEntries(bytes, (name) => !name.startsWith('word/media/'))

  let html: string
  const warnings: DocWarning[] = []
  const mammoth = await loadMammoth()
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    html = result.value
    const errors = result.messages.filter((m) => m.type === 'error')
    if (errors.length > 0) {
      warnings.push(
        warning(
          'docx_partial',
          'warning',
          `parts of the document could not be read: ${errors.map((m) => m.message).slice(0, 3).join('; ')}`,
          '文档的部分内容无法读取',
        ),
      )
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new IngestError('corrupt', `Word document is damaged: ${why} (Word 文档已损坏，无法读取)`, { cause: e })
  }
  const b = new TextBuilder()
  appendHtmlBlocks(parseHtml(html), b)
  const text = b.build()
  if (text.trim() === '') throw new IngestError('empty', 'Word document contains no text (Word 文档没有任何文字内容)')
  return { kind: 'docx', encoding: null, pageCount: null, text, blocks: b.blocks, warnings }
}
