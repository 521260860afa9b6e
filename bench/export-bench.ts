/**
 * Export benchmark: builds a library of 10,000 documents (document and headline fields, every cell of
 * table 三, table 四, a few warnings and corrections; inserted with SQL in one transaction), then times each
 * export in its own child process so that the peak RSS printed is the export's own.
 * Goals: CSV and JSONL under 5 s each, XLSX under 20 s. Prints, never asserts.
 *   npx tsx bench/export-bench.ts [documents]
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openLibrary } from '../src/main/library/db'
import { runExport } from '../src/main/export'
import { ALL_FIELDS, T3_FIELDS, T4_FIELDS } from '../src/shared/fields'
import type { ExportFormat } from '../src/shared/contract'

const AGENCIES = ['人民政府办公室', '交通运输局', '教育局', '卫生健康委员会', '自然资源和规划局', '市场监督管理局']
const REGIONS = ['龙山县', '某某市', '东城区', '青山镇', '南湖区', '北岭县']

function buildLibrary(path: string, n: number): void {
  const db = openLibrary(path, { create: true })
  const doc = db.prepare(`INSERT INTO documents (sha256, size, file_name, kind, imported_at, status) VALUES (?, ?, ?, 'txt', ?, ?)`)
  const original = db.prepare('INSERT INTO originals (document_id, bytes) VALUES (?, ?)')
  const text = db.prepare('INSERT INTO texts (document_id, raw_text, clean_text) VALUES (?, ?, ?)')
  const field = db.prepare(`INSERT INTO fields (document_id, field_id, value, approximate, span_start, span_end, confidence, rule, origin, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const warning = db.prepare(`INSERT INTO warnings (document_id, source, code, severity, message, message_en, fields) VALUES (?, 'extract', 'sum_mismatch', 'warning', '表三合计与各项之和不符', 'Table 3 total differs from the sum', '["t3.total.total"]')`)
  const revision = db.prepare(`INSERT INTO revisions (document_id, target, old_value, new_value, old_origin, new_origin, reason, at) VALUES (?, 't3.new.total', ?, ?, 'auto', 'corrected', '按分项重算', ?)`)
  db.prepare("INSERT INTO tags (name) VALUES ('已核对'), ('待复查')").run()
  const tag = db.prepare('INSERT INTO document_tags (document_id, tag_id) VALUES (?, ?)')
  const at = new Date().toISOString()
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const year = 2019 + (i % 5)
      const region = REGIONS[i % REGIONS.length]
      const agency = `${region}${AGENCIES[i % AGENCIES.length]}`
      const title = `${agency}${year}年政府信息公开工作年度报告`
      const body = `${title}（第${i}份）\n一、总体情况\n本年度共主动公开政府信息${100 + (i % 900)}余条，收到申请，办理“依申请公开”事项，其中“予以公开”若干件。\n`.repeat(8)
      const bytes = Buffer.from(body)
      const sha = createHash('sha256').update(bytes).digest('hex')
      const id = Number(doc.run(sha, bytes.length, `${title}-${i}.txt`, at, i % 3 === 0 ? 'verified' : 'new').lastInsertRowid)
      original.run(id, bytes)
      text.run(id, body, body)
      const values: [string, string | number | null, boolean][] = [
        ['title', title, false], ['agency', agency, false], ['region', region, false], ['report_year', year, false],
        ['format', year >= 2021 ? 'standard-2021' : 'standard-2019', false], ['publish_date', `${year + 1}-01-${String(1 + (i % 28)).padStart(2, '0')}`, false],
        ['proactive_disclosures', 100 + (i % 900), i % 4 === 0], ['applications_received', i % 97, false], ['fees_collected', 0, false],
      ]
      for (const f of T3_FIELDS) values.push([f.id, f.id.endsWith('.other_org') ? null : (i * 7 + f.id.length) % 50, false])
      for (const f of T4_FIELDS) values.push([f.id, i % 3, false])
      let pos = 0
      for (const [fid, v, approx] of values) {
        field.run(id, fid, JSON.stringify(v), approx ? 1 : 0, pos, pos + 4, 0.9, `bench.${fid.split('.')[0]}`, 'auto', at)
        pos += 5
      }
      if (i % 10 === 0) { warning.run(id); revision.run(id, '12', '13', at) }
      if (i % 5 === 0) tag.run(id, 1 + (i % 2))
    }
  })()
  db.close()
}

function runOne(libPath: string, format: ExportFormat, out: string): void {
  const db = openLibrary(libPath)
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  runExport(db, { format, scope: 'all', out, provenanceColumns: format === 'csv' }).then((s) => {
    const seconds = (performance.now() - t0) / 1000
    const used = process.cpuUsage(cpu0)
    const cpu = (used.user + used.system) / 1e6
    process.stdout.write(JSON.stringify({ seconds, cpu, rssMb: process.resourceUsage().maxRSS / 1024, bytes: s.bytes, documents: s.documents }) + '\n')
    db.close()
  }, (e: unknown) => { process.stderr.write(String(e) + '\n'); process.exitCode = 1 })
}

function main(): void {
  const [mode, ...rest] = process.argv.slice(2)
  if (mode === '--run') { runOne(rest[0], rest[1] as ExportFormat, rest[2]); return }
  if (mode === '--build') { buildLibrary(rest[0], Number(rest[1] ?? 10_000)); return }
  const n = Number(mode ?? 10_000)
  const dir = mkdtempSync(join(tmpdir(), 'annalist-export-bench-'))
  const lib = join(dir, 'bench.annalist')
  let t0 = performance.now()
  buildLibrary(lib, n)
  console.log(`library: ${n} documents, ${ALL_FIELDS.length} fields in the dictionary, ${(statSync(lib).size / 1e6).toFixed(1)} MB, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  const goals: Record<ExportFormat, number> = { csv: 5, jsonl: 5, xlsx: 20, bagit: Number.NaN }
  const self = fileURLToPath(import.meta.url)
  for (const format of ['csv', 'jsonl', 'xlsx', 'bagit'] as const) {
    const out = join(dir, `out.${format}`)
    t0 = performance.now()
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--run', lib, format, out], { encoding: 'utf8' })
    if (r.status !== 0) { console.log(`${format}: failed: ${r.stderr.trim()}`); continue }
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { seconds: number; cpu: number; rssMb: number; bytes: number }
    const goal = Number.isNaN(goals[format]) ? '' : ` (goal < ${goals[format]} s: ${m.seconds < goals[format] ? 'met' : 'NOT met'})`
    console.log(`${format.padEnd(6)} ${m.seconds.toFixed(2)} s (CPU ${m.cpu.toFixed(2)} s), peak RSS ${m.rssMb.toFixed(0)} MB, ${(m.bytes / 1e6).toFixed(1)} MB written${goal}`)
  }
  rmSync(dir, { recursive: true, force: true })
}

main()
