/**
 * The ONE module that loads better-sqlite3. Opens (or creates) a library file: checks it is an Annalist
 * library, turns on WAL, foreign keys and a busy timeout, and runs the pending migrations.
 *
 * The native module: better-sqlite3 13 ships N-API binaries for every platform inside its package, and an
 * N-API binary loads unchanged in Node and in Electron, so the CLI, the tests, the browser mode and the
 * desktop shell all load the same file; nothing is fetched or rebuilt per ABI.
 */
import Database from 'better-sqlite3'
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { APPLICATION_ID, LATEST_VERSION, migrate, userVersion } from './migrations'
import { LibraryError } from './errors'
import { openSnapshot } from './readonly-snapshot'
import { registerTextFunctions } from './text-sql-functions'
import { type RepackProgress, repackLegacyTexts } from './text-repack'
import { type UpgradeStepProgress, pendingUpgradeSteps, runUpgradeSteps } from './upgrade-steps'

export type Db = import('better-sqlite3').Database

export interface OpenOptions {
  /** create the file when absent (default false) */
  create?: boolean
  /**
   * Open read-only. Without it, a library this process cannot write (a read-only medium, a folder
   * without write permission) is opened read-only too (`db.readonly` says which it got); edits then
   * fail with requireWritable's message.
   */
  readonly?: boolean
  /**
   * Called while an older library's texts are repacked (migration 13: text-repack.ts), after each batch.
   * The CLI prints it; a kill meanwhile loses nothing, and the next open goes on.
   */
  onMigrationProgress?: (p: RepackProgress) => void
  /** Called as a migration's long steps run (upgrade-steps.ts: migration 15's indexes), at each step's start and after each chunk. */
  onUpgradeStep?: (p: UpgradeStepProgress) => void
  /**
   * Leave that repacking, and the upgrade steps the app's queries do not need, to the caller (repackLegacyTextsAsync,
   * runUpgradeStepsAsync): the library is whole and readable before them, and the app upgrades it behind its
   * window, showing the progress.
   */
  deferRepack?: boolean
}

/**
 * Can this process write the library and create its -wal/-shm beside it? access(2) answers EROFS on a
 * read-only medium even for root; for a normal user it also sees file and folder permissions.
 */
export function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    accessSync(dirname(path), constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** Throws LibraryError('read_only') when `db` was opened read-only: one line saying why nothing can be saved. */
export function requireWritable(db: Db, path: string): void {
  if (db.readonly) throw readOnlyError(path)
}

export function readOnlyError(path: string): LibraryError {
  return new LibraryError('read_only', `${path} is open read-only (a read-only medium or folder, or --readonly); changes cannot be saved — back it up to a writable folder to edit the copy`)
}

const SQLITE_MAGIC = 'SQLite format 3\0'

export function looksLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(16)
    const n = readSync(fd, head, 0, 16, 0)
    return n === 16 && head.toString('latin1') === SQLITE_MAGIC
  } finally {
    closeSync(fd)
  }
}

export function openLibrary(path: string, opts: OpenOptions = {}): Db {
  const exists = existsSync(path)
  if (!exists && !opts.create) throw new LibraryError('missing', `no library at ${path}`)
  if (exists) {
    const st = statSync(path)
    if (st.isDirectory()) throw new LibraryError('not_sqlite', `${path} is a folder, not a library file`)
    if (st.size > 0 && !looksLikeSqlite(path)) throw new LibraryError('not_sqlite', `${path} is not a library (not an SQLite file)`)
  }
  // a library we cannot write is still read: list, show, check and export work on it
  const readonly = opts.readonly === true || (exists && !canWrite(path))
  let db: Db
  try {
    db = new Database(path, { readonly, fileMustExist: !opts.create })
    if (readonly) db = readableOrSnapshot(db, path)
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0]
    throw new LibraryError('not_sqlite', `cannot open library ${path}: ${first}`)
  }
  try {
    prepare(db, path, readonly, opts.create ?? false, opts.deferRepack ? false : opts.onMigrationProgress, opts.onUpgradeStep)
  } catch (e) {
    db.close()
    if (e instanceof LibraryError) throw e
    const msg = e instanceof Error ? e.message : String(e)
    throw new LibraryError(/not a database|malformed/i.test(msg) ? 'not_sqlite' : 'corrupt', `cannot use library ${path}: ${msg.split('\n')[0]}`)
  }
  return db
}

/**
 * A plain read connection to a library file, without openLibrary's checks (a damaged file too), with the text
 * functions its views read through: for the check's lanes, each on a connection of its own (check-lanes.ts).
 */
export function openReadConnection(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  registerTextFunctions(db)
  return db
}

/**
 * A WAL library can be read through a read-only connection only where SQLite may create its -shm file;
 * on a read-only medium it answers SQLITE_READONLY_DIRECTORY / CANTOPEN at the first read. Then the
 * library (and its -wal, if one was left) is read from a private snapshot copy in the temporary folder.
 */
function readableOrSnapshot(db: Db, path: string): Db {
  try {
    db.pragma('schema_version')
    return db
  } catch (e) {
    const code = (e as { code?: string }).code ?? ''
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw e
    db.close()
    return openSnapshot(path)
  }
}

/** `onProgress` false: leave the texts' repacking to the caller. */
function prepare(
  db: Db, path: string, readonly: boolean, create: boolean, onProgress?: ((p: RepackProgress) => void) | false, onStep?: (p: UpgradeStepProgress) => void,
): void {
  db.pragma('busy_timeout = 5000')
  registerTextFunctions(db)
  const appId = db.pragma('application_id', { simple: true }) as number
  const version = userVersion(db)
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }).n
  const fresh = appId === 0 && version === 0 && tables === 0
  if (fresh && !create) throw new LibraryError('not_a_library', `${path} is an empty file, not a library`)
  if (!fresh && appId !== APPLICATION_ID) throw new LibraryError('not_a_library', `${path} is an SQLite file but not an Annalist library`)
  if (version > LATEST_VERSION) {
    throw new LibraryError('newer_version', `${path} was made by a newer Annalist (library version ${version}, this one knows up to ${LATEST_VERSION}); update Annalist to open it`)
  }
  if (readonly) {
    if (version < LATEST_VERSION) throw new LibraryError('readonly_old', `${path} needs an upgrade (version ${version} → ${LATEST_VERSION}); open it writable once`)
    // an upgrade killed before an index the queries name was made (upgrade-steps.ts)
    if (pendingUpgradeSteps(db, { beforeUse: true }) > 0) throw new LibraryError('readonly_old', `${path} has an upgrade to finish (version ${version}); open it writable once`)
    db.pragma('foreign_keys = ON')
    return
  }
  // WAL: readers never block the one writer; NORMAL sync is crash-safe in WAL (a kill loses at most the last commits, never consistency)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  // after a checkpoint the WAL file shrinks back to this, instead of keeping its largest size
  db.pragma('journal_size_limit = 67108864')
  // 64 MB of page cache instead of SQLite's 2 MB: the search index and the field indexes of a large
  // library stay in memory while an import writes them
  db.pragma('cache_size = -65536')
  db.pragma('foreign_keys = ON')
  if (fresh) db.pragma(`application_id = ${APPLICATION_ID}`)
  // with the upgrade steps the app's queries need (an index authority.ts names), even when the rest is deferred
  migrate(db, LATEST_VERSION, onStep)
  if (onProgress !== false) {
    repackLegacyTexts(db, { onProgress })
    runUpgradeSteps(db, { onProgress: onStep })
  }
}
