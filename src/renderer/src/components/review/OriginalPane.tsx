/**
 * The original: the raw text as imported, the clean text, or (for a PDF) its pages. The focused field's
 * source span is marked and scrolled to (raw offsets; mapped through clean_map in the clean view);
 * search hits are marked too. Exposes the selection (in raw offsets) for “pick from text”.
 */
import { lazy, Suspense, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import type { DocumentDetail } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import { cleanSpanToRaw, findAll, rawSpanToClean, segments, type Span } from '../../lib/span-map'
import { selectionIn, type PickedText } from '../../lib/selection'

const PdfPages = lazy(() => import('./PdfPages'))

export type TextMode = 'raw' | 'clean' | 'pdf'
export interface OriginalHandle { picked(): PickedText | null }

interface Props {
  detail: DocumentDetail
  mode: TextMode
  setMode(m: TextMode): void
  focusSpan: Span | null
  search: string
  handle: Ref<OriginalHandle>
}

export function OriginalPane({ detail, mode, setMode, focusSpan, search, handle }: Props) {
  const { t } = useI18n()
  const pre = useRef<HTMLPreElement>(null)
  const textMode = mode === 'clean' ? 'clean' : 'raw'
  const text = textMode === 'clean' ? detail.clean_text : detail.raw_text
  const focus = useMemo<Span | null>(() => {
    if (!focusSpan) return null
    return textMode === 'clean' ? rawSpanToClean(focusSpan, detail.clean_map) : focusSpan
  }, [focusSpan, textMode, detail.clean_map])
  const segs = useMemo(() => segments(text, focus, findAll(text, search)), [text, focus, search])

  useImperativeHandle(handle, () => ({
    picked() {
      const p = selectionIn(pre.current)
      if (!p) return null
      if (textMode === 'raw') return p
      const [start, end] = cleanSpanToRaw([p.start, p.end], detail.clean_map)
      return { text: p.text, start, end }
    },
  }), [textMode, detail.clean_map])

  useEffect(() => {
    pre.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' })
  }, [focus, mode])

  return (
    <section className="original-pane" data-testid="original-pane">
      <div className="pane-tabs">
        <button type="button" className={mode === 'raw' ? 'tab active' : 'tab'} onClick={() => setMode('raw')} data-testid="mode-raw">{t('review.raw')}</button>
        <button type="button" className={mode === 'clean' ? 'tab active' : 'tab'} onClick={() => setMode('clean')} data-testid="mode-clean">{t('review.clean')}</button>
        {detail.kind === 'pdf' && (
          <button type="button" className={mode === 'pdf' ? 'tab active' : 'tab'} onClick={() => setMode('pdf')} data-testid="mode-pdf">{t('review.pdf')}</button>
        )}
        {focusSpan === null && <span className="muted no-span">{t('review.noSpan')}</span>}
      </div>
      {mode === 'pdf' ? (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <PdfPages id={detail.id} fallbackText={detail.raw_text} />
        </Suspense>
      ) : (
        <pre ref={pre} className="original-text" data-testid="original-text" lang="zh-CN">
          {segs.map((s) => s.kind === 'plain'
            ? s.text
            : <mark key={`${s.kind}${s.start}`} className={s.kind} data-testid={s.kind === 'focus' ? 'span-focus' : undefined}>{s.text}</mark>)}
        </pre>
      )}
    </section>
  )
}
