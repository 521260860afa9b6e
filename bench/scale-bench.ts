/**
 * `npm run bench -- --scale N` (issue 15): a library of N generated TXT reports, built once and kept in a
 * cache folder between runs (ANNALIST_BENCH_CACHE, else <tmp>/annalist-bench-cache; never the repo), then
 * every view timed on it beside its goal: open a report, list pages with each filter and sort, search for a
 * common and a rare phrase and for 1–2 characters, the review queue, the authority list and copy groups,
 * export of everything as CSV and JSON Lines, `check` with fixity; and the library's size per document and
 * per original byte. The import is one import of a folder of generated files (importPaths, as a person runs
 * it), timed while the library is built, 10,000 committed reports a chunk (the first and last chunks compared:
 * the rate must not fall as the library grows; the passes after the last document, once per import, apart);
 * those figures are kept beside the library and printed again by later runs. A build cut short goes on from where it stopped.
 * `--import M` imports only the first M reports through the import and fills the library up to N with
 * copies made in SQL (their rows, packed texts, originals and search entries; the texts repeat, so a rare
 * phrase is found N/M times as often): for a machine where importing N reports would take hours.
 *   npm run bench -- --scale 200000 [--import M] [--chunk 10000] [--skip-export] [--skip-groups] [--skip-check]
 * Prints, never asserts.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary, type Db } from '../src/main/library/db'
import { LATEST_VERSION } from '../src/main/library/migrations'
import { importPaths, type ImportProgress } from '../src/main/import/index'
import { defaultPoolSize, WorkerPool } from '../src/main/import/worker-pool'
import { openServices } from '../src/main/services/open-library'
import { runExport } from '../src/main/export'
import { checkLibraryAsync } from '../src/main/library/check'
import { startFixityHashers } from '../src/main/library/fixity-hashers'
import { generateReport, rng } from './lib/report-text'
import { describeSize, librarySize } from './lib/library-size'
import { listViewCases } from './lib/list-view-cases'

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`)

interface Chunk { from: number; to: number; seconds: number; docsPerSecond: number; rssMb: number; cpuMsPerDoc: number }
interface BuildLog { version: number; chunks: Chunk[]; afterImport?: { seconds: number; cpuSeconds: number } }

const cacheDir = process.env.ANNALIST_BENCH_CACHE ?? join(tmpdir(), 'annalist-bench-cache')

/** Build (or go on building) the library of n reports; returns its path and the import log. */
async function build(n: number, imported: number, chunkSize: number): Promise<{ path: string; log: BuildLog }> {
  mkdirSync(cacheDir, { recursive: true })
  // the storage format is the library version: a library of another version is built again, not migrated
  const path = join(cacheDir, `scale-${n}${imported < n ? `-imported-${imported}` : ''}-v${LATEST_VERSION}.annalist`)
  const logPath = `${path}.import.json`
  const log: BuildLog = existsSync(logPath) ? (JSON.parse(readFileSync(logPath, 'utf8')) as BuildLog) : { version: LATEST_VERSION, chunks: [] }
  const db = openLibrary(path, { create: true })
  let have = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  if (have >= n) {
    db.close()
    process.stdout.write(`library: ${path} (cached, ${have} documents)\n`)
    return { path, log }
  }
  process.stdout.write(`building ${path}: ${have} of ${n} documents there, ${defaultPoolSize()} workers\n`)
  const pool = new WorkerPool({ size: defaultPoolSize() })
  try {
    if (have < imported) {
      // one import of every report still missing, as a person would run it (importPaths over a folder of
      // files), timed chunk by chunk as the documents are committed: the rate must not fall as the library grows
      const dir = join(cacheDir, `reports-${imported}`)
      mkdirSync(dir, { recursive: true })
      for (let i = have; i < imported; i++) {
        const r = generateReport(i + 1)
        writeFileSync(join(dir, r.name), r.text)
      }
      const start = have
      let mark = { done: 0, t: performance.now(), cpu: process.cpuUsage() }
      const onProgress = (p: ImportProgress): void => {
        if (p.done - mark.done < chunkSize && p.done < p.total) return
        if (p.done === mark.done) return
        const t = performance.now()
        const cpu = process.cpuUsage(mark.cpu)
        const count = p.done - mark.done
        // CPU of every thread (the parse workers are threads of this process): what the import costs whatever else runs
        const chunk = {
          from: start + mark.done, to: start + p.done, seconds: (t - mark.t) / 1000, docsPerSecond: count / ((t - mark.t) / 1000),
          rssMb: process.memoryUsage().rss / 2 ** 20, cpuMsPerDoc: (cpu.user + cpu.system) / 1000 / count,
        }
        log.chunks.push(chunk)
        writeFileSync(logPath, JSON.stringify(log))
        process.stdout.write(`  ${String(chunk.to).padStart(8)} documents: ${chunk.docsPerSecond.toFixed(0)} documents/s over the last ${count}, CPU ${chunk.cpuMsPerDoc.toFixed(2)} ms per document, RSS ${chunk.rssMb.toFixed(0)} MB\n`)
        mark = { done: p.done, t, cpu: process.cpuUsage() }
      }
      const s = await importPaths(db, [dir], { pool, onProgress })
      // after the last document: cross-year checks and copy groups over what came in, once per import
      const after = process.cpuUsage(mark.cpu)
      log.afterImport = { seconds: (performance.now() - mark.t) / 1000, cpuSeconds: (after.user + after.system) / 1e6 }
      writeFileSync(logPath, JSON.stringify(log))
      if (s.failed.length) process.stdout.write(`  ${s.failed.length} failed, first: ${s.failed[0].error}\n`)
      process.stdout.write(`  after the import (cross-year checks, copy groups): ${log.afterImport.seconds.toFixed(1)} s, CPU ${log.afterImport.cpuSeconds.toFixed(1)} s\n`)
      rmSync(dir, { recursive: true, force: true })
      have = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
    }
    await pool.destroy()
    if (have < n) fillWithCopies(db, imported, n)
  } finally {
    await pool.destroy()
    db.close()
  }
  return { path, log }
}

