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
import { pageSelection } from '../../lib/page-boxes'
import { extendFound } from '../../lib/extend-found'

const PdfPages = lazy(() => import('./PdfPages'))
import { BlockView } from './BlockView'

export type TextMode = 'raw' | 'clean' | 'pdf' | 'blocks'

/** the views of a document's original, in the order `t` cycles through them */
export function textModes(kind: DocumentDetail['kind']): TextMode[] {
  if (kind === 'pdf') return ['raw', 'clean', 'pdf']
  if (kind === 'docx' || kind === 'html') return ['raw', 'clean', 'blocks']
  return ['raw', 'clean']
}

/** the view that + - 0 zoom: the PDF pages, or a DOCX's or web page's paragraphs and tables; none for text */
export function zoomedMode(kind: DocumentDetail['kind']): TextMode | null {
  const modes = textModes(kind)
  return modes.includes('pdf') ? 'pdf' : modes.includes('blocks') ? 'blocks' : null
}
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
  /** the PDF pages' (or the blocks view's) zoom: a step in or out, or back to the pane's width (the blocks' own size) */
  zoom(to: 'in' | 'out' | 'fit'): void
  /** `e`: the found text grows to the whole name or phrase around it; false when nothing was found */
  extendFound(): boolean
}

/** zoom steps, as fractions of the pane's width (1 = fit width) */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3]

function nextZoom(z: number, to: 'in' | 'out' | 'fit'): number {
  if (to === 'fit') return 1
  if (to === 'in') return ZOOMS.find((s) => s > z + 1e-6) ?? z
  return [...ZOOMS].reverse().find((s) => s < z - 1e-6) ?? z
}

interface Props {
  detail: DocumentDetail
  mode: TextMode
  setMode(m: TextMode): void
  focusSpan: Span | null
  search: string
  handle: Ref<OriginalHandle>
}

/** the text node and offset of a raw offset inside elements marked with data-start / data-end */
function pointAt(root: HTMLElement, raw: number, end: boolean): { node: Node; offset: number } | null {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))) {
    if (el.querySelector('[data-start]')) continue // the innermost runs only
    const a = Number(el.dataset.start)
    const b = Number(el.dataset.end)
    // a start lies in [a, b), an end in (a, b]
    if (end ? !(raw > a && raw <= b) : !(raw >= a && raw < b)) continue
    const node = el.firstChild
    if (node && node.nodeType === Node.TEXT_NODE) return { node, offset: Math.min(raw - a, (node.textContent ?? '').length) }
  }
  return null
}

/** Select a raw span in a text layer (PDF pages, blocks view) and scroll to it; false when its runs are not there. */
function selectRawSpan(root: HTMLElement | null, [s, e]: Span): boolean {
  if (!root) return false
  const from = pointAt(root, s, false)
  const to = pointAt(root, e, true)
  if (!from || !to) return false
  const r = document.createRange()
  r.setStart(from.node, from.offset)
  r.setEnd(to.node, to.offset)
  const sel = window.getSelection()
  sel?.removeAllRanges()
  sel?.addRange(r)
  from.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' })
  return true
}

export function OriginalPane({ detail, mode, setMode, focusSpan, search, handle }: Props) {
  const { t } = useI18n()
  const pre = useRef<HTMLPreElement>(null)
  const section = useRef<HTMLElement>(null)
  const findBox = useRef<HTMLInputElement>(null)
  const pageLayer = useRef<HTMLDivElement>(null)
  const blockLayer = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(1)
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
      // on the pages: the selection in their text layer, already in raw offsets
      if (mode === 'pdf' || mode === 'blocks') {
        // the selection on the pages (or in the paragraphs and tables), else the text found there with `/`
        return pageSelection(mode === 'pdf' ? pageLayer.current : blockLayer.current, detail.raw_text)
          ?? (found ? { text: detail.raw_text.slice(found[0], found[1]), start: found[0], end: found[1] } : null)
      }
      const p = selectionIn(pre.current) ?? (found ? { text: text.slice(found[0], found[1]), start: found[0], end: found[1] } : null)
      if (!p) return null
      if (textMode === 'raw') return p
      const [start, end] = cleanSpanToRaw([p.start, p.end], detail.clean_map)
      return { text: p.text, start, end }
    },
    openFind() {
      // on the pages and in the blocks view the find works in the raw text they are made from (issue 11)
      returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
      setMissing(false)
      setFinding(true)
      // the box may already be open: select what it holds so typing replaces it
      requestAnimationFrame(() => { findBox.current?.focus(); findBox.current?.select() })
    },
    focusText() {
      if (mode === 'pdf' || mode === 'blocks') setMode('raw')
      requestAnimationFrame(() => pre.current?.focus())
    },
    scroll(by, direction) {
      const el = mode === 'pdf' ? section.current?.querySelector<HTMLElement>('.pdf-pages')
        : mode === 'blocks' ? section.current?.querySelector<HTMLElement>('.block-view') : pre.current
      if (!el) return
      el.scrollBy({ top: direction * (by === 'page' ? el.clientHeight * 0.9 : 40) })
    },
    clearFound() { setFound(null) },
    zoom(to) {
      const target = zoomedMode(detail.kind)
      if (!target) return
      if (mode !== target) setMode(target)
      setZoom((z) => nextZoom(z, to))
    },
    extendFound() {
      if (!found) return false
      setFound(extendFound(text, found))
      return true
    },
  }), [textMode, detail.clean_map, detail.raw_text, detail.kind, found, text, mode, setMode])

  useEffect(() => {
    pre.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' })
  }, [focus, mode])

  // on the pages (or the blocks view) the found raw span becomes the selection of their text runs
  useEffect(() => {
    if (!found || (mode !== 'pdf' && mode !== 'blocks')) return
    const root = mode === 'pdf' ? pageLayer.current : blockLayer.current
    if (selectRawSpan(root, found)) return
    // a page not drawn yet has no text runs: the outline of its source is there, the selection follows once it is
  }, [found, mode])

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
        {textModes(detail.kind).includes('blocks') && (
          <button type="button" aria-pressed={mode === 'blocks'} className={mode === 'blocks' ? 'tab active' : 'tab'} onClick={() => setMode('blocks')} data-testid="mode-blocks">{t('review.blocks')}</button>
        )}
        {(mode === 'pdf' || mode === 'blocks') && (
          <span className="zoom-bar" role="group" aria-label={t('review.zoom')}>
            <button type="button" className="link" onClick={() => setZoom((z) => nextZoom(z, 'out'))} aria-label={t('review.zoomOut')} data-testid="zoom-out">−</button>
            <span className="muted" data-testid="zoom-level">{Math.round(zoom * 100)}%</span>
            <button type="button" className="link" onClick={() => setZoom((z) => nextZoom(z, 'in'))} aria-label={t('review.zoomIn')} data-testid="zoom-in">+</button>
            <button type="button" className="link" onClick={() => setZoom(1)} data-testid="zoom-fit">{t('review.zoomFit')}</button>
          </span>
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
          <PdfPages id={detail.id} fallbackText={detail.raw_text} rawText={detail.raw_text} boxes={detail.boxes ?? null}
            focusSpan={focusSpan} zoom={zoom} layer={pageLayer} />
        </Suspense>
      ) : mode === 'blocks' ? (
        <BlockView blocks={detail.blocks} focus={focusSpan} zoom={zoom} layer={blockLayer} />
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
