/** Actions on the selected rows: status, one field's value. Each is an undoable batch. */
import { useState } from 'react'
import type { DocStatus } from '../../../../shared/contract'
import { DOC_STATUSES } from '../../../../shared/contract'
import { ALL_FIELDS, fieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { parseFieldValue } from '../../lib/parse-value'
import { useClient } from '../../transport/get-client'
import type { Actions } from './LibraryView'

export function BulkBar({ ids, onClear, undo, bump, fail, info }: Actions & { ids: number[]; onClear(): void }) {
  const client = useClient()
  const { t, label } = useI18n()
  const [field, setField] = useState('region')
  const [value, setValue] = useState('')

  const setStatus = (status: DocStatus) => {
    client.call('documents.setStatus', { ids, status }).then((r) => {
      undo.push(r.batch, t('undo.label.status', { count: r.changed, status: t(`status.${status}` as MessageKey) }))
      const refused = r.refused.length ? ` · ${t('bulk.refused', { count: r.refused.length, reason: r.refused[0].reason })}` : ''
      info(t('bulk.done', { changed: r.changed }) + refused)
      bump()
    }, fail)
  }
  const setField_ = () => {
    const def = fieldDef(field)
    if (!def) return
    const parsed = parseFieldValue(def, value)
    if (!parsed.ok) { fail(new Error(t('review.badValue', { reason: t(parsed.reason, parsed.vars) }))); return }
    client.call('fields.set', { ids, field, value: parsed.value, ...(parsed.approximate ? { approximate: true } : {}) }).then((r) => {
      undo.push(r.batch, t('undo.label.field', { count: r.changed, field: label(def), value: value.trim() || '—' }))
      info(t('bulk.done', { changed: r.changed }))
      bump()
    }, fail)
  }

  // a person's decision on copies of one report (issue 13): kept by the library over any regrouping
  const join = () => client.call('copies.join', { ids }).then((g) => { info(t('bulk.joined', { count: g.documents.length })); bump() }, fail)
  const split = () => client.call('copies.split', { ids }).then(() => { info(t('bulk.splitDone', { count: ids.length })); bump() }, fail)

  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <strong>{t('lib.selected', { count: ids.length })}</strong>
      <select aria-label={t('bulk.status')} value="" onChange={(e) => { if (e.target.value) setStatus(e.target.value as DocStatus); e.target.blur() }}>
        <option value="">{t('bulk.status')}</option>
        {DOC_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}` as MessageKey)}</option>)}
      </select>
      <select aria-label={t('bulk.field')} value={field} onChange={(e) => setField(e.target.value)}>
        {ALL_FIELDS.filter((f) => f.group === 'document' || f.group === 'headline').map((f) => (
          <option key={f.id} value={f.id}>{label(f)}</option>
        ))}
      </select>
      <input value={value} placeholder={t('bulk.value')} aria-label={t('bulk.value')} onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.stopPropagation(); setField_(); e.currentTarget.blur() } }} />
      <button type="button" onClick={setField_}>{t('bulk.apply')}</button>
      {ids.length > 1 && <button type="button" onClick={() => { void join() }} data-testid="bulk-join">{t('bulk.join')}</button>}
      <button type="button" onClick={() => { void split() }} data-testid="bulk-split">{t('bulk.split')}</button>
      <button type="button" className="link" onClick={onClear}>{t('bulk.clear')}</button>
    </div>
  )
}
