/**
 * How a command opens its library: `--readonly` (or a library this process cannot write) gives a read-only
 * connection; a command that changes the library asks for `write` and stops with one line when it cannot.
 */
import { openLibrary, requireWritable, type Db } from '../library/db'
import { LibraryError } from '../library/errors'
import { type ParsedArgs, requireOption } from './args'
import { migrationProgress, upgradeStepProgress } from './migration-progress'

export function openFromArgs(args: ParsedArgs, opts: { write?: boolean; create?: boolean } = {}): { db: Db; path: string } {
  const path = requireOption(args, 'library')
  const db = openLibrary(path, { readonly: args.flags.has('readonly'), create: opts.create, onMigrationProgress: migrationProgress(), onUpgradeStep: upgradeStepProgress() })
  if (opts.write) {
    try {
      requireWritable(db, path)
    } catch (e) {
      db.close()
      throw e
    }
  }
  return { db, path }
}

/**
 * For commands that only read (export, backup): read-only, unless the library is from an older version
 * and needs its migrations once, which a read-only handle cannot run.
 */
export function openForReading(path: string, readonlyAsked: boolean): Db {
  try {
    return openLibrary(path, { readonly: true })
  } catch (e) {
    if (e instanceof LibraryError && e.code === 'readonly_old' && !readonlyAsked) return openLibrary(path, { onMigrationProgress: migrationProgress(), onUpgradeStep: upgradeStepProgress() })
    throw e
  }
}
