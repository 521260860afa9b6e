/**
 * Review one document: the original on the left, the fields on the right, the history below them.
 * Holds the focused field and the edit in progress; turns keyboard commands into calls on the
 * contract, each change pushed to undo.
 */
import { useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react'
import type { DocStatus, StoredWarning, Tag } from '../../../../shared/contract'
import { fieldDef, type FieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { Command } from '../../lib/keymap'
import {
  fieldStates, fieldsWithWarnings, hiddenT3Rows, nextWarningField, orderedFieldIds, visibleGroups,
} from '../../lib/field-layout'
import { formatValue, parseFieldValue } from '../../lib/parse-value'
import { useClient } from '../../transport/get-client'
import type { Actions } from '../library/LibraryView'
import { DocHeader } from './DocHeader'
import { FieldCell } from './FieldCell'
import { FieldInspector } from './FieldInspector'
import { FieldsPane } from './FieldsPane'
import { HistoryPanel } from './HistoryPanel'
import { OriginalPane, type OriginalHandle, type TextMode } from './OriginalPane'
import { useDocument } from './use-document'
import { WarningLine } from './WarningLine'
import { advanceOnVerify } from '../../lib/settings'

interface Props extends Actions {
  id: number
  position: { index: number; total: number; walk: 'list' | 'queue' }
  /** `v` with "next after verify" on: go on along the walk in use */
  onAdvance(): void
  search: string
  tags: Tag[]
  version: number
  commandRef: MutableRefObject<(cmd: Command) => boolean>
  onPrev(): void
  onNext(): void
  onBack(): void
}

export function ReviewView(props: Props) {
  const { id, bump, fail, info, commandRef } = props
  const client = useClient()
  const { t, label, lang } = useI18n()
  const { detail, history, steps, reload } = useDocument(id, props.version, fail)
  const [focused, setFocused] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [mode, setMode] = useState<TextMode>('raw')
  const [refused, setRefused] = useState<string | null>(null)
  const original = useRef<OriginalHandle>(null)

  const states = useMemo(() => (detail ? fieldStates(detail) : new Map()), [detail])
  const order = useMemo(() => (detail ? orderedFieldIds(detail) : []), [detail])
  const warned = useMemo(() => (detail ? fieldsWithWarnings(detail) : new Set<string>()), [detail])
  const def = focused ? fieldDef(focused) ?? null : null
  const state = focused ? states.get(focused) : undefined

  // the library records every change in this document's own history (Ctrl+Z undoes the last one), starts
  // the review of a new document with its first change, and re-validates it: reload shows the result
  const changed = () => { reload(); bump() }
  const run = (p: Promise<unknown>) => { p.catch(fail) }

  const startEdit = () => {
    if (!def) return
    setDraft(formatValue(state?.value ?? null)); setError(null); setEditing(true)
  }
  const cancelEdit = () => { setEditing(false); setError(null) }
  const saveValue = (d: FieldDef, text: string, why: string, span?: [number, number]) => {
    const parsed = parseFieldValue(d, text)
    if (!parsed.ok) { setError(t('review.badValue', { reason: t(parsed.reason, parsed.vars) })); return false }
    run(client.call('fields.set', {
      ids: [id], field: d.id, value: parsed.value, ...(why ? { reason: why } : {}), ...(span ? { span } : {}), ...(parsed.approximate ? { approximate: true } : {}),
    }).then(() => {
      changed(); info(`${label(d)}: ${t('review.saved')}`)
    }))
    return true
  }
  const save = () => { if (def && saveValue(def, draft, reason.trim())) { setEditing(false); setReason(''); setError(null) } }
  const confirm = (fields: string[]) => {
    if (fields.length === 0) return
    run(client.call('fields.confirm', { id, fields }).then(() => changed()))
  }
  const pick = () => {
    if (!def) { info(t('review.pickHint')); return }
    const p = original.current?.picked()
    if (!p || !p.text.trim()) { info(t('review.pickHint')); return }
    const why = reason.trim() || t('review.pick').replace(/[（(].*$/, '')
    if (saveValue(def, p.text, why, [p.start, p.end])) setEditing(false)
  }
  const setStatus = (status: DocStatus, override = false) => {
    run(client.call('documents.setStatus', { ids: [id], status, ...(override ? { override: true } : {}) }).then((r) => {
      if (r.refused.length > 0) {
        const open = /^(\d+) open error/.exec(r.refused[0].reason)
        setRefused(open ? t('review.openErrors', { count: Number(open[1]) }) : r.refused[0].reason)
        return
      }
      setRefused(null); changed()
      if (status === 'verified' && r.changed > 0 && advanceOnVerify()) props.onAdvance()
    }))
  }
  const tag = (tg: Tag, on: boolean) => run(client.call('tags.apply', { ids: [id], tag: tg.id, on }).then(() => changed()))
  const dismiss = (w: StoredWarning, why: string) => run(client.call('warnings.dismiss', { id, warning: w.id, reason: why }).then(() => changed()))

  useEffect(() => {
    // start on the first field with an issue, else the first field
    if (detail && focused === null) setFocused(nextWarningField(order, warned, null) ?? order[0] ?? null)
  }, [detail, focused, order, warned])

  commandRef.current = (cmd) => {
    if (!detail) return false
    const move = (step: number) => {
      const i = focused ? order.indexOf(focused) : -1
      setFocused(order[(i + step + order.length) % order.length] ?? null)
    }
    switch (cmd) {
      case 'nextWarning': { const n = nextWarningField(order, warned, focused); if (n) setFocused(n); return true }
      case 'nextField': move(1); return true
      case 'prevField': move(-1); return true
      case 'edit': startEdit(); return true
      case 'confirm': if (focused) confirm([focused]); return true
      case 'confirmAll': confirm(order.filter((f) => states.get(f)?.origin === 'auto')); return true
      case 'pick': pick(); return true
      case 'verify': setStatus('verified', refused !== null); return true
      case 'flag': setStatus('flagged'); return true
      case 'back':
        if (editing) { cancelEdit(); return true }
        if (refused) { setRefused(null); return true }
        return false
      default: return false
    }
  }
  useEffect(() => () => { commandRef.current = () => false }, [commandRef])

  if (!detail) return <div className="review muted">{t('app.loading')}</div>
  const title = formatValue(states.get('title')?.value ?? null) || detail.file_name
  const severityOf = (fid: string): 'error' | 'warning' | null => {
    const ws = detail.warnings.filter((w) => w.state !== 'dismissed' && w.fields?.includes(fid))
    if (ws.length === 0) return null
    return ws.some((w) => w.severity === 'error') ? 'error' : 'warning'
  }
  const cellFor = (d: FieldDef, compact: boolean) => (
    <FieldCell def={d} state={states.get(d.id)} focused={focused === d.id} warned={severityOf(d.id)} compact={compact}
      edit={editing && focused === d.id ? { draft, setDraft, save, cancel: cancelEdit } : null}
      onFocus={() => { if (focused !== d.id) { setFocused(d.id); setEditing(false); setError(null) } }} />
  )
  const docWarnings = detail.warnings.filter((w) => !w.fields || w.fields.length === 0)

  return (
    <div className="review" data-testid="review" data-doc={id}>
      <DocHeader detail={detail} title={title} position={props.position} tags={props.tags} refused={refused}
        onStatus={setStatus} onTag={tag} onNote={(note) => run(client.call('documents.setNote', { id, note }).then(() => { reload() }))}
        onPrev={props.onPrev} onNext={props.onNext} onBack={props.onBack} />
      <div className="review-body">
        <OriginalPane detail={detail} mode={mode} setMode={setMode} focusSpan={state?.span ?? null} search={props.search} handle={original} />
        <div className="review-side">
          <FieldInspector def={def} state={state} warnings={detail.warnings.filter((w) => focused !== null && w.fields?.includes(focused))} onDismiss={dismiss}
            editing={editing} error={error} reason={reason} setReason={setReason}
            onEdit={startEdit} onSave={save} onConfirm={() => focused && confirm([focused])}
            onConfirmAll={() => confirm(order.filter((f) => states.get(f)?.origin === 'auto'))} onPick={pick} />
          {docWarnings.length > 0 && (
            <ul className="doc-warnings" data-testid="doc-warnings">
              {docWarnings.map((w) => <li key={w.id}><WarningLine w={w} onDismiss={dismiss} /></li>)}
            </ul>
          )}
          <FieldsPane groups={visibleGroups(detail)} hiddenT3={hiddenT3Rows(detail)} cellFor={cellFor} />
          <HistoryPanel revisions={history} steps={steps} tags={props.tags}
            onUndo={(r) => run(client.call('history.undo', { revision: r.id }).then(() => { reload(); bump() }))} />
        </div>
      </div>
    </div>
  )
}
