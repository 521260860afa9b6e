/**
 * The library table: virtualised rows (only what is on screen is in the DOM) over the PageCache, sortable
 * headers, checkbox selection with shift-click ranges, a keyboard cursor, search hits marked.
 */
import { useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { DocumentRow, ListQuery, SortKey, Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import type { PageCache } from '../../lib/page-cache'
import { Highlight } from '../Highlight'
import { TagChip } from './TagChip'

interface Props {
  cache: PageCache<DocumentRow>
  total: number
  query: ListQuery
  setQuery(f: (q: ListQuery) => ListQuery): void
  tags: Tag[]
  cursor: number
  setCursor(i: number): void
  selected: ReadonlySet<number>
  onSelect(index: number, row: DocumentRow, range: boolean): void
  onOpen(index: number): void
}

const COLUMNS: { key: SortKey | null; label: MessageKey; cls: string }[] = [
  { key: 'id', label: 'lib.col.id', cls: 'c-id' },
  { key: 'file_name', label: 'lib.col.file', cls: 'c-file' },
  { key: 'agency', label: 'lib.col.agency', cls: 'c-agency' },
  { key: 'region', label: 'lib.col.region', cls: 'c-region' },
  { key: 'report_year', label: 'lib.col.year', cls: 'c-year' },
  { key: 'format', label: 'lib.col.format', cls: 'c-format' },
  { key: 'status', label: 'lib.col.status', cls: 'c-status' },
  { key: 'warnings', label: 'lib.col.warnings', cls: 'c-warn' },
  { key: null, label: 'lib.col.tags', cls: 'c-tags' },
]
const ROW_HEIGHT = 30

export function DocTable({ cache, total, query, setQuery, tags, cursor, setCursor, selected, onSelect, onOpen }: Props) {
  const { t } = useI18n()
  const scroller = useRef<HTMLDivElement>(null)
  const v = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const tagById = new Map(tags.map((x) => [x.id, x]))
  const term = query.search ?? ''

  useEffect(() => { if (total > 0) v.scrollToIndex(Math.min(cursor, total - 1), { align: 'auto' }) }, [cursor, total, v])

  const sortBy = (key: SortKey) => setQuery((q) => ({ ...q, sort: key, desc: q.sort === key ? !q.desc : false }))

  return (
    <div className="doc-table" role="table" aria-rowcount={total} data-testid="doc-table">
      <div className="thead" role="row">
        <span className="c-check" />
        {COLUMNS.map((c) => (
          <span key={c.label} className={`th ${c.cls}`} role="columnheader"
            aria-sort={query.sort === c.key && c.key ? (query.desc ? 'descending' : 'ascending') : undefined}>
            {c.key ? (
              <button type="button" className="sort" onClick={() => sortBy(c.key as SortKey)}>
                {t(c.label)}{query.sort === c.key ? (query.desc ? ' ▼' : ' ▲') : ''}
              </button>
            ) : t(c.label)}
          </span>
        ))}
      </div>
      <div className="tbody" ref={scroller}>
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const row = cache.get(item.index)
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }
            if (!row) return <div key={item.key} className="tr loading" style={style}><span className="c-check" /><span>…</span></div>
            const cls = ['tr', item.index === cursor ? 'cursor' : '', selected.has(row.id) ? 'selected' : ''].join(' ')
            return (
              <div key={item.key} className={cls} style={style} role="row" data-testid="doc-row" data-id={row.id}
                onClick={() => setCursor(item.index)} onDoubleClick={() => onOpen(item.index)}>
                <span className="c-check">
                  <input type="checkbox" checked={selected.has(row.id)} aria-label={`#${row.id}`}
                    onClick={(e) => { e.stopPropagation(); onSelect(item.index, row, e.shiftKey) }} onChange={() => {}} />
                </span>
                <span className="c-id">{row.id}</span>
                <span className="c-file" title={row.file_name}>
                  <button type="button" className="open" onClick={() => onOpen(item.index)}>
                    <Highlight text={row.title ?? row.file_name} term={term} />
                  </button>
                  {row.title && <small className="muted"><Highlight text={row.file_name} term={term} /></small>}
                </span>
                <span className="c-agency"><Highlight text={row.agency ?? ''} term={term} /></span>
                <span className="c-region">{row.region ?? ''}</span>
                <span className="c-year">{row.report_year ?? ''}</span>
                <span className="c-format">{t(`format.${row.format ?? 'unknown'}` as MessageKey)}</span>
                <span className={`c-status status-${row.status}`}>{t(`status.${row.status}` as MessageKey)}</span>
                <span className="c-warn">
                  {row.errors > 0 && <span className="badge error">{row.errors}</span>}
                  {row.warnings > 0 && <span className="badge warning">{row.warnings}</span>}
                </span>
                <span className="c-tags">
                  {row.tags.map((id) => { const tag = tagById.get(id); return tag ? <TagChip key={id} tag={tag} /> : null })}
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
