/**
 * The document's revisions, newest first, each with its own undo (the history is in the library). Names,
 * not ids (issue 11): field labels, status labels, tag names; who made each change; a confirmation of
 * several fields at once is one entry. Above the table: what Ctrl+Z would undo now.
 */
import type { HistoryStep, Revision, Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import { revisionValue, targetName, targetsLabel } from '../../lib/history-labels'

/** One line of the history: a revision, or a confirmation (one batch of value-keeping confirms) shown as one. */
type Entry = { kind: 'one'; r: Revision } | { kind: 'confirm'; rows: Revision[]; fields: string[] }

/** the fields of a confirm-all revision (one row, target 'confirm': "agency=confirmed,staff=confirmed") */
const confirmedFields = (r: Revision): string[] => String(r.new_value ?? '').split(',').map((p) => p.split('=')[0]).filter((f) => f !== '')

/** an older library's confirmation: one row per field, value kept */
const isConfirm = (r: Revision): boolean => r.new_origin === 'confirmed' && r.old_origin !== 'confirmed' && r.undoes === null
  && JSON.stringify(r.old_value) === JSON.stringify(r.new_value)

function entries(revisions: readonly Revision[]): Entry[] {
  const out: Entry[] = []
  for (const r of revisions) {
    const last = out[out.length - 1]
    if (r.target === 'confirm' && r.undoes === null) out.push({ kind: 'confirm', rows: [r], fields: confirmedFields(r) })
    else if (r.target === 'confirm') out.push({ kind: 'one', r })
    else if (isConfirm(r) && last?.kind === 'confirm' && last.rows[0].batch === r.batch && r.batch !== null) { last.rows.push(r); last.fields.push(r.target) }
    else if (isConfirm(r)) out.push({ kind: 'confirm', rows: [r], fields: [r.target] })
    else out.push({ kind: 'one', r })
  }
  return out
}

interface Props {
  revisions: Revision[]
  steps?: { undo: HistoryStep | null; redo: HistoryStep | null }
  tags?: Tag[]
  onUndo(r: Revision): void
}

export function HistoryPanel({ revisions, steps, tags = [], onUndo }: Props) {
  const { t, label, lang } = useI18n()
  const name = (target: string) => targetName(target, t, label)
  const value = (r: Revision, v: Revision['old_value']) => revisionValue(r.target, v, tags, t, lang)
  const undoneIds = new Set(revisions.filter((r) => r.undoes !== null).map((r) => r.undoes))
  const when = (r: Revision) => r.at.replace('T', ' ').slice(0, 19)
  return (
    <section className="history" data-testid="history">
      <h3>
        {t('review.history')}
        {steps?.undo && <span className="muted undo-next" data-testid="undo-next"> · {t('undo.next', { what: targetsLabel(steps.undo.targets, t, label) })}</span>}
      </h3>
      {revisions.length === 0 ? <p className="muted">{t('review.noHistory')}</p> : (
        <table>
          <thead>
            <tr><th>{t('hist.field')}</th><th>{t('hist.old')}</th><th>{t('hist.new')}</th><th>{t('hist.who')}</th><th>{t('hist.when')}</th><th>{t('hist.reason')}</th><th /></tr>
          </thead>
          <tbody>
            {entries([...revisions].reverse()).reverse().map((e) => {
              if (e.kind === 'confirm') {
                const r = e.rows[0]
                const fields = e.fields.map(name)
                const undone = e.rows.every((x) => x.undone || undoneIds.has(x.id))
                return (
                  <tr key={`c${r.id}`} className={undone ? 'undone' : ''} data-testid="revision" data-target="confirm">
                    <td colSpan={3}>{fields.length === 1 ? `${fields[0]} · ${t('origin.confirmed')}` : t('hist.confirmed', { count: fields.length, fields: fields.slice(0, 4).join('、') + (fields.length > 4 ? ' …' : '') })}</td>
                    <td>{r.reviewer ?? ''}</td>
                    <td className="muted">{when(r)}</td>
                    <td>{r.reason}</td>
                    <td>{undone ? <span className="muted">{t('review.undone')}</span> : null}</td>
                  </tr>
                )
              }
              if (e.r.target === 'confirm') {
                // the undo of a confirm-all: its fields back to what stood behind them
                const r = e.r
                return (
                  <tr key={r.id} className={r.undone || undoneIds.has(r.id) ? 'undone' : ''} data-testid="revision" data-target="confirm-undo">
                    <td colSpan={3}>{t('hist.confirmUndone', { count: confirmedFields(r).length })}</td>
                    <td>{r.reviewer ?? ''}</td>
                    <td className="muted">{when(r)}</td>
                    <td>{r.reason}</td>
                    <td />
                  </tr>
                )
              }
              const r = e.r
              const undone = r.undone || undoneIds.has(r.id)
              return (
                <tr key={r.id} className={undone ? 'undone' : ''} data-testid="revision" data-target={r.target}>
                  <td>{name(r.target)}</td>
                  <td>{value(r, r.old_value)}</td>
                  <td>{value(r, r.new_value)}</td>
                  <td>{r.reviewer ?? ''}</td>
                  <td className="muted">{when(r)}</td>
                  <td>{r.reason}</td>
                  <td>
                    {undone ? <span className="muted">{t('review.undone')}</span>
                      : r.undoes === null && <button type="button" className="mini" onClick={() => onUndo(r)} data-testid="revision-undo">{t('review.undo')}</button>}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
