// @vitest-environment happy-dom
// The Export panel over the real services (a real library file, called in process): the count is asked
// and shown before anything is written, the selection scope needs a selection, the field groups and
// options become the request, and an export ends with a download link.
import { existsSync } from 'node:fs'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { AnnalistClient, ApiArgs, ApiEventName, ApiEvents, ApiMethod, ApiResult, ExportSettings, ListQuery, ListResult } from '../../src/shared/contract'
import type { OpenServices } from '../../src/main/services/open-library'
import { I18nProvider } from '../../src/renderer/src/i18n'
import { ClientContext } from '../../src/renderer/src/transport/get-client'
import { App } from '../../src/renderer/src/components/App'
import { ExportPanel } from '../../src/renderer/src/components/export/ExportPanel'
import { ExportJobContext, useExportJob } from '../../src/renderer/src/components/export/use-export-job'
import { keyToCommand } from '../../src/renderer/src/lib/keymap'
import { GROUPS, initialChoices, toRequest } from '../../src/renderer/src/components/export/export-choices'
import { makeTestLibrary, open, type TestLibrary } from '../services/service-fixtures'

let lib: TestLibrary
let app: OpenServices
let calls: { method: ApiMethod; args: unknown }[] = []

/** The services as the window sees them, minus the wire: every call is recorded. */
function inProcessClient(): AnnalistClient {
  return {
    mode: 'browser',
    call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
      calls.push({ method, args: JSON.parse(JSON.stringify(args ?? {})) })
      return app.services.call(method, args) as Promise<ApiResult<M>>
    },
    on<E extends ApiEventName>(event: E, fn: (payload: ApiEvents[E]) => void): () => void {
      return app.services.ctx.events.subscribe((name: ApiEventName, payload) => { if (name === (event as ApiEventName)) fn(payload as ApiEvents[E]) })
    },
    originalUrl: async (id) => `/api/original/${id}`,
    downloadUrl: async (job) => `/api/download/${job}?ticket=t`,
  }
}

const requests = (method: 'export.count' | 'export.start'): ExportSettings[] =>
  calls.filter((c) => c.method === method).map((c) => c.args as ExportSettings)
const lastCount = (): ExportSettings | undefined => requests('export.count').at(-1)

/** The panel with the job App would hand it. */
function WithJob({ client, children }: { client: AnnalistClient; children: ReactNode }) {
  return <ExportJobContext.Provider value={useExportJob(client)}>{children}</ExportJobContext.Provider>
}

function show(query: ListQuery, selected: number[] = [], client: AnnalistClient = inProcessClient()) {
  return render(
    <ClientContext.Provider value={client}>
      <I18nProvider lang="zh">
        <WithJob client={client}>
          <ExportPanel query={query} selected={new Set(selected)} version={0} onClose={() => {}} />
        </WithJob>
      </I18nProvider>
    </ClientContext.Provider>,
  )
}
const radio = (name: string, value: string) => document.querySelector<HTMLInputElement>(`input[name=${name}][value=${value}]`)!
const groupBox = (g: string) => document.querySelector<HTMLInputElement>(`input[type=checkbox][value=${g}]`)!
const countText = () => screen.getByTestId('export-count').textContent ?? ''

beforeAll(async () => {
  lib = await makeTestLibrary(6, 501)
  app = open(lib)
})
afterAll(async () => {
  await app?.close()
  lib?.cleanup()
})
afterEach(() => { cleanup(); calls = [] })

