/**
 * Issue 15, point 1: each text stored once. A document's raw text, clean text and structure come back from
 * the library exactly as the readers and the cleaner made them, for every sample format and encoding, while
 * the library keeps a fraction of their size; and a library made by migration 8 is converted in place, in
 * batches, going on after a kill.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { APPLICATION_ID, LATEST_VERSION, migrate, userVersion } from '../../src/main/library/migrations'
import { importPaths } from '../../src/main/import/index'
import { getDocument, insertDocument } from '../../src/main/library/documents'
import { textSample } from '../../src/main/dataset/copies'
import { legacyTextsLeft, type RepackProgress } from '../../src/main/library/text-repack'
import { checkLibrary } from '../../src/main/library/check'
import { searchIds } from '../../src/main/services/search'
import { parseDocument } from '../../src/main/ingest'
import { cleanText } from '../../src/main/text'
import { mapToBlob } from '../../src/main/library/codec'
import { generateReport } from '../../bench/lib/report-text'
import { tempDir } from '../import/fixtures'

const ROOT = resolve(__dirname, '..', '..')
const SAMPLES = join(ROOT, 'tests', 'fixtures', 'reports')

let dir: string
beforeAll(() => { dir = tempDir('annalist-texts-') })
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('texts stored once', () => {
  it('gives back every sample\'s raw text, clean text, offset map and blocks exactly as read', async () => {
    const db = openLibrary(join(dir, 'samples.annalist'), { create: true })
    try {
      const s = await importPaths(db, [SAMPLES], { workers: 1 })
      expect(s.failed).toEqual([])
      // every format and encoding of the samples: TXT in UTF-8, UTF-16, GBK, Big5; PDF, DOCX, web pages
      expect(new Set(s.imported.map((i) => i.file.slice(i.file.lastIndexOf('.'))))).toEqual(new Set(['.txt', '.pdf', '.docx', '.html', '.md']))
      for (const { file, id } of s.imported) {
        const parsed = await parseDocument(readFileSync(file), file)
        const clean = cleanText(parsed.text)
        const d = getDocument(db, id)!
        expect(d.raw_text, file).toBe(parsed.text)
        expect(d.clean_text, file).toBe(clean.text)
        expect(d.clean_map, file).toEqual(Array.from(clean.map))
        expect(d.blocks, file).toEqual(parsed.blocks)
        expect(d.page_starts, file).toEqual(parsed.pageStarts ?? null)
      }
      expect(checkLibrary(db).ok).toBe(true)
    } finally {
      db.close()
    }
  })

  it('stores a new document\'s copy sample with it, the one its stored clean text gives', async () => {
    const db = openLibrary(join(dir, 'sample.annalist'), { create: true })
    try {
      const r = generateReport(7)
      const bytes = new TextEncoder().encode(r.text)
      const parsed = await parseDocument(bytes, r.name)
      const { id } = insertDocument(db, {
        sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength, fileName: r.name, filePath: null, bytes, parsed,
        clean: cleanText(parsed.text), extraction: null,
      })
      // there before any regrouping: the regrouping after an import need not read the text back for it
      const stored = db.prepare('SELECT sample FROM copy_samples WHERE document_id = ?').pluck().get(id) as Buffer | undefined
      const expected = textSample(getDocument(db, id)!.clean_text)
      expect(stored && new Uint32Array(new Uint8Array(stored).buffer)).toEqual(expected)
      expect(expected.length).toBeGreaterThan(10)
    } finally {
      db.close()
    }
  })

  it('keeps the texts of a 5,000-character report in a tenth of its original\'s bytes', async () => {
    const inDir = join(dir, 'generated')
    mkdirSync(inDir)
    let bytes = 0
    for (let i = 1; i <= 20; i++) {
      const r = generateReport(i)
      writeFileSync(join(inDir, r.name), r.text)
      bytes += Buffer.byteLength(r.text)
    }
    const db = openLibrary(join(dir, 'generated.annalist'), { create: true })
    try {
      await importPaths(db, [inDir], { workers: 1 })
      // before: raw + clean + structure (blocks with their texts) held about 3.5x the original's bytes
      const stored = db.prepare('SELECT sum(length(raw) + length(clean) + length(structure) + coalesce(length(clean_map), 0)) FROM text_bodies').pluck().get() as number
      expect(stored).toBeLessThan(bytes / 10)
      expect(searchIds(db, '政府信息公开').length).toBe(20)
    } finally {
      db.close()
    }
  })
})

/** A library as migration 8 made it: texts stored whole in the `texts` table, indexed. */
function makeV8Library(path: string, n: number): void {
  const raw = new Database(path)
  raw.pragma('journal_mode = WAL')
  raw.pragma('foreign_keys = ON')
  raw.pragma(`application_id = ${APPLICATION_ID}`)
  expect(migrate(raw, 8)).toBe(8)
  const doc = raw.prepare("INSERT INTO documents (id, sha256, size, file_name, kind, encoding, imported_at) VALUES (?, ?, ?, ?, 'txt', 'utf-8', '2024-01-01T00:00:00Z')")
  const orig = raw.prepare('INSERT INTO originals (document_id, bytes) VALUES (?, ?)')
  const text = raw.prepare('INSERT INTO texts (document_id, raw_text, clean_text, structure, clean_map) VALUES (?, ?, ?, ?, ?)')
  const fts = raw.prepare('INSERT INTO texts_fts (rowid, text) VALUES (?, ?)')
  raw.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const r = generateReport(i, 1500)
      const bytes = Buffer.from(r.text.replace(/\n/g, '\r\n'))
      const rawText = r.text
      const clean = cleanText(rawText)
      const blocks = rawText.split('\n').flatMap((line, k, all) => {
        const start = all.slice(0, k).reduce((a, l) => a + l.length + 1, 0)
        return line.trim() ? [{ type: 'paragraph', text: line, start, end: start + line.length }] : []
      })
      doc.run(i, createHash('sha256').update(bytes).digest('hex'), bytes.length, r.name)
      orig.run(i, bytes)
      text.run(i, rawText, clean.text, JSON.stringify({ blocks, pageStarts: null }), mapToBlob(clean.map))
      fts.run(i, clean.text + '\n\n')
    }
  })()
  raw.close()
}

