// @vitest-environment happy-dom
// The upgrade line under the top bar (issue 15): a later migration's long step is named with its number of all
// and its count (a step that is one statement: its name and a bar without a value), and the end says the
// library's new version; the texts' repacking keeps its own words. The events come from a client the test drives,
// as the services send them (library.upgrade).
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import type { AnnalistClient, ApiEventName, ApiEvents } from '../../src/shared/contract'
import { I18nProvider } from '../../src/renderer/src/i18n'
import { ClientContext } from '../../src/renderer/src/transport/get-client'
import { UpgradeLine } from '../../src/renderer/src/components/UpgradeLine'

afterEach(cleanup)

function drivenClient(): { client: AnnalistClient; emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void } {
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const client: AnnalistClient = {
    mode: 'browser',
    // library.info: nothing under way when the window opened
    call: () => new Promise(() => undefined) as never,
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

function renderLine(lang: 'zh' | 'en'): ReturnType<typeof drivenClient>['emit'] {
  const { client, emit } = drivenClient()
  render(<ClientContext.Provider value={client}><I18nProvider lang={lang}><UpgradeLine /></I18nProvider></ClientContext.Provider>)
  return emit
}

describe('the upgrade line', () => {
  it('names a migration step, k of n, with its count, then the version reached', () => {
    const emit = renderLine('zh')
    emit('library.upgrade', { done: 0, total: 0, finished: false, step: { version: 15, index: 2, count: 3, id: 'v15.fields_region_code' } })
    const line = screen.getByTestId('library-upgrade')
    expect(line.textContent).toBe('正在升级旧版文库（第 15 版）：第 2 / 3 步，建立索引：行政区划代码…')
    expect(line.querySelector('progress')?.hasAttribute('value')).toBe(false)

    emit('library.upgrade', { done: 40_000, total: 200_000, finished: false, step: { version: 15, index: 3, count: 3, id: 'v15.file_names_fts' } })
    expect(line.textContent).toMatch(/^正在升级旧版文库（第 15 版）：第 3 \/ 3 步，建立文件名检索索引：40,000 \/ 200,000 份文档（20%）。升级期间可照常使用/)
    expect(line.querySelector('progress')?.getAttribute('value')).toBe('20')

    emit('library.upgrade', { done: 200_000, total: 200_000, finished: true, step: { version: 15, index: 3, count: 3, id: 'v15.file_names_fts' } })
    expect(screen.getByTestId('library-upgrade').textContent).toMatch(/^文库已升级到第 15 版（200,000 份文档）。/)
  })

  it('in English too, and the texts\' repacking keeps its words', () => {
    const emit = renderLine('en')
    emit('library.upgrade', { done: 500, total: 2_000, finished: false, step: { version: 15, index: 3, count: 3, id: 'v15.file_names_fts' } })
    expect(screen.getByTestId('library-upgrade').textContent).toMatch(/^Upgrading a library made by an older version \(to version 15\): step 3 of 3, the search index of file names: 500 \/ 2,000 documents \(25%\)/)
    emit('library.upgrade', { done: 1_000, total: 2_000, finished: false })
    expect(screen.getByTestId('library-upgrade').textContent).toMatch(/^Upgrading a library made by an older version \(each text stored once\): 1,000 \/ 2,000 documents \(50%\)/)
  })
})
