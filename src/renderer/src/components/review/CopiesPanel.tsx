/**
 * The copies of the document's report (issue 13) and the same agency's neighbouring years. Closed: one line
 * (how many copies, how many differences; previous / next year with `[` `]`). Open (`s`): the fields on
 * which the copies differ in rows, one column per copy (numbered for the digit keys), the focused field's
 * row marked; a cell is a button that takes that copy's value for this document, as `1`–`9` do.
 */
import { useEffect, useRef } from 'react'
import type { CopyComparison } from '../../../../shared/contract'
import { FIELD_IDS, fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { formatValue } from '../../lib/parse-value'

interface Props {
  id: number
  copies: CopyComparison | null
  neighbours: { previous: number | null; next: number | null }
  open: boolean
  /** every field, not only those the copies differ on */
  all: boolean
  onAll(all: boolean): void
  focused: string | null
  onToggle(): void
  onChoose(field: string, source: number): void
  onFocusField(field: string): void
  onOpenDoc(id: number): void
  /** this document is not a copy of the others (a person's decision, kept over regrouping) */
  onSplit(): void
}

/**
 * The rows shown: every field the copies differ on (`all`: every field any copy has, in the dictionary's
 * order), and the focused field first when it is not one of them.
 */
export function comparedFields(copies: CopyComparison, focused: string | null, all = false): string[] {
  const rows = all ? FIELD_IDS.filter((f) => copies.copies.some((c) => c.fields[f] !== undefined)) : copies.differing
  return focused && !rows.includes(focused) && fieldDef(focused) ? [focused, ...rows] : rows
}

export function CopiesPanel(p: Props) {
  const { t, label } = useI18n()
  // the focused field's row stays in view (the desk's top area is short at 1024×700)
  const table = useRef<HTMLTableElement>(null)
  useEffect(() => {
    if (p.open) table.current?.querySelector('tr.focused')?.scrollIntoView({ block: 'nearest' })
  }, [p.open, p.focused])
  const years = (
    <span className="years" data-testid="years">
      <button type="button" className="link" disabled={p.neighbours.previous === null} data-testid="year-prev"
        onClick={() => p.neighbours.previous !== null && p.onOpenDoc(p.neighbours.previous)}>
        [ {t('years.prev', { doc: p.neighbours.previous !== null ? `#${p.neighbours.previous}` : t('years.none') })}
      </button>
      <button type="button" className="link" disabled={p.neighbours.next === null} data-testid="year-next"
        onClick={() => p.neighbours.next !== null && p.onOpenDoc(p.neighbours.next)}>
        {t('years.next', { doc: p.neighbours.next !== null ? `#${p.neighbours.next}` : t('years.none') })} ]
      </button>
    </span>
  )
  const c = p.copies
  if (!c) return <div className="copies-bar muted">{years}</div>
  const own = c.copies.find((x) => x.id === p.id)
  const rows = comparedFields(c, p.focused, p.all)
  return (
    <section className="copies" data-testid="copies" data-open={p.open ? 'true' : 'false'} aria-label={t('copies.title')}>
      <div className="copies-bar">
        <span data-testid="copies-summary">{t('copies.summary', { count: c.copies.length, differ: c.differing.length })}</span>
        {c.group.pinned && <span className="muted"> · {t('copies.pinned')}</span>}
        <button type="button" className="link" onClick={p.onToggle} data-testid="copies-toggle">{t(p.open ? 'copies.close' : 'copies.open')}</button>
        {p.open && (
          <label className="muted"><input type="checkbox" checked={p.all} onChange={(e) => p.onAll(e.target.checked)} data-testid="copies-all" /> {t('copies.all')}</label>
        )}
        <button type="button" className="link" onClick={p.onSplit} data-testid="copies-split">{t('copies.split')}</button>
        <span className="spacer" />
        {years}
      </div>
      {p.open && (
        <div className="copies-table-wrap">
          <table className="copies-table" data-testid="copies-table" ref={table}>
            <thead>
              <tr>
                <th scope="col">{t('copies.field')}</th>
                {c.copies.map((x, i) => (
                  <th key={x.id} scope="col" title={x.file_name}>
                    <kbd>{i + 1}</kbd> #{x.id} {x.kind.toUpperCase()}{x.id === p.id ? ` · ${t('copies.this')}` : ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && <tr><td colSpan={c.copies.length + 1} className="muted">{t('copies.none')}</td></tr>}
              {rows.map((f) => {
                const d = fieldDef(f)
                const source = own?.fields[f]?.source
                return (
                  <tr key={f} className={[f === p.focused ? 'focused' : '', c.differing.includes(f) ? 'differ' : ''].join(' ').trim() || undefined} data-field={f}>
                    <th scope="row"><button type="button" className="link" onClick={() => p.onFocusField(f)}>{d ? label(d) : f}</button></th>
                    {c.copies.map((x) => {
                      const v = x.fields[f]
                      const chosen = source === x.id
                      return (
                        <td key={x.id} className={chosen ? 'chosen' : undefined} data-copy={x.id}>
                          <button type="button" className="cell-choice" onClick={() => p.onChoose(f, x.id)}
                            title={chosen ? t('copies.chosen', { id: x.id }) : undefined}>
                            {formatValue(v?.value ?? null) || '—'}{v?.approximate ? ' ≈' : ''}{chosen ? ' ✓' : ''}
                          </button>
                        </td>
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
          </table>
          <div className="muted copies-hint">{t('copies.hint')}</div>
        </div>
      )}
    </section>
  )
}
