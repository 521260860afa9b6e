/**
 * The library the window is working on, and switching to another one: the old one's jobs are cancelled
 * and it is closed before the new one opens, so two libraries are never written at once by this app.
 */
import type { ApiEventName, ApiEvents, ExportSettings } from '../../shared/contract'
import { type OpenServices, openServices } from '../services/open-library'
import type { Services } from '../services'

export interface SessionHooks {
  /** deliver an event to the window */
  send<E extends ApiEventName>(name: E, payload: ApiEvents[E]): void
  /** ask where an export goes (save dialog) */
  exportPath(req: ExportSettings): Promise<string | null>
  /** ask what to import (native open dialog); the only source of paths to read */
  chooseImport(opts: { folder: boolean }): Promise<string[] | null>
}

export class LibrarySession {
  private current: (OpenServices & { path: string; unsubscribe: () => void }) | null = null

  constructor(private readonly hooks: SessionHooks) {}

  services(): Services | null {
    return this.current?.services ?? null
  }

  path(): string | null {
    return this.current?.path ?? null
  }

  async open(path: string, opts: { create?: boolean; demo?: boolean } = {}): Promise<void> {
    // open the new one first: if it cannot be opened, the person keeps working in the old one
    const next = openServices({
      path,
      mode: 'electron',
      create: opts.create ?? false,
      demo: opts.demo ?? false,
      exportPath: (req) => this.hooks.exportPath(req),
      chooseImport: (o) => this.hooks.chooseImport(o),
    })
    await this.close()
    const unsubscribe = next.services.ctx.events.subscribe((name, payload) => this.hooks.send(name, payload))
    this.current = { ...next, path, unsubscribe }
    this.hooks.send('app.command', { command: 'library.switched' })
    this.hooks.send('library.changed', { ids: null })
  }

  async close(): Promise<void> {
    const c = this.current
    this.current = null
    if (!c) return
    c.unsubscribe()
    await c.close()
  }
}