/** Copies of the first `imported` documents, made in SQL until there are n, 20,000 a transaction. */
function fillWithCopies(db: Db, imported: number, n: number): void {
  const maxId = db.prepare('SELECT max(id) FROM documents').pluck().get() as number
  let have = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  const step = 20_000
  while (have < n) {
    const round = Math.floor(have / imported)
    const off = round * maxId
    const lo = (have % imported) + 1
    const hi = Math.min(imported, lo + step - 1, lo + (n - have) - 1)
    const t0 = performance.now()
    db.transaction(() => {
      const range = `BETWEEN ${lo} AND ${hi}`
      db.exec(`INSERT INTO documents (id, sha256, size, file_name, file_path, kind, encoding, page_count, imported_at, status, note, extractor_version, extracted_at)
        SELECT id + ${off}, sha256 || '-${round}', size, '${round}-' || file_name, file_path, kind, encoding, page_count, imported_at,
          CASE WHEN (id + ${off}) % 7 = 0 THEN 'verified' WHEN (id + ${off}) % 11 = 0 THEN 'flagged' ELSE status END, note, extractor_version, extracted_at
        FROM documents WHERE id ${range}`)
      db.exec(`INSERT INTO original_bodies (document_id, bytes, packing) SELECT document_id + ${off}, bytes, packing FROM original_bodies WHERE document_id ${range}`)
      db.exec(`INSERT INTO text_bodies (document_id, raw, clean, clean_length, clean_map, structure) SELECT document_id + ${off}, raw, clean, clean_length, clean_map, structure FROM text_bodies WHERE document_id ${range}`)
      db.exec(`INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at, source_document)
        SELECT document_id + ${off}, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at, source_document FROM fields WHERE document_id ${range}`)
      db.exec(`INSERT INTO warnings (document_id, source, code, severity, message, message_en, fields, state) SELECT document_id + ${off}, source, code, severity, message, message_en, fields, state FROM warnings WHERE document_id ${range}`)
      db.exec(`INSERT INTO field_candidates (document_id, field_id, value, span_start, span_end, score, rule) SELECT document_id + ${off}, field_id, value, span_start, span_end, score, rule FROM field_candidates WHERE document_id ${range}`)
      db.exec(`INSERT INTO texts_fts (rowid, text) SELECT document_id, text FROM texts_search_source WHERE document_id BETWEEN ${lo + off} AND ${hi + off}`)
    }).immediate()
    have += hi - lo + 1
    process.stdout.write(`  ${String(have).padStart(8)} documents (copies made in SQL: ${((hi - lo + 1) / ((performance.now() - t0) / 1000)).toFixed(0)} documents/s)\n`)
  }
  db.pragma('optimize')
}

