/** The document's revisions, newest first, each with its own undo (the history is in the library). */
import type { Revision } from '../../../../shared/contract'
import { fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import { formatValue } from '../../lib/parse-value'

export function HistoryPanel({ revisions, onUndo }: { revisions: Revision[]; onUndo(r: Revision): void }) {
  const { t, label } = useI18n()
  const name = (target: string) => {
    const def = fieldDef(target)
    if (def) return label(def)
    if (target === 'status') return t('lib.col.status')
    if (target === 'note') return t('review.note')
    if (target.startsWith('tag')) return t('review.tags')
    return target
  }
  const undoneIds = new Set(revisions.filter((r) => r.undoes !== null).map((r) => r.undoes))
  return (
    <section className="history" data-testid="history">
      <h3>{t('review.history')}</h3>
      {revisions.length === 0 ? <p className="muted">{t('review.noHistory')}</p> : (
        <table>
          <thead>
            <tr><th>{t('hist.field')}</th><th>{t('hist.old')}</th><th>{t('hist.new')}</th><th>{t('hist.when')}</th><th>{t('hist.reason')}</th><th /></tr>
          </thead>
          <tbody>
            {[...revisions].reverse().map((r) => {
              const undone = r.undone || undoneIds.has(r.id)
              return (
                <tr key={r.id} className={undone ? 'undone' : ''} data-testid="revision" data-target={r.target}>
                  <td>{name(r.target)}</td>
                  <td>{formatValue(r.old_value)}</td>
                  <td>{formatValue(r.new_value)}</td>
                  <td className="muted">{r.at.replace('T', ' ').slice(0, 19)}</td>
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
