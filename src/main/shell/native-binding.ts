/**
 * better-sqlite3 for Electron's ABI. The Node build in node_modules serves the tests and the CLI; the
 * desktop app needs one compiled for Electron, kept in its own file so the two never overwrite each
 * other (see DEPENDENCIES.md). Where it is looked for, first found wins:
 *   1. ANNALIST_SQLITE_BINDING (set by whoever built it, e.g. scripts/start.mjs)
 *   2. <resources>/native/better_sqlite3.node (packaged app, unpacked from the archive)
 *   3. <app>/native/electron-<ABI>/better_sqlite3.node (a development checkout)
 * None found: the default build is used (fine when node_modules was rebuilt for Electron).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export function findElectronBinding(appPath: string, resourcesPath: string | undefined, abi: string): string | null {
  const candidates = [
    process.env.ANNALIST_SQLITE_BINDING,
    resourcesPath ? join(resourcesPath, 'native', 'better_sqlite3.node') : undefined,
    join(appPath, 'native', `electron-${abi}`, 'better_sqlite3.node'),
  ]
  for (const c of candidates) if (c && existsSync(c)) return c
  return null
}
