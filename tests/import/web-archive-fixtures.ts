/**
 * Web archives for the import tests (issue 14), written here with warcio (Webrecorder's own writer): the
 * project's generated reports as captured responses among a crawl's usual noise.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { WARCRecord, WARCSerializer } from 'warcio'
import { makeZip } from '../../scripts/lib/docx-writer'

const REPORTS = join(import.meta.dirname, '../fixtures/reports')
export const HTML_REPORT = readFileSync(join(REPORTS, 's21-03-county-html.html'))
export const DOCX_REPORT = readFileSync(join(REPORTS, 's19-05-docx.docx'))
export const PDF_REPORT = readFileSync(join(REPORTS, 's19-04-pdf-central.pdf'))
export const LIST_PAGE = Buffer.from(
  '<html><head><meta charset="utf-8"><title>政府信息公开年度报告</title></head><body><ul>' +
    '<li><a href="/a.html">2021年政府信息公开工作年度报告</a></li><li><a href="/b.pdf">2020年政府信息公开工作年度报告</a></li>' +
    '</ul></body></html>',
)
export const CAPTURED_AT = '2022-03-01T08:30:00Z'

interface Capture { url: string; status?: string; type: string; body: Uint8Array; warcType?: 'response' | 'revisit' | 'request'; headers?: Record<string, string> }

export const CAPTURES: Capture[] = [
  { url: 'https://www.example.gov.cn/', type: 'text/html; charset=utf-8', body: LIST_PAGE },
  { url: 'https://www.example.gov.cn/style.css', type: 'text/css', body: Buffer.from('body{color:#333}') },
  // the report page, sent gzip-encoded as servers do: its original is the page itself
  { url: 'https://www.example.gov.cn/xxgk/2022/t20220115_1.html', type: 'text/html; charset=utf-8', body: gzipSync(HTML_REPORT), headers: { 'Content-Encoding': 'gzip' } },
  { url: 'https://www.example.gov.cn/logo.png', type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { url: 'https://www.example.gov.cn/app.js', type: 'application/javascript', body: Buffer.from('var a=1') },
  { url: 'https://www.example.gov.cn/old', status: '302 Found', type: 'text/html', body: Buffer.from('moved'), headers: { Location: '/new' } },
  { url: 'https://www.example.gov.cn/missing.pdf', status: '404 Not Found', type: 'text/html', body: Buffer.from('<html>404</html>') },
  { url: 'https://www.example.gov.cn/files/report-2020.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: DOCX_REPORT },
  { url: 'https://www.example.gov.cn/files/report-2020.pdf', type: 'application/pdf', body: PDF_REPORT },
  { url: 'https://www.example.gov.cn/files/report-2020.pdf', type: 'application/pdf', body: new Uint8Array(0), warcType: 'revisit' },
  { url: 'https://www.example.gov.cn/files/report-2020.pdf', type: '', body: new Uint8Array(0), warcType: 'request' },
]

/** What the import must skip, by URL, and what it must keep. */
export const SKIPPED_URLS = [
  'https://www.example.gov.cn/', 'https://www.example.gov.cn/style.css', 'https://www.example.gov.cn/logo.png',
  'https://www.example.gov.cn/app.js', 'https://www.example.gov.cn/old', 'https://www.example.gov.cn/missing.pdf',
  'https://www.example.gov.cn/files/report-2020.pdf',
]
export const REPORT_URLS = [
  'https://www.example.gov.cn/xxgk/2022/t20220115_1.html', 'https://www.example.gov.cn/files/report-2020.docx',
  'https://www.example.gov.cn/files/report-2020.pdf',
]

async function* once(b: Uint8Array): AsyncIterable<Uint8Array> {
  yield b
}

async function record(c: Capture): Promise<WARCRecord> {
  if (c.warcType === 'request') {
    return WARCRecord.create({ url: c.url, date: CAPTURED_AT, type: 'request', httpHeaders: { Host: 'www.example.gov.cn' }, statusline: 'GET /files/report-2020.pdf HTTP/1.1' }, once(c.body))
  }
  if (c.warcType === 'revisit') {
    return WARCRecord.create({ url: c.url, date: CAPTURED_AT, type: 'revisit', warcHeaders: { 'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' }, httpHeaders: { 'Content-Type': c.type }, statusline: 'HTTP/1.1 200 OK' }, once(c.body))
  }
  return WARCRecord.create(
    { url: c.url, date: CAPTURED_AT, type: 'response', httpHeaders: { 'Content-Type': c.type, ...(c.headers ?? {}) }, statusline: `HTTP/1.1 ${c.status ?? '200 OK'}` },
    once(c.body),
  )
}

export async function makeWarc(gzip: boolean): Promise<Buffer> {
  const info = WARCRecord.createWARCInfo({ filename: 'crawl.warc', warcVersion: 'WARC/1.1' }, { software: 'annalist tests' })
  const parts = [await WARCSerializer.serialize(info, { gzip })]
  for (const c of CAPTURES) parts.push(await WARCSerializer.serialize(await record(c), { gzip }))
  return Buffer.concat(parts)
}

/** A WACZ: a zip with datapackage.json and the WARC.gz stored (not deflated, as WACZ writers do) under archive/; `deflated`: a plain WARC deflated instead. */
export async function makeWacz(deflated = false): Promise<Buffer> {
  const warc = await makeWarc(!deflated)
  if (deflated) {
    return makeZip([
      { name: 'datapackage.json', data: Buffer.from('{"profile":"data-package"}') },
      { name: 'archive/data.warc', data: warc },
    ])
  }
  return makeZip([
    { name: 'datapackage.json', data: Buffer.from(JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', resources: [{ name: 'data.warc.gz', path: 'archive/data.warc.gz' }] })) },
    { name: 'archive/data.warc.gz', data: warc, compress: false },
  ])
}
