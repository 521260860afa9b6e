// @vitest-environment happy-dom
// The export job outlives the Export panel: App holds it, so closing the panel mid-export loses
// nothing. While the panel is shut the top bar shows the job (progress, then the download, or the
// failure); reopening the panel shows the same job; one export runs at a time and a new one replaces
// the finished one. Over the real services (a real library file, called in process); the window's
// 'job.end' events are held back until the test lets them through, so "still running" is a state the
// test controls instead of a race it hopes to win.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { AnnalistClient, ApiArgs, ApiEventName, ApiEvents, ApiMethod, ApiResult } from '../../src/shared/contract'
import type { OpenServices } from '../../src/main/services/open-library'
import type { Lang } from '../../src/renderer/src/i18n/catalogue'
import { I18nProvider } from '../../src/renderer/src/i18n'
import { ClientContext } from '../../src/renderer/src/transport/get-client'
import { App } from '../../src/renderer/src/components/App'
import { percentOf } from '../../src/renderer/src/components/export/use-export-job'
import { makeTestLibrary, open, type TestLibrary } from '../services/service-fixtures'

let lib: TestLibrary
let app: OpenServices
let calls: { method: ApiMethod; args: unknown }[] = []

interface Gated {
  client: AnnalistClient
  release(): void
  /** the export jobs whose end is held back (each listener of the window holds its own copy) */
  held(): number
}

/** The services as the window sees them, except that export 'job.end' events wait for release(). */
function gatedClient(mode: 'browser' | 'electron' = 'browser'): Gated {
  let open = false
  const held: (() => void)[] = []
  const heldJobs = new Set<string>()
  const client: AnnalistClient = {
    mode,
    call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
      calls.push({ method, args: JSON.parse(JSON.stringify(args ?? {})) })
      return app.services.call(method, args) as Promise<ApiResult<M>>
    },
    on<E extends ApiEventName>(event: E, fn: (payload: ApiEvents[E]) => void): () => void {
      return app.services.ctx.events.subscribe((name: ApiEventName, payload) => {
        if (name !== (event as ApiEventName)) return
        const deliver = () => fn(payload as ApiEvents[E])
        const isExportEnd = name === 'job.end' && (payload as ApiEvents['job.end']).kind === 'export'
        if (isExportEnd && !open) { held.push(deliver); heldJobs.add((payload as ApiEvents['job.end']).job) }
        else deliver()
      })
    },
    originalUrl: async (id) => `/api/original/${id}`,
    ...(mode === 'browser' ? { downloadUrl: async (job: string) => `/api/download/${job}?ticket=t` } : {}),
  }
  return {
    client,
    release() { open = true; heldJobs.clear(); act(() => { for (const d of held.splice(0)) d() }) },
    held: () => heldJobs.size,
  }
}

function showApp(client: AnnalistClient, lang: Lang = 'zh') {
  return render(
    <ClientContext.Provider value={client}>
      <I18nProvider lang={lang}><App /></I18nProvider>
    </ClientContext.Provider>,
  )
}

const started = (): string[] => calls.filter((c) => c.method === 'export.start').map(() => 'start')
const panel = () => screen.queryByTestId('export-panel')
const status = () => screen.queryByTestId('export-status')
const startButton = () => screen.getByTestId<HTMLButtonElement>('export-start')
const jobOf = (el: Element) => /\/api\/download\/([\w-]+)/.exec(el.getAttribute('href') ?? '')?.[1]

/** Opens the panel with e, waits for the count, starts the export and closes the panel with Esc. */
async function startThenClose(): Promise<void> {
  fireEvent.keyDown(window, { key: 'e' })
  await waitFor(() => expect(startButton().disabled).toBe(false))
  fireEvent.click(startButton())
  fireEvent.keyDown(window, { key: 'Escape' })
  expect(panel()).toBeNull()
}

beforeAll(async () => {
  lib = await makeTestLibrary(6, 701)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})
afterEach(() => { cleanup(); calls = [] })

