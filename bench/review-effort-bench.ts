/**
 * Review effort (issue 11, point 10; `npm run bench -- --only review-effort`): the scripted reviewer
 * (e2e/support/scripted-reviewer) takes each set of reports with gold, imports it into a fresh library of
 * a real `annalist serve`, and in Debian's Chromium brings every field that differs from gold to its gold
 * value from the keyboard alone, then verifies the document. Printed per set: keys per correction (free-form
 * fields, standard-table cells) and per document, mouse events seen by the page, seconds, documents per
 * hour; then per field how it was corrected and what it cost. Figures are printed, never asserted.
 *
 * Sets: `samples` (tests/fixtures/reports, the project's generated samples with gold; the extractor reads
 * them right, so they measure the verify-only pass); `drills` (e2e/support/scripted-reviewer/drills.ts:
 * reports with fields the extraction misses, free-form and table cells); `pages` and `real` from
 * ../shared/corpus when that folder is beside the repo (skipped otherwise; `real` adds its table 三 cells
 * from `*.cells.json`). Options: --set samples,drills,pages,real · --limit N (documents a set) · --json FILE ·
 * --verbose (a line per document).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS } from '../playwright.config'
import { cellIdsOf } from '../src/main/eval/cells-score'
import { findEvalPairs } from '../src/main/eval/run-eval'
import { writeDrills } from '../e2e/support/scripted-reviewer/drills'
import { reviewLibrary, type LibraryRun } from '../e2e/support/scripted-reviewer/drive'
import { effortReport, summarize } from '../e2e/support/scripted-reviewer/effort-table'
import { openLibraryWith } from '../e2e/support/scripted-reviewer/session'
import { REPO, startServer } from '../e2e/support/server'

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const SHARED = join(REPO, '..', 'shared', 'corpus')
const SETS: Record<string, { dir: string; cells?: boolean }> = {
  samples: { dir: join(REPO, 'tests', 'fixtures', 'reports') },
  drills: { dir: '' },
  pages: { dir: join(SHARED, 'pages') },
  real: { dir: join(SHARED, 'real'), cells: true },
}

/** gold by file name; a `<name>.cells.json` beside it adds table 三 by cell id */
async function goldsOf(dir: string, cells: boolean): Promise<{ files: string[]; golds: Map<string, Record<string, unknown>> }> {
  const { pairs } = await findEvalPairs(dir)
  const golds = new Map<string, Record<string, unknown>>()
  for (const p of pairs) {
    const gold = JSON.parse(readFileSync(p.gold, 'utf8')) as Record<string, unknown>
    const cellFile = p.gold.replace(/\.gold\.json$/, '.cells.json')
    if (cells && existsSync(cellFile)) {
      const byLabel = JSON.parse(readFileSync(cellFile, 'utf8')) as Record<string, number>
      for (const [label, id] of cellIdsOf(byLabel)) gold[id] = byLabel[label]
    }
    golds.set(basename(p.file), gold)
  }
  return { files: pairs.map((p) => p.file), golds }
}

let drillDir: string | null = null
/** the drills (reports with fields the extraction misses, e.g. table cells) written to a temporary folder */
function drills(): ReturnType<typeof writeDrills> {
  drillDir = mkdtempSync(join(tmpdir(), 'annalist-effort-drills-'))
  return writeDrills(drillDir)
}

async function runSet(name: string, dir: string, cells: boolean, limit: number): Promise<LibraryRun | null> {
  if (dir !== '' && !existsSync(dir)) {
    process.stdout.write(`${name}: ${dir} is absent, skipped\n`)
    return null
  }
  const { files, golds } = dir === '' ? drills() : await goldsOf(dir, cells)
  const chosen = files.slice(0, Number.isFinite(limit) ? limit : files.length)
  const server = await startServer()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    const t0 = performance.now()
    const client = await openLibraryWith(page, server.url, chosen)
    process.stdout.write(`${name}: ${chosen.length} reports imported in ${((performance.now() - t0) / 1000).toFixed(1)} s; reviewing\n`)
    const run = await reviewLibrary(page, client, golds, limit, (d) => {
      if (process.argv.includes('--verbose')) process.stdout.write(`  ${d.file}: ${d.fields.length} corrections, ${d.keys} keys, ${d.seconds.toFixed(1)} s\n`)
    })
    process.stdout.write(`${effortReport(name, run)}\n\n`)
    return run
  } finally {
    await browser.close()
    await server.stop()
    if (drillDir) rmSync(drillDir, { recursive: true, force: true })
    drillDir = null
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) throw new Error('the review-effort bench drives the built renderer: run `npm run build` first')
  const limit = option('limit') ? Number(option('limit')) : Infinity
  const names = (option('set') ?? Object.keys(SETS).join(',')).split(',')
  const results: Record<string, unknown> = {}
  for (const name of names) {
    const set = SETS[name]
    if (!set) throw new Error(`unknown set ${name}; the sets are ${Object.keys(SETS).join(', ')}`)
    const run = await runSet(name, set.dir, set.cells === true, limit)
    if (run) results[name] = { summary: summarize(run), documents: run.documents }
  }
  const out = option('json')
  if (out) writeFileSync(out, JSON.stringify(results, null, 2))
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
})
