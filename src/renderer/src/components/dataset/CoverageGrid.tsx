/**
 * The coverage grid (issue 13): agencies × years, a page of agencies at a time (most reports first). A cell
 * has a report, a verified one, or is missing; a cell with a report opens it. One Tab stop: the arrows move
 * between cells (a roving tabindex), Enter opens, Home/End go to the row's ends.
 */
import { useRef, useState, type KeyboardEvent } from 'react'
import type { DatasetView } from '../../../../shared/contract'
import { useI18n } from '../../i18n'

interface Props { grid: DatasetView['grid']; limit: number; onPage(offset: number): void; onOpen(id: number): void }

export function CoverageGrid({ grid, limit, onPage, onOpen }: Props) {
  const { t } = useI18n()
  const [pos, setPos] = useState({ row: 0, col: 0 })
  const table = useRef<HTMLTableElement>(null)
  const rows = grid.rows.length
  const cols = grid.years.length
  const at = { row: Math.min(pos.row, Math.max(0, rows - 1)), col: Math.min(pos.col, Math.max(0, cols - 1)) }
  if (rows === 0) return <p className="hint" data-testid="coverage-empty">{t('ds.grid.empty')}</p>

  const move = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) }
    setPos(next)
    table.current?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus()
  }
  const onKey = (e: KeyboardEvent) => {
    const k: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }
    if (k[e.key]) { move(at.row + k[e.key][0], at.col + k[e.key][1]) }
    else if (e.key === 'Home') move(at.row, 0)
    else if (e.key === 'End') move(at.row, cols - 1)
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  return (
    <section className="ds-grid" aria-labelledby="grid-title">
      <h2 id="grid-title">{t('ds.grid.title')}</h2>
      <div className="ds-legend" aria-hidden="true">
        <span className="cell has" /> {t('ds.grid.has')} <span className="cell verified" /> {t('ds.grid.verified')} <span className="cell missing" /> {t('ds.grid.missing')}
      </div>
      <div className="ds-grid-scroll">
        <table ref={table} role="grid" aria-labelledby="grid-title" onKeyDown={onKey} data-testid="coverage">
          <thead>
            <tr><th scope="col">{t('ds.grid.agency')}</th>{grid.years.map((y) => <th key={y} scope="col">{y}</th>)}</tr>
          </thead>
          <tbody>
            {grid.rows.map((r, ri) => {
              const byYear = new Map(r.cells.map((c) => [c.year, c]))
              return (
                <tr key={r.agency}>
                  <th scope="row" title={r.agency}>{r.agency}</th>
                  {grid.years.map((y, ci) => {
                    const c = byYear.get(y)
                    const focus = ri === at.row && ci === at.col ? 0 : -1
                    const state = !c ? 'missing' : c.verified > 0 ? 'verified' : 'has'
                    const label = c
                      ? t('ds.grid.cell', { agency: r.agency, year: y, documents: c.documents, verified: c.verified })
                      : t('ds.grid.cellMissing', { agency: r.agency, year: y })
                    return (
                      <td key={y} role="gridcell" className={`cell ${state}`} tabIndex={focus} aria-label={label} title={label}
                        data-cell={`${ri}-${ci}`} data-state={state}
                        onFocus={() => setPos({ row: ri, col: ci })}
                        onClick={() => { if (c) onOpen(c.id) }}
                        onKeyDown={(e) => { if (c && e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); onOpen(c.id) } }}>
                        {c && c.documents > 1 ? c.documents : ''}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="ds-pager">
        <button type="button" disabled={grid.offset === 0} onClick={() => onPage(Math.max(0, grid.offset - limit))}>{t('ds.grid.prev')}</button>
        <span>{t('ds.grid.page', { from: grid.offset + 1, to: grid.offset + rows, total: grid.agencies })}</span>
        <button type="button" disabled={grid.offset + rows >= grid.agencies} onClick={() => onPage(grid.offset + limit)}>{t('ds.grid.next')}</button>
      </div>
    </section>
  )
}
