/**
 * Years side by side (issue 13 point 3), opened with `y`: this report beside the same agency's previous and
 * next one, in the copies comparison's table (CopiesPanel). Rows are the fields where a neighbour has a value
 * (`all`, Shift+Y: every field any of the three has); a row the cross-year checks question (上年结转 against
 * last year's 结转下年度, a tenfold jump) is marked and its message shown, naming the neighbour compared with.
 */
import { useEffect, useRef } from 'react'
import type { CopyColumn, YearsComparison } from '../../../../shared/contract'
import { FIELD_IDS, fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { enumLabel } from '../../lib/enum-labels'
import { formatValue } from '../../lib/parse-value'

interface Props {
  years: YearsComparison | null
  all: boolean
  onAll(all: boolean): void
  focused: string | null
  onFocusField(field: string): void
  onOpenDoc(id: number): void
  onClose(): void
}

/** The rows shown: the comparison's fields (`all`: every field one of the years has), in the dictionary's order. */
export function yearRows(y: YearsComparison, all: boolean): string[] {
  if (!all) return y.fields
  const cols = [y.previous, y.current, y.next].filter((c): c is CopyColumn => c !== null)
  return FIELD_IDS.filter((f) => cols.some((c) => c.fields[f] !== undefined))
}

export function YearsPanel(p: Props) {
  const { t, label, lang } = useI18n()
  const table = useRef<HTMLTableElement>(null)
  useEffect(() => { table.current?.querySelector('tr.focused')?.scrollIntoView({ block: 'nearest' }) }, [p.focused, p.years])
  const y = p.years
  if (!y) return <section className="copies" data-testid="years-view"><div className="muted">{t('app.loading')}</div></section>
  const yearOf = (c: CopyColumn | null): string => {
    const v = c?.fields['report_year']?.value
    return typeof v === 'number' ? String(v) : ''
  }
  const cols: { key: 'previous' | 'current' | 'next'; title: string; col: CopyColumn | null }[] = [
    { key: 'previous', title: t('yearsView.previous'), col: y.previous },
    { key: 'current', title: t('yearsView.current'), col: y.current },
    { key: 'next', title: t('yearsView.next'), col: y.next },
  ]
  const rows = yearRows(y, p.all)
  const warned = (f: string) => y.warnings.filter((w) => w.fields.includes(f))
  const message = (w: YearsComparison['warnings'][number]) => (lang === 'zh' ? w.message : w.message_en)
  return (
    <section className="copies" data-testid="years-view" aria-label={t('yearsView.title')}>
      <div className="copies-bar">
        <strong>{t('yearsView.title')}</strong>
        <span className="muted" data-testid="years-summary">{t('yearsView.summary', { fields: y.fields.length, warnings: y.warnings.length })}</span>
        <label className="muted"><input type="checkbox" checked={p.all} onChange={(e) => p.onAll(e.target.checked)} data-testid="years-all" /> {t('yearsView.all')}</label>
        <span className="spacer" />
        <button type="button" className="link" onClick={p.onClose} data-testid="years-close">{t('yearsView.close')}</button>
      </div>
      {y.warnings.length > 0 && (
        <ul className="years-warnings" data-testid="years-warnings">
          {y.warnings.map((w, i) => <li key={i} data-code={w.code}>⚠ {message(w)}</li>)}
        </ul>
      )}
      <div className="copies-table-wrap">
        <table className="copies-table years-table" data-testid="years-table" ref={table}>
          <thead>
            <tr>
              <th scope="col">{t('copies.field')}</th>
              {cols.map(({ key, title, col }) => (
                <th key={key} scope="col" data-year={key} title={col?.file_name}>
                  {title} {yearOf(col)}{' '}
                  {col && key !== 'current'
                    ? <button type="button" className="link" onClick={() => p.onOpenDoc(col.id)}>#{col.id}</button>
                    : col ? `#${col.id}` : t('years.none')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && <tr><td colSpan={4} className="muted">{t('yearsView.none')}</td></tr>}
            {rows.map((f) => {
              const d = fieldDef(f)
              const ws = warned(f)
              const against = new Set(ws.map((w) => w.against))
              return (
                <tr key={f} data-field={f} title={ws.length > 0 ? ws.map(message).join('\n') : undefined}
                  className={[f === p.focused ? 'focused' : '', ws.length > 0 ? 'year-warned' : ''].join(' ').trim() || undefined}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => p.onFocusField(f)}>{ws.length > 0 ? '⚠ ' : ''}{d ? label(d) : f}</button>
                  </th>
                  {cols.map(({ key, col }) => {
                    const v = col?.fields[f]
                    // the cells the check compared: this year and the neighbour it was compared with
                    const marked = ws.length > 0 && (key === 'current' || against.has(key))
                    const text = col ? `${(d?.type === 'enum' ? enumLabel(d, v?.value ?? null, lang) : formatValue(v?.value ?? null)) || '—'}${v?.approximate ? ' ≈' : ''}` : ''
                    return (
                      <td key={key} data-year={key} className={marked ? 'year-warn' : undefined} title={text.length > 12 ? text : undefined}>{text}</td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
        <div className="muted copies-hint">{t('yearsView.hint')}</div>
      </div>
    </section>
  )
}
