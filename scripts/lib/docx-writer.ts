/**
 * A small DOCX writer for fixtures and samples: paragraphs (plain, Title, Heading 1) and tables with
 * merged cells (gridSpan, vMerge), packed with yazl into a real Office Open XML zip that Word and mammoth read.
 * Also exports `makeZip`, the packer, for tests that need other zips (not-a-DOCX, decompression bombs).
 */
import yazl from 'yazl'

export type DocxCell = string | { text: string; colSpan?: number; vMerge?: 'restart' | 'continue' }
export type DocxBlock = { p: string; style?: 'Title' | 'Heading1' } | { table: DocxCell[][] }

export interface ZipEntry {
  name: string
  data: Buffer | string
  /** default true */
  compress?: boolean
}

/** Pack entries into a zip buffer (deflated, UTF-8 names). */
export function makeZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const mtime = new Date('2024-01-01T00:00:00Z')
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data
    zip.addBuffer(data, e.name, { mtime, compress: e.compress !== false })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function run(text: string): string {
  // line breaks inside a paragraph become <w:br/>, as Word writes them
  return text
    .split('\n')
    .map((part) => `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>')
}

function paragraph(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  return `<w:p>${pPr}${text === '' ? '' : run(text)}</w:p>`
}

const TWIPS_WIDTH = 9000

function table(rows: DocxCell[][]): string {
  const cols = Math.max(1, ...rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : (c.colSpan ?? 1)), 0)))
  const colW = Math.floor(TWIPS_WIDTH / cols)
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`
  let xml = `<w:tbl><w:tblPr><w:tblW w:w="${colW * cols}" w:type="dxa"/>${borders}</w:tblPr><w:tblGrid>`
  for (let k = 0; k < cols; k++) xml += `<w:gridCol w:w="${colW}"/>`
  xml += '</w:tblGrid>'
  for (const row of rows) {
    xml += '<w:tr>'
    for (const cell of row) {
      const c = typeof cell === 'string' ? { text: cell } : cell
      const span = c.colSpan ?? 1
      let tcPr = `<w:tcW w:w="${colW * span}" w:type="dxa"/>`
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`
      if (c.vMerge === 'restart') tcPr += '<w:vMerge w:val="restart"/>'
      else if (c.vMerge === 'continue') tcPr += '<w:vMerge/>'
      // every cell needs at least one paragraph, even an empty one
      xml += `<w:tc><w:tcPr>${tcPr}</w:tcPr>${paragraph(c.vMerge === 'continue' ? '' : c.text)}</w:tc>`
    }
    xml += '</w:tr>'
  }
  return xml + '</w:tbl>'
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>'

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>'

const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>'

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:styles ${NS}>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>' +
  '<w:rPr><w:rFonts w:ascii="SimSun" w:eastAsia="SimSun" w:hAnsi="SimSun"/><w:sz w:val="24"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
  '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>' +
  '</w:styles>'

export function documentXml(blocks: DocxBlock[]): string {
  let body = ''
  for (const b of blocks) body += 'table' in b ? table(b.table) : paragraph(b.p, b.style)
  // Word wants a paragraph between a final table and the section properties
  const last = blocks[blocks.length - 1]
  if (last && 'table' in last) body += paragraph('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document ${NS}><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>' +
    '</w:body></w:document>'
  )
}

export function makeDocx(blocks: DocxBlock[]): Promise<Buffer> {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/_rels/document.xml.rels', data: DOC_RELS },
    { name: 'word/styles.xml', data: STYLES },
    { name: 'word/document.xml', data: documentXml(blocks) },
  ])
}
