/**
 * Library size per document and per original byte (issue 15, point 1): generated reports of 5,000 and 800
 * characters, and the real corpora in ../shared/corpus when they are beside the repo, each imported into a
 * fresh library in the temporary folder. Goals: <= 40 KB per 5,000-character report, <= 4.5x the originals'
 * bytes for 800-character ones. The figures count the pages in use (dbstat), so the search index is as the
 * import left it (FTS5 merges its segments as the library grows; `optimize` would shrink a small one more).
 *   npx tsx bench/size-bench.ts [--docs 1000]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openLibrary } from '../src/main/library/db'
import { importPaths } from '../src/main/import/index'
import { generateReport } from './lib/report-text'
import { describeSize, librarySize } from './lib/library-size'

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}

async function measure(root: string, label: string, folder: string, goal?: { perDocKb?: number; ratio?: number }): Promise<void> {
  const path = join(root, `${label.replace(/\W+/g, '-')}.annalist`)
  const db = openLibrary(path, { create: true })
  try {
    await importPaths(db, [folder])
    const s = librarySize(db)
    process.stdout.write(`${describeSize(label, s, goal?.ratio)}\n`)
    if (goal?.perDocKb) {
      const kb = s.fileBytes / s.documents / 1024
      process.stdout.write(`  ${kb.toFixed(1)} KB per document   (goal <= ${goal.perDocKb} KB: ${kb <= goal.perDocKb ? 'met' : 'NOT met'})\n`)
    }
  } finally {
    db.close()
  }
}

async function main(): Promise<void> {
  const n = arg('docs', 1000)
  const root = mkdtempSync(join(tmpdir(), 'annalist-size-bench-'))
  try {
    for (const [chars, goal] of [[5000, { perDocKb: 40 }], [800, { ratio: 4.5 }]] as const) {
      const dir = join(root, `gen-${chars}`)
      mkdirSync(dir)
      for (let i = 1; i <= n; i++) {
        const r = generateReport(i, chars)
        writeFileSync(join(dir, r.name), r.text)
      }
      await measure(root, `${n} generated ${chars}-character reports`, dir, goal)
    }
    const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus')
    for (const sub of ['seeds', 'formats', 'pages', 'real']) {
      if (existsSync(join(corpus, sub))) await measure(root, `../shared/corpus/${sub}`, join(corpus, sub))
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

await main()