function textsOf(db: Db): unknown[] {
  return db.prepare('SELECT document_id, raw_text, clean_text, structure, clean_map FROM texts ORDER BY document_id').all()
}

describe('migration 13 (texts stored once)', () => {
  it('converts a library made by migration 8 in batches, readable throughout, and goes on after a kill', () => {
    const p = join(dir, 'v8.annalist')
    makeV8Library(p, 25)
    const before = (() => {
      const raw = new Database(p, { readonly: true })
      try { return textsOf(raw) } finally { raw.close() }
    })()

    // a process that migrates with batches of 10 and is killed (SIGKILL) as soon as the first batch is saved
    const script = join(dir, 'repack-and-die.mts')
    writeFileSync(script, `
      import { openLibrary } from ${JSON.stringify(join(ROOT, 'src/main/library/db.ts'))}
      import { repackLegacyTexts } from ${JSON.stringify(join(ROOT, 'src/main/library/text-repack.ts'))}
      import { createRequire } from 'node:module'
      const Database = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})('better-sqlite3')
      import { migrate } from ${JSON.stringify(join(ROOT, 'src/main/library/migrations.ts'))}
      const db = new Database(${JSON.stringify(p)})
      migrate(db)
      repackLegacyTexts(db, { batch: 10, onProgress: () => process.kill(process.pid, 'SIGKILL') })
    `)
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.signal, r.stderr).toBe('SIGKILL')

    // what the kill left: version 9, ten documents packed, fifteen still in the old table, every text readable
    const half = new Database(p)
    try {
      expect(userVersion(half)).toBe(LATEST_VERSION)
      expect(legacyTextsLeft(half)).toBe(15)
      expect(half.prepare('SELECT count(*) FROM text_bodies').pluck().get()).toBe(10)
      expect(half.prepare('SELECT packing, count(*) AS n FROM original_bodies GROUP BY packing ORDER BY packing').all()).toEqual([{ packing: 0, n: 15 }, { packing: 1, n: 10 }])
    } finally {
      half.close()
    }
    const readOnly = openLibrary(p, { readonly: true })
    try {
      expect(textsOf(readOnly)).toEqual(before)
    } finally {
      readOnly.close()
    }

    // the next open goes on from there, with progress, and ends with one table
    const progress: RepackProgress[] = []
    const db = openLibrary(p, { onMigrationProgress: (x) => progress.push(x) })
    try {
      expect(progress.at(-1)).toEqual({ done: 25, total: 25 })
      expect(legacyTextsLeft(db)).toBe(-1)
      expect(textsOf(db)).toEqual(before)
      expect(db.prepare("SELECT type FROM sqlite_master WHERE name = 'texts'").pluck().get()).toBe('view')
      // a CRLF original is still the raw text, rebuilt from it rather than stored again
      expect(db.prepare("SELECT count(*) FROM text_bodies WHERE substr(raw, 1, 1) = x'4f'").pluck().get()).toBe(25)
      expect(searchIds(db, '行政复议').length).toBe(25)
      // the originals are deflated (fixity, checked below, reads them back byte for byte)
      expect(db.prepare('SELECT count(*) FROM original_bodies WHERE packing = 1').pluck().get()).toBe(25)
      expect(checkLibrary(db).lines.filter((l) => l.startsWith('FAIL'))).toEqual([])
    } finally {
      db.close()
    }
  })

  it('shows its progress on the command line, on stderr, and lists the library afterwards', () => {
    const p = join(dir, 'v8-cli.annalist')
    makeV8Library(p, 12)
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), 'list', '--library', p, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/upgrading the library's texts \(stored once\): 12 \/ 12 documents \(100%\)/)
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(12)
  })
})
