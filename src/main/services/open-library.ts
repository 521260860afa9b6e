/**
 * One call to get a working service layer over a library file: open (or create) it, make the event bus and
 * the job registry, build the services. `close()` cancels running jobs, waits for them, and closes the
 * library cleanly (the WAL is checkpointed by better-sqlite3 on close).
 */
import { type Db, openLibrary } from '../library/db'
import { legacyTextsLeft, repackLegacyTextsAsync } from '../library/text-repack'
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
  // an older library is whole and readable at once; its texts are repacked behind the window (upgradeInBackground)
  const db = openLibrary(opts.path, { create: opts.create ?? false, readonly: opts.readonly ?? false, deferRepack: true })
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
  const upgrading = upgradeInBackground(services, () => closed)
  return {
    db,
    services,
    async close() {
      if (closed) return
      closed = true
      await upgrading
      await services.shutdown()
      db.close()
    },
  }
}

/**
 * Migration 13's repacking of an older library's texts, a batch at a time between the requests (the window
 * opens at once and shows the progress: library.info's `upgrade` and the library.upgrade events). A close
 * stops it after the batch under way; the next open goes on. A failure leaves the library as readable as it
 * was (the next open tries again) and is told as the end of the upgrade.
 */
async function upgradeInBackground(services: Services, closing: () => boolean): Promise<void> {
  const ctx = services.ctx
  const left = ctx.db.readonly ? -1 : legacyTextsLeft(ctx.db)
  if (left < 0) return
  const total = ctx.db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  ctx.upgrade = { done: 0, total, finished: false }
  ctx.events.emit('library.upgrade', ctx.upgrade)
  let last = 0
  try {
    await repackLegacyTextsAsync(ctx.db, {
      // small batches: a person's request waits for one batch at most
      batch: 100,
      stop: closing,
      onProgress: (p) => {
        // documents imported meanwhile are counted too
        ctx.upgrade = { done: Math.min(p.done, p.total), total: p.total, finished: false }
        const now = Date.now()
        if (now - last >= 100) {
          last = now
          ctx.events.emit('library.upgrade', ctx.upgrade)
        }
      },
    })
  } catch (e) {
    process.stderr.write(`annalist: upgrading the library's texts stopped: ${e instanceof Error ? e.message : String(e)}\n`)
  }
  ctx.upgrade = { ...ctx.upgrade, finished: true }
  ctx.events.emit('library.upgrade', ctx.upgrade)
}
