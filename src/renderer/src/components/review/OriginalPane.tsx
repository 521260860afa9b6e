/**
 * The original: the raw text as imported, the clean text, or (for a PDF) its pages. The focused field's
 * source span is marked and scrolled to (raw offsets; mapped through clean_map in the clean view);
 * search hits are marked too. Exposes the selection (in raw offsets) for “pick from text”.
 *
 * Without a mouse (issue 11): `/` opens a find box over the text; Enter selects the next occurrence (marked,
 * and made the page's selection) and gives focus back, so `p` puts it into the focused field. The text
 * itself takes focus (Tab, or `o`) and then scrolls with the arrows.
 */
import { lazy, Suspense, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react'
import type { DocumentDetail } from '../../../../shared/contract'
import { useI18n } from '../../i18n'
import { cleanSpanToRaw, findAll, findNext, rawSpanToClean, segments, type Span } from '../../lib/span-map'
import { selectionIn, type PickedText } from '../../lib/selection'
import { extendFound } from '../../lib/extend-found'

const PdfPages = lazy(() => import('./PdfPages'))

export type TextMode = 'raw' | 'clean' | 'pdf'
export interface OriginalHandle {
  picked(): PickedText | null
  /** `/`: open the find box */
  openFind(): void
  /** `o`: keyboard focus on the text (the arrows then scroll it) */
  focusText(): void
  /** the arrows and page keys from elsewhere in the document */
  scroll(by: 'line' | 'page', direction: 1 | -1): void
  /** after a pick the found text is used up */
  clearFound(): void
  /** `e`: the found text grows to the whole name or phrase around it; false when nothing was found */
  extendFound(): boolean
}

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
  const section = useRef<HTMLElement>(null)
  const findBox = useRef<HTMLInputElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  const [finding, setFinding] = useState(false)
  const [term, setTerm] = useState('')
  const [missing, setMissing] = useState(false)
  // the occurrence found with Enter, in the offsets of the text on screen (raw or clean)
  const [found, setFound] = useState<Span | null>(null)
  const textMode = mode === 'clean' ? 'clean' : 'raw'
  const text = textMode === 'clean' ? detail.clean_text : detail.raw_text
  const focus = useMemo<Span | null>(() => {
    if (!focusSpan) return null
    return textMode === 'clean' ? rawSpanToClean(focusSpan, detail.clean_map) : focusSpan
  }, [focusSpan, textMode, detail.clean_map])
  const segs = useMemo(() => segments(text, focus, findAll(text, search), found), [text, focus, search, found])

  useEffect(() => { setFound(null) }, [mode])

  useImperativeHandle(handle, () => ({
    picked() {
      const p = selectionIn(pre.current) ?? (found ? { text: text.slice(found[0], found[1]), start: found[0], end: found[1] } : null)
      if (!p) return null
      if (textMode === 'raw') return p
      const [start, end] = cleanSpanToRaw([p.start, p.end], detail.clean_map)
      return { text: p.text, start, end }
    },
    openFind() {
      if (mode === 'pdf') setMode('raw')
      returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
      setMissing(false)
      setFinding(true)
      // the box may already be open: select what it holds so typing replaces it
      requestAnimationFrame(() => { findBox.current?.focus(); findBox.current?.select() })
    },
    focusText() {
      if (mode === 'pdf') setMode('raw')
      requestAnimationFrame(() => pre.current?.focus())
    },
    scroll(by, direction) {
      const el = mode === 'pdf' ? section.current?.querySelector<HTMLElement>('.pdf-pages') : pre.current
      if (!el) return
      el.scrollBy({ top: direction * (by === 'page' ? el.clientHeight * 0.9 : 40) })
    },
    clearFound() { setFound(null) },
    extendFound() {
      if (!found) return false
      setFound(extendFound(text, found))
      return true
    },
  }), [textMode, detail.clean_map, found, text, mode, setMode])

  useEffect(() => {
    pre.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' })
  }, [focus, mode])

  // the found text becomes the page's selection (what `p` and a copy take), and is scrolled to
  useEffect(() => {
    const mark = pre.current?.querySelector('mark.found')
    if (!mark) return
    mark.scrollIntoView({ block: 'center' })
    const sel = window.getSelection()
    sel?.removeAllRanges()
    const r = document.createRange()
    r.selectNodeContents(mark)
    sel?.addRange(r)
  }, [found])

  const closeFind = () => {
    setFinding(false)
    const back = returnTo.current
    returnTo.current = null
    if (back?.isConnected) back.focus({ preventScroll: true })
  }
  const findNextHit = () => {
    const from = found ? found[1] : 0
    const hit = findNext(text, term, from)
    if (!hit) { setMissing(true); return }
    setMissing(false)
    setFound(hit)
    closeFind()
  }

  return (
    <section ref={section} className="original-pane" data-testid="original-pane" data-zone="original" aria-label={t('review.original')}>
      <div className="pane-tabs">
        <button type="button" aria-pressed={mode === 'raw'} className={mode === 'raw' ? 'tab active' : 'tab'} onClick={() => setMode('raw')} data-testid="mode-raw">{t('review.raw')}</button>
        <button type="button" aria-pressed={mode === 'clean'} className={mode === 'clean' ? 'tab active' : 'tab'} onClick={() => setMode('clean')} data-testid="mode-clean">{t('review.clean')}</button>
        {detail.kind === 'pdf' && (
          <button type="button" aria-pressed={mode === 'pdf'} className={mode === 'pdf' ? 'tab active' : 'tab'} onClick={() => setMode('pdf')} data-testid="mode-pdf">{t('review.pdf')}</button>
        )}
        {focusSpan === null && <span className="muted no-span">{t('review.noSpan')}</span>}
        {finding && (
          <span className="find-box">
            <input ref={findBox} type="search" value={term} placeholder={t('review.find')} aria-label={t('review.find')} data-testid="find-input"
              className={missing ? 'missing' : ''}
              onChange={(e) => { setTerm(e.target.value); setMissing(false) }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) { e.preventDefault(); e.stopPropagation(); findNextHit() }
                if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closeFind() }
              }}
              onBlur={() => setFinding(false)} />
            {missing && <span className="muted" role="status" data-testid="find-missing">{t('review.findNone')}</span>}
          </span>
        )}
      </div>
      {mode === 'pdf' ? (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <PdfPages id={detail.id} fallbackText={detail.raw_text} />
        </Suspense>
      ) : (
        <pre ref={pre} className="original-text" data-testid="original-text" lang="zh-CN" tabIndex={0} aria-label={t(textMode === 'clean' ? 'review.clean' : 'review.raw')}>
          {segs.map((s) => s.kind === 'plain'
            ? s.text
            : <mark key={`${s.kind}${s.start}`} className={s.kind} data-testid={s.kind === 'focus' ? 'span-focus' : s.kind === 'found' ? 'find-hit' : undefined}>{s.text}</mark>)}
        </pre>
      )}
    </section>
  )
}
