/**
 * `npx tsx bench/check-bench.ts --library FILE [--deep] [--hashers N] [--sample N] [--serial]`: `check` on an existing
 * library (issue 15), each part's wall-clock and CPU time (the process's, all threads) and where fixity's time
 * went. Opens the library read-only, as the app's check does, unless --deep (FTS5's integrity-check is an INSERT
 * command: run --deep on a copy). --hashers 0 hashes in this thread; --sample N looks up the trigrams of one text
 * in N; --serial runs the parts one after the other in this thread (the default: at once, check-lanes.ts). Not part of `npm run bench` (it needs a library: `npm run bench -- --scale N` builds one).
 */
import { openLibrary } from '../src/main/library/db'
import { checkLibraryAsync } from '../src/main/library/check'
import { startFixityHashers } from '../src/main/library/fixity-hashers'
import { option, parseArgs, requireOption } from '../src/main/cli/args'

const args = parseArgs(process.argv.slice(2), ['deep', 'serial'])
const path = requireOption(args, 'library')
const deep = args.flags.has('deep')
const n = option(args, 'hashers')
const sample = option(args, 'sample')
const db = openLibrary(path, { readonly: !deep, deferRepack: true })
const hashers = n === '0' ? undefined : startFixityHashers(n ? Number(n) : undefined)
const started = { wall: performance.now(), cpu: process.cpuUsage() }
try {
  const r = await checkLibraryAsync(db, {
    deep, hashers, lanes: !args.flags.has('serial'), ...(sample ? { sampleEvery: Number(sample) } : {}),
  })
  // each part's wall-clock time (the parts run at once unless --serial, so they overlap); CPU for the whole only
  const rows = Object.entries(r.seconds ?? {}).map(([part, s]) => `  ${part.padEnd(11)} ${s.toFixed(1).padStart(7)} s wall`)
  const all = process.cpuUsage(started.cpu)
  const fails = r.lines.filter((l) => l.startsWith('FAIL'))
  process.stdout.write(`check ${deep ? '--deep ' : ''}of ${path} (hashing threads: ${hashers?.size ?? 0})\n${rows.join('\n')}\n`)
  process.stdout.write(`  whole       ${((performance.now() - started.wall) / 1000).toFixed(1).padStart(7)} s wall ${((all.user + all.system) / 1e6).toFixed(1).padStart(7)} s CPU\n`)
  for (const l of r.lines.filter((x) => !x.startsWith('FAIL'))) process.stdout.write(`  ${l}\n`)
  process.stdout.write(`  ${fails.length} FAIL lines${fails.length ? `, the first: ${fails[0]}` : ''}\n`)
  const f = r.fixity
  if (f) {
    const mb = f.originalBytes / 2 ** 20
    process.stdout.write(`  fixity: ${(f.storedBytes / 2 ** 20).toFixed(0)} MB stored, ${mb.toFixed(0)} MB of originals; thread time: read ${(f.readMs / 1000).toFixed(1)} s, inflate ${(f.inflateMs / 1000).toFixed(1)} s, SHA-256 ${(f.hashMs / 1000).toFixed(1)} s\n`)
  }
} finally {
  await hashers?.close()
  db.close()
}
