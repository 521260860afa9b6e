/** Fixture files for the import tests, generated on the fly (never copied from real reports). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateReport } from '../../bench/lib/report-text'

export function tempDir(prefix = 'annalist-import-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Write `n` generated TXT reports into dir (created); returns their paths. */
export function writeReports(dir: string, n: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true })
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const r = generateReport(seed + i, 1500)
    const p = join(dir, r.name)
    writeFileSync(p, r.text)
    out.push(p)
  }
  return out
}

/** Deterministic bytes that are not a document (what a broken download looks like). */
export function randomBytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    b[i] = x >>> 24
  }
  return b
}
