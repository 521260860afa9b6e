/**
 * Where a TXT import's CPU goes, stage by stage (issue 15: import that does not slow down). Each stage of the
 * pipeline runs alone on the same generated reports and is timed by this thread's CPU clock
 * (process.threadCpuUsage: what else runs on the machine does not count), so the figures add up to the
 * import's cost per document on each side: the parse workers' share (read, clean, extract, pack, hand-over)
 * and the main thread's (hash, receive, store, commit). The main thread is one thread: its share bounds the
 * rate whatever the number of cores; the sum bounds it on 2 cores.
 * `--docs N` (default 1000), `--library-docs M`: store into a library that already holds M documents made
 * by the same path (default 0), to see whether storing slows down as the library grows.
 *   npx tsx bench/import-stages-bench.ts --docs 1000
 * Prints, never asserts.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary } from '../src/main/library/db'
import { parseDocument } from '../src/main/ingest/index'
import { cleanText } from '../src/main/text/index'
import { extractReport } from '../src/main/extract/index'
import { insertDocument, type NewDocument } from '../src/main/library/documents'
import { BatchedWriter } from '../src/main/import/batched-writer'
import { inOneBuffer, packDocumentTexts } from '../src/main/library/pack-document'
import { generateReport } from './lib/report-text'

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}

const cpuMs = (): number => {
  const c = process.threadCpuUsage()
  return (c.user + c.system) / 1000
}

const rows: { side: string; stage: string; ms: number }[] = []
async function stage<T>(side: string, name: string, n: number, fn: () => Promise<T> | T): Promise<T> {
  const c0 = cpuMs()
  const out = await fn()
  rows.push({ side, stage: name, ms: (cpuMs() - c0) / n })
  return out
}

async function main(): Promise<void> {
  const n = arg('docs', 1000)
  const before = arg('library-docs', 0)
  const root = mkdtempSync(join(tmpdir(), 'annalist-stages-bench-'))
  try {
    const make = (from: number, count: number): { name: string; bytes: Buffer }[] =>
      Array.from({ length: count }, (_, i) => { const r = generateReport(from + i + 1); return { name: r.name, bytes: Buffer.from(r.text) } })
    const files = make(before, n)
    // warm-up: the modules compiled and optimised before anything is timed
    for (const f of make(10_000_000, 50)) { const p = await parseDocument(f.bytes, f.name, { ocr: false }); extractReport(p, cleanText(p.text)) }

    const parsed = await stage('worker', 'read (decode, lines)', n, () => Promise.all(files.map((f) => parseDocument(f.bytes, f.name, { ocr: false }))))
    const clean = await stage('worker', 'clean', n, () => parsed.map((p) => cleanText(p.text)))
    const extraction = await stage('worker', 'extract', n, () => parsed.map((p, i) => extractReport(p, clean[i])))
    // packed in the worker (parse-worker.ts), the blocks and the map inside the packed texts, in one buffer to transfer
    const packed = await stage('worker', 'pack texts (deflate, differences, structure)', n, () => parsed.map((p, i) => inOneBuffer(packDocumentTexts(p, clean[i], files[i].bytes)).packed))
    const msgs = parsed.map((p, i) => ({ ok: true, parsed: { ...p, text: '', blocks: [] }, clean: { text: clean[i].text, map: new Int32Array(0) }, extraction: extraction[i], packed: packed[i] }))
    // as postMessage copies it (a structured clone: a typed array with the whole buffer under it), both sides on this thread
    await stage('worker', 'hand-over: structured clone (both threads)', n, () => msgs.map((m) => structuredClone(m)))
    await stage('main', 'sha256', n, () => files.map((f) => createHash('sha256').update(f.bytes).digest('hex')))

    const db = openLibrary(join(root, 'stages.annalist'), { create: true })
    const docs = (fs: typeof files, ps: typeof parsed, cs: typeof clean, xs: typeof extraction): NewDocument[] => fs.map((f, i) => ({
      sha256: createHash('sha256').update(f.bytes).digest('hex'), size: f.bytes.byteLength, fileName: f.name, filePath: null, bytes: f.bytes,
      parsed: { ...ps[i], blocks: [] }, clean: { text: cs[i].text, map: new Int32Array(0) }, extraction: xs[i], packed: packDocumentTexts(ps[i], cs[i], f.bytes),
    }))
    // the library filled first, through the same path, 2,000 documents a round
    for (let have = 0; have < before; have += 2000) {
      const fs = make(have, Math.min(2000, before - have))
      const ps = await Promise.all(fs.map((f) => parseDocument(f.bytes, f.name, { ocr: false })))
      const cs = ps.map((p) => cleanText(p.text))
      const batch = docs(fs, ps, cs, ps.map((p, i) => extractReport(p, cs[i])))
      for (let i = 0; i < batch.length; i += 200) db.transaction(() => { for (const d of batch.slice(i, i + 200)) insertDocument(db, d) }).immediate()
    }
    const batch = docs(files, parsed, clean, extraction)
    // through the import's own writer (batched-writer.ts: 24 documents a commit)
    await stage('main', 'store + commit', n, async () => {
      const writer = new BatchedWriter(db)
      const written = batch.map((d) => writer.write(d))
      writer.flush()
      await Promise.all(written)
    })
    db.close()
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  console.log(`TXT import, CPU ms per document by stage (${n} generated reports of ~5,000 characters${before ? `, stored into a library of ${before}` : ''})`)
  for (const side of ['worker', 'main']) {
    const mine = rows.filter((r) => r.side === side)
    for (const r of mine) console.log(`  ${side.padEnd(6)} ${r.stage.padEnd(52)} ${r.ms.toFixed(3)}`)
    console.log(`  ${side.padEnd(6)} ${'total'.padEnd(52)} ${mine.reduce((s, r) => s + r.ms, 0).toFixed(3)}`)
  }
}

await main()
