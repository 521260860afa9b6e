/**
 * One call to get a working service layer over a library file: open (or create) it, make the event bus and
 * the job registry, build the services. `close()` cancels running jobs, waits for them, and closes the
 * library cleanly (the WAL is checkpointed by better-sqlite3 on close).
 */
import { type Db, openLibrary } from '../library/db'
import { EventBus } from '../jobs/event-bus'
import { JobRegistry } from '../jobs/registry'
import type { ExportSettings } from '../../shared/contract'
import { type Services, createServices } from './index'
import { temporaryExportPath } from './jobs-glue'
import { sweepPartials, sweepTempExports } from '../export/leftovers'
import { dirname, resolve } from 'node:path'
import { defaultReviewer } from './reviewer'

export interface OpenServicesOptions {
  path: string
  mode: 'electron' | 'browser'
  create?: boolean
  demo?: boolean
  /** open read-only (also chosen by itself when the file cannot be written: library/db canWrite) */
  readonly?: boolean
  /** desktop: ask where an export goes (save dialog); default: a temporary file served for download */
  exportPath?: (req: ExportSettings) => Promise<string | null>
  /** desktop: the native open dialog for `import.choose`; absent: the browser mode, uploads only */
  chooseImport?: (opts: { folder: boolean }) => Promise<string[] | null>
  /** who changes are recorded as made by when a call names nobody (CLI --reviewer); default ANNALIST_REVIEWER or the OS user */
  reviewer?: string
}

export interface OpenServices {
  db: Db
  services: Services
  close(): Promise<void>
}

export function openServices(opts: OpenServicesOptions): OpenServices {
  const db = openLibrary(opts.path, { create: opts.create ?? false, readonly: opts.readonly ?? false })
  // what crashed exports and backups left beside the library and in the temporary folder (issue 10)
  sweepPartials(dirname(resolve(opts.path)))
  sweepTempExports()
  const events = new EventBus()
  const jobs = new JobRegistry(events)
  const services = createServices({
    db,
    path: opts.path,
    mode: opts.mode,
    demo: opts.demo ?? false,
    events,
    jobs,
    exportPath: opts.exportPath ?? (async (req) => temporaryExportPath(req)),
    ...(opts.chooseImport ? { chooseImport: opts.chooseImport } : {}),
    reviewer: opts.reviewer ?? defaultReviewer(),
  })
  let closed = false
  return {
    db,
    services,
    async close() {
      if (closed) return
      closed = true
      await services.shutdown()
      db.close()
    },
  }
}
