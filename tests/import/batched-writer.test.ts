/** The write-behind commits several documents at once, each whole or not at all; turns keep list order. */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../src/main/library/db'
import { documentCount, type NewDocument } from '../../src/main/library/documents'
import { checkLibrary } from '../../src/main/library/check'
import { parseDocument } from '../../src/main/ingest/index'
import { cleanText } from '../../src/main/text/index'
import { extractReport } from '../../src/main/extract/index'
import { BatchedWriter } from '../../src/main/import/batched-writer'
import { Turns } from '../../src/main/import/turns'
import { SEARCH_CRISIS_MERGE } from '../../src/main/library/search-merges'

let dir = ''
let db: Db | null = null
afterEach(() => {
  db?.close()
  db = null
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function doc(text: string, name: string): Promise<NewDocument> {
  const bytes = new TextEncoder().encode(text)
  const parsed = await parseDocument(bytes, name)
  const clean = cleanText(parsed.text)
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength, fileName: name, filePath: null,
    bytes, parsed, clean, extraction: extractReport(parsed, clean),
  }
}

describe('BatchedWriter', () => {
  it('commits a batch in one go; a document that fails is rolled back alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annalist-writer-'))
    db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    const writer = new BatchedWriter(db, { maxDocs: 100, maxDelayMs: 10_000 })
    const good1 = await doc('青石县教育局2019年政府信息公开工作年度报告\n本年主动公开信息120条。', 'a.txt')
    const good2 = await doc('白河市民政局2020年政府信息公开工作年度报告\n本年主动公开信息80条。', 'b.txt')
    // a document the schema refuses (kind is checked): its savepoint rolls back, the others commit
    const bad: NewDocument = { ...(await doc('某某县2021年政府信息公开工作年度报告', 'c.txt')) }
    bad.parsed = { ...bad.parsed, kind: 'exe' as unknown as 'txt' }
    const results = [writer.write(good1), writer.write(bad), writer.write(good2)]
    expect(documentCount(db)).toBe(0) // nothing is written before the flush
    writer.flush()
    const [r1, r2, r3] = await Promise.allSettled(results)
    expect(r1.status).toBe('fulfilled')
    expect(r2.status).toBe('rejected')
    expect(r3.status).toBe('fulfilled')
    expect(documentCount(db)).toBe(2)
    expect(checkLibrary(db).ok).toBe(true)
  })

  it('writes a batch into the search index as one segment, every document found', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annalist-writer-'))
    db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    // no background merging, so the index keeps one segment per time FTS5 wrote its terms out
    db.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('automerge', 0)").run()
    const writer = new BatchedWriter(db, { maxDocs: 100, maxDelayMs: 10_000 })
    const places = ['青石县', '白河市', '东山区', '西林县', '南湖区', '北岭市']
    const docs = await Promise.all(places.map((p, i) => doc(`${p}教育局${2015 + i}年政府信息公开工作年度报告\n本年主动公开信息${i + 10}条。`, `${i}.txt`)))
    const written = docs.map((d) => writer.write(d))
    writer.flush()
    await Promise.all(written)
    // one write-out for the batch (at its commit), not one per document's savepoint
    expect(db.prepare('SELECT count(DISTINCT segid) FROM texts_fts_idx').pluck().get()).toBe(1)
    for (const p of places) expect(db.prepare('SELECT count(*) FROM texts_fts WHERE texts_fts MATCH ?').pluck().get(`"${p}"`)).toBe(1)
    expect(checkLibrary(db).ok).toBe(true)
  })

  it('merges the search index a little at each commit, never all 16 segments of a level in one commit', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annalist-writer-'))
    db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    // one document a commit: each commit writes one small segment of the search index
    const writer = new BatchedWriter(db, { maxDocs: 1, maxDelayMs: 10_000 })
    const segments = (): number => db!.prepare('SELECT count(DISTINCT segid) FROM texts_fts_idx').pluck().get() as number
    const places = Array.from({ length: 16 }, (_, i) => `第${i + 1}号样本县`)
    for (const [i, p] of places.entries()) await writer.write(await doc(`${p}教育局${2015 + (i % 8)}年政府信息公开工作年度报告\n本年主动公开信息${i + 10}条。`, `${i}.txt`))
    // the 16th segment leaves the merge to the following commits (FTS5's crisis merge would have rewritten
    // the whole level in this commit: one segment; at 200,000 reports that was a 15-second commit)
    expect(segments()).toBe(16)
    for (let i = 16; i < 160; i++) await writer.write(await doc(`第${i + 1}号样本县教育局2019年政府信息公开工作年度报告\n本年主动公开信息${i}条。`, `${i}.txt`))
    // ...and the later commits merge them bit by bit (FTS5's automerge works by pages written, so one-page
    // segments wait for 64 pages): far fewer segments than commits, below the crisis bound; every document found
    expect(segments()).toBeLessThan(SEARCH_CRISIS_MERGE)
    for (let i = 0; i < 160; i += 7) expect(db.prepare('SELECT count(*) FROM texts_fts WHERE texts_fts MATCH ?').pluck().get(`"第${i + 1}号样本县"`)).toBe(1)
    db.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)").run()
    expect(checkLibrary(db).ok).toBe(true)
  })

  it('flushes by itself when enough documents wait, and reports the same bytes as not created', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annalist-writer-'))
    db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    const writer = new BatchedWriter(db, { maxDocs: 2, maxDelayMs: 10_000 })
    const d = await doc('青石县教育局2019年政府信息公开工作年度报告', 'a.txt')
    const [a, b] = await Promise.all([writer.write(d), writer.write({ ...d, fileName: 'copy.txt' })])
    expect(a.created).toBe(true)
    expect(b).toEqual({ id: a.id, created: false })
  })
})

describe('Turns', () => {
  it('lets turn i go only after every earlier turn is done, whatever order they finish in', async () => {
    const turns = new Turns()
    const seen: number[] = []
    const waits = [3, 1, 2].map((i) => turns.wait(i).then(() => seen.push(i)))
    turns.done(1)
    turns.done(0)
    await Promise.resolve()
    turns.done(2)
    await Promise.all(waits)
    expect(seen).toEqual([1, 2, 3])
    await turns.wait(0) // past turns resolve at once
  })
})
