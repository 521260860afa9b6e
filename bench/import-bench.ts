/**
 * Import throughput: 2,000 generated TXT reports (~5,000 characters each, deterministic) imported through
 * importPaths into a fresh library: documents/s and peak RSS (whole process, workers included: VmHWM).
 * Then PDF: generated multi-page PDFs and the corpus's PDFs, our pipeline's pages/s (fresh and warm worker
 * pool) beside poppler's `pdftotext` on the same files.
 * Goals (printed, not asserted): >= 300 docs/s TXT, peak < 500 MB, PDF within 3x of pdftotext.
 * Options: --docs N (default 2000), --pdfs N (default 40), --pages N (default 6).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openLibrary } from '../src/main/library/db'
import { importPaths } from '../src/main/import/index'
import { defaultPoolSize, WorkerPool } from '../src/main/import/worker-pool'
import { makePdf, type PdfPage } from '../scripts/lib/pdf-writer'
import { generateReport } from './lib/report-text'

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}

function statusKb(key: string): number {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))
  return m ? Number(m[1]) : 0
}

/** Reset the peak-RSS mark (Linux: writing 5 to clear_refs), so each phase reports its own peak. */
function resetPeak(): void {
  try { writeFileSync('/proc/self/clear_refs', '5') } catch { /* older kernels: the peak then covers the whole run */ }
}

