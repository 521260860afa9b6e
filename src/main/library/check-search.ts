/**
 * The search index checked against the texts in chunks of documents by id (issue 15), on a read connection:
 * no write lock, a report after every chunk, a cancel between chunks. FTS5's own 'integrity-check' compares
 * every indexed text with its text in one INSERT command (198 s at 200,000 documents, holding the write lock
 * throughout); it stays under `check --deep` (check.ts).
 *
 * What catches a broken index here, chunk by chunk:
 * - a document without its entry, or an entry without its document: the index keeps one docsize row per
 *   indexed text, read by id range;
 * - a text changed without reindexing: the docsize row holds the number of trigrams indexed, which is the
 *   number of characters of the clean text (search-text.ts adds two line breaks, a trigram tokenizer gives
 *   one token per character but the last two). `clean_length` counts UTF-16 units, so where it differs the
 *   text is unpacked and its characters counted before anything is reported;
 * - a text replaced by one of the same length: every `sampleEvery`-th document (and every one when
 *   sampleEvery is 1) has its text unpacked and a few of its trigrams looked up in the index for its own id.
 *   A one-character correction of a same-length text can slip past the sample: `--deep` compares every text.
 */
import type { Db } from './db'
import { unpackClean, unpackOriginal, unpackRaw } from './text-packing'

/** Documents per chunk: a chunk reads its ids' docsize rows and text lengths (~15 ms per 2,000 at 200,000). */
export const SEARCH_CHUNK = 2000
/** By default one document in this many has its trigrams looked up (unpacking a text and a lookup cost ~1–3 ms)… */
export const SAMPLE_EVERY = 16
/** …and every one in a library up to this size (a few seconds). */
const SAMPLE_ALL_UP_TO = 5000
/** Trigrams looked up per sampled document. */
const TRIGRAMS = 3
const MAX_LINES = 20

export interface SearchCheckProgress { done: number; total: number }
export interface SearchCheckResult { documents: number; sampled: number; failures: string[] }

/** FTS5's docsize blob: one SQLite varint per column (one column here). */
export function readVarint(b: Buffer): number {
  let v = 0
  for (let i = 0; i < Math.min(b.length, 8); i++) {
    v = v * 128 + (b[i] & 0x7f)
    if ((b[i] & 0x80) === 0) return v
  }
  return b.length > 8 ? v * 256 + b[8] : v
}

/** A small deterministic mix of the id, so that the sampled positions differ from text to text. */
function positions(id: number, chars: number, n: number): number[] {
  const out: number[] = []
  let x = (id * 2654435761) >>> 0
  for (let i = 0; i < n && chars >= 3; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + i * 40503) >>> 0
    out.push(i === 0 ? 0 : i === n - 1 ? chars - 3 : x % (chars - 2))
  }
  return out
}

interface Row { id: number; file_name: string; sz: Buffer | null; clean_length: number | null }

