/**
 * One call to get a working service layer over a library file: open (or create) it, make the event bus and
 * the job registry, build the services. `close()` cancels running jobs, waits for them, and closes the
 * library cleanly (the WAL is checkpointed by better-sqlite3 on close).
 */
import { type Db, openLibrary } from '../library/db'
import { legacyTextsLeft, repackLegacyTextsAsync } from '../library/text-repack'
import { pendingUpgradeSteps, runUpgradeStepsAsync } from '../library/upgrade-steps'
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
 * Migration 13's repacking of an older library's texts, a batch at a time between the requests, then the long
 * steps of later migrations (library/upgrade-steps.ts: migration 15's file-name search index, by chunks of
 * documents): the window opens at once and shows the progress (library.info's `upgrade` and the library.upgrade
 * events, with the step). A close stops it after the batch under way; the next open goes on. A failure leaves the
 * library as readable as it was (the next open tries again) and is told as the end of the upgrade.
 */
async function upgradeInBackground(services: Services, closing: () => boolean): Promise<void> {
  const ctx = services.ctx
  if (ctx.db.readonly) return
  const left = legacyTextsLeft(ctx.db)
  const steps = pendingUpgradeSteps(ctx.db)
  if (left < 0 && steps === 0) return
  const total = ctx.db.prepare('SELECT count(*) FROM documents').pluck().get() as number
  ctx.upgrade = { done: 0, total, finished: false }
  ctx.events.emit('library.upgrade', ctx.upgrade)
  let last = 0
  const tell = (u: NonNullable<typeof ctx.upgrade>, now = false): void => {
    ctx.upgrade = u
    const at = Date.now()
    if (now || at - last >= 100) {
      last = at
      ctx.events.emit('library.upgrade', u)
    }
  }
  try {
    if (left >= 0) {
      await repackLegacyTextsAsync(ctx.db, {
        // small batches: a person's request waits for one batch at most
        batch: 100,
        stop: closing,
        // documents imported meanwhile are counted too
        onProgress: (p) => tell({ done: Math.min(p.done, p.total), total: p.total, finished: false }),
      })
    }
    if (steps > 0 && !closing()) {
      await runUpgradeStepsAsync(ctx.db, {
        batch: 2000,
        stop: closing,
        // a step's start and end are always told, its chunks at most ten times a second
        onProgress: (p) => tell({ done: p.done, total: p.total, finished: false, step: { version: p.version, index: p.step, count: p.steps, id: p.id } }, p.done === 0 || p.finished),
      })
    }
  } catch (e) {
    process.stderr.write(`annalist: upgrading the library stopped: ${e instanceof Error ? e.message : String(e)}\n`)
  }
  // a library whose texts were repacked is told so (the steps after it are a moment's work beside that)
  const { step: _step, ...texts } = ctx.upgrade
  ctx.upgrade = left >= 0 ? { ...texts, finished: true } : { ...ctx.upgrade, finished: true }
  ctx.events.emit('library.upgrade', ctx.upgrade)
}
