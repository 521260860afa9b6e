/**
 * Leftovers of exports that never finished: `<out>.partial-<pid>-<8 hex>` beside an export or a backup
 * (file or folder), and `annalist-export-<pid>-XXXXXX` folders in the system's temporary folder (browser
 * mode downloads; `annalist-readonly-<pid>-XXXXXX` holds the snapshot of a library on a read-only medium,
 * library/readonly-snapshot). A process removes its own when a job fails or the process exits; after a crash they
 * stay, so the next start removes those whose process is gone (issue 10). Only names of this exact form,
 * only in the folders the app writes to, and never one whose process still runs.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// a backup's partial copy may also leave SQLite's -journal/-wal/-shm beside it
const PARTIAL = /\.partial-(\d+)-[0-9a-f]{8}(?:-journal|-wal|-shm)?$/
const TEMP_EXPORTS = /^annalist-(?:export|readonly)-(\d+)-[A-Za-z0-9]{6}$/

/** The temporary name an export or backup writes to before it is renamed onto `out`. */
export function partialName(out: string, random: string): string {
  return `${out}.partial-${process.pid}-${random}`
}

let tempExports: string | null = null

/** This process's private folder for browser-mode exports: made on first use, removed when the process exits. */
export function temporaryExportDir(): string {
  if (tempExports === null) {
    const dir = mkdtempSync(join(tmpdir(), `annalist-export-${process.pid}-`))
    tempExports = dir
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return tempExports
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' // alive, but another user's
  }
}

function sweep(dir: string, pattern: RegExp): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return [] // a folder we cannot read holds nothing of ours to clean
  }
  const removed: string[] = []
  for (const name of names) {
    const m = pattern.exec(name)
    if (!m || processAlive(Number(m[1]))) continue
    try {
      rmSync(join(dir, name), { recursive: true, force: true })
      removed.push(join(dir, name))
    } catch {
      // read-only folder or in use: left for a later start
    }
  }
  return removed
}

/** Removes stale `*.partial-<pid>-*` files and folders in `dir`; returns what it removed. */
export function sweepPartials(dir: string): string[] {
  return sweep(dir, PARTIAL)
}

/** Removes stale temporary export folders of crashed processes in the system's temporary folder. */
export function sweepTempExports(root = tmpdir()): string[] {
  return sweep(root, TEMP_EXPORTS)
}
