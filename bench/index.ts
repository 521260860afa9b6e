/**
 * `npm run bench`: runs every benchmark that exists, one after another, each in its own process (so each
 * one's peak memory is its own). Figures are printed, never asserted.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const ALL = ['import-bench.ts', 'memory-bench.ts', 'text-bench.ts', 'extract-bench.ts', 'export-bench.ts', 'review-bench.ts', 'dataset-bench.ts', 'size-bench.ts']
// `--scale N`: the large-library bench alone (issue 15: every view at N documents, the library cached between runs)
const BENCHES = process.argv.includes('--scale') ? ['scale-bench.ts'] : ALL

let failed = 0
for (const name of BENCHES) {
  const file = join(here, name)
  if (!existsSync(file)) continue
  process.stdout.write(`\n=== ${name} ===\n`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], { stdio: 'inherit', cwd: join(here, '..') })
  if (r.status !== 0) {
    failed++
    process.stdout.write(`${name} exited with ${r.status ?? r.signal}\n`)
  }
}
process.exitCode = failed ? 1 : 0
