/**
 * OCR speed and memory (issue 14 point 5): a scanned report of `--pages N` pages (default 20; the pages of
 * the scanned fixture tests/fixtures/scans/s21-02-province-pdf-scan150.pdf repeated) imported through
 * importPaths in a child process: seconds per page with one page at a time, then with one page per core,
 * and the peak memory of each run (process.resourceUsage().maxRSS, the workers included). CPU seconds per page
 * (every thread of the process) are printed too: on a busy machine they say what the wall clock cannot. While the scan
 * is read, the main thread keeps opening another document of the library (as the review desk does) and
 * the slowest of those reads is printed: OCR must never hold the main thread.
 * `--backend native,wasm` runs it on each ONNX runtime named (ANNALIST_OCR_BACKEND, src/main/ingest/ocr/ocr-backend.ts;
 * default: the environment's choice, native where it loads).
 * Printed, never asserted. `npx tsx bench/ocr-bench.ts [--pages N] [--backend native,wasm]`; inputs go to a temporary folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import sharp from 'sharp'

const root = join(fileURLToPath(import.meta.url), '../..')
const SCAN = join(root, 'tests/fixtures/scans/s21-02-province-pdf-scan150.pdf')
const OTHER = join(root, 'tests/fixtures/reports/s21-02-province-pdf.pdf')

interface Result { pages: number; seconds: number; cpuSeconds: number; peakMb: number; beforeMb: number; reviewMaxMs: number; loopMaxMs: number; failed: string[] }

async function child(file: string, library: string, pagesAtOnce: number): Promise<void> {
  const { openLibrary } = await import('../src/main/library/db')
  const { importPaths } = await import('../src/main/import/index')
  const { getDocument } = await import('../src/main/library/documents')
  const db = openLibrary(library, { create: true })
  const first = await importPaths(db, [OTHER], { workers: 1 })
  const other = first.imported[0].id
  // the process before any OCR (the library open, a text PDF imported): what the OCR worker adds is the rest
  const beforeMb = process.resourceUsage().maxRSS / 1024
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  let reviewMax = 0
  let running = true
  const review = (async () => {
    while (running) {
      const t = performance.now()
      getDocument(db, other)
      reviewMax = Math.max(reviewMax, performance.now() - t)
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  let pages = 0
  const s = await importPaths(db, [file], { workers: 1, ocr: { pagesAtOnce }, fileTimeoutMs: 600_000, onProgress: (p) => { if (p.pages) pages = p.pages.total } })
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  running = false
  await review
  loop.disable()
  db.close()
  const r: Result = { pages, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024, beforeMb, reviewMaxMs: reviewMax, loopMaxMs: loop.max / 1e6, failed: s.failed.map((f) => f.error) }
  process.stdout.write(JSON.stringify(r) + '\n')
}

/** An image-only PDF of `n` pages: the fixture's pages, rendered and wrapped again in turn. */
async function makeScan(n: number, out: string): Promise<void> {
  const { openPdfForRendering } = await import('../src/main/ingest/ocr/pdfium')
  const { imagePdf } = await import('../scripts/lib/image-pdf')
  const pdf = await openPdfForRendering(readFileSync(SCAN))
  const pages: import('../scripts/lib/image-pdf').JpegPage[] = []
  for (let p = 1; p <= pdf.pageCount; p++) {
    const img = pdf.render(p, 150)
    const { data, info } = await sharp(img.rgba, { raw: { width: img.width, height: img.height, channels: 4 } }).toColourspace('b-w').jpeg({ quality: 50 }).toBuffer({ resolveWithObject: true })
    pages.push({ jpeg: data, width: info.width, height: info.height, dpi: 150, channels: 1 as const })
  }
  pdf.close()
  writeFileSync(out, imagePdf(Array.from({ length: n }, (_, k) => pages[k % pages.length])))
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--pages')
  const n = at >= 0 ? Math.max(1, Number(process.argv[at + 1]) || 20) : 20
  const dir = mkdtempSync(join(tmpdir(), 'annalist-ocr-bench-'))
  try {
    const file = join(dir, `scan-${n}.pdf`)
    await makeScan(n, file)
    const cores = availableParallelism()
    const b = process.argv.indexOf('--backend')
    const backends = b >= 0 ? (process.argv[b + 1] ?? '').split(',').filter(Boolean) : [process.env.ANNALIST_OCR_BACKEND ?? 'auto']
    const runs = backends.flatMap((backend) => [...new Set([1, cores])].map((pagesAtOnce) => ({ backend, pagesAtOnce })))
    for (const { backend, pagesAtOnce } of runs) {
      const env = { ...process.env, ANNALIST_OCR_BACKEND: backend }
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, join(dir, `lib-${backend}-${pagesAtOnce}.annalist`), String(pagesAtOnce)], { encoding: 'utf8', cwd: root, env })
      const line = r.stdout.trim().split('\n').pop() ?? ''
      if (r.status !== 0 || !line.startsWith('{')) {
        process.stdout.write(`OCR (${backend}) ${n} pages, ${pagesAtOnce} at once: failed (${r.status ?? r.signal}) ${r.stderr.slice(-400)}\n`)
        continue
      }
      const res = JSON.parse(line) as Result
      process.stdout.write(
        `OCR (${backend}) ${n}-page scan, ${pagesAtOnce} page${pagesAtOnce > 1 ? 's' : ''} at once (${cores} cores): ${res.seconds.toFixed(1)} s, ` +
        `${(res.seconds / n).toFixed(2)} s/page (CPU ${(res.cpuSeconds / n).toFixed(2)} s/page, all threads), peak ${res.peakMb.toFixed(0)} MB (${res.beforeMb.toFixed(0)} MB before the scan); main thread: slowest document read ` +
        `${res.reviewMaxMs.toFixed(1)} ms, event loop delay max ${res.loopMaxMs.toFixed(0)} ms${res.failed.length ? `; FAILED: ${res.failed.join('; ')}` : ''}\n`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], Number(process.argv[5]))
else await main()
