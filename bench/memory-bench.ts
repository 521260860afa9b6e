/**
 * Memory for one big file: a 40 MB TXT, a 50 MB HTML page on one line and a 100 MB TXT, each imported
 * through importPaths into a fresh library in its own child process (one worker), which reports its peak
 * RSS (process.resourceUsage().maxRSS: the whole process, the worker thread included).
 * Goals (printed, not asserted, issue 10): 40 MB TXT and 50 MB HTML under 800 MB; 100 MB imports or fails
 * with a clear size message, never out of memory.
 * `npx tsx bench/memory-bench.ts [--only name]`; the inputs are generated into a temporary folder.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateReport } from './lib/report-text'

const MB = 1024 * 1024

interface CaseResult { peakMb: number; seconds: number; imported: number; failed: string[] }

/** Child: import one file, print one JSON line. */
async function child(file: string, library: string): Promise<void> {
  const { openLibrary } = await import('../src/main/library/db')
  const { importPaths } = await import('../src/main/import/index')
  const db = openLibrary(library, { create: true })
  const t0 = performance.now()
  const s = await importPaths(db, [file], { workers: 1 })
  const seconds = (performance.now() - t0) / 1000
  db.close()
  const r: CaseResult = {
    peakMb: process.resourceUsage().maxRSS / 1024,
    seconds,
    imported: s.imported.length,
    failed: s.failed.map((f) => f.error),
  }
  process.stdout.write(JSON.stringify(r) + '\n')
}

/** Whole generated reports, one after another, until `bytes` of UTF-8 are written. */
function writeBig(path: string, bytes: number, wrap: (report: string) => string, head = '', tail = ''): void {
  const fd = openSync(path, 'w')
  try {
    let n = writeSync(fd, head)
    for (let seed = 1; n < bytes; seed++) n += writeSync(fd, wrap(generateReport(seed).text))
    writeSync(fd, tail)
  } finally {
    closeSync(fd)
  }
}

const asParagraphs = (report: string): string => report.split('\n').filter((l) => l !== '').map((l) => `<p>${l}</p>`).join('')

const CASES: { name: string; make(path: string): void; ext: string }[] = [
  { name: 'txt-40mb', ext: 'txt', make: (p) => writeBig(p, 40 * MB, (r) => r) },
  { name: 'html-50mb-one-line', ext: 'html', make: (p) => writeBig(p, 50 * MB, asParagraphs, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告汇编</title></head><body>', '</body></html>') },
  { name: 'txt-100mb', ext: 'txt', make: (p) => writeBig(p, 100 * MB, (r) => r) },
]

function parent(): void {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
  const root = mkdtempSync(join(tmpdir(), 'annalist-membench-'))
  const self = fileURLToPath(import.meta.url)
  try {
    for (const c of CASES) {
      if (only !== null && c.name !== only) continue
      const file = join(root, `${c.name}.${c.ext}`)
      c.make(file)
      const size = statSync(file).size
      const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file, join(root, `${c.name}.annalist`)], { encoding: 'utf8', maxBuffer: 16 * MB })
      const line = r.stdout.trim().split('\n').pop() ?? ''
      let res: CaseResult | null = null
      try { res = JSON.parse(line) as CaseResult } catch { /* reported below */ }
      if (res === null) {
        console.log(`${c.name.padEnd(20)} ${(size / MB).toFixed(0)} MB: the process ended with ${r.status ?? r.signal}; ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`)
      } else {
        const outcome = res.imported === 1 ? 'imported' : `not imported: ${res.failed.join('; ')}`
        console.log(`${c.name.padEnd(20)} ${(size / MB).toFixed(0)} MB  peak RSS ${res.peakMb.toFixed(0)} MB  ${res.seconds.toFixed(1)} s  ${outcome}`)
      }
      rmSync(file, { force: true })
    }
    console.log('goals: 40 MB TXT and 50 MB HTML under 800 MB peak; 100 MB imported or refused with a size message')
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--child') void child(process.argv[3], process.argv[4])
else parent()
