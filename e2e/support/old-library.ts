/**
 * A library as an older Annalist made it (migration 8: each text stored whole in `texts`, originals as they
 * came), for the tests of the upgrade that opening it runs (migration 13 and the repacking of its texts).
 * Generated 1,500-character reports, CRLF originals, indexed for search.
 */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { APPLICATION_ID, migrate } from '../../src/main/library/migrations'
import { cleanText } from '../../src/main/text'
import { mapToBlob } from '../../src/main/library/codec'
import { generateReport } from '../../bench/lib/report-text'

export function writeV8Library(path: string, n: number): void {
  const raw = new Database(path)
  try {
    raw.pragma('journal_mode = WAL')
    raw.pragma('foreign_keys = ON')
    raw.pragma(`application_id = ${APPLICATION_ID}`)
    if (migrate(raw, 8) !== 8) throw new Error('expected a library of version 8')
    const doc = raw.prepare("INSERT INTO documents (id, sha256, size, file_name, kind, encoding, imported_at) VALUES (?, ?, ?, ?, 'txt', 'utf-8', '2024-01-01T00:00:00Z')")
    const orig = raw.prepare('INSERT INTO originals (document_id, bytes) VALUES (?, ?)')
    const text = raw.prepare('INSERT INTO texts (document_id, raw_text, clean_text, structure, clean_map) VALUES (?, ?, ?, ?, ?)')
    const fts = raw.prepare('INSERT INTO texts_fts (rowid, text) VALUES (?, ?)')
    raw.transaction(() => {
      for (let i = 1; i <= n; i++) {
        const r = generateReport(i, 1500)
        const bytes = Buffer.from(r.text.replace(/\n/g, '\r\n'))
        const clean = cleanText(r.text)
        let start = 0
        const blocks = r.text.split('\n').flatMap((line) => {
          const at = start
          start += line.length + 1
          return line.trim() ? [{ type: 'paragraph', text: line, start: at, end: at + line.length }] : []
        })
        doc.run(i, createHash('sha256').update(bytes).digest('hex'), bytes.length, r.name)
        orig.run(i, bytes)
        text.run(i, r.text, clean.text, JSON.stringify({ blocks, pageStarts: null }), mapToBlob(clean.map))
        fts.run(i, clean.text + '\n\n')
      }
    })()
  } finally {
    raw.close()
  }
}
