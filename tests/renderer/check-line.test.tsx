// @vitest-environment happy-dom
// The library check's line under the top bar (issue 15): every part of a check job shows its bar with what it
// counts done of all, not only fixity; fixity keeps its originals, megabytes and MB/s; the verdict ends it.
// The events come from a client the test drives, as the services send them (job.progress, job.end).
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import type { AnnalistClient, ApiEventName, ApiEvents, JobProgress } from '../../src/shared/contract'
import { I18nProvider } from '../../src/renderer/src/i18n'
import { ClientContext } from '../../src/renderer/src/transport/get-client'
import { CheckLine } from '../../src/renderer/src/components/CheckLine'

afterEach(cleanup)

function drivenClient(): { client: AnnalistClient; emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void } {
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const client: AnnalistClient = {
    mode: 'browser',
    call: () => Promise.reject(new Error('not used')),
    on(event, fn) {
      const set = listeners.get(event) ?? new Set()
      set.add(fn as (p: unknown) => void)
      listeners.set(event, set)
      return () => set.delete(fn as (p: unknown) => void)
    },
    originalUrl: async () => '',
  }
  return { client, emit: (event, payload) => act(() => { for (const fn of listeners.get(event) ?? []) fn(payload) }) }
}

const progress = (p: Partial<JobProgress>): JobProgress => ({ job: 'j1', kind: 'check', done: 0, total: 0, current: 'integrity', ...p })

describe('the check line', () => {
  it('shows each part with its bar and what it counts, then fixity, then the verdict', () => {
    const { client, emit } = drivenClient()
    render(<ClientContext.Provider value={client}><I18nProvider lang="zh"><CheckLine fail={() => {}} /></I18nProvider></ClientContext.Provider>)
    emit('job.progress', progress({ current: 'integrity', done: 0, total: 0 }))
    const line = screen.getByTestId('check-line')
    expect(line.textContent).toContain('正在检查文库：SQLite 完整性…')
    expect(line.querySelector('progress')).toBeNull()

    emit('job.progress', progress({ current: 'search', done: 40_000, total: 200_000 }))
    expect(line.getAttribute('data-part')).toBe('search')
    expect(line.textContent).toMatch(/正在检查文库：搜索索引与文本是否一致，40,000 \/ 200,000 份文档，约剩 /)
    expect(line.querySelector('progress')?.getAttribute('value')).toBe('20')

    emit('job.progress', progress({ current: 'references', done: 3, total: 28 }))
    expect(line.textContent).toMatch(/表间引用，3 \/ 28 张表/)

    emit('job.progress', progress({ current: 'fixity', done: 50_000, total: 200_000, bytes: { done: 500 * 2 ** 20, total: 2000 * 2 ** 20 } }))
    expect(line.textContent).toMatch(/正在核对原件 SHA-256：50,000 \/ 200,000 份原件，500 \/ 2,000 MB/)
    expect(line.querySelector('progress')?.getAttribute('value')).toBe('25')

    emit('job.end', { job: 'j1', kind: 'check', summary: { ok: true, lines: ['library is sound'] } })
    expect(screen.getByTestId('check-line').getAttribute('data-phase')).toBe('done')
    expect(screen.getByTestId('check-line').textContent).toContain('文库完好')
  })

  it('takes a part\'s own time where the check sends it: a part shown after those before it keeps its true rate', () => {
    const { client, emit } = drivenClient()
    render(<ClientContext.Provider value={client}><I18nProvider lang="zh"><CheckLine fail={() => {}} /></I18nProvider></ClientContext.Provider>)
    // fixity ran beside the other parts: first shown at 500 MB after 10 s of its own
    emit('job.progress', progress({ current: 'fixity', done: 50_000, total: 200_000, bytes: { done: 500 * 2 ** 20, total: 2000 * 2 ** 20 }, elapsed: 10 }))
    expect(screen.getByTestId('check-line').textContent).toMatch(/500 \/ 2,000 MB，50 MB\/秒/)
  })
})
