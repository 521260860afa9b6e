/**
 * Review one document: the original on the left, the fields on the right, the history below them.
 * Holds the focused field and the edit in progress; turns keyboard commands into calls on the
 * contract, each change pushed to undo.
 */
import { useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react'
import type { DocStatus, StoredWarning, Tag, YearsComparison } from '../../../../shared/contract'
import type { FieldCandidate } from '../../../../shared/document'
import { fieldDef, type FieldDef } from '../../../../shared/fields'
import { useI18n } from '../../i18n'
import type { Command } from '../../lib/keymap'
import {
  fieldStates, fieldsWithWarnings, hiddenT3Rows, moveField, nextWarningField, orderedFieldIds, visibleGroups, type FieldMove,
} from '../../lib/field-layout'
import { formatValue, parseFieldValue } from '../../lib/parse-value'
import { useClient } from '../../transport/get-client'
import type { Actions } from '../library/LibraryView'
import { CopiesPanel } from './CopiesPanel'
import { YearsPanel } from './YearsPanel'
import { DocHeader } from './DocHeader'
import { FieldCell } from './FieldCell'
import { FieldInspector } from './FieldInspector'
import { FieldJump } from './FieldJump'
import { FieldsPane } from './FieldsPane'
import { HistoryPanel } from './HistoryPanel'
import { OriginalPane, textModes, zoomedMode, type OriginalHandle, type TextMode } from './OriginalPane'
import { useDocument } from './use-document'
import { WarningLine } from './WarningLine'
import { useReocr } from './use-reocr'
import { advanceOnVerify } from '../../lib/settings'
import { fieldSuggestions } from '../../lib/suggestions'

interface Props extends Actions {
  id: number
  position: { index: number; total: number; walk: 'list' | 'queue' }
  /** `v` with "next after verify" on: go on along the walk in use */
  onAdvance(): void
  search: string
  tags: Tag[]
  version: number
  commandRef: MutableRefObject<(cmd: Command, digit?: number) => boolean>
  onPrev(): void
  onNext(): void
  onBack(): void
  /** open another document (the same agency's previous or next year) */
  onOpenDoc(id: number): void
}

export function ReviewView(props: Props) {
  const { id, bump, fail, info, commandRef } = props
  const client = useClient()
  const { t, label, lang } = useI18n()
  const { detail, history, steps, copies, neighbours, reload } = useDocument(id, props.version, fail)
  // `s`: the copies of this report side by side
  const [comparing, setComparing] = useState(false)
  const [compareAll, setCompareAll] = useState(false)
  // `y`: the same agency's previous and next report beside this one, loaded when opened (and after a change)
  const [yearsOpen, setYearsOpen] = useState(false)
  const [yearsAll, setYearsAll] = useState(false)
  const [years, setYears] = useState<YearsComparison | null>(null)
  const ownHandler = useRef<(cmd: Command, digit?: number) => boolean>(() => false)
  const [focused, setFocused] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [mode, setMode] = useState<TextMode>('raw')
  const [refused, setRefused] = useState<string | null>(null)
  const original = useRef<OriginalHandle>(null)
  // a scanned PDF (no text of its own) opens on its pages, not on an empty text (issue 11 point 5)
  const scanned = detail?.kind === 'pdf' && detail.raw_text.trim() === ''
  useEffect(() => { if (scanned) setMode('pdf') }, [detail?.id, scanned])
  // keyboard focus follows the focused field when a key moved it (FieldCell), and these open by key
  const [focusSeq, setFocusSeq] = useState(0)
  const [jumping, setJumping] = useState(false)
  const [noteSeq, setNoteSeq] = useState(0)
  // `d`: which warning asks for its dismissal reason (the focused field's first open one, else the document's)
  const [ask, setAsk] = useState<{ seq: number; warning: number } | null>(null)

  const states = useMemo(() => (detail ? fieldStates(detail) : new Map()), [detail])
  const order = useMemo(() => (detail ? orderedFieldIds(detail) : []), [detail])
  const warned = useMemo(() => (detail ? fieldsWithWarnings(detail) : new Set<string>()), [detail])
  const def = focused ? fieldDef(focused) ?? null : null
  const state = focused ? states.get(focused) : undefined
  const orderDefs = useMemo(() => order.map((f) => fieldDef(f)).filter((d): d is FieldDef => d !== undefined), [order])
  // the suggestions for the focused field (lib/suggestions.ts)
  const candidates = useMemo<FieldCandidate[]>(() => (detail && focused ? fieldSuggestions(detail, focused) : []), [detail, focused])
  const openWarnings = useMemo(() => (detail && focused ? detail.warnings.filter((w) => w.state !== 'dismissed' && w.fields?.includes(focused)) : []), [detail, focused])
  // the cells of the checks failing on the focused cell, outlined with it (issue 11: a table's identity on its cells)
  const related = useMemo(() => new Set(openWarnings.flatMap((w) => w.fields ?? [])), [openWarnings])

  // the library records every change in this document's own history (Ctrl+Z undoes the last one), starts
  // the review of a new document with its first change, and re-validates it: reload shows the result
  const changed = () => { reload(); bump() }
  const reocr = useReocr(id, (err) => {
    if (err) info(t('review.reocrFailed', { reason: err }))
    else { changed(); info(t('review.reocrDone')) }
  }, fail)
  const startReocr = () => {
    if (detail && detail.kind !== 'pdf' && detail.kind !== 'image') info(t('review.reocrNotHere'))
    else reocr.start()
  }
  const run = (p: Promise<unknown>) => { p.catch(fail) }

  const startEdit = () => {
    if (!def) return
    setDraft(formatValue(state?.value ?? null)); setError(null); setEditing(true)
  }
  const cancelEdit = () => { setEditing(false); setError(null); setFocusSeq((n) => n + 1) }
  const goTo = (fid: string | null) => {
    if (!fid) return
    setFocused(fid); setEditing(false); setError(null); setFocusSeq((n) => n + 1)
  }
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
  const save = () => { if (def && saveValue(def, draft, reason.trim())) { setEditing(false); setReason(''); setError(null); setFocusSeq((n) => n + 1) } }
  const choose = (c: FieldCandidate) => {
    if (!def) return
    if (saveValue(def, formatValue(c.value), reason.trim() || t('review.suggestionReason'), c.span ?? undefined)) { setEditing(false); setReason('') }
  }
  const confirm = (fields: string[]) => {
    if (fields.length === 0) return
    run(client.call('fields.confirm', { id, fields }).then(() => changed()))
  }
  const pick = () => {
    if (!def) { info(t('review.pickHint')); return }
    const p = original.current?.picked()
    if (!p || !p.text.trim()) { info(t('review.pickHint')); return }
    const why = reason.trim() || t('review.pick').replace(/[（(].*$/, '')
    if (saveValue(def, p.text, why, [p.start, p.end])) { setEditing(false); original.current?.clearFound() }
  }
  // Delete: the focused field's value cleared, as an ordinary correction (in the history, undone with Ctrl+Z)
  const clearField = () => {
    if (!def) return
    if ((state?.value ?? null) === null) { info(t('review.nothingToClear')); return }
    if (saveValue(def, '', reason.trim() || t('review.clearReason'))) { setEditing(false); setReason('') }
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
  const tag = (tg: Tag, on: boolean) => run(client.call('tags.apply', { ids: [id], tag: tg.id, on }).then(() => {
    changed(); info(t(on ? 'review.tagOn' : 'review.tagOff', { tag: tg.name }))
  }))
  const tagAt = (n: number) => {
    const tg = props.tags[n - 1]
    if (!tg || !detail) { info(t('review.noTag', { n })); return }
    tag(tg, !detail.tags.includes(tg.id))
  }
  const chooseCopy = (field: string, source: number) => {
    const d = fieldDef(field)
    run(client.call('copies.choose', { id, source, fields: [field] }).then(() => {
      changed(); info(t('copies.took', { field: d ? label(d) : field, id: source }))
    }))
  }
  const openYear = (which: 'previous' | 'next') => {
    const other = neighbours[which]
    if (other === null) info(t(which === 'previous' ? 'years.noPrev' : 'years.noNext'))
    else props.onOpenDoc(other)
  }
  const dismiss = (w: StoredWarning, why: string) => run(client.call('warnings.dismiss', { id, warning: w.id, reason: why }).then(() => { changed(); setFocusSeq((n) => n + 1) }))

  useEffect(() => {
    if (!yearsOpen) { setYears(null); return }
    let gone = false
    client.call('documents.years', { id }).then((y) => { if (!gone) setYears(y) }, (e: unknown) => { if (!gone) fail(e) })
    return () => { gone = true }
  }, [client, id, yearsOpen, detail, fail])

  useEffect(() => {
    // start on the first field with an issue, else the first field
    if (detail && focused === null) setFocused(nextWarningField(order, warned, null) ?? order[0] ?? null)
  }, [detail, focused, order, warned])

  const moves: Partial<Record<Command, FieldMove>> = {
    fieldUp: 'up', fieldDown: 'down', fieldLeft: 'left', fieldRight: 'right', fieldFirst: 'first', fieldLast: 'last',
  }
  const texts: TextMode[] = detail ? textModes(detail.kind) : ['raw', 'clean']
  const handler = (cmd: Command, digit?: number): boolean => {
    if (!detail) return false
    const move = moves[cmd]
    if (move) { goTo(moveField(order, focused, move)); return true }
    switch (cmd) {
      case 'nextWarning':
        if (comparing && copies) {
          // comparing: n goes to the next field the copies differ on
          const rows = copies.differing
          const at = focused ? rows.indexOf(focused) : -1
          if (rows.length > 0) goTo(rows[(at + 1) % rows.length])
          return true
        }
        goTo(nextWarningField(order, warned, focused)); return true
      case 'years': setComparing(false); setYearsOpen((o) => !o); return true
      case 'yearsAll': setComparing(false); setYearsOpen(true); setYearsAll((a) => !a); return true
      case 'copies':
        setYearsOpen(false)
        if (copies) setComparing((o) => !o)
        else info(t('copies.noCopies'))
        return true
      case 'splitCopy':
        if (!copies) { info(t('copies.noCopies')); return true }
        run(client.call('copies.split', { ids: [id] }).then(() => { changed(); setComparing(false); info(t('copies.splitDone')) }))
        return true
      case 'copiesAll':
        if (!copies) { info(t('copies.noCopies')); return true }
        setYearsOpen(false); setComparing(true); setCompareAll((a) => !a); return true
      case 'prevYear': openYear('previous'); return true
      case 'nextYear': openYear('next'); return true
      case 'scrollDown': original.current?.scroll('line', 1); return true
      case 'scrollUp': original.current?.scroll('line', -1); return true
      case 'pageDown': original.current?.scroll('page', 1); return true
      case 'pageUp': original.current?.scroll('page', -1); return true
      case 'focusOriginal': original.current?.focusText(); return true
      case 'cycleText': setMode(texts[(texts.indexOf(mode) + 1) % texts.length]); return true
      case 'find': original.current?.openFind(); return true
      case 'zoomIn': if (!zoomedMode(detail.kind)) return false; original.current?.zoom('in'); return true
      case 'zoomOut': if (!zoomedMode(detail.kind)) return false; original.current?.zoom('out'); return true
      case 'zoomFit': if (!zoomedMode(detail.kind)) return false; original.current?.zoom('fit'); return true
      case 'jumpField': setJumping(true); return true
      case 'note': setNoteSeq((n) => n + 1); return true
      case 'dismiss': {
        const w = openWarnings[0] ?? detail.warnings.find((x) => x.state !== 'dismissed' && (!x.fields || x.fields.length === 0))
        if (w) setAsk((a) => ({ seq: (a?.seq ?? 0) + 1, warning: w.id }))
        else info(t('review.noWarningHere'))
        return true
      }
      case 'reopen': if (detail.status !== 'in_review') setStatus('in_review'); return true
      case 'reocr': startReocr(); return true
      case 'digit':
        if (digit === undefined) return false
        if (comparing && copies) {
          const c = copies.copies[digit - 1]
          if (c && focused) chooseCopy(focused, c.id)
          else info(t('copies.noCopy', { n: digit }))
          return true
        }
        if (candidates.length > 0) {
          const c = candidates[digit - 1]
          if (c) choose(c)
          else info(t('review.noSuggestion', { n: digit }))
        } else tagAt(digit)
        return true
      case 'tagDigit': if (digit !== undefined) tagAt(digit); return true
      case 'edit': startEdit(); return true
      case 'confirm': if (focused) confirm([focused]); return true
      case 'confirmAll': confirm(order.filter((f) => states.get(f)?.origin === 'auto')); return true
      case 'pick': pick(); return true
      case 'clearField': clearField(); return true
      case 'extendFind': if (!original.current?.extendFound()) info(t('review.extendHint')); return true
      case 'verify': setStatus('verified', refused !== null); return true
      case 'flag': setStatus('flagged'); return true
      case 'back':
        if (editing) { cancelEdit(); return true }
        if (jumping) { setJumping(false); return true }
        if (refused) { setRefused(null); return true }
        if (comparing) { setComparing(false); return true }
        if (yearsOpen) { setYearsOpen(false); return true }
        return false
      default: return false
    }
  }
  commandRef.current = handler
  ownHandler.current = handler
  // on leaving, the view shown next has already set its handler: only ours is taken away
  useEffect(() => () => { if (commandRef.current === ownHandler.current) commandRef.current = () => false }, [commandRef])

  if (!detail) return <div className="review muted">{t('app.loading')}</div>
  const title = formatValue(states.get('title')?.value ?? null) || detail.file_name
  const severityOf = (fid: string): 'error' | 'warning' | null => {
    const ws = detail.warnings.filter((w) => w.state !== 'dismissed' && w.fields?.includes(fid))
    if (ws.length === 0) return null
    return ws.some((w) => w.severity === 'error') ? 'error' : 'warning'
  }
  const warningText = (fid: string): string | undefined => {
    const ws = detail.warnings.filter((w) => w.state !== 'dismissed' && w.fields?.includes(fid))
    return ws.length === 0 ? undefined : ws.map((w) => (lang === 'zh' ? w.message : w.message_en)).join('\n')
  }
  const cellFor = (d: FieldDef, compact: boolean) => (
    <FieldCell def={d} state={states.get(d.id)} focused={focused === d.id} warned={severityOf(d.id)} compact={compact}
      edit={editing && focused === d.id ? { draft, setDraft, save, cancel: cancelEdit } : null}
      focusSeq={focusSeq} warningText={warningText(d.id)} related={focused !== d.id && related.has(d.id)}
      onFocus={() => { if (focused !== d.id) { setFocused(d.id); setEditing(false); setError(null) } }} />
  )
  const docWarnings = detail.warnings.filter((w) => !w.fields || w.fields.length === 0)
  const askFor = (w: StoredWarning) => (ask?.warning === w.id ? ask.seq : undefined)

  return (
    <div className="review" data-testid="review" data-doc={id}>
      <DocHeader detail={detail} title={title} position={props.position} tags={props.tags} refused={refused}
        onStatus={setStatus} onTag={tag} onNote={(note) => run(client.call('documents.setNote', { id, note }).then(() => { reload() }))}
        onPrev={props.onPrev} onNext={props.onNext} onBack={props.onBack} noteSeq={noteSeq}
        reocr={{ running: reocr.running, start: startReocr, cancel: reocr.cancel }} />
      <div className="review-body">
        <OriginalPane detail={detail} mode={texts.includes(mode) ? mode : 'raw'} setMode={setMode} focusSpan={state?.span ?? null} search={props.search} handle={original} />
        <div className="review-side">
          <div className={`side-top${comparing || yearsOpen ? ' comparing' : ''}`}>
            {jumping && <FieldJump defs={orderDefs} onJump={(fid) => { setJumping(false); goTo(fid) }} onClose={(back) => { setJumping(false); if (back) setFocusSeq((n) => n + 1) }} />}
            <FieldInspector def={def} state={state} warnings={detail.warnings.filter((w) => focused !== null && w.fields?.includes(focused))} onDismiss={dismiss}
              editing={editing} error={error} reason={reason} setReason={setReason}
              onEdit={startEdit} onSave={save} onConfirm={() => focused && confirm([focused])}
              onConfirmAll={() => confirm(order.filter((f) => states.get(f)?.origin === 'auto'))} onPick={pick}
              candidates={candidates} onChoose={choose} askFor={askFor} />
            <CopiesPanel id={id} copies={copies} neighbours={neighbours} open={comparing} focused={focused} all={compareAll} onAll={setCompareAll}
              onToggle={() => setComparing((o) => !o)} onChoose={chooseCopy}
              onSplit={() => run(client.call('copies.split', { ids: [id] }).then(() => { changed(); setComparing(false); info(t('copies.splitDone')) }))} onFocusField={goTo} onOpenDoc={props.onOpenDoc} />
            {yearsOpen && (
              <YearsPanel years={years} all={yearsAll} onAll={setYearsAll} focused={focused} onFocusField={goTo}
                onOpenDoc={props.onOpenDoc} onClose={() => setYearsOpen(false)} />
            )}
            {docWarnings.length > 0 && (
              <ul className="doc-warnings" data-testid="doc-warnings">
                {docWarnings.map((w) => <li key={w.id}><WarningLine w={w} onDismiss={dismiss} askSeq={askFor(w)} /></li>)}
              </ul>
            )}
          </div>
          <div className="side-scroll" data-testid="fields-scroll">
            <FieldsPane groups={visibleGroups(detail)} hiddenT3={hiddenT3Rows(detail)} cellFor={cellFor} />
            <HistoryPanel revisions={history} steps={steps} tags={props.tags}
              onUndo={(r) => run(client.call('history.undo', { revision: r.id }).then(() => { reload(); bump() }))} />
          </div>
        </div>
      </div>
    </div>
  )
}
