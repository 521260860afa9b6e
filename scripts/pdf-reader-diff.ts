/**
 * Reads every PDF under the given folders with both PDF readers (the fast text-only one and pdfjs) and
 * prints, per file, whether the fast reader took it and whether the two texts are the same; with
 * --show, the first differing lines. Usage: npx tsx scripts/pdf-reader-diff.ts DIR... [--show]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { readPdf } from '../src/main/ingest/read-pdf'
import { readPdfText, Unsupported } from '../src/main/ingest/pdf-text'
import { pdfjsAssetDirs } from '../src/main/ingest/read-pdf'

function* pdfs(dir: string): Generator<string> {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e)
    if (statSync(p).isDirectory()) yield* pdfs(p)
    else if (e.toLowerCase().endsWith('.pdf')) yield p
  }
}

const show = process.argv.includes('--show')
let same = 0
let differ = 0
let declined = 0
for (const dir of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  for (const f of pdfs(dir)) {
    const bytes = readFileSync(f)
    try {
      readPdfText(bytes, pdfjsAssetDirs().cMapUrl)
    } catch (e) {
      declined++
      console.log(`declined  ${f}: ${e instanceof Unsupported ? e.message : String(e)}`)
      continue
    }
    const [a, b] = await Promise.all([readPdf(bytes, { reader: 'fast', rules: false }).catch((e: Error) => e), readPdf(bytes, { reader: 'pdfjs' }).catch((e: Error) => e)])
    if (a instanceof Error || b instanceof Error) {
      console.log(`error     ${f}: fast ${a instanceof Error ? a.message : 'ok'}, pdfjs ${b instanceof Error ? b.message : 'ok'}`)
      differ++
      continue
    }
    if (a.text === b.text) {
      same++
      continue
    }
    differ++
    console.log(`differs   ${f}`)
    if (show) {
      const la = a.text.split('\n')
      const lb = b.text.split('\n')
      let shown = 0
      for (let i = 0; i < Math.max(la.length, lb.length) && shown < 6; i++) {
        if (la[i] !== lb[i]) {
          console.log(`   fast : ${la[i]}\n   pdfjs: ${lb[i]}`)
          shown++
        }
      }
    }
  }
}
console.log(`same ${same}, differ ${differ}, declined ${declined}`)
