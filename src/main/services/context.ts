/**
 * What the services run over: one open library, the event bus, the job registry, and the few things that
 * differ between the desktop app and the browser mode: where an export goes and where imports come from.
 * Paths come only from here (main's own dialogs or temporary folder), never from a caller of the contract.
 */
import type { Db } from '../library/db'
import type { ExportSettings, LibraryUpgrade } from '../../shared/contract'
import type { EventBus } from '../jobs/event-bus'
import type { JobRegistry } from '../jobs/registry'

export interface ServiceContext {
  db: Db
  /** the library file */
  path: string
  mode: 'electron' | 'browser'
  /** the library was made from the bundled samples */
  demo: boolean
  events: EventBus
  jobs: JobRegistry
  /**
   * Where an export without `out` is written. Browser mode: a temporary file, later served from
   * /api/download/<job>. Desktop: the shell may ask with a save dialog (null = the person cancelled).
   */
  exportPath(req: ExportSettings): Promise<string | null>
  /**
   * Desktop only: show the native open dialog and return what the person picked (null = cancelled).
   * Absent in the browser mode, where files come in only by upload.
   */
  chooseImport?(opts: { folder: boolean }): Promise<string[] | null>
  /** who a change is recorded as made by when the call names nobody (services/reviewer.ts); default the OS user */
  reviewer?: string
  /** an older library's texts being upgraded behind the window (open-library.ts); absent when there is nothing to do */
  upgrade?: LibraryUpgrade
}