describe('ExportPanel', () => {
  it('asks how many documents and shows it before writing anything', async () => {
    show({ sort: 'id' })
    await waitFor(() => expect(countText()).toBe('将导出 7 份文档'))
    expect(lastCount()).toMatchObject({ format: 'csv', scope: 'all' })
    expect(requests('export.start')).toEqual([])

    // verified only: nothing verified yet, so nothing to export and no start
    fireEvent.click(radio('export-scope', 'verified'))
    await waitFor(() => expect(countText()).toBe('没有可导出的文档。'))
    expect(lastCount()).toMatchObject({ scope: 'verified' })
    expect(screen.getByTestId<HTMLButtonElement>('export-start').disabled).toBe(true)
  })

  it('exports the current filter: the list query without its paging', async () => {
    const rows = ((await app.services.call('documents.list', {})) as ListResult).rows
    const year = rows.find((r) => r.report_year !== null)!.report_year!
    const expected = rows.filter((r) => r.report_year === year).length
    show({ year: [year], sort: 'file_name', desc: true })
    await waitFor(() => expect(countText()).toBe(`将导出 ${expected} 份文档`))
    expect(lastCount()).toMatchObject({ scope: 'filter', filter: { year: [year] } })
    expect(lastCount()!.filter).toEqual({ year: [year] })
  })

  it('offers the selection scope only when something is selected', async () => {
    show({})
    await waitFor(() => expect(countText()).toContain('将导出'))
    expect(radio('export-scope', 'selection').disabled).toBe(true)
    expect(radio('export-scope', 'all').checked).toBe(true)
    cleanup()
    calls = []

    show({}, [5, 2])
    expect(radio('export-scope', 'selection').disabled).toBe(false)
    expect(radio('export-scope', 'selection').checked).toBe(true)
    expect(screen.getByText('所选 2 份')).toBeTruthy()
    await waitFor(() => expect(countText()).toBe('将导出 2 份文档'))
    expect(lastCount()).toMatchObject({ scope: 'ids', ids: [2, 5] })
  })

  it('maps field groups and options to the request, and ends with a download link', async () => {
    show({})
    await waitFor(() => expect(countText()).toBe('将导出 7 份文档'))
    fireEvent.click(groupBox('t3'))
    fireEvent.click(groupBox('t4'))
    fireEvent.click(document.querySelector<HTMLInputElement>('input[name=provenance]')!)
    fireEvent.click(document.querySelector<HTMLInputElement>('input[name=labels]')!)
    await waitFor(() => expect(lastCount()).toMatchObject({ groups: ['document', 'headline', 't2', 't2v19'], provenanceColumns: true, labels: true }))
    // the formula guard is on by default and only sent when a person turns it off
    expect(lastCount()).not.toHaveProperty('formulaGuard')
    fireEvent.click(document.querySelector<HTMLInputElement>('input[name=formulaGuard]')!)
    await waitFor(() => expect(lastCount()).toMatchObject({ formulaGuard: false }))
    fireEvent.click(document.querySelector<HTMLInputElement>('input[name=formulaGuard]')!)
    await waitFor(() => expect(lastCount()).not.toHaveProperty('formulaGuard'))

    // no group: nothing to export, nothing asked
    for (const g of ['document', 'headline', 't2', 't2v19']) fireEvent.click(groupBox(g))
    expect(countText()).toBe('请至少选择一组字段。')
    expect(screen.getByTestId<HTMLButtonElement>('export-start').disabled).toBe(true)
    fireEvent.click(groupBox('headline'))
    // JSON Lines has no label row: the option is off and not sent
    fireEvent.click(radio('export-format', 'jsonl'))
    await waitFor(() => expect(lastCount()).toMatchObject({ format: 'jsonl', groups: ['headline'], labels: false }))
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('export-start').disabled).toBe(false))

    fireEvent.click(screen.getByTestId('export-start'))
    const link = await screen.findByTestId('export-download', {}, { timeout: 20_000 })
    const [start] = requests('export.start')
    expect(start).toEqual({ format: 'jsonl', scope: 'all', groups: ['headline'], labels: false, provenanceColumns: true })
    const job = /\/api\/download\/([\w-]+)/.exec(link.getAttribute('href') ?? '')?.[1]
    expect(job).toBeTruthy()
    expect(screen.getByTestId('export-result').textContent).toContain('已导出 7 份文档')
  })

  it('on the desktop, shows the path the export was written to', async () => {
    const { downloadUrl: _none, ...rest } = inProcessClient()
    show({}, [3], { ...rest, mode: 'electron' })
    await waitFor(() => expect(countText()).toBe('将导出 1 份文档'))
    fireEvent.click(radio('export-format', 'xlsx'))
    await waitFor(() => expect(lastCount()).toMatchObject({ format: 'xlsx' }))
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('export-start').disabled).toBe(false))
    fireEvent.click(screen.getByTestId('export-start'))
    const path = await screen.findByTestId('export-path', {}, { timeout: 20_000 })
    expect(path.textContent).toMatch(/\.xlsx$/)
    expect(existsSync(path.textContent ?? '')).toBe(true)
    expect(screen.queryByTestId('export-download')).toBeNull()
  })
})

describe('export choices', () => {
  it('start from the selection, else the filter, else everything, with every group', () => {
    expect(initialChoices({ sort: 'id' }, 0).scope).toBe('all')
    expect(initialChoices({ sort: 'id', search: '公开' }, 0).scope).toBe('filter')
    expect(initialChoices({ status: ['new'] }, 3).scope).toBe('selection')
    expect(initialChoices({}, 0).groups).toEqual([...GROUPS])
    expect(GROUPS).toEqual(['document', 'headline', 't2', 't2v19', 't3', 't4'])
  })
  it('make no request for the selection scope without a selection', () => {
    expect(toRequest({ ...initialChoices({}, 0), scope: 'selection' }, {}, [])).toBeNull()
  })
})

describe('opening the panel', () => {
  it('e in the library (not in review, not while typing) means export', () => {
    expect(keyToCommand({ key: 'e' }, { view: 'library', typing: false })).toBe('export')
    // in a document e extends found text (review-effort bench): never export
    expect(keyToCommand({ key: 'e' }, { view: 'review', typing: false })).toBe('extendFind')
    expect(keyToCommand({ key: 'e' }, { view: 'library', typing: true })).toBeNull()
  })

  it('opens on e, on the toolbar button and on the desktop menu command; Esc closes it', async () => {
    render(
      <ClientContext.Provider value={inProcessClient()}>
        <I18nProvider lang="zh"><App /></I18nProvider>
      </ClientContext.Provider>,
    )
    await waitFor(() => expect(screen.getByTestId('doc-count').textContent).toBe('共 7 份文档'))
    expect(screen.queryByTestId('export-panel')).toBeNull()
    fireEvent.keyDown(window, { key: 'e' })
    expect(screen.getByTestId('export-panel')).toBeTruthy()
    await waitFor(() => expect(countText()).toBe('将导出 7 份文档'))
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(screen.queryByTestId('export-panel')).toBeNull()

    fireEvent.click(screen.getByTestId('export-open'))
    expect(screen.getByTestId('export-panel')).toBeTruthy()
    fireEvent.click(screen.getByText('关闭（Esc）'))
    expect(screen.queryByTestId('export-panel')).toBeNull()

    act(() => { app.services.ctx.events.emit('app.command', { command: 'export' }) })
    expect(screen.getByTestId('export-panel')).toBeTruthy()
  })
})
