/**
 * The authority list of agencies (issue 13), a side panel of the library opened with `a`: each agency
 * (canonical name, region code, documents) with the names it is written under. Keyboard, in the list:
 * ↑/↓ move, → or Enter shows an agency's written names, ← hides them, Space marks agencies, `m` merges the
 * marked agencies (or, with none marked, the focused agency's written names) into the focused agency's
 * name (one bulk correction: Ctrl+Z in the library undoes it), `s` on a written name splits it out into an
 * agency of its own (again: puts it back), `r` renames the agency. Esc cancels, then closes.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { AgencyEntry } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import { useClient } from '../../transport/get-client'
import type { Actions } from './LibraryView'

interface Props extends Actions {
  version: number
  onClose(): void
}

type Item = { kind: 'agency'; a: AgencyEntry } | { kind: 'variant'; a: AgencyEntry; name: string; documents: number }

export function AgenciesPanel(props: Props) {
  const { fail, info, bump, undo } = props
  const client = useClient()
  const { t } = useI18n()
  const [list, setList] = useState<AgencyEntry[] | null>(null)
  const [filter, setFilter] = useState('')
  const [cursor, setCursor] = useState(0)
  const [open, setOpen] = useState<string | null>(null)
  const [marked, setMarked] = useState<Set<string>>(new Set())
  const [asking, setAsking] = useState<{ kind: 'merge'; from: string[]; to: string } | { kind: 'rename'; key: string; draft: string } | null>(null)
  const listRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let gone = false
    client.call('dataset.agencies', undefined).then((l) => { if (!gone) setList(l) }, fail)
    return () => { gone = true }
  }, [client, props.version, fail])
  useEffect(() => { listRef.current?.focus() }, [])

  const shown = useMemo(() => {
    const f = filter.trim()
    return (list ?? []).filter((a) => !f || a.name.includes(f) || a.variants.some((v) => v.name.includes(f)))
  }, [list, filter])
  const items = useMemo<Item[]>(() => shown.flatMap((a): Item[] => [
    { kind: 'agency', a },
    ...(open === a.key ? a.variants.map((v): Item => ({ kind: 'variant', a, name: v.name, documents: v.documents })) : []),
  ]), [shown, open])
  const at = items[Math.min(cursor, Math.max(items.length - 1, 0))] as Item | undefined
  useEffect(() => {
    listRef.current?.querySelector('[data-cursor="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [cursor, items])

  const refresh = (l: AgencyEntry[]) => { setList(l); bump() }
  const merge = (from: string[], to: string) => {
    client.call('dataset.mergeAgency', { from, to }).then((r) => {
      undo.push(r.batch, t('agencies.mergeLabel', { count: r.documents.length, name: to }))
      info(t('agencies.merged', { count: r.documents.length, name: to }))
      setMarked(new Set())
      return client.call('dataset.agencies', undefined).then(refresh)
    }).catch(fail)
  }
  const split = (name: string, back: boolean) => {
    client.call('dataset.splitAgency', { name, back }).then((l) => { refresh(l); info(t(back ? 'agencies.rejoined' : 'agencies.splitDone', { name })) }).catch(fail)
  }
  const rename = (key: string, name: string) => {
    client.call('dataset.renameAgency', { key, name }).then((l) => { refresh(l); info(t('agencies.renamed', { name: name || '—' })) }).catch(fail)
  }

  const onKey = (e: KeyboardEvent) => {
    if (asking) return
    const a = at?.a
    const handled = (() => {
      switch (e.key) {
        case 'ArrowDown': setCursor((c) => Math.min(c + 1, items.length - 1)); return true
        case 'ArrowUp': setCursor((c) => Math.max(c - 1, 0)); return true
        case 'ArrowRight': case 'Enter': if (a) setOpen(a.key); return true
        case 'ArrowLeft': if (a) { setOpen(null); setCursor(items.findIndex((i) => i.kind === 'agency' && i.a.key === a.key)) } return true
        case ' ': if (a) setMarked((m) => { const n = new Set(m); if (n.has(a.key)) n.delete(a.key); else n.add(a.key); return n }); return true
        case 'm': {
          if (!a) return true
          const sources = marked.size > 0 ? (list ?? []).filter((x) => marked.has(x.key) && x.key !== a.key) : [a]
          const from = [...new Set(sources.flatMap((x) => x.variants.map((v) => v.name)))].filter((n) => n !== a.name)
          if (from.length === 0) info(t('agencies.nothingToMerge'))
          else setAsking({ kind: 'merge', from, to: a.name })
          return true
        }
        case 's': if (at?.kind === 'variant') split(at.name, at.a.split === true); else info(t('agencies.splitHint')); return true
        case 'r': if (a) setAsking({ kind: 'rename', key: a.key, draft: a.name }); return true
        case 'Escape': props.onClose(); return true
        default: return false
      }
    })()
    if (handled) { e.preventDefault(); e.stopPropagation() }
  }

  const answer = (ok: boolean) => {
    const q = asking
    setAsking(null)
    listRef.current?.focus()
    if (!ok || !q) return
    if (q.kind === 'merge') merge(q.from, q.to)
    else rename(q.key, q.draft.trim())
  }

  return (
    <aside className="agencies-panel" data-testid="agencies-panel" aria-label={t('agencies.title')}>
      <header>
        <h2>{t('agencies.title')}</h2>
        <button type="button" className="link" onClick={props.onClose}>{t('agencies.close')}</button>
      </header>
      <input type="search" value={filter} placeholder={t('agencies.filter')} aria-label={t('agencies.filter')} data-testid="agencies-filter"
        onChange={(e) => { setFilter(e.target.value); setCursor(0) }}
        onKeyDown={(e) => { if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); e.stopPropagation(); listRef.current?.focus() } }} />
      <p className="muted agencies-hint">{t('agencies.hint')}</p>
      {asking && (
        <div className="agencies-ask" role="dialog" data-testid="agencies-ask">
          {asking.kind === 'merge'
            ? <p>{t('agencies.confirmMerge', { names: asking.from.join('、'), name: asking.to })}</p>
            : <p>{t('agencies.renameTo')}</p>}
          <input autoFocus={asking.kind === 'rename'} readOnly={asking.kind === 'merge'} value={asking.kind === 'rename' ? asking.draft : t('agencies.enterToConfirm')}
            data-testid="agencies-ask-input" aria-label={asking.kind === 'rename' ? t('agencies.renameTo') : t('agencies.enterToConfirm')}
            ref={(el) => { if (el && asking.kind === 'merge') el.focus() }}
            onChange={(e) => asking.kind === 'rename' && setAsking({ ...asking, draft: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); answer(true) }
              if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); answer(false) }
            }} />
        </div>
      )}
      <div className="agencies-list" role="listbox" tabIndex={0} ref={listRef} onKeyDown={onKey} data-testid="agencies-list"
        aria-label={t('agencies.title')} aria-activedescendant={at ? `agency-item-${items.indexOf(at)}` : undefined}>
        {list === null && <p className="muted">{t('app.loading')}</p>}
        {items.map((it, i) => (
          <div key={it.kind === 'agency' ? `a:${it.a.key}` : `v:${it.a.key}:${it.name}`} id={`agency-item-${i}`} role="option" aria-selected={at === it}
            data-cursor={at === it ? 'true' : 'false'} data-kind={it.kind} onClick={() => setCursor(i)}
            className={`agency-item ${it.kind}${at === it ? ' cursor' : ''}${it.kind === 'agency' && marked.has(it.a.key) ? ' marked' : ''}`}>
            {it.kind === 'agency' ? (
              <>
                <span className="agency-name">{marked.has(it.a.key) ? '☑ ' : ''}{it.a.name}</span>
                <span className="muted">{it.a.region_code ?? ''}</span>
                <span className="muted">{t('agencies.counts', { documents: it.a.documents, variants: it.a.variants.length })}{it.a.renamed ? ` · ${t('agencies.renamedMark')}` : ''}{it.a.split ? ` · ${t('agencies.splitMark')}` : ''}</span>
              </>
            ) : (
              <>
                <span className="variant-name">{it.name}</span>
                <span className="muted">{t('agencies.variantDocs', { count: it.documents })}</span>
              </>
            )}
          </div>
        ))}
      </div>
    </aside>
  )
}
