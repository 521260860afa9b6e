/**
 * The demo library: a library made from the sample reports shipped in resources/samples, so that a first
 * start (desktop, or `annalist serve` on a new file) shows real documents. Used by the Electron shell and
 * by scripts/start.mjs. Making it twice is harmless: the second import finds every file a duplicate.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ImportSummary } from '../../shared/contract'
import { openLibrary } from '../library/db'
import { importPaths } from '../import'

/** resources/samples, from the repository root (or the app's resources folder when packaged). */
export function defaultSamplesDir(root: string = process.cwd()): string {
  return resolve(root, 'resources', 'samples')
}

export function sampleFiles(samplesDir: string): string[] {
  if (!existsSync(samplesDir)) return []
  return readdirSync(samplesDir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !/\.(md|json)$/i.test(e.name))
    .map((e) => join(samplesDir, e.name))
    .sort()
}

/**
 * Create (or complete) the library at `libraryPath` from every sample file. Returns the import summary;
 * no samples at all is not an error (an empty library opens fine), the summary just holds nothing.
 */
export async function makeDemoLibrary(libraryPath: string, samplesDir: string = defaultSamplesDir(), opts: { signal?: AbortSignal } = {}): Promise<ImportSummary> {
  const db = openLibrary(libraryPath, { create: true })
  try {
    const files = sampleFiles(samplesDir)
    if (files.length === 0) return { imported: [], duplicates: [], failed: [], cancelled: false }
    return await importPaths(db, files, { signal: opts.signal })
  } finally {
    db.close()
  }
}
