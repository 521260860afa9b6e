/**
 * A measurement, not a test: the real reports of a corpus folder (default ../shared/corpus/real) "printed
 * and scanned" (scripts/lib/scan-pdf.ts, 150 dpi) and scored through the real import with OCR, like `eval`:
 * fields against each `.gold.json`, table 三 cell by cell against `.cells.json`, next to the same reports read
 * from their text layer (what OCR loses). Skips itself when the folder is absent. `npx tsx scripts/scan-corpus.ts [folder] [--limit N]` (needs poppler-utils; slow: OCR of every page).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { evalFolder } from '../src/main/eval/run-eval'
import { scoreLine } from '../src/main/eval/score'
import { scanPdf } from './lib/scan-pdf'

const args = process.argv.slice(2)
const at = args.indexOf('--limit')
const limit = at >= 0 ? Number(args[at + 1]) : Infinity
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? join(import.meta.dirname, '../../shared/corpus/real')

if (!existsSync(folder)) {
  console.log(`skipped: ${folder} is absent`)
  process.exit(0)
}
const pdfs = readdirSync(folder).filter((f) => f.endsWith('.pdf') && existsSync(join(folder, f.replace(/\.pdf$/, '.gold.json')))).sort().slice(0, limit)
const work = mkdtempSync(join(tmpdir(), 'annalist-scan-corpus-'))
try {
  for (const f of pdfs) {
    const name = basename(f, '.pdf')
    writeFileSync(join(work, `${name}.pdf`), await scanPdf(join(folder, f), 150))
    for (const ext of ['.gold.json', '.cells.json']) if (existsSync(join(folder, name + ext))) copyFileSync(join(folder, name + ext), join(work, name + ext))
  }
  const t0 = performance.now()
  const report = await evalFolder(work)
  const seconds = (performance.now() - t0) / 1000
  const text = await evalFolder(folder, { only: new Set(pdfs.map((f) => basename(f, '.pdf'))) })
  const textOf = new Map(text.files.map((f) => [f.file, f]))
  const cellsOf = (f: { cells?: { right: number; total: number } }): string => (f.cells ? `, table 三 ${f.cells.right}/${f.cells.total} cells` : '')
  for (const f of report.files) {
    const bad = f.score.fields.filter((x) => x.outcome !== 'right').map((x) => `${x.field} (${x.outcome})`)
    const t = textOf.get(f.file)
    console.log(`${f.file}: ${f.score.right}/${f.score.total} fields${cellsOf(f)}${f.error ? `, not imported: ${f.error}` : ''}${bad.length ? `; not right: ${bad.join(', ')}` : ''}`)
    if (t) console.log(`  its text layer: ${t.score.right}/${t.score.total} fields${cellsOf(t)}`)
  }
  const sum = (files: typeof report.files): string => {
    const cells = files.filter((f) => f.cells)
    return cells.length ? `${cells.reduce((s, f) => s + (f.cells?.right ?? 0), 0)}/${cells.reduce((s, f) => s + (f.cells?.total ?? 0), 0)}` : 'none'
  }
  console.log(`table 三 cells: scanned ${sum(report.files)}, text layer ${sum(text.files)}`)
  console.log(`${pdfs.length} scanned reports, ${seconds.toFixed(0)} s`)
  console.log(`score, scanned:    ${scoreLine(report.files.map((f) => f.score))}`)
  console.log(`score, text layer: ${scoreLine(text.files.map((f) => f.score))}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
