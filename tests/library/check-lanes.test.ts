/**
 * `check` at disk speed (issue 15): the parts run at once, SQLite's check with the tables, references and
 * documents in one thread, the search index in another, each on a connection of its own, while fixity reads the
 * originals here. They find what the parts one after the other find, and report the same lines in the same order;
 * a cancel stops them; and the command line's log keeps each part's lines although their reports interleave.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { type CheckProgress, checkLibrary, checkLibraryAsync } from '../../src/main/library/check'
import { startFixityHashers } from '../../src/main/library/fixity-hashers'
import type { FixityHashers } from '../../src/main/library/fixity'
import { checkProgress } from '../../src/main/cli/check-progress'
import { tempDir, writeReports } from '../import/fixtures'

let dir: string
let db: Db
beforeAll(async () => {
  dir = tempDir('annalist-check-lanes-')
  writeReports(join(dir, 'in'), 6, 700)
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  await importPaths(db, [join(dir, 'in')], { workers: 1 })
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the parts at once', () => {
  it('start together (fixity does not wait for the others), report in the parts\' order, and pass a sound library', async () => {
    const seen: CheckProgress[] = []
    const hashers = startFixityHashers(2)
    // what had been reported when fixity handed its first run to a hashing thread
    let atFirstRun: string[] | null = null
    const watched: FixityHashers = { size: hashers.size, verify: (items) => { atFirstRun ??= seen.map((p) => p.phase); return hashers.verify(items) } }
    const r = await checkLibraryAsync(db, { lanes: true, hashers: watched, onProgress: (p) => seen.push(p) }).finally(() => hashers.close())
    expect(r.ok, r.lines.join('\n')).toBe(true)
    // one after the other, the search part had reported by then; at once, fixity began before it
    expect(atFirstRun).not.toBeNull()
    expect(atFirstRun).not.toContain('search')
    // the reports come in the parts' order all the same, fixity's last with every byte
    const order = ['integrity', 'tables', 'references', 'documents', 'search', 'fixity']
    const parts = seen.map((p) => order.indexOf(p.phase))
    expect(parts.every((p, i) => i === 0 || p >= parts[i - 1])).toBe(true)
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(order))
    expect(seen.at(-1)).toMatchObject({ phase: 'fixity', done: 6 })
    expect(seen.at(-1)!.bytes).toBe(seen.at(-1)!.totalBytes)
    expect(r.lines).toEqual(checkLibrary(db).lines)
    expect(Object.keys(r.seconds ?? {}).sort()).toEqual(['documents', 'fixity', 'integrity', 'references', 'search', 'tables'])
  })

  it('one after the other, the search part has reported before fixity begins (what the test above tells apart)', async () => {
    const seen: CheckProgress[] = []
    const hashers = startFixityHashers(1)
    let atFirstRun: string[] | null = null
    const watched: FixityHashers = { size: hashers.size, verify: (items) => { atFirstRun ??= seen.map((p) => p.phase); return hashers.verify(items) } }
    await checkLibraryAsync(db, { hashers: watched, onProgress: (p) => seen.push(p) }).finally(() => hashers.close())
    expect(atFirstRun).toContain('search')
  })

  it('find a changed original and a document without its search entry, as the parts one after the other do', async () => {
    db.prepare("UPDATE originals SET bytes = CAST('改过的原件' AS BLOB) WHERE document_id = 2").run()
    db.prepare('DELETE FROM texts_fts WHERE rowid = 5').run()
    const serial = checkLibrary(db, { sampleEvery: 1 })
    const atOnce = await checkLibraryAsync(db, { lanes: true, sampleEvery: 1 })
    expect(atOnce.ok).toBe(false)
    expect(atOnce.lines).toEqual(serial.lines)
    expect(atOnce.lines.join('\n')).toMatch(/FAIL document 2 .*original changed since import/)
    expect(atOnce.lines.join('\n')).toMatch(/FAIL document 5 .*incomplete: no search entry/)
  })

  it('stop when cancelled', async () => {
    const controller = new AbortController()
    const run = checkLibraryAsync(db, {
      lanes: true, signal: controller.signal, cancelled: () => new Error('stopped'),
      onProgress: () => controller.abort(),
    })
    await expect(run).rejects.toThrow('stopped')
  })
})

describe('the command line log of parts reporting in turns', () => {
  it('keeps a line per part and per tenth', () => {
    const out: string[] = []
    const stream = { isTTY: false, write: (s: string) => { out.push(s); return true } } as unknown as NodeJS.WriteStream
    const report = checkProgress(stream, () => 0)
    for (let i = 0; i <= 100; i++) {
      report({ phase: 'search', done: i * 10, total: 1000, bytes: 0, totalBytes: 0 })
      report({ phase: 'fixity', done: i, total: 100, bytes: i * 2 ** 20, totalBytes: 100 * 2 ** 20 })
    }
    expect(out.filter((l) => l.startsWith('search index'))).toHaveLength(11)
    expect(out.filter((l) => l.startsWith('fixity'))).toHaveLength(11)
    expect(out.at(-1)).toMatch(/^fixity \[#+\] 100% 100 \/ 100 originals/)
  })
})
