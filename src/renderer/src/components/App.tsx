/**
 * The desk: top bar, library or review view, the help side panel. Owns what both views share: the
 * current list query (j/k in review walk the same list), the list cache, tags, undo, the notice line,
 * the export job (it outlives the Export panel; its status shows in the top bar while the panel is
 * shut), and the one keyboard listener that routes commands to the view in front.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ListQuery, Tag } from '../../../shared/contract'
import { useI18n } from '../i18n'
import type { Command } from '../lib/keymap'
import { errorText } from '../lib/errors'
import { useClient } from '../transport/get-client'
import { ExportStatus } from './export/ExportStatus'
import { ExportJobContext, useExportJob } from './export/use-export-job'
import { HelpPanel } from './HelpPanel'
import { Notice, type NoticeData } from './Notice'
import { TopBar } from './TopBar'
import { LibraryView } from './library/LibraryView'
import { ReviewView } from './review/ReviewView'
import { useKeyboard } from './use-keyboard'
import { rowAt, useListCache } from './use-list-cache'
import { useUndo } from './use-undo'

type View = { name: 'library' } | { name: 'review'; id: number }

/** the open document is kept in the address (#doc=12), so a reload comes back to it */
function viewFromHash(): View {
  const m = /^#doc=(\d+)$/.exec(typeof location === 'undefined' ? '' : location.hash)
  return m ? { name: 'review', id: Number(m[1]) } : { name: 'library' }
}
export type CommandHandler = (cmd: Command) => boolean

export function App() {
  const client = useClient()
  const { t } = useI18n()
  const [view, setView] = useState<View>(viewFromHash)
  const [query, setQuery] = useState<ListQuery>({ sort: 'id' })
  const [version, setVersion] = useState(0)
  const [tags, setTags] = useState<Tag[]>([])
  const [notice, setNotice] = useState<NoticeData | null>(null)
  const [help, setHelp] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [cursor, setCursor] = useState(0)
  const searchRef = useRef<HTMLInputElement>(null)
  const viewCommand = useRef<CommandHandler>(() => false)

  useEffect(() => {
    const hash = view.name === 'review' ? `#doc=${view.id}` : ''
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`)
  }, [view])

  useEffect(() => {
    const onHash = () => setView(viewFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  const bump = useCallback(() => setVersion((v) => v + 1), [])
  const fail = useCallback((e: unknown) => setNotice({ kind: 'error', text: errorText(e) }), [])
  const info = useCallback((text: string) => setNotice({ kind: 'info', text }), [])
  const undo = useUndo(client, bump)
  const exportJob = useExportJob(client)
  const showExport = useCallback(() => { setView({ name: 'library' }); setExportOpen(true) }, [])

  // results of actions fade after a while; errors stay until dismissed
  useEffect(() => {
    if (notice?.kind !== 'info') return
    const id = setTimeout(() => setNotice((n) => (n === notice ? null : n)), 6000)
    return () => clearTimeout(id)
  }, [notice])
  const { cache } = useListCache(client, query, version)

  // Imports send many change events: coalesce them so the table refreshes calmly.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const off = client.on('library.changed', () => {
      if (!timer) timer = setTimeout(() => { timer = null; bump() }, 400)
    })
    return () => { off(); if (timer) clearTimeout(timer) }
  }, [client, bump])

  // desktop: the menu's 导出… (the shell cannot see the filter or the selection, so the window acts)
  useEffect(() => client.on('app.command', ({ command }) => {
    if (command === 'export') showExport()
  }), [client, showExport])

  useEffect(() => {
    client.call('tags.list', undefined).then(setTags, fail)
  }, [client, version, fail])

  const openAt = useCallback(async (index: number) => {
    if (index < 0) return
    const row = await rowAt(cache, index)
    if (!row) return
    setCursor(index)
    setView({ name: 'review', id: row.id })
  }, [cache])

  const queue = useCallback(async () => {
    const r = await client.call('documents.queue', view.name === 'review' ? { after: view.id } : {})
    if (r.next === null) info(t('lib.queueDone'))
    else setView({ name: 'review', id: r.next })
  }, [client, view, info, t])

  const runUndo = useCallback(async (redo: boolean) => {
    const n = redo ? await undo.redo() : await undo.undo()
    if (n === null) info(t(redo ? 'redo.nothing' : 'undo.nothing'))
    else info(t(redo ? 'redo.done' : 'undo.done', { count: n }))
  }, [undo, info, t])

  const handle = useCallback((cmd: Command): boolean => {
    const go = (p: Promise<unknown>) => { p.catch(fail); return true }
    switch (cmd) {
      case 'help': setHelp((h) => !h); return true
      case 'search': searchRef.current?.focus(); searchRef.current?.select(); return true
      case 'undo': return go(runUndo(false))
      case 'redo': return go(runUndo(true))
      case 'queue': return go(queue())
      case 'export': setExportOpen(true); return true
    }
    // Esc closes the export panel before it clears a selection the panel may be exporting
    if (cmd === 'back' && exportOpen && view.name === 'library') { setExportOpen(false); return true }
    if (viewCommand.current(cmd)) return true
    if (view.name === 'review') {
      if (cmd === 'nextDoc') return go(openAt(cursor + 1))
      if (cmd === 'prevDoc') return go(openAt(cursor - 1))
      if (cmd === 'back') { setView({ name: 'library' }); return true }
    }
    if (cmd === 'back' && help) { setHelp(false); return true }
    return false
  }, [fail, runUndo, queue, view, openAt, cursor, help, exportOpen])
  useKeyboard(view.name, handle)

  return (
    <ExportJobContext.Provider value={exportJob}>
      <div className={`app ${help ? 'with-help' : ''}`}>
        <TopBar
          view={view.name}
          searchRef={searchRef}
          search={query.search ?? ''}
          onSearch={(s) => setQuery((q) => ({ ...q, search: s || undefined }))}
          onLibrary={() => setView({ name: 'library' })}
          onHelp={() => setHelp((h) => !h)}
          onQueue={() => { queue().catch(fail) }}
          status={exportOpen && view.name === 'library' ? null : <ExportStatus job={exportJob} onOpen={showExport} />}
        />
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <div className="workspace">
          {view.name === 'library' ? (
            <LibraryView
              cache={cache} query={query} setQuery={setQuery} tags={tags} version={version}
              cursor={cursor} setCursor={setCursor} onOpen={(i) => { openAt(i).catch(fail) }}
              commandRef={viewCommand} undo={undo} bump={bump} fail={fail} info={info}
              exportOpen={exportOpen} setExportOpen={setExportOpen}
            />
          ) : (
            <ReviewView
              key={view.id} id={view.id} position={{ index: cursor, total: cache.total ?? 0 }}
              search={query.search ?? ''} tags={tags} version={version}
              commandRef={viewCommand} undo={undo} bump={bump} fail={fail} info={info}
              onPrev={() => { openAt(cursor - 1).catch(fail) }} onNext={() => { openAt(cursor + 1).catch(fail) }}
              onBack={() => setView({ name: 'library' })}
            />
          )}
          {help && <HelpPanel onClose={() => setHelp(false)} />}
        </div>
      </div>
    </ExportJobContext.Provider>
  )
}
