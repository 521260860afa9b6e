/**
 * The search index checked against the texts in chunks (issue 15), on a read-only connection as the app's check
 * worker opens it: a text changed behind the index's back (another length, or the same length), a document
 * without its entry and an entry without its document are each found; a sound library with characters outside
 * the BMP (two UTF-16 units, one trigram character) passes. FTS5's own comparison needs a write (an INSERT
 * command), so a read-only check did not compare the contents at all before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { checkLibrary } from '../../src/main/library/check'
import { readVarint } from '../../src/main/library/check-search'
import { tempDir, writeReports } from '../import/fixtures'

let dir: string
let path: string
let db: Db
beforeEach(async () => {
  dir = tempDir('annalist-check-search-')
  writeReports(join(dir, 'in'), 4, 500)
  // a report naming a place in characters outside the BMP (𠀀, 𪚥): its clean_length in UTF-16 units is longer than its trigram count
  writeFileSync(join(dir, 'in', '𠀀县-2020.txt'), '𠀀县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n本年度𪚥区共收到申请12件。\n')
  path = join(dir, 'lib.annalist')
  db = openLibrary(path, { create: true })
  await importPaths(db, [join(dir, 'in')], { workers: 1 })
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The check as the app's worker runs it: a read-only connection of its own, every text sampled. */
function checkReadOnly(): { ok: boolean; fails: string[]; lines: string[] } {
  const ro = openLibrary(path, { readonly: true })
  try {
    const r = checkLibrary(ro, { sampleEvery: 1 })
    return { ok: r.ok, fails: r.lines.filter((l) => l.startsWith('FAIL')), lines: r.lines }
  } finally {
    ro.close()
  }
}

const name = (id: number): string => db.prepare('SELECT file_name FROM documents WHERE id = ?').pluck().get(id) as string

describe('the search index against the texts, in chunks', () => {
  it('passes a sound library, characters outside the BMP included', () => {
    const astral = db.prepare("SELECT d.id, b.clean_length, s.sz FROM documents d JOIN text_bodies b ON b.document_id = d.id JOIN texts_fts_docsize s ON s.id = d.id WHERE d.file_name LIKE '%县-2020.txt'").get() as { id: number; clean_length: number; sz: Buffer }
    expect(astral.clean_length).toBe(readVarint(astral.sz) + 2)
    const r = checkReadOnly()
    expect(r.fails).toEqual([])
    expect(r.lines).toContain('ok   the search index matches the texts (5 entries, their sizes; the trigrams of 5 texts looked up; check --deep compares every text)')
  })

  it('finds a text changed behind the index\'s back (another length)', () => {
    // through the texts view, without the FTS5 'delete' and insert the writers do (field-store.ts)
    db.prepare("UPDATE texts SET clean_text = clean_text || '补充一段没有进入索引的文字。' WHERE document_id = 2").run()
    const r = checkReadOnly()
    expect(r.ok).toBe(false)
    expect(r.fails).toHaveLength(1)
    expect(r.fails[0]).toMatch(new RegExp(`^FAIL document 2 \\(${name(2)}\\): the search index holds another text \\([\\d,]+ characters indexed, the text has [\\d,]+\\)`))
  })

  it('finds a text replaced by another of the same length', () => {
    const clean = db.prepare('SELECT clean_text FROM texts WHERE document_id = 3').pluck().get() as string
    const other = [...clean].map((c, i) => (c === '\n' ? c : '甲乙丙丁戊己庚辛'[i % 8])).join('')
    db.prepare('UPDATE texts SET clean_text = ? WHERE document_id = 3').run(other)
    const r = checkReadOnly()
    expect(r.fails).toHaveLength(1)
    expect(r.fails[0]).toMatch(/^FAIL document 3 .*: the search index does not hold its text \(「.+」 at character \d+ not found\)/)
  })

  it('finds a document without its entry and an entry without its document', () => {
    db.prepare('DELETE FROM texts_fts WHERE rowid = 4').run()
    db.prepare("INSERT INTO texts_fts (rowid, text) VALUES (9999, '不属于任何文档的索引行\n\n')").run()
    const r = checkReadOnly()
    expect(r.fails).toEqual([`FAIL document 4 (${name(4)}) is incomplete: no search entry`, 'FAIL search entry 9999 belongs to no document'])
  })

  it('reports its chunks, documents done of all', () => {
    const seen: { phase: string; done: number; total: number }[] = []
    const ro = openLibrary(path, { readonly: true })
    try {
      checkLibrary(ro, { onProgress: (p) => seen.push(p) })
    } finally {
      ro.close()
    }
    const search = seen.filter((p) => p.phase === 'search' && p.total > 0)
    expect(search.at(-1)).toMatchObject({ done: 5, total: 5 })
    for (const phase of ['integrity', 'tables', 'references', 'documents']) {
      const last = seen.filter((p) => p.phase === phase).at(-1)!
      expect(last.total, phase).toBeGreaterThan(0)
      expect(last.done, phase).toBe(last.total)
    }
  })
})
