/**
 * Forward-only numbered migrations. Migration N brings user_version from N-1 to N, inside one transaction,
 * followed by a foreign-key check: a library is never left half-migrated. Never edit a shipped migration;
 * append the next one (and test the upgrade from a file made by the previous version).
 */
import type { Database } from 'better-sqlite3'
import { SCHEMA_V1 } from './schema-v1.sql'
import { SCHEMA_V2 } from './schema-v2.sql'
import { SCHEMA_V3 } from './schema-v3.sql'
import { SCHEMA_V4 } from './schema-v4.sql'
import { SCHEMA_V5 } from './schema-v5.sql'
import { SCHEMA_V6 } from './schema-v6.sql'
import { SCHEMA_V7 } from './schema-v7.sql'
import { SCHEMA_V8 } from './schema-v8.sql'
import { SCHEMA_V9 } from './schema-v9.sql'
import { SCHEMA_V10 } from './schema-v10.sql'
import { SCHEMA_V11 } from './schema-v11.sql'
import { schemaV12 } from './schema-v12.sql'
import { SCHEMA_V13 } from './schema-v13.sql'
import { SCHEMA_V14 } from './schema-v14.sql'
import { schemaV15 } from './schema-v15.sql'
import { schemaV16 } from './schema-v16.sql'
import { registerTextFunctions } from './text-sql-functions'
import { type UpgradeStepProgress, runUpgradeSteps } from './upgrade-steps'
import { LibraryError } from './errors'

/** SQL text, or a function for a step SQL alone cannot say (migration 12 edits the schema's own text). */
export const MIGRATIONS: readonly (string | ((db: Database) => void))[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, schemaV12, SCHEMA_V13, SCHEMA_V14, schemaV15, schemaV16]
export const LATEST_VERSION = MIGRATIONS.length

/** 'ANNL': marks the file as an Annalist library for `file(1)` and for openLibrary. */
export const APPLICATION_ID = 0x414e4e4c

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Run every migration above the file's user_version, up to `upTo` (tests stop early to make old files), then the
 * upgrade steps the app's queries need (upgrade-steps.ts: an index a query names), each in its own transaction.
 */
export function migrate(db: Database, upTo: number = LATEST_VERSION, onStep?: (p: UpgradeStepProgress) => void): number {
  // the texts view (migration 13) reads through these; a file opened by hand needs them as much as openLibrary's
  registerTextFunctions(db)
  let version = userVersion(db)
  while (version < upTo) {
    const sql = MIGRATIONS[version]
    const next = version + 1
    db.transaction(() => {
      if (typeof sql === 'string') db.exec(sql)
      else sql(db)
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) throw new LibraryError('corrupt', `migration ${next} left ${broken.length} broken references; the library was not changed`)
      db.pragma(`user_version = ${next}`)
    }).immediate()
    version = next
  }
  runUpgradeSteps(db, { beforeUse: true, onProgress: onStep })
  return version
}
