/**
 * Is the library sound? SQLite's own integrity check, the foreign keys, every document whole (original,
 * text, search row), and fixity: each original re-hashed against the SHA-256 recorded at import.
 * Reads one original at a time, so a large library is checked in bounded memory.
 */
import { createHash } from 'node:crypto'
import type { Db } from './db'
import { LATEST_VERSION, userVersion } from './migrations'

export interface CheckResult { ok: boolean; lines: string[] }

export function checkLibrary(db: Db): CheckResult {
  const lines: string[] = []
  let ok = true
  const fail = (line: string): void => { ok = false; lines.push(`FAIL ${line}`) }

  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
  if (integrity.length === 1 && integrity[0] === 'ok') lines.push('ok   SQLite integrity check')
  else for (const m of integrity.slice(0, 20)) fail(`integrity: ${m}`)

  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
  if (fk.length === 0) lines.push('ok   foreign keys')
  else for (const r of fk.slice(0, 20)) fail(`broken reference: ${r.table} row ${r.rowid} -> ${r.parent}`)

  const version = userVersion(db)
  if (version === LATEST_VERSION) lines.push(`ok   library version ${version}`)
  else fail(`library version ${version}, expected ${LATEST_VERSION}`)

  const missing = db
    .prepare(
      `SELECT d.id, d.file_name,
         (SELECT count(*) FROM originals o WHERE o.document_id = d.id) AS o,
         (SELECT count(*) FROM texts t WHERE t.document_id = d.id) AS t,
         (SELECT count(*) FROM texts_fts s WHERE s.rowid = d.id) AS s
       FROM documents d WHERE o = 0 OR t = 0 OR s = 0`,
    )
    .all() as { id: number; file_name: string; o: number; t: number; s: number }[]
  for (const m of missing) {
    const parts = [m.o ? '' : 'original', m.t ? '' : 'text', m.s ? '' : 'search entry'].filter(Boolean).join(', ')
    fail(`document ${m.id} (${m.file_name}) is incomplete: no ${parts}`)
  }
  const orphans = (db.prepare('SELECT count(*) AS n FROM texts_fts WHERE rowid NOT IN (SELECT id FROM documents)').get() as { n: number }).n
  if (orphans > 0) fail(`${orphans} search entries belong to no document`)
  if (missing.length === 0 && orphans === 0) lines.push('ok   every document is whole (original, text, search entry)')

  let count = 0
  let bad = 0
  const rows = db.prepare('SELECT d.id, d.file_name, d.sha256, d.size, o.bytes FROM documents d JOIN originals o ON o.document_id = d.id ORDER BY d.id')
  for (const r of rows.iterate() as Iterable<{ id: number; file_name: string; sha256: string; size: number; bytes: Buffer }>) {
    count++
    const sha = createHash('sha256').update(r.bytes).digest('hex')
    if (sha !== r.sha256 || r.bytes.length !== r.size) {
      bad++
      fail(`document ${r.id} (${r.file_name}): original changed since import (SHA-256 ${sha.slice(0, 12)}…, recorded ${r.sha256.slice(0, 12)}…, ${r.bytes.length} bytes, recorded ${r.size})`)
    }
  }
  if (bad === 0) lines.push(`ok   fixity: ${count} originals match their SHA-256`)
  lines.push(ok ? 'library is sound' : 'library has problems (see FAIL lines)')
  return { ok, lines }
}