/** CPU ms used by waited-for child processes (Linux /proc/self/stat cutime + cstime, 100 ticks per second). */
function childCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(f[13]) + Number(f[14])) * 10
}

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`

async function benchTxt(root: string): Promise<void> {
  const n = arg('docs', 2000)
  const dir = join(root, 'txt')
  spawnSync('mkdir', ['-p', dir])
  let chars = 0
  for (let i = 0; i < n; i++) {
    const r = generateReport(i + 1)
    chars += r.text.length
    writeFileSync(join(dir, r.name), r.text)
  }
  const db = openLibrary(join(root, 'txt.annalist'), { create: true })
  resetPeak()
  const elu0 = performance.eventLoopUtilization()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const s = await importPaths(db, [dir])
  const secs = (performance.now() - t0) / 1000
  const elu = performance.eventLoopUtilization(elu0)
  const cpu = process.cpuUsage(cpu0)
  const cpuMsPerDoc = (cpu.user + cpu.system) / 1000 / n
  const peak = statusKb('VmHWM')
  db.close()
  console.log(`TXT: ${n} files, ${(chars / n).toFixed(0)} chars each, ${defaultPoolSize()} workers`)
  console.log(`  imported ${s.imported.length}, duplicates ${s.duplicates.length}, failed ${s.failed.length}`)
  if (s.failed.length) console.log(`  first failure: ${s.failed[0].file}: ${s.failed[0].error}`)
  console.log(`  ${secs.toFixed(2)} s  ->  ${(n / secs).toFixed(0)} documents/s   (goal >= 300)`)
  console.log(`  peak RSS ${mb(peak)}   (goal < 500 MB)`)
  // wall-clock figures depend on what else runs on the machine; CPU time per document does not
  console.log(`  CPU ${cpuMsPerDoc.toFixed(1)} ms per document (all threads)  ->  ${(defaultPoolSize() * 1000 / cpuMsPerDoc).toFixed(0)} documents/s on ${defaultPoolSize()} otherwise idle cores`)
  console.log(`  main thread busy ${(elu.utilization * 100).toFixed(0)}% (hashing, dedupe, writes); the rest is in the workers`)
}

function pdfPages(seed: number, pages: number): PdfPage[] {
  const text = generateReport(seed, pages * 900).text.split('\n')
  const out: PdfPage[] = []
  const per = Math.ceil(text.length / pages)
  for (let p = 0; p < pages; p++) {
    const lines: PdfPage['lines'] = []
    for (const line of text.slice(p * per, (p + 1) * per)) {
      if (line.includes(' | ')) lines.push({ cells: line.split(' | ') })
      else for (let i = 0; i < line.length; i += 38) lines.push(line.slice(i, i + 38))
    }
    out.push({ lines: lines.slice(0, 34) })
  }
  return out
}

async function benchPdf(root: string): Promise<void> {
  const n = arg('pdfs', 40)
  const pages = arg('pages', 6)
  if (n <= 0) return
  const dir = join(root, 'pdf')
  spawnSync('mkdir', ['-p', dir])
  const files: string[] = []
  for (let i = 0; i < n; i++) {
    const f = join(dir, `report-${i}.pdf`)
    writeFileSync(f, makePdf(pdfPages(10_000 + i, pages)))
    files.push(f)
  }
  await comparePdf(root, 'pdf', files, n * pages, `PDF: ${n} files x ${pages} pages (non-embedded CID font, CMaps needed: the costliest kind for pdfjs)`)
  await benchCorpusPdf(root)
}

/**
 * The development corpus's PDFs (made by LibreOffice, fonts embedded, as most reports are), when
 * ../shared is beside the repo: each copied until there are about as many pages as above, every copy
 * made unique by a trailing comment so none is a duplicate.
 */
async function benchCorpusPdf(root: string): Promise<void> {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus', 'formats')
  if (!existsSync(src)) return
  const originals = readdirSync(src).filter((f) => f.endsWith('.pdf')).map((f) => readFileSync(join(src, f)))
  if (originals.length === 0) return
  const dir = join(root, 'corpus-pdf')
  spawnSync('mkdir', ['-p', dir])
  const files: string[] = []
  let total = 0
  const target = arg('pdfs', 40) * arg('pages', 6)
  for (let i = 0; total < target; i++) {
    const bytes = originals[i % originals.length]
    const f = join(dir, `corpus-${i}.pdf`)
    writeFileSync(f, Buffer.concat([bytes, Buffer.from(`\n% copy ${i}\n`)]))
    files.push(f)
    total += pdfPageCount(bytes)
  }
  await comparePdf(root, 'corpus-pdf', files, total, `PDF: ${files.length} LibreOffice-made files from ../shared/corpus/formats, ${total} pages (fonts embedded)`)
}

/** Pages by counting page objects: good enough for LibreOffice's output, no parser needed here. */
function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length || 1
}

/** One import of `dir` into a fresh library: wall seconds, CPU ms per page, peak RSS. */
async function timedImport(root: string, dir: string, libName: string, pool?: WorkerPool): Promise<{ secs: number; cpuPerPage: (pages: number) => number; peak: number; imported: number; failed: string[] }> {
  const db = openLibrary(join(root, libName), { create: true })
  resetPeak()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const s = await importPaths(db, [dir], { pool })
  const cpu = process.cpuUsage(cpu0)
  const secs = (performance.now() - t0) / 1000
  const peak = statusKb('VmHWM')
  db.close()
  return { secs, peak, imported: s.imported.length, failed: s.failed.map((f) => f.error), cpuPerPage: (pages) => (cpu.user + cpu.system) / 1000 / pages }
}

/**
 * Our import of the files twice: with a fresh pool (the CLI's case: workers start and load the readers,
 * a fixed cost of about a second under tsx, less in the built app) and with a warm one (the app's case:
 * it keeps its pool between imports). pdftotext runs with the same parallelism.
 */
async function comparePdf(root: string, name: string, files: string[], total: number, label: string): Promise<void> {
  const dir = join(root, name)
  const cold = await timedImport(root, dir, `${name}-cold.annalist`)
  const pool = new WorkerPool({ size: defaultPoolSize() })
  let warm: Awaited<ReturnType<typeof timedImport>>
  try {
    // warm-up: every worker reads one file, so each has loaded its modules
    const warmDir = join(root, `${name}-warmup`)
    spawnSync('mkdir', ['-p', warmDir])
    for (let k = 0; k < pool.workers * 2 && k < files.length; k++) writeFileSync(join(warmDir, `w${k}.pdf`), readFileSync(files[k]))
    await timedImport(root, warmDir, `${name}-warmup.annalist`, pool)
    warm = await timedImport(root, dir, `${name}-warm.annalist`, pool)
  } finally {
    await pool.destroy()
  }
  console.log(label)
  console.log(`  imported ${cold.imported}, failed ${cold.failed.length}${cold.failed.length ? ` (${cold.failed[0]})` : ''}`)
  console.log(`  annalist import, fresh pool: ${cold.secs.toFixed(2)} s  ->  ${(total / cold.secs).toFixed(0)} pages/s, peak RSS ${mb(cold.peak)}, CPU ${cold.cpuPerPage(total).toFixed(1)} ms per page`)
  console.log(`  annalist import, warm pool:  ${warm.secs.toFixed(2)} s  ->  ${(total / warm.secs).toFixed(0)} pages/s, peak RSS ${mb(warm.peak)}, CPU ${warm.cpuPerPage(total).toFixed(1)} ms per page`)
  const probe = spawnSync('pdftotext', ['-v'])
  if (probe.error) {
    console.log('  pdftotext not found: no reference figure')
    return
  }
  // same parallelism as our pool, so the ratio compares readers, not core counts
  const lanes = defaultPoolSize()
  const c1 = childCpuMs()
  const t1 = performance.now()
  await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
    for (let i = lane; i < files.length; i += lanes) {
      await new Promise<void>((res) => {
        spawn('pdftotext', ['-layout', files[i], '-'], { stdio: 'ignore' }).on('close', () => res())
      })
    }
  }))
  const ref = (performance.now() - t1) / 1000
  const refCpu = (childCpuMs() - c1) / total
  console.log(`  pdftotext -layout: ${ref.toFixed(2)} s  ->  ${(total / ref).toFixed(0)} pages/s, CPU ${refCpu.toFixed(1)} ms per page`)
  const cpuRatio = (r: { cpuPerPage: (n: number) => number }): string => (refCpu > 0 ? `${(r.cpuPerPage(total) / refCpu).toFixed(2)}x` : 'n/a')
  console.log(`  ratio annalist/pdftotext: fresh pool ${(cold.secs / ref).toFixed(2)}x wall (${cpuRatio(cold)} CPU), warm pool ${(warm.secs / ref).toFixed(2)}x wall (${cpuRatio(warm)} CPU)   (goal <= 3x; ours includes cleaning, extraction and storage)`)
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'annalist-import-bench-'))
  try {
    await benchTxt(root)
    await benchPdf(root)
  } finally {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true })
  }
}

await main()
