/**
 * Is the library sound? SQLite's own integrity check, every table readable, the foreign keys, every
 * document whole (original, text, search row), and fixity: each original re-hashed against the SHA-256
 * recorded at import. Reads one original at a time, so a large library is checked in bounded memory.
 *
 * On a damaged file each part is checked on its own: a part SQLite cannot read becomes a FAIL line that
 * names it (the table, the document), and the other parts still run, so the report says what failed
 * instead of stopping at the first "database disk image is malformed" (issue 10).
 */
import { createHash } from 'node:crypto'
import type { Db } from './db'
import { LATEST_VERSION, userVersion } from './migrations'

export interface CheckResult { ok: boolean; lines: string[] }

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]

export function checkLibrary(db: Db): CheckResult {
  const lines: string[] = []
  let ok = true
  const fail = (line: string): void => { ok = false; lines.push(`FAIL ${line}`) }
  const part = (name: string, run: () => void): void => {
    try {
      run()
    } catch (e) {
      fail(`${name}: ${firstLine(e)}`)
    }
  }

  // root page -> table or index name, so that "Tree 7 page 12" says which table is damaged
  const roots = new Map<number, string>()
  part('schema', () => {
    for (const r of db.prepare("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0").all() as { name: string; rootpage: number }[]) roots.set(r.rootpage, r.name)
  })

  const name = (m: string): string => m.replace(/\bTree (\d+)\b/g, (t, n: string) => (roots.has(Number(n)) ? `${t} (${roots.get(Number(n))})` : t))
  try {
    // one row may hold several messages, one per line
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).flatMap((r) => r.integrity_check.split('\n')).filter((m) => m !== '')
    if (integrity.length === 1 && integrity[0] === 'ok') lines.push('ok   SQLite integrity check')
    else {
      for (const m of integrity.slice(0, 20)) fail(`integrity: ${name(m)}`)
      if (integrity.length > 20) fail(`integrity: … ${integrity.length - 20} more`)
    }
  } catch (e) {
    // the check itself stopped (a damaged root page): check table by table to say which ones fail
    fail(`SQLite integrity check: ${firstLine(e)}`)
    for (const t of new Set(roots.values())) {
      try {
        const r = db.pragma(`integrity_check("${t.replace(/"/g, '""')}")`) as { integrity_check: string }[]
        if (!(r.length === 1 && r[0].integrity_check === 'ok')) fail(`integrity of ${t}: ${name(r[0]?.integrity_check.split('\n')[0] ?? '?')}`)
      } catch (err) {
        fail(`integrity of ${t}: ${firstLine(err)}`)
      }
    }
  }

  part('tables', () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
    let unreadable = 0
    for (const t of tables) {
      try {
        db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).get()
      } catch (e) {
        unreadable++
        fail(`table ${t} cannot be read: ${firstLine(e)}`)
      }
    }
    if (unreadable === 0) lines.push(`ok   every table can be read (${tables.length})`)
  })

  part('foreign keys', () => {
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
    if (fk.length === 0) lines.push('ok   foreign keys')
    else for (const r of fk.slice(0, 20)) fail(`broken reference: ${r.table} row ${r.rowid} -> ${r.parent}`)
  })

  part('library version', () => {
    const version = userVersion(db)
    if (version === LATEST_VERSION) lines.push(`ok   library version ${version}`)
    else fail(`library version ${version}, expected ${LATEST_VERSION}`)
  })

  part('whole documents', () => {
    const missing = db
      .prepare(
        `SELECT d.id, d.file_name,
           (SELECT count(*) FROM originals o WHERE o.document_id = d.id) AS o,
           (SELECT count(*) FROM texts t WHERE t.document_id = d.id) AS t
         FROM documents d WHERE o = 0 OR t = 0`,
      )
      .all() as { id: number; file_name: string; o: number; t: number }[]
    for (const m of missing) {
      const parts = [m.o ? '' : 'original', m.t ? '' : 'text'].filter(Boolean).join(', ')
      fail(`document ${m.id} (${m.file_name}) is incomplete: no ${parts}`)
    }
    if (missing.length === 0) lines.push('ok   every document is whole (original, text)')
  })

  part('search index', () => {
    // every document has an entry (FTS5 keeps one docsize row per indexed text; readable on a read-only library)
    const unindexed = db.prepare('SELECT id, file_name FROM documents WHERE id NOT IN (SELECT id FROM texts_fts_docsize) ORDER BY id').all() as { id: number; file_name: string }[]
    for (const d of unindexed) fail(`document ${d.id} (${d.file_name}) is incomplete: no search entry`)
    const orphans = (db.prepare('SELECT count(*) AS n FROM texts_fts_docsize WHERE id NOT IN (SELECT id FROM documents)').get() as { n: number }).n
    if (orphans > 0) fail(`${orphans} search entries belong to no document`)
    // the index reads its texts from `texts` (migration 8): FTS5 compares every entry with the text it came
    // from. That check is an INSERT command, so a read-only library is spared it.
    if (db.readonly) {
      if (unindexed.length === 0 && orphans === 0) lines.push('ok   every document has its search entry (contents not compared: read-only)')
      return
    }
    try {
      db.prepare("INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)").run()
      if (unindexed.length === 0 && orphans === 0) lines.push('ok   the search index matches the texts')
    } catch (e) {
      fail(`the search index does not match the texts (${e instanceof Error ? e.message : String(e)}); re-extracting rebuilds it`)
    }
  })

  part('fixity', () => {
    // one document at a time: a damaged page fails that document's line, not the whole fixity check
    const docs = db.prepare('SELECT id, file_name, sha256, size FROM documents ORDER BY id').all() as { id: number; file_name: string; sha256: string; size: number }[]
    const original = db.prepare('SELECT bytes FROM originals WHERE document_id = ?').pluck()
    let count = 0
    let bad = 0
    for (const d of docs) {
      let bytes: Buffer | undefined
      try {
        bytes = original.get(d.id) as Buffer | undefined
      } catch (e) {
        bad++
        fail(`fixity: the original of document ${d.id} (${d.file_name}) cannot be read: ${firstLine(e)}`)
        continue
      }
      if (!bytes) continue
      count++
      const sha = createHash('sha256').update(bytes).digest('hex')
      if (sha !== d.sha256 || bytes.length !== d.size) {
        bad++
        fail(`document ${d.id} (${d.file_name}): original changed since import (SHA-256 ${sha.slice(0, 12)}…, recorded ${d.sha256.slice(0, 12)}…, ${bytes.length} bytes, recorded ${d.size})`)
      }
    }
    if (bad === 0) lines.push(`ok   fixity: ${count} originals match their SHA-256`)
  })

  lines.push(ok ? 'library is sound' : 'library has problems (see FAIL lines)')
  return { ok, lines }
}
