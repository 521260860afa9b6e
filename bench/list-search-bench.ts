/**
 * The list and search views on an existing library, opened READ-ONLY (issue 15, point 4): every filter and
 * sort the issue names and the searches, each figure beside its goal, wall clock and CPU, with the total each
 * answer gave (so two runs, before and after a change, can be compared for the same answers). For a library
 * another process builds or shares: nothing is written to it.
 *   npx tsx bench/list-search-bench.ts --library <file.annalist> [--runs 5] [--only substring]
 * Prints, never asserts.
 */
import { loadavg } from 'node:os'
import { createHash } from 'node:crypto'
import { openLibrary } from '../src/main/library/db'
import { listDocuments } from '../src/main/services/list-query'
import { searchDocuments } from '../src/main/services/search'
import { buildAuthority } from '../src/main/dataset/authority'
import { listViewCases } from './lib/list-view-cases'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

const path = arg('library')
if (!path) {
  process.stderr.write('usage: npx tsx bench/list-search-bench.ts --library <file.annalist> [--runs 5] [--only substring]\n')
  process.exit(2)
}
const runs = Number(arg('runs') ?? 5)
const only = arg('only')
const db = openLibrary(path, { readonly: true })
// the page cache the app gives a writable library (db.ts); a read-only open keeps SQLite's 2 MB
db.pragma('cache_size = -65536')
const n = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
process.stdout.write(`${path}: ${n} documents; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`)
for (const c of listViewCases(db, n)) {
  if (only && !c.label.includes(only)) continue
  const call = (i: number): unknown => (c.list ? listDocuments(db, c.list(i)) : c.search ? searchDocuments(db, c.search(i)) : buildAuthority(db))
  const first = call(0) as { total?: number; estimated?: boolean; rows?: { id: number }[] } | { id: number }[]
  const ms: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < (c.list || c.search ? runs : 1); i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    call(i + 1)
    ms.push(performance.now() - t0)
    const u = process.cpuUsage(c0)
    cpu.push((u.user + u.system) / 1000)
  }
  const m = median(ms)
  const ids = Array.isArray(first) ? first.map((h) => h.id) : (first.rows ?? []).map((r) => r.id)
  const answer = Array.isArray(first) ? `${first.length} hits` : `total ${first.estimated ? '~' : ''}${first.total}`
  const digest = createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 8)
  const goal = c.goal === null ? '' : `goal < ${c.goal} ms: ${m < c.goal ? 'met' : 'NOT met'}`
  process.stdout.write(`${c.label.padEnd(58)} ${m.toFixed(1).padStart(8)} ms (CPU ${median(cpu).toFixed(1)} ms)  ${answer}, page ${digest}  ${goal}\n`)
}
db.close()
