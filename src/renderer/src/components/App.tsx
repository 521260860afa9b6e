/**
 * The desk: top bar, library or review view, the help side panel. Owns what both views share: the
 * current list query (j/k in review walk the same list), the list cache, tags, undo, the notice line,
 * the export job (it outlives the Export panel; its status shows in the top bar while the panel is
 * shut), and the one keyboard listener that routes commands to the view in front.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { ListQuery, Tag } from '../../../shared/contract'
import { useI18n } from '../i18n'
import { digitOf, type Command } from '../lib/keymap'
import { errorText } from '../lib/errors'
import { targetsLabel } from '../lib/history-labels'
import { useClient } from '../transport/get-client'
import { ocrPagesAtOnce } from '../lib/settings'
import { ExportStatus } from './export/ExportStatus'
import { ExportJobContext, useExportJob } from './export/use-export-job'
import { HelpPanel } from './HelpPanel'
import { Notice, type NoticeData } from './Notice'
import { TopBar } from './TopBar'
import { UpgradeLine } from './UpgradeLine'
import { CheckLine } from './CheckLine'
import { LibraryView } from './library/LibraryView'
import { ReviewView } from './review/ReviewView'
import { useEscapeFirst, useKeyboard } from './use-keyboard'
import { rowAt, useListCache } from './use-list-cache'
import { useUndo } from './use-undo'

// the dataset view and its charts (ECharts) load when first opened: the desk does not wait for them
const DatasetView = lazy(() => import('./dataset/DatasetView').then((m) => ({ default: m.DatasetView })))

type View = { name: 'library' } | { name: 'review'; id: number } | { name: 'dataset' }

/** the open document is kept in the address (#doc=12), the dataset view as #dataset, so a reload comes back to it */
function viewFromHash(): View {
  const hash = typeof location === 'undefined' ? '' : location.hash
  if (hash === '#dataset') return { name: 'dataset' }
  const m = /^#doc=(\d+)$/.exec(hash)
  return m ? { name: 'review', id: Number(m[1]) } : { name: 'library' }
}
/** a view's part of the keys; `digit` is the number of a 1–9 key */
export type CommandHandler = (cmd: Command, digit?: number) => boolean

