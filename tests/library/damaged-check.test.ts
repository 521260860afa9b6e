/**
 * Issue 10, point 7: `annalist check` on a damaged library prints its report of what failed (integrity
 * lines naming the table, unreadable tables, fixity per document) and exits non-zero, instead of one SQLite
 * message. The damage is real: a real library file, closed, with bytes overwritten in its middle pages.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '../../src/main/library/migrations'
import { makeLibrary, removeTempDirs, sampleDocs } from '../export/make-library'

afterAll(removeTempDirs)
const ROOT = resolve(__dirname, '..', '..')

function check(library: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), 'check', '--library', library], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A closed library of a dozen documents large enough to fill a few hundred pages. */
function library(): string {
  const docs = Array.from({ length: 12 }, (_, i) => ({ ...sampleDocs()[i % 4], text: `报告${i} ` + '政府信息公开工作年度报告。'.repeat(800 + i) }))
  const lib = makeLibrary(docs)
  lib.db.close()
  return lib.path
}

function overwrite(path: string, offset: number, length: number): void {
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset)
  closeSync(fd)
}

function rootPage(path: string, table: string): { offset: number; pageSize: number } {
  const db = new Database(path, { readonly: true })
  const root = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  return { offset: (root - 1) * pageSize, pageSize }
}

describe('check on a damaged library', () => {
  it.each(['original_bodies', 'documents'])('reports what failed when the %s table is damaged', (table) => {
    const path = library()
    const { offset } = rootPage(path, table)
    overwrite(path, offset, 100)
    const r = check(path)
    expect(r.code).toBe(1)
    // nothing but the progress lines (issue 15): no stack trace
    expect(r.stderr.split('\n').filter((l) => l !== '' && !/^(checking: |[a-zA-Z ]+ \[[#-]+\] \d+% )/.test(l))).toEqual([])
    const lines = r.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe('library has problems (see FAIL lines)')
    expect(lines.filter((l) => l.startsWith('FAIL integrity')).length).toBeGreaterThan(0)
    // the damaged table is named, and the parts that still work are still reported
    expect(r.stdout).toContain(table)
    expect(lines).toContain(`ok   library version ${LATEST_VERSION}`)
    expect(lines.length).toBeGreaterThan(3)
  })

  it('reports what failed when bytes in the middle pages are overwritten', () => {
    const path = library()
    // two pages from the middle of the search index's b-tree, the largest (a page in the middle of the file may be
    // a free one; the texts themselves are packed since migration 9 and fill few pages)
    const db = new Database(path, { readonly: true })
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'texts_fts_data' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[]
    db.close()
    expect(pages.length).toBeGreaterThan(4)
    for (const page of [pages[Math.floor(pages.length / 2)], pages[Math.floor(pages.length / 2) + 1]]) overwrite(path, (page - 1) * pageSize + 8, 600)
    const r = check(path)
    expect(r.code).toBe(1)
    // nothing but the progress lines (issue 15): no stack trace
    expect(r.stderr.split('\n').filter((l) => l !== '' && !/^(checking: |[a-zA-Z ]+ \[[#-]+\] \d+% )/.test(l))).toEqual([])
    expect(r.stdout).toMatch(/^FAIL integrity: Tree \d+ \(\w+\) page \d+/m)
    expect(r.stdout).toMatch(/^ok {3}fixity: /m)
  })
})