describe('the export job outside the panel', () => {
  it('keeps running when the panel closes, shows progress in the top bar, then the download', async () => {
    const g = gatedClient()
    showApp(g.client)
    await waitFor(() => expect(screen.getByTestId('doc-count').textContent).toBe('共 7 份文档'))
    expect(status()).toBeNull()

    await startThenClose()
    // the job has finished on the server; the window has not been told yet
    await waitFor(() => expect(g.held()).toBe(1))
    await waitFor(() => expect(status()?.getAttribute('data-phase')).toBe('running'))
    expect(status()!.textContent).toMatch(/^正在导出… \d{1,3}%$/)
    expect(screen.queryByTestId('export-status-download')).toBeNull()

    // the status reopens the panel, which shows the same running job: cancel, and no second start
    fireEvent.click(screen.getByTestId('export-status-open'))
    expect(panel()).toBeTruthy()
    expect(status()).toBeNull()
    expect(screen.getByTestId('export-progress')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByTestId('export-cancel'))
    await waitFor(() => expect(screen.getByTestId('export-count').textContent).toBe('将导出 7 份文档'))
    expect(startButton().disabled).toBe(true)
    expect(startButton().getAttribute('aria-describedby')).toBe('export-busy')
    expect(screen.getByTestId('export-busy').textContent).toContain('一次只进行一项导出')

    fireEvent.keyDown(window, { key: 'Escape' })
    g.release()
    const link = await screen.findByTestId('export-status-download')
    expect(status()!.getAttribute('data-phase')).toBe('done')
    expect(status()!.textContent).toBe('导出完成：下载×')
    expect(link.hasAttribute('download')).toBe(true)
    const job = jobOf(link)
    expect(job).toBeTruthy()
    // the job the link names is the finished export on the server, and it wrote a file
    const end = app.services.ctx.jobs.get(job!)?.end
    expect(end?.kind === 'export' && end.summary?.documents).toBe(7)

    // reopened, the panel shows the finished export with the same download, focused for Enter
    fireEvent.keyDown(window, { key: 'e' })
    expect(screen.getByTestId('export-result').textContent).toContain('已导出 7 份文档')
    const panelLink = screen.getByTestId('export-download')
    expect(jobOf(panelLink)).toBe(job)
    expect(document.activeElement).toBe(panelLink)
    expect(started()).toHaveLength(1)
  })

  it('starts a new export in place of the finished one; × hides the status, not the result', async () => {
    const g = gatedClient()
    g.release()
    showApp(g.client)
    await waitFor(() => expect(screen.getByTestId('doc-count').textContent).toBe('共 7 份文档'))
    await startThenClose()
    const first = jobOf(await screen.findByTestId('export-status-download'))

    fireEvent.click(screen.getByTestId('export-status-hide'))
    expect(status()).toBeNull()
    fireEvent.keyDown(window, { key: 'e' })
    expect(jobOf(screen.getByTestId('export-download'))).toBe(first)

    // finished: the start button is free again, and the new export replaces the old result
    await waitFor(() => expect(startButton().disabled).toBe(false))
    fireEvent.click(startButton())
    await waitFor(() => expect(jobOf(screen.getByTestId('export-download'))).not.toBe(first))
    const second = jobOf(screen.getByTestId('export-download'))
    expect(screen.getAllByTestId('export-download')).toHaveLength(1)
    fireEvent.keyDown(window, { key: 'Escape' })
    // a new export shows its status again, even though the last one's was hidden
    expect(jobOf(screen.getByTestId('export-status-download'))).toBe(second)
    expect(started()).toHaveLength(2)
  })

  it('cancels from the panel reopened through the status', async () => {
    const g = gatedClient()
    showApp(g.client)
    await waitFor(() => expect(screen.getByTestId('doc-count').textContent).toBe('共 7 份文档'))
    await startThenClose()
    await waitFor(() => expect(g.held()).toBe(1))
    await waitFor(() => expect(status()?.getAttribute('data-phase')).toBe('running'))

    fireEvent.click(screen.getByTestId('export-status-open'))
    fireEvent.click(screen.getByTestId('export-cancel'))
    expect(screen.getByTestId<HTMLButtonElement>('export-cancel').disabled).toBe(true)
    const cancels = calls.filter((c) => c.method === 'jobs.cancel').map((c) => (c.args as { job: string }).job)
    expect(cancels).toHaveLength(1)
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(status()!.textContent).toBe('正在取消导出…')

    // the server had already written the file when the cancel came: the job the cancel named ends done
    g.release()
    expect(jobOf(await screen.findByTestId('export-status-download'))).toBe(cancels[0])
  })

  it('on the desktop, the finished status reopens the panel at the written path; English too', async () => {
    const g = gatedClient('electron')
    g.release()
    showApp(g.client, 'en')
    await waitFor(() => expect(screen.getByTestId('doc-count').textContent).toContain('7'))
    await startThenClose()
    await waitFor(() => expect(status()?.getAttribute('data-phase')).toBe('done'))
    expect(status()!.textContent).toBe('Export finished: Show×')
    expect(screen.queryByTestId('export-status-download')).toBeNull()
    fireEvent.click(screen.getByTestId('export-status-open'))
    expect(screen.getByTestId('export-path').textContent).toMatch(/\.csv$/)
  })
})

describe('percentOf', () => {
  it('is whole percent of a known total, 0 before the total is known', () => {
    expect(percentOf({ done: 0, total: 0 })).toBe(0)
    expect(percentOf({ done: 21, total: 50 })).toBe(42)
    expect(percentOf({ done: 2, total: 3 })).toBe(66)
    expect(percentOf({ done: 9, total: 7 })).toBe(100)
  })
})