export function App() {
  const client = useClient()
  const { t, label } = useI18n()
  const [view, setView] = useState<View>(viewFromHash)
  const [query, setQuery] = useState<ListQuery>({ sort: 'id' })
  const [version, setVersion] = useState(0)
  const [tags, setTags] = useState<Tag[]>([])
  const [notice, setNotice] = useState<NoticeData | null>(null)
  const [help, setHelp] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [cursor, setCursor] = useState(0)
  // which list j/k and q walk (issue 11: the counter shows the position in that one); the queue's session:
  // documents passed (never offered again), the tier each was reached in, and where the walk stands
  const [walk, setWalk] = useState<'list' | 'queue'>('list')
  const passed = useRef<number[]>([])
  const tiers = useRef(new Map<number, number>())
  const [queuePos, setQueuePos] = useState({ index: 0, total: 0 })
  const searchRef = useRef<HTMLInputElement>(null)
  const viewCommand = useRef<CommandHandler>(() => false)

  useEffect(() => {
    const hash = view.name === 'review' ? `#doc=${view.id}` : view.name === 'dataset' ? '#dataset' : ''
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

  // a result belongs to the document it was about: it does not follow to the next one (errors stay)
  useEffect(() => { setNotice((n) => (n?.kind === 'info' ? null : n)) }, [view])

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

  // desktop: the menu's 导出… (the shell cannot see the filter or the selection, so the window acts), and its
  // 导入… (the window holds the OCR pages setting, which goes with the import)
  useEffect(() => client.on('app.command', ({ command }) => {
    if (command === 'export') showExport()
    if (command === 'import.files' || command === 'import.folder') {
      client.call('import.choose', { folder: command === 'import.folder', ocrPages: ocrPagesAtOnce() }).catch(fail)
    }
  }), [client, showExport, fail])

  useEffect(() => {
    client.call('tags.list', undefined).then(setTags, fail)
  }, [client, version, fail])

  // The view as it is now, for async navigation: a q or j whose answer arrives after the person moved on
  // (Esc back to the library, another document) must not pull them back.
  const viewNow = useRef(view)
  useEffect(() => { viewNow.current = view }, [view])

  const openAt = useCallback(async (index: number) => {
    if (index < 0) return
    const from = viewNow.current
    const row = await rowAt(cache, index)
    if (!row || viewNow.current !== from) return
    setCursor(index)
    setWalk('list')
    setView({ name: 'review', id: row.id })
  }, [cache])

  /** q: the next document after this one in queue order, never one passed this session (issue 11) */
  const queue = useCallback(async () => {
    const at = view.name === 'review' ? view.id : undefined
    const tier = at === undefined ? undefined : tiers.current.get(at)
    const from = viewNow.current
    const r = await client.call('documents.queue', {
      ...(at === undefined ? {} : { after: at }), ...(tier === undefined ? {} : { tier }), passed: passed.current,
    })
    if (viewNow.current !== from) return
    if (r.next === null) {
      // every open document passed: say so; the next q starts the walk again (that is asking to go back)
      if (passed.current.length > 0) { passed.current = []; tiers.current.clear(); info(t('lib.queueRestart')) } else info(t('lib.queueDone'))
      return
    }
    if (at !== undefined && !passed.current.includes(at)) passed.current.push(at)
    if (r.tier !== undefined && r.tier !== null) tiers.current.set(r.next, r.tier)
    setQueuePos({ index: passed.current.length, total: passed.current.length + 1 + (r.ahead ?? 0) })
    setWalk('queue')
    setView({ name: 'review', id: r.next })
  }, [client, view, info, t])

  /**
   * Ctrl+Z: in a document, that document's last change (its own stack, kept in the library); in the
   * library, its last bulk action. Either way the notice says what was undone.
   */
  const runUndo = useCallback(async (redo: boolean) => {
    if (view.name === 'review') {
      const steps = await client.call('history.steps', { id: view.id })
      const step = redo ? steps.redo : steps.undo
      if (!step) { info(t(redo ? 'redo.nothing' : 'undo.nothing')); return }
      await client.call(redo ? 'history.redo' : 'history.undo', { document: view.id })
      bump()
      info(t(redo ? 'redo.didDoc' : 'undo.didDoc', { what: targetsLabel(step.targets, t, label) }))
      return
    }
    const r = redo ? await undo.redo() : await undo.undo()
    if (r === null) info(t(redo ? 'redo.nothing' : 'undo.nothing'))
    else info(t(redo ? 'redo.didDoc' : 'undo.didDoc', { what: r.entry.label }))
  }, [view, client, bump, undo, info, t, label])

  /** v with "next after verify" on: on along the walk in use */
  const advance = useCallback(() => {
    if (walk === 'queue') queue().catch(fail)
    else openAt(cursor + 1).catch(fail)
  }, [walk, queue, openAt, cursor, fail])

  // Esc closes the help panel before anything else (issue 11: the innermost thing first)
  useEscapeFirst(help, () => setHelp(false))

  const handle = useCallback((cmd: Command, e: KeyboardEvent): boolean => {
    const go = (p: Promise<unknown>) => { p.catch(fail); return true }
    switch (cmd) {
      case 'help': setHelp((h) => !h); return true
      case 'search': searchRef.current?.focus(); searchRef.current?.select(); return true
      case 'undo': return go(runUndo(false))
      case 'redo': return go(runUndo(true))
      case 'queue': return go(queue())
      case 'export': setExportOpen(true); return true
      case 'dataset': setView((v) => (v.name === 'dataset' ? { name: 'library' } : { name: 'dataset' })); return true
    }
    if (view.name === 'dataset' && cmd === 'back') { setView({ name: 'library' }); return true }
    // Esc closes the export panel before it clears a selection the panel may be exporting
    if (cmd === 'back' && exportOpen && view.name === 'library') { setExportOpen(false); return true }
    if (viewCommand.current(cmd, digitOf(e) ?? undefined)) return true
    if (view.name === 'review') {
      if (cmd === 'nextDoc') return go(openAt(cursor + 1))
      if (cmd === 'prevDoc') return go(openAt(cursor - 1))
      if (cmd === 'back') { setView({ name: 'library' }); return true }
    }
    return false
  }, [fail, runUndo, queue, view, openAt, cursor, exportOpen])
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
          onDataset={() => setView({ name: 'dataset' })}
          onHelp={() => setHelp((h) => !h)}
          onQueue={() => { queue().catch(fail) }}
          status={exportOpen && view.name === 'library' ? null : <ExportStatus job={exportJob} onOpen={showExport} />}
        />
        <UpgradeLine />
        <CheckLine fail={fail} />
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <div className="workspace">
          {view.name === 'dataset' ? (
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <DatasetView
                query={query} setQuery={setQuery} tags={tags} version={version} fail={fail} info={info}
                onList={() => setView({ name: 'library' })}
                onOpen={(id) => { setWalk('list'); setView({ name: 'review', id }) }}
              />
            </Suspense>
          ) : view.name === 'library' ? (
            <LibraryView
              cache={cache} query={query} setQuery={setQuery} tags={tags} version={version}
              cursor={cursor} setCursor={setCursor} onOpen={(i) => { openAt(i).catch(fail) }}
              commandRef={viewCommand} undo={undo} bump={bump} fail={fail} info={info}
              exportOpen={exportOpen} setExportOpen={setExportOpen}
            />
          ) : (
            <ReviewView
              key={view.id} id={view.id}
              position={walk === 'queue' ? { ...queuePos, walk } : { index: cursor, total: cache.total ?? 0, walk }}
              onAdvance={advance}
              search={query.search ?? ''} tags={tags} version={version}
              commandRef={viewCommand} undo={undo} bump={bump} fail={fail} info={info}
              onPrev={() => { openAt(cursor - 1).catch(fail) }} onNext={() => { openAt(cursor + 1).catch(fail) }}
              onBack={() => setView({ name: 'library' })}
              onOpenDoc={(other) => setView({ name: 'review', id: other })}
            />
          )}
          {help && <HelpPanel onClose={() => setHelp(false)} />}
        </div>
      </div>
    </ExportJobContext.Provider>
  )
}
