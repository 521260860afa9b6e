/**
 * Review latency (`npm run bench -- --only review-latency`): speed through the HTTP bridge, as the browser
 * mode sees it: a library of 10,000 generated TXT reports (imported through importPaths), then
 *   - documents.get of a random document, request to full DocumentDetail over HTTP  (goal < 150 ms)
 *   - search.query over the 10,000 reports, 3+ and 1–2 character queries          (goal < 100 ms)
 *   - documents.list pages with filters and sorts
 * and, with the rows multiplied by SQL to 100,000 documents, documents.list and the queue again (the review
 * indexes are migration 3, so every library has them).
 * Figures are printed (median and p95), never asserted. Options: --docs N (10000), --list-rows N (100000),
 * --keep (leave the library in the temp folder).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importPaths } from '../src/main/import/index'
import { openLibrary } from '../src/main/library/db'
import { startBridge, type Bridge } from '../src/main/server/http-server'
import { openServices } from '../src/main/services/open-library'
import { generateReport, rng } from './lib/report-text'

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b)
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))]
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`
}

async function timeCall(bridge: Bridge, method: string, args: unknown): Promise<{ ms: number; body: unknown }> {
  const t0 = performance.now()
  const res = await fetch(`${bridge.url}/api/call/${method}`, {
    method: 'POST', headers: { 'X-Annalist-Token': bridge.token, 'Content-Type': 'application/json' }, body: JSON.stringify(args),
  })
  const body: unknown = await res.json()
  const ms = performance.now() - t0
  if (!res.ok) throw new Error(`${method} failed: ${JSON.stringify(body)}`)
  return { ms, body }
}

async function measure(bridge: Bridge, label: string, runs: number, args: (i: number) => [string, unknown], goal?: number): Promise<void> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const [m, a] = args(i)
    times.push((await timeCall(bridge, m, a)).ms)
  }
  const med = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
  process.stdout.write(`${label.padEnd(46)} ${stats(times)}${goal ? `  goal < ${goal} ms: ${med < goal ? 'met' : 'NOT met'}` : ''}\n`)
}

/** Multiply documents (and their fields and warnings) by SQL until there are `target` rows: list speed only. */
function inflate(path: string, target: number): number {
  const db = openLibrary(path)
  try {
    const n = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
    const rounds = Math.ceil(target / n) - 1
    db.transaction(() => {
      for (let r = 1; r <= rounds; r++) {
        const offset = r * 1_000_000
        db.prepare(`INSERT INTO documents (id, sha256, size, file_name, file_path, kind, encoding, page_count, imported_at, status, note, extractor_version, extracted_at)
          SELECT id + ${offset}, sha256 || '-${r}', size, file_name, file_path, kind, encoding, page_count, imported_at, status, note, extractor_version, extracted_at
          FROM documents WHERE id < 1000000`).run()
        db.prepare(`INSERT INTO texts (document_id, raw_text, clean_text, structure) SELECT document_id + ${offset}, '', substr(clean_text, 1, 200), '{}' FROM texts WHERE document_id < 1000000`).run()
        db.prepare(`INSERT INTO fields SELECT document_id + ${offset}, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at FROM fields WHERE document_id < 1000000`).run()
        db.prepare(`INSERT INTO warnings (document_id, source, code, severity, message, message_en, fields) SELECT document_id + ${offset}, source, code, severity, message, message_en, fields FROM warnings WHERE document_id < 1000000`).run()
      }
    })()
    db.pragma('optimize')
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
  } finally {
    db.close()
  }
}

async function listBench(bridge: Bridge, label: string, years: number[]): Promise<void> {
  await measure(bridge, `${label} list first page (id)`, 20, () => ['documents.list', { limit: 100 }])
  await measure(bridge, `${label} list page 50, sort report_year desc`, 10, () => ['documents.list', { limit: 100, offset: 5000, sort: 'report_year', desc: true }])
  await measure(bridge, `${label} list sort agency`, 10, () => ['documents.list', { limit: 100, sort: 'agency' }])
  await measure(bridge, `${label} list sort warnings desc`, 10, () => ['documents.list', { limit: 100, sort: 'warnings', desc: true }])
  await measure(bridge, `${label} list filter year+status, sort file_name`, 10, (i) => ['documents.list', { limit: 100, year: [years[i % years.length]], status: ['new'], sort: 'file_name' }])
  await measure(bridge, `${label} list filter hasWarnings`, 10, () => ['documents.list', { limit: 100, hasWarnings: true }])
}

async function main(): Promise<void> {
  const n = arg('docs', 10_000)
  const listRows = arg('list-rows', 100_000)
  const root = mkdtempSync(join(tmpdir(), 'annalist-review-bench-'))
  const dir = join(root, 'reports')
  mkdirSync(dir)
  for (let i = 0; i < n; i++) {
    const r = generateReport(i + 1)
    writeFileSync(join(dir, r.name), r.text)
  }
  const path = join(root, 'library.annalist')
  const db = openLibrary(path, { create: true })
  const t0 = performance.now()
  const s = await importPaths(db, [dir])
  db.close()
  process.stdout.write(`library: ${s.imported.length} reports imported in ${((performance.now() - t0) / 1000).toFixed(1)} s (${s.failed.length} failed)\n`)

  let app = openServices({ path, mode: 'browser' })
  let bridge = await startBridge({ services: app.services, port: 0 })
  const r = rng(42)
  const ids = (app.db.prepare('SELECT id FROM documents').all() as { id: number }[]).map((x) => x.id)
  const years = (app.db.prepare("SELECT DISTINCT json_extract(value, '$') AS y FROM fields WHERE field_id = 'report_year'").all() as { y: number }[]).map((x) => x.y)

  await timeCall(bridge, 'documents.get', { id: ids[0] }) // warm-up: statements prepared, pages cached
  await measure(bridge, 'documents.get (random, full DocumentDetail)', 100, () => ['documents.get', { id: ids[Math.floor(r() * ids.length)] }], 150)
  await measure(bridge, 'search.query 3+ chars, common (政府信息公开)', 20, () => ['search.query', { q: '政府信息公开' }], 100)
  await measure(bridge, 'search.query 3+ chars, medium (行政复议)', 20, () => ['search.query', { q: '行政复议' }], 100)
  await measure(bridge, 'search.query 3+ chars, rare (agency name)', 20, (i) => ['search.query', { q: generateReport(1 + ((i * 37) % n)).agency }], 100)
  await measure(bridge, 'search.query 2 chars (复议)', 10, () => ['search.query', { q: '复议' }], 100)
  await measure(bridge, 'search.query 2 chars, absent (鑫淼)', 5, () => ['search.query', { q: '鑫淼' }], 100)
  await listBench(bridge, `${ids.length}:`, years)
  await bridge.close()
  await app.close()

  if (listRows > ids.length) {
    const rows = inflate(path, listRows)
    app = openServices({ path, mode: 'browser' })
    bridge = await startBridge({ services: app.services, port: 0 })
    await timeCall(bridge, 'documents.list', { limit: 100 })
    await listBench(bridge, `${rows}:`, years)
    await measure(bridge, `${rows}: documents.queue`, 5, () => ['documents.queue', {}])
    await bridge.close()
    await app.close()
  }
  if (process.argv.includes('--keep')) process.stdout.write(`library kept at ${path}\n`)
  else rmSync(root, { recursive: true, force: true })
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exitCode = 1
})