function printImport(log: BuildLog): void {
  const c = log.chunks
  if (c.length === 0) return
  const first = c[0]
  const last = c[c.length - 1]
  const change = (last.docsPerSecond / first.docsPerSecond - 1) * 100
  const rss = c.map((x) => x.rssMb)
  process.stdout.write(`import: first chunk ${first.docsPerSecond.toFixed(0)} documents/s (${first.from}–${first.to}), last ${last.docsPerSecond.toFixed(0)} documents/s (${last.from}–${last.to}): ${change >= 0 ? '+' : ''}${change.toFixed(0)}%   (goal: within 15%, >= 500/s)\n`)
  const cores = defaultPoolSize()
  const cpuRate = (x: Chunk): string => (x.cpuMsPerDoc ? `${((cores * 1000) / x.cpuMsPerDoc).toFixed(0)}` : '?')
  process.stdout.write(`        by CPU time (all threads; what ${cores} otherwise idle cores would do): first ${cpuRate(first)} documents/s, last ${cpuRate(last)} documents/s\n`)
  if (log.afterImport) process.stdout.write(`        after the last document (cross-year checks, copy groups, once per import): ${log.afterImport.seconds.toFixed(1)} s, CPU ${log.afterImport.cpuSeconds.toFixed(1)} s\n`)
  process.stdout.write(`        main process RSS ${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} MB over the chunks (goal: flat)\n`)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

async function time(label: string, runs: number, goalMs: number | null, fn: (i: number) => Promise<unknown> | unknown): Promise<void> {
  await fn(0) // warm-up: statements prepared, pages cached
  const ms: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    await fn(i + 1)
    ms.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  const m = median(ms)
  const max = Math.max(...ms)
  const goal = goalMs === null ? '' : `   goal < ${goalMs >= 1000 ? `${goalMs / 1000} s` : `${goalMs} ms`}: ${m < goalMs ? 'met' : 'NOT met'}`
  // CPU time of this process beside the wall clock: on a shared machine the wall clock grows with others' load
  process.stdout.write(`${label.padEnd(64)} median ${m.toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms), max ${max.toFixed(1)} ms (n=${runs})${goal}\n`)
}

async function once(label: string, goalMs: number | null, fn: () => Promise<string | void> | string | void): Promise<void> {
  const t0 = performance.now()
  const note = await fn()
  const ms = performance.now() - t0
  const goal = goalMs === null ? '' : `   goal < ${goalMs / 1000} s: ${ms < goalMs ? 'met' : 'NOT met'}`
  process.stdout.write(`${label.padEnd(52)} ${(ms / 1000).toFixed(1)} s${note ? ` (${note})` : ''}${goal}\n`)
}

async function views(path: string, n: number): Promise<void> {
  // wall-clock times: on a machine shared with other work they grow with its load
  process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores\n`)
  const app = openServices({ path, mode: 'browser' })
  const call = (m: string, a: unknown): Promise<unknown> => app.services.call(m, a)
  try {
    const r = rng(7)
    const ids = app.db.prepare('SELECT id FROM documents').pluck().all() as number[]
    const pick = (): number => ids[Math.floor(r() * ids.length)]
    await time('open a report (documents.get, random)', 50, 50, () => call('documents.get', { id: pick() }))
    // every list and search case of issue 15 (bench/lib/list-view-cases.ts, shared with list-search-bench.ts)
    for (const c of listViewCases(app.db, n)) {
      if (c.authority) continue
      const run = (i: number): Promise<unknown> => (c.list ? call('documents.list', c.list(i)) : call('search.query', { q: (c.search as (i: number) => string)(i) }))
      const first = (await run(0)) as { total?: number; estimated?: boolean }
      const label = first.total === undefined ? c.label : `${c.label} [${first.estimated ? 'about ' : ''}${first.total}]`
      await time(label, 10, c.goal, run)
    }
    await time('review queue (documents.queue)', 10, 100, () => call('documents.queue', {}))
    await time('authority list (dataset.agencies)', 3, null, () => call('dataset.agencies', undefined))
  } finally {
    await app.close()
  }
}

/** The slow whole-library passes last, so that a run cut short has printed every view first. */
async function groups(path: string): Promise<void> {
  if (flag('skip-groups')) return
  const app = openServices({ path, mode: 'browser' })
  try {
    await once('copy groups (dataset.groups)', null, async () => `${((await app.services.call('dataset.groups', undefined)) as unknown[]).length} groups`)
  } finally {
    await app.close()
  }
}

function printSize(path: string): void {
  const db = openLibrary(path)
  try {
    process.stdout.write(`${describeSize('size', librarySize(db))}\n`)
  } finally {
    db.close()
  }
}

async function exportsAndCheck(path: string): Promise<void> {
  const out = join(cacheDir, `export-${process.pid}`)
  const db = openLibrary(path)
  try {
    if (!flag('skip-export')) {
      for (const [format, goal] of [['csv', 60_000], ['jsonl', 120_000]] as const) {
        await once(`export everything as ${format}`, goal, async () => {
          // CPU beside wall: on a shared machine the wall-clock time mostly says how busy it was
          const c0 = process.cpuUsage()
          const s = await runExport(db, { format, out: `${out}.${format}`, scope: 'all' })
          const c = process.cpuUsage(c0)
          const cpu = (c.user + c.system) / 1e6
          const mb = statSync(`${out}.${format}`).size / 2 ** 20
          rmSync(`${out}.${format}`, { force: true })
          return `${mb.toFixed(0)} MB, CPU ${cpu.toFixed(1)} s: ${((cpu / s.documents) * 1e6).toFixed(0)} µs a document; load average ${loadavg()[0].toFixed(1)}`
        })
      }
    }
    if (flag('skip-check')) return
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    // as `annalist check` runs it: the parts at once, fixity hashed in a thread per core
    const hashers = startFixityHashers()
    const c = await checkLibraryAsync(db, { hashers, lanes: true }).finally(() => hashers.close())
    const sec = (performance.now() - t0) / 1000
    const cpu = process.cpuUsage(c0)
    const size = statSync(path).size / 2 ** 20
    // copies made in SQL carry a made-up checksum (sha256 is unique): their fixity lines are expected
    const fails = c.lines.filter((l) => l.startsWith('FAIL'))
    const other = fails.filter((l) => !/original changed since import/.test(l))
    const verdict = c.ok ? 'sound' : other.length === 0 ? `sound but for the ${fails.length} copies' made-up checksums` : `PROBLEMS: ${other.slice(0, 3).join('; ')}`
    process.stdout.write(`${'check with fixity'.padEnd(52)} ${sec.toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${verdict}, ${(size / sec).toFixed(0)} MB/s of a ${size.toFixed(0)} MB file)\n`)
    process.stdout.write(`  parts: ${Object.entries(c.seconds ?? {}).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}\n`)
    const f = c.fixity
    const fixity = c.seconds?.fixity
    if (f && fixity) {
      const spent = f.readMs + f.inflateMs + f.hashMs
      const pct = (x: number): string => `${((x / spent) * 100).toFixed(0)}%`
      process.stdout.write(`  fixity: ${(f.storedBytes / 2 ** 20 / fixity).toFixed(0)} MB/s of stored bytes (${(f.storedBytes / 2 ** 20).toFixed(0)} MB), ` +
        `${(f.originalBytes / 2 ** 20 / fixity).toFixed(0)} MB/s of originals as imported (${(f.originalBytes / 2 ** 20).toFixed(0)} MB, ${f.deflated} deflated); ` +
        `time in reading ${pct(f.readMs)}, inflating ${pct(f.inflateMs)}, SHA-256 ${pct(f.hashMs)}\n`)
    }
    // the disk's speed and the hash's on the same file: what "at disk speed" is measured against
    for (const tool of ['cat', 'sha256sum']) {
      const t = performance.now()
      const r = spawnSync(tool, [path], { stdio: ['ignore', 'ignore', 'ignore'] })
      const s2 = (performance.now() - t) / 1000
      if (r.status === 0) process.stdout.write(`  ${tool} of the library file: ${(size / s2).toFixed(0)} MB/s (${s2.toFixed(1)} s)\n`)
    }
  } finally {
    db.close()
  }
}

async function main(): Promise<void> {
  const n = arg('scale', 200_000)
  const { path, log } = await build(n, Math.min(n, arg('import', n)), arg('chunk', 10_000))
  printImport(log)
  printSize(path)
  await views(path, n)
  await groups(path)
  await exportsAndCheck(path)
  process.stdout.write(`(the library stays in ${cacheDir} for the next run; delete the folder to free ${(statSync(path).size / 2 ** 30).toFixed(1)} GB)\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
})
