/**
 * `npm run bench`: runs every benchmark that exists, one after another, each in its own process (so each
 * one's peak memory is its own). Figures are printed, never asserted. `--only NAME[,NAME]` runs only those
 * (a file name without `-bench.ts`: import, memory, text, extract, export, review-latency, review-effort,
 * dataset); the other options go to every bench run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const ALL = ['import', 'import-stages', 'memory', 'text', 'extract', 'export', 'review-latency', 'review-effort', 'dataset', 'ocr', 'size']
// `--scale N`: the large-library bench alone (issue 15: every view at N documents, the library cached between runs)
const BENCHES = process.argv.includes('--scale') ? ['scale'] : ALL

const argv = process.argv.slice(2)
const at = argv.indexOf('--only')
const only = at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : null
const passed = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv
const unknown = (only ?? []).filter((n) => !ALL.includes(n) && n !== 'scale')
if (unknown.length > 0) {
  process.stderr.write(`unknown bench: ${unknown.join(', ')}; the benches are ${ALL.join(', ')} (and scale, with --scale N)\n`)
  process.exit(2)
}

let failed = 0
for (const bench of BENCHES) {
  if (only && !only.includes(bench)) continue
  const name = `${bench}-bench.ts`
  const file = join(here, name)
  if (!existsSync(file)) continue
  process.stdout.write(`\n=== ${name} ===\n`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...passed], { stdio: 'inherit', cwd: join(here, '..') })
  if (r.status !== 0) {
    failed++
    process.stdout.write(`${name} exited with ${r.status ?? r.signal}\n`)
  }
}
process.exitCode = failed ? 1 : 0
