/**
 * How the search index merges its segments while documents stream in (issue 15). FTS5 writes a segment at
 * every commit and merges 16 of a level into one of the next (automerge 16, migration 4) a little at every
 * later commit. But its "crisis merge" (default 16, the same number) merges a level that reaches 16 segments
 * whole and at once, cascading up the levels: every 16^3 = 4,096 commits one commit rewrote the whole index
 * (15 s at 196,560 reports of 48 a commit; the last 10,000 of a 200,000-report import ran at 261/s instead
 * of ~430/s). With the crisis bound at 64 the regular automerge reaches every merge first and spreads it over
 * the following commits: the same total work, no commit above ~0.1 s, the same number of segments for
 * queries to read (each level still merges at 16). The bound stays as a safety net for a level that somehow
 * outgrows the automerge.
 */
import type { Db } from './db'

export const SEARCH_CRISIS_MERGE = 64

/** Set the search index's crisis-merge bound (kept in the index's own config; once per library). */
export function spreadSearchMerges(db: Db): void {
  const now = db.prepare("SELECT v FROM texts_fts_config WHERE k = 'crisismerge'").pluck().get()
  if (now === SEARCH_CRISIS_MERGE) return
  // FTS5 takes the number as an integer only, and better-sqlite3 binds a JS number as a double: a literal
  db.prepare(`INSERT INTO texts_fts (texts_fts, rank) VALUES ('crisismerge', ${SEARCH_CRISIS_MERGE})`).run()
}
