/** The import pipeline on real files through the real readers, cleaner and extractor, into a real library file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFileSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { getEventListeners, setMaxListeners } from 'node:events'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importBuffers, importPaths } from '../../src/main/import/index'
import { getDocument, documentCount } from '../../src/main/library/documents'
import { listDocuments } from '../../src/main/services/list-query'
import { checkLibrary } from '../../src/main/library/check'
import { makeDocx, makeZip } from '../../scripts/lib/docx-writer'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { randomBytes, tempDir, writeReports } from './fixtures'

let dir: string
let db: Db
beforeEach(() => {
  dir = tempDir()
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('importPaths', () => {
  it('imports a folder, stores whole documents, and recognises the same bytes as one document', async () => {
    const files = writeReports(join(dir, 'in'), 3)
    copyFileSync(files[0], join(dir, 'in', 'copy-of-first.txt'))
    const s = await importPaths(db, [join(dir, 'in')], { workers: 2 })
    expect(s.imported).toHaveLength(3)
    expect(s.duplicates).toHaveLength(1)
    expect(s.duplicates[0].file).toBe(join(dir, 'in', 'copy-of-first.txt'))
    expect(s.failed).toEqual([])
    expect(s.cancelled).toBe(false)

    const first = s.imported.find((i) => i.file === files[0])
    expect(first).toBeDefined()
    expect(s.duplicates[0].id).toBe(first?.id)
    const d = getDocument(db, first?.id ?? -1)
    expect(d).not.toBeNull()
    if (!d) return
    const bytes = readFileSync(files[0])
    expect(d.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(d.size).toBe(bytes.length)
    expect(d.kind).toBe('txt')
    expect(d.encoding).toBe('utf-8')
    expect(d.raw_text).toContain('政府信息公开工作年度报告')
    expect(d.clean_text.length).toBeGreaterThan(0)
    expect(d.clean_map).toHaveLength(d.clean_text.length + 1)
    expect(d.warnings.filter((w) => w.code === 'extract_failed')).toEqual([])
    expect(d.extractor_version).toBeTruthy()
    expect(d.fields.some((f) => f.field === 'report_year' && f.origin === 'auto')).toBe(true)

    const again = await importPaths(db, [join(dir, 'in')], { workers: 1 })
    expect(again.imported).toEqual([])
    expect(again.duplicates).toHaveLength(4)
    expect(documentCount(db)).toBe(3)
    expect(checkLibrary(db).ok).toBe(true)
  })

  it('keeps going past bad files, each failed with a reason', async () => {
    const inDir = join(dir, 'mixed')
    writeReports(inDir, 2)
    writeFileSync(join(inDir, 'empty.txt'), '')
    writeFileSync(join(inDir, 'noise.pdf'), randomBytes(5000))
    writeFileSync(join(inDir, 'broken.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(3000)]))
    const s = await importPaths(db, [inDir, join(dir, 'does-not-exist.txt')], { workers: 2 })
    expect(s.imported).toHaveLength(2)
    const failed = new Map(s.failed.map((f) => [f.file, f.error]))
    expect([...failed.keys()].sort()).toEqual([join(dir, 'does-not-exist.txt'), join(inDir, 'broken.docx'), join(inDir, 'empty.txt'), join(inDir, 'noise.pdf')].sort())
    for (const msg of failed.values()) expect(msg.length).toBeGreaterThan(5)
    expect(failed.get(join(inDir, 'empty.txt'))).toMatch(/empty/i)
    expect(documentCount(db)).toBe(2)
    expect(checkLibrary(db).ok).toBe(true)
  })

  it('keeps Chinese file names and reads DOCX and PDF', async () => {
    const inDir = join(dir, '报告')
    mkdirSync(inDir)
    writeFileSync(join(inDir, '龙山县2019年政府信息公开工作年度报告.txt'), '龙山县2019年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n')
    writeFileSync(join(inDir, '清河市年报.docx'), await makeDocx([{ p: '清河市2020年政府信息公开工作年度报告', style: 'Title' }, { p: '一、总体情况' }, { table: [['项目', '数量'], ['主动公开', '35']] }]))
    writeFileSync(join(inDir, '南湖区年报.pdf'), makePdf([{ lines: ['南湖区2021年政府信息公开工作年度报告', '一、总体情况'] }, { lines: ['二、主动公开政府信息情况'] }]))
    const s = await importPaths(db, [inDir], { workers: 2 })
    expect(s.failed).toEqual([])
    const rows = listDocuments(db).rows
    expect(rows.map((r) => r.file_name).sort()).toEqual(['南湖区年报.pdf', '清河市年报.docx', '龙山县2019年政府信息公开工作年度报告.txt'].sort())
    const pdf = s.imported.find((i) => i.kind === 'pdf')
    const pdfDoc = getDocument(db, pdf?.id ?? -1)
    expect(pdfDoc?.page_count).toBe(2)
    expect(pdfDoc?.page_starts).toHaveLength(2)
    expect(pdfDoc?.raw_text).toContain('南湖区')
    const docx = getDocument(db, s.imported.find((i) => i.kind === 'docx')?.id ?? -1)
    expect(docx?.blocks.some((b) => b.type === 'table')).toBe(true)
    expect(listDocuments(db, { search: '龙山县' }).total).toBe(1)
  })

  it('is not fooled by symlink loops', async () => {
    const inDir = join(dir, 'loop')
    writeReports(inDir, 2)
    symlinkSync(inDir, join(inDir, 'self'))
    mkdirSync(join(inDir, 'sub'))
    symlinkSync(inDir, join(inDir, 'sub', 'back-up'))
    symlinkSync(join(inDir, 'nowhere'), join(inDir, 'dangling.txt'))
    const s = await importPaths(db, [inDir, inDir], { workers: 1 })
    expect(s.imported).toHaveLength(2)
    expect(s.duplicates).toEqual([])
    expect(s.failed.map((f) => f.file)).toEqual([join(inDir, 'dangling.txt')])
  })

  it('reports progress and stops on cancel, leaving a sound library', async () => {
    writeReports(join(dir, 'many'), 40)
    const seen: { done: number; total: number; current: string | null }[] = []
    const all = await importPaths(db, [join(dir, 'many')], { workers: 1, onProgress: (p) => seen.push(p) })
    expect(all.imported).toHaveLength(40)
    expect(seen.every((p) => p.total === 40)).toBe(true)
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done)
    expect(seen[seen.length - 1].done).toBe(40)
    expect(seen.some((p) => p.current?.endsWith('.txt'))).toBe(true)

    // more reports than a worker holds and a commit takes (16 and 48): the cancel lands before the end however
    // fast the machine is
    writeReports(join(dir, 'more'), 200)
    const db2 = openLibrary(join(dir, 'cancel.annalist'), { create: true })
    const controller = new AbortController()
    const s = await importPaths(db2, [join(dir, 'more')], {
      workers: 1,
      signal: controller.signal,
      onProgress: (p) => { if (p.done >= 3) controller.abort() },
    })
    expect(s.cancelled).toBe(true)
    expect(s.imported.length).toBeGreaterThanOrEqual(3)
    expect(s.imported.length).toBeLessThan(200)
    expect(documentCount(db2)).toBe(s.imported.length)
    expect(checkLibrary(db2).ok).toBe(true)
    db2.close()
  })

  it('imports uploaded buffers (browser mode)', async () => {
    const text = Buffer.from('安平县2018年政府信息公开工作年度报告\n全年收到政府信息公开申请12件。\n', 'utf8')
    const s = await importBuffers(db, [{ name: '安平县.txt', bytes: text }, { name: 'again.txt', bytes: new Uint8Array(text) }], { workers: 1 })
    expect(s.imported).toHaveLength(1)
    expect(s.duplicates).toEqual([{ file: 'again.txt', id: s.imported[0].id }])
    expect(getDocument(db, s.imported[0].id)?.file_path).toBeNull()
  })

  it('fails a file whose reading exhausts the worker heap, then goes on with a fresh worker', async () => {
    const inDir = join(dir, 'heavy')
    mkdirSync(inDir)
    // 24 MB of report text: far beyond what a 32 MB worker heap can decode, clean and extract
    const line = '全年共收到政府信息公开申请100件，其中自然人申请80件，法人或其他组织申请20件。\n'
    writeFileSync(join(inDir, 'a-huge.txt'), line.repeat(Math.ceil((24 * 1024 * 1024) / Buffer.byteLength(line))))
    writeReports(inDir, 2)
    const s = await importPaths(db, [inDir], { workers: 1, workerHeapMb: 32 })
    expect(s.failed.map((f) => f.file)).toEqual([join(inDir, 'a-huge.txt')])
    expect(s.failed[0].error).toMatch(/more than 32 MB of memory/)
    expect(s.imported).toHaveLength(2)
  })

  it('refuses a huge file without reading it, and a decompression bomb without inflating it', async () => {
    const inDir = join(dir, 'hostile')
    mkdirSync(inDir)
    // sparse: 300 MB on paper, no disk used; must be refused from its size alone
    writeFileSync(join(inDir, 'huge.txt'), '')
    truncateSync(join(inDir, 'huge.txt'), 300 * 1024 * 1024)
    const bomb = await makeZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) },
    ])
    writeFileSync(join(inDir, 'bomb.docx'), bomb)
    writeReports(inDir, 1)
    const s = await importPaths(db, [inDir], { workers: 1 })
    expect(s.imported).toHaveLength(1)
    const failed = new Map(s.failed.map((f) => [f.file.slice(inDir.length + 1), f.error]))
    expect(failed.get('huge.txt')).toMatch(/300\.0 MB, larger than the 256 MB limit/)
    expect(failed.get('bomb.docx')).toBeTruthy()
    expect(documentCount(db)).toBe(1)
  })
})

describe('listeners on the import signal', () => {
  it('imports more than 10 files with one signal and no MaxListenersExceededWarning', async () => {
    const warnings: Error[] = []
    const onWarning = (w: Error): void => { warnings.push(w) }
    process.on('warning', onWarning)
    try {
      writeReports(join(dir, 'many'), 14)
      const ac = new AbortController()
      // Node 22 (Electron's) warns past 10 listeners on an AbortSignal; Node 24 leaves signals unlimited
      setMaxListeners(10, ac.signal)
      const s = await importPaths(db, [join(dir, 'many')], { workers: 1, signal: ac.signal })
      expect(s.imported).toHaveLength(14)
      expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0)
      await new Promise((r) => setTimeout(r, 50)) // process warnings are emitted on a later tick
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message)).toEqual([])
    } finally {
      process.off('warning', onWarning)
    }
  })
})
