/**
 * One call to get a working service layer over a library file: open (or create) it, make the event bus and
 * the job registry, build the services. `close()` cancels running jobs, waits for them, and closes the
 * library cleanly (the WAL is checkpointed by better-sqlite3 on close).
 */
import { type Db, openLibrary } from '../library/db'
import { EventBus } from '../jobs/event-bus'
import { JobRegistry } from '../jobs/registry'
import type { ExportRequest } from '../../shared/contract'
import { type Services, createServices } from './index'
import { temporaryExportPath } from './jobs-glue'
import { defaultReviewer } from './reviewer'

export interface OpenServicesOptions {
  path: string
  mode: 'electron' | 'browser'
  create?: boolean
  demo?: boolean
  /** desktop: ask where an export goes (save dialog); default: a temporary file served for download */
  exportPath?: (req: ExportRequest) => Promise<string | null>
  /** who changes are recorded as made by when a call names nobody (CLI --reviewer); default ANNALIST_REVIEWER or the OS user */
  reviewer?: string
}

export interface OpenServices {
  db: Db
  services: Services
  close(): Promise<void>
}

export function openServices(opts: OpenServicesOptions): OpenServices {
  const db = openLibrary(opts.path, { create: opts.create ?? false })
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
