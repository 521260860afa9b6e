/**
 * The library: filters and tags on the left; import, bulk actions and the document table on the right.
 * Selection lives here (ids, with the last clicked index for shift-click ranges).
 */
import { useEffect, useRef, useState, type MutableRefObject } from 'react'
import type { DocumentRow, ListQuery, Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import type { PageCache } from '../../lib/page-cache'
import type { Command } from '../../lib/keymap'
import type { Undo } from '../use-undo'
import { ExportPanel } from '../export/ExportPanel'
import { AgenciesPanel } from './AgenciesPanel'
import { BulkBar } from './BulkBar'
import { DocTable } from './DocTable'
import { FilterBar } from './FilterBar'
import { ImportPanel } from './ImportPanel'
import { TagManager } from './TagManager'
import { startCheck } from '../CheckLine'
import { useClient } from '../../transport/get-client'

export interface Actions {
  undo: Undo
  bump(): void
  fail(e: unknown): void
  info(text: string): void
}

interface Props extends Actions {
  cache: PageCache<DocumentRow>
  query: ListQuery
  setQuery(f: (q: ListQuery) => ListQuery): void
  tags: Tag[]
  version: number
  cursor: number
  setCursor(i: number): void
  onOpen(index: number): void
  commandRef: MutableRefObject<(cmd: Command) => boolean>
  /** the Export side panel (opened by App: key e, the desktop menu, or the button here) */
  exportOpen: boolean
  setExportOpen(open: boolean): void
}

export function LibraryView(props: Props) {
  const { cache, query, setQuery, tags, cursor, setCursor, onOpen, commandRef, exportOpen, setExportOpen } = props
  const { t } = useI18n()
  const client = useClient()
  const [selected, setSelected] = useState<Set<number>>(new Set())
  // `a`: the authority list of agencies beside the table (issue 13)
  const [agenciesOpen, setAgenciesOpen] = useState(false)
  const anchor = useRef<number | null>(null)
  const total = cache.total ?? 0

  const select = (index: number, row: DocumentRow, range: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev)
      if (range && anchor.current !== null) {
        const [a, b] = [Math.min(anchor.current, index), Math.max(anchor.current, index)]
        for (const [i, r] of cache.loaded()) if (i >= a && i <= b) next.add(r.id)
      } else if (next.has(row.id)) next.delete(row.id)
      else next.add(row.id)
      return next
    })
    anchor.current = index
  }

  commandRef.current = (cmd) => {
    switch (cmd) {
      case 'nextDoc': setCursor(Math.min(cursor + 1, Math.max(total - 1, 0))); return true
      case 'prevDoc': setCursor(Math.max(cursor - 1, 0)); return true
      case 'edit': onOpen(cursor); return true
      case 'agencies': setAgenciesOpen((o) => !o); return true
      case 'toggleSelect': { const row = cache.get(cursor); if (row) select(cursor, row, false); return true }
      case 'back': if (selected.size) { setSelected(new Set()); return true } return false
      default: return false
    }
  }
  useEffect(() => () => { commandRef.current = () => false }, [commandRef])

  return (
    <div className="library">
      <aside className="sidebar">
        <FilterBar query={query} setQuery={setQuery} tags={tags} version={props.version} />
        <TagManager {...props} tags={tags} selected={[...selected]} />
      </aside>
      <section className="library-main">
        <ImportPanel {...props} />
        {props.undo.next && (
          <div className="undo-hint muted" data-testid="undo-next" role="status">{t('undo.next', { what: props.undo.next.label })}</div>
        )}
        <div className="list-head">
          <span data-testid="doc-count">{t(cache.estimated ? 'lib.countAbout' : 'lib.count', { total: total.toLocaleString() })}</span>
          <button type="button" className="export-open" data-testid="export-open" aria-expanded={exportOpen}
            onClick={() => setExportOpen(!exportOpen)}>{t('export.open')}</button>
          <button type="button" className="export-open" data-testid="agencies-open" aria-expanded={agenciesOpen}
            onClick={() => setAgenciesOpen(!agenciesOpen)}>{t('agencies.open')}</button>
          <button type="button" className="export-open" data-testid="check-start" onClick={() => startCheck(client, props.fail)}>{t('check.start')}</button>
          {selected.size > 0 && <BulkBar ids={[...selected]} onClear={() => setSelected(new Set())} {...props} />}
        </div>
        {total === 0 && cache.total !== null
          ? <p className="library-empty">{query.search || query.status || query.year || query.format || query.tag || query.hasWarnings ? t('lib.noMatch') : t('lib.empty')}</p>
          : (
            <DocTable cache={cache} total={total} query={query} setQuery={setQuery} tags={tags}
              cursor={cursor} setCursor={setCursor} selected={selected} onSelect={select} onOpen={onOpen} />
          )}
      </section>
      {agenciesOpen && <AgenciesPanel {...props} onClose={() => setAgenciesOpen(false)} />}
      {exportOpen && <ExportPanel query={query} selected={selected} version={props.version} onClose={() => setExportOpen(false)} />}
    </div>
  )
}
