/**
 * The document's identity and state: name, kind, encoding, position in the list, status with the
 * verify / flag / reopen actions, the refusal (and override) when open errors block verification,
 * its tags (click to toggle) and its note.
 */
import { useEffect, useRef, useState } from 'react'
import type { DocStatus, DocumentDetail, Tag } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import type { MessageKey } from '../../i18n/catalogue'
import { TagChip } from '../library/TagChip'
import { advanceOnVerify, setAdvanceOnVerify } from '../../lib/settings'

interface Props {
  detail: DocumentDetail
  title: string
  position: { index: number; total: number; walk: 'list' | 'queue' }
  tags: Tag[]
  refused: string | null
  onStatus(s: DocStatus, override?: boolean): void
  onTag(tag: Tag, on: boolean): void
  onNote(note: string): void
  onPrev(): void
  onNext(): void
  onBack(): void
  /** bumped by the key `m`: the note takes keyboard focus */
  noteSeq?: number
  /** read the document again by OCR (PDF and image documents: issue 14) */
  reocr?: { running: { done: number; total: number } | null; start(): void; cancel(): void }
}

export function DocHeader(p: Props) {
  const { t } = useI18n()
  const { detail } = p
  const [note, setNote] = useState(detail.note)
  const [advance, setAdvance] = useState(advanceOnVerify)
  useEffect(() => setNote(detail.note), [detail.note])
  const noteBox = useRef<HTMLTextAreaElement>(null)
  useEffect(() => { if (p.noteSeq) noteBox.current?.focus() }, [p.noteSeq])
  return (
    <header className="doc-header" data-testid="doc-header">
      <div className="doc-line">
        <button type="button" className="link" onClick={p.onBack}>← {t('review.back')}</button>
        <h2 title={detail.file_name}>{p.title}</h2>
        <span className="muted">
          #{detail.id} · {t('review.kind')} {detail.kind}
          {detail.encoding && ` · ${t('review.encoding')} ${detail.encoding}`}
          {detail.page_count !== null && ` · ${t('review.pages')} ${detail.page_count}`}
          {detail.origin?.format && ` · ${t('review.sourceFormat')} ${detail.origin.format}`}
        </span>
        <span className="spacer" />
        {p.position.total > 0 && (
          <span className="muted" data-testid="position" data-walk={p.position.walk}>
            {t(p.position.walk === 'queue' ? 'review.walk.queue' : 'review.walk.list')} {t('review.docOf', { index: p.position.index + 1, total: p.position.total })}
          </span>
        )}
        <button type="button" className="mini" onClick={p.onPrev} title={t('review.prev')}>↑</button>
        <button type="button" className="mini" onClick={p.onNext} title={t('review.next')}>↓</button>
      </div>
      {detail.origin?.url && (
        // a web archive's capture (issue 14): shown as text, never a link (the app does not navigate out)
        <div className="doc-line muted" data-testid="doc-origin">
          <span>{t('review.capturedFrom')} <span className="origin-url">{detail.origin.url}</span></span>
          {detail.origin.captured_at && <span> · {t('review.capturedAt')} {detail.origin.captured_at}</span>}
          {detail.origin.archive && <span title={`SHA-256 ${detail.origin.archive.sha256}`}> · {t('review.archive')} {detail.origin.archive.name}</span>}
        </div>
      )}
      <div className="doc-line">
        <span className={`status-pill status-${detail.status}`} data-testid="doc-status" data-status={detail.status}>
          {t(`status.${detail.status}` as MessageKey)}
        </span>
        <button type="button" onClick={() => p.onStatus('verified')} data-testid="verify">{t('review.verify')}</button>
        <button type="button" onClick={() => p.onStatus('flagged')} data-testid="flag">{t('review.flag')}</button>
        <label className="advance muted">
          <input type="checkbox" checked={advance} data-testid="advance"
            onChange={(e) => { setAdvance(e.target.checked); setAdvanceOnVerify(e.target.checked) }} />
          {t('review.advance')}
        </label>
        {detail.verified && (
          <span className="muted" data-testid="verified-by">{t('review.verifiedBy', { who: detail.verified.by || '—', at: detail.verified.at.replace('T', ' ').slice(0, 16) })}</span>
        )}
        {detail.status !== 'in_review' && <button type="button" className="link" onClick={() => p.onStatus('in_review')}>{t('review.reopen')}</button>}
        {p.reocr && (detail.kind === 'pdf' || detail.kind === 'image') && (p.reocr.running
          ? (
            <span className="muted" role="status" data-testid="reocr-progress">
              {t('review.reocrRunning', { done: p.reocr.running.done, total: p.reocr.running.total || '…' })}
              <button type="button" className="link" onClick={p.reocr.cancel}>{t('review.reocrCancel')}</button>
            </span>
          )
          : <button type="button" className="link" onClick={p.reocr.start} title={t('review.reocrTitle')} data-testid="reocr">{t('review.reocr')}</button>)}
        {p.refused && (
          <span className="refused" role="alert" data-testid="refused">
            {t('review.refused', { reason: p.refused })}
            <button type="button" className="danger" onClick={() => p.onStatus('verified', true)} data-testid="override">{t('review.override')}</button>
          </span>
        )}
        <span className="spacer" />
        <span className="muted">{t('review.tags')}</span>
        {p.tags.map((tag, i) => {
          const on = detail.tags.includes(tag.id)
          return <TagChip key={tag.id} tag={tag} active={on} hint={i < 9 ? String(i + 1) : undefined} onClick={() => p.onTag(tag, !on)} />
        })}
      </div>
      <textarea ref={noteBox} className="note" rows={1} value={note} placeholder={t('review.notePlaceholder')} aria-label={t('review.note')} data-testid="note"
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => { if (note !== detail.note) p.onNote(note) }}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); e.currentTarget.blur() } }} />
    </header>
  )
}
