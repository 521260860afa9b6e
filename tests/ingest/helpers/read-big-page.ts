/**
 * Child process of tests/ingest/html-stream.test.ts: reads a generated web page of about N million
 * characters (argv[2]) through readHtml under the heap limit the test starts it with, and prints the
 * text's length. A parse tree of that page does not fit in that heap.
 */
import { generateReport } from '../../../bench/lib/report-text'
import { readHtml } from '../../../src/main/ingest/read-html'

const chars = Number(process.argv[2]) * 1e6
const parts: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告汇编</title></head><body>']
let n = 0
for (let seed = 1; n < chars; seed++) {
  const report = generateReport(seed).text.split('\n').filter((l) => l !== '').map((l) => `<p>${l}</p>`).join('')
  parts.push(report)
  n += report.length
}
parts.push('</body></html>')
const bytes = new TextEncoder().encode(parts.join(''))
parts.length = 0
const doc = readHtml(bytes)
process.stdout.write(JSON.stringify({ chars: doc.text.length, blocks: doc.blocks.length, implicit: doc.implicitParagraphs === true }) + '\n')
