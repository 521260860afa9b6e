/**
 * `annalist check --library <file> [--readonly] [--deep]`: integrity, tables, references, whole documents, the
 * search index and fixity, each in steps with a progress line; `--deep` adds SQLite's full integrity_check and
 * FTS5's comparison of every indexed text (long, and the latter holds the write lock: library/check.ts).
 * Exit 0 only when all is sound (1 otherwise). A library too damaged to open normally is still
 * checked, through a plain read-only connection, so the report says what failed. The progress (a bar for
 * fixity: originals, MB/s, time left) goes to stderr.
 */
import Database from 'better-sqlite3'
import { parseArgs, requireOption } from '../args'
import { looksLikeSqlite, openLibrary, type Db } from '../../library/db'
import { LibraryError } from '../../library/errors'
import { checkLibraryAsync } from '../../library/check'
import { startFixityHashers } from '../../library/fixity-hashers'
import { migrationProgress, upgradeStepProgress } from '../migration-progress'
import { checkProgress } from '../check-progress'
import { registerTextFunctions } from '../../library/text-sql-functions'

/** Only a file that is an SQLite file but fails to open as a library is worth checking further. */
function openDamaged(path: string, e: LibraryError): { db: Db; line: string } {
  if ((e.code !== 'corrupt' && e.code !== 'not_sqlite') || !looksLikeSqlite(path)) throw e
  let db: Db
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    throw e
  }
  // the search part unpacks sampled texts through the texts view
  registerTextFunctions(db)
  return { db, line: `FAIL open: ${e.message}` }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['readonly', 'deep'])
  const path = requireOption(args, 'library')
  const opened: { db: Db; line: string | null } = (() => {
    try {
      return { db: openLibrary(path, { readonly: args.flags.has('readonly'), onMigrationProgress: migrationProgress(), onUpgradeStep: upgradeStepProgress() }), line: null }
    } catch (e) {
      if (!(e instanceof LibraryError)) throw e
      return openDamaged(path, e)
    }
  })()
  try {
    // fixity inflates and hashes in a thread per core (library/fixity-hashers.ts) while the other parts run in
    // threads of their own (library/check-lanes.ts)
    const hashers = startFixityHashers()
    const r = await checkLibraryAsync(opened.db, { onProgress: checkProgress(), deep: args.flags.has('deep'), hashers, lanes: true }).finally(() => hashers.close())
    const lines = opened.line ? [opened.line, ...r.lines.slice(0, -1), 'library has problems (see FAIL lines)'] : r.lines
    process.stdout.write(lines.join('\n') + '\n')
    return r.ok && !opened.line ? 0 : 1
  } finally {
    opened.db.close()
  }
}