export function* searchIndexSteps(
  db: Db,
  opts: { onProgress?: (p: SearchCheckProgress) => void; sampleEvery?: number; chunk?: number } = {},
): Generator<void, SearchCheckResult> {
  const size = Math.max(1, opts.chunk ?? SEARCH_CHUNK)
  const total = (db.prepare('SELECT count(*) FROM documents').pluck().get() as number)
  const every = Math.max(1, opts.sampleEvery ?? (total <= SAMPLE_ALL_UP_TO ? 1 : SAMPLE_EVERY))
  const bounds = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM (SELECT id FROM documents UNION ALL SELECT id FROM texts_fts_docsize)').get() as { lo: number | null; hi: number | null }
  // documents of the range with their entry and their text's length (LEFT JOIN: a missing entry comes as null)
  const docs = db.prepare(
    `SELECT d.id, d.file_name, s.sz, b.clean_length FROM documents d
       LEFT JOIN texts_fts_docsize s ON s.id = d.id LEFT JOIN text_bodies b ON b.document_id = d.id
     WHERE d.id BETWEEN ? AND ? ORDER BY d.id`,
  )
  const orphans = db.prepare('SELECT s.id FROM texts_fts_docsize s WHERE s.id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.id)').pluck()
  // a sampled text unpacked here from its packed parts: through the texts view's SQL functions the raw text
  // crossed into SQLite and back as a string, 3.4× the time (2.9 s of 12,500 texts at 200,000 documents)
  const packed = db.prepare(
    `SELECT b.raw, b.clean, b.clean_map, CASE WHEN substr(b.raw, 1, 1) = x'4f' THEN o.bytes END AS original, o.packing
       FROM text_bodies b LEFT JOIN original_bodies o ON o.document_id = b.document_id WHERE b.document_id = ?`,
  )
  // a text still in the table an older version kept (a library being upgraded) only through the view
  const viewed = db.prepare('SELECT clean_text FROM texts WHERE document_id = ?').pluck()
  const text = (id: number): string => {
    const p = packed.get(id) as { raw: Buffer; clean: Buffer; clean_map: Buffer | null; original: Buffer | null; packing: number | null } | undefined
    if (!p) return (viewed.get(id) as string | undefined) ?? ''
    return unpackClean(p.clean, unpackRaw(p.raw, p.original ? unpackOriginal(p.original, p.packing ?? 0) : null), p.clean_map)
  }
  const hit = db.prepare('SELECT 1 FROM texts_fts WHERE texts_fts MATCH ? AND rowid = ?').pluck()
  const failures: string[] = []
  let more = 0
  const fail = (line: string): void => {
    if (failures.length < MAX_LINES) failures.push(line)
    else more++
  }
  let done = 0
  let sampled = 0
  // where the sample starts: a different share of the library each run
  const offset = every > 1 ? Math.floor(Math.random() * every) : 0

  /** The text's trigrams at a few positions, each found in the index for this document? `chars`: the text, split into characters where it must be. */
  const sample = (r: Row, chars: string | string[]): void => {
    sampled++
    for (const p of positions(r.id, chars.length, TRIGRAMS)) {
      const tri = typeof chars === 'string' ? chars.slice(p, p + 3) : chars.slice(p, p + 3).join('')
      if (!hit.get(`"${tri.replace(/"/g, '""')}"`, r.id)) {
        fail(`document ${r.id} (${r.file_name}): the search index does not hold its text (「${tri}」 at character ${p} not found); re-extracting rebuilds it`)
        return
      }
    }
  }

  const lo = bounds.lo ?? 0
  const hi = bounds.hi ?? -1
  for (let from = lo; from <= hi; from += size) {
    const to = from + size - 1
    for (const id of orphans.all(from, to) as number[]) fail(`search entry ${id} belongs to no document`)
    for (const r of docs.all(from, to) as Row[]) {
      done++
      if (r.sz === null) {
        fail(`document ${r.id} (${r.file_name}) is incomplete: no search entry`)
        continue
      }
      const indexed = readVarint(r.sz)
      const pick = every === 1 || (r.id + offset) % every === 0
      // the text is unpacked only to be sampled, or when its length in UTF-16 units differs from the trigrams indexed
      if (!pick && r.clean_length === indexed) continue
      let clean: string
      try {
        clean = text(r.id)
      } catch (e) {
        fail(`document ${r.id} (${r.file_name}): its text cannot be read (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`)
        continue
      }
      // characters, not UTF-16 units; a text without surrogates (nearly all) is its own characters: no splitting
      const chars = /[\uD800-\uDFFF]/.test(clean) ? [...clean] : clean
      if (chars.length !== indexed) {
        fail(`document ${r.id} (${r.file_name}): the search index holds another text (${indexed.toLocaleString('en')} characters indexed, the text has ${chars.length.toLocaleString('en')}); re-extracting rebuilds it`)
        continue
      }
      if (pick) sample(r, chars)
    }
    opts.onProgress?.({ done, total })
    if (to < hi) yield
  }
  if (lo > hi) opts.onProgress?.({ done, total })
  if (more > 0) failures.push(`… ${more} more search index problems`)
  return { documents: done, sampled, failures }
}
