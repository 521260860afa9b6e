/**
 * A PDF's pages drawn with pdfjs, page by page as they scroll into view, at a zoom relative to the pane's
 * width (1 = fit width). Over each page lies a text layer made from the document's TextBox[] (issue 11
 * point 5): transparent, selectable text whose every run knows its raw-text offsets, so a selection on the
 * page is a pick with its source. The focused field's source is outlined on its page and scrolled to. A
 * document without boxes (imported before they were recorded) shows its pages without either, and says so.
 * Falls back to the extracted text, saying so, when the file cannot be drawn.
 */
import { useEffect, useMemo, useRef, useState, type Ref } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { TextBox } from '../../../../shared/text-box'
import { useI18n } from '../../i18n'
import { errorText } from '../../lib/errors'
import { outlinesFor, type Outline } from '../../lib/page-boxes'
import type { Span } from '../../lib/span-map'
import { useClient } from '../../transport/get-client'
import { BundledDataFactory, workerUrl } from './pdf-assets'

interface PageProps {
  doc: PDFDocumentProxy
  n: number
  /** height / width of the page */
  aspect: number
  zoom: number
  rawText: string
  boxes: TextBox[]
  outlines: Outline[]
}

function Page({ doc, n, aspect, zoom, rawText, boxes, outlines }: PageProps) {
  const wrap = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [seen, setSeen] = useState(false)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = wrap.current
    if (!el) return
    const io = new IntersectionObserver((es) => { if (es.some((e) => e.isIntersecting)) setSeen(true) }, { rootMargin: '600px' })
    io.observe(el)
    const ro = new ResizeObserver(() => setWidth(Math.round(el.clientWidth)))
    ro.observe(el)
    return () => { io.disconnect(); ro.disconnect() }
  }, [])
  useEffect(() => {
    if (!seen || !canvas.current || width === 0) return
    let cancelled = false
    let task: { cancel(): void } | null = null
    const el = canvas.current
    void doc.getPage(n).then((page) => {
      if (cancelled) return
      const base = page.getViewport({ scale: 1 })
      // drawn at the size shown (times the screen's pixel ratio), so zoomed text stays sharp
      const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) })
      el.width = Math.round(viewport.width)
      el.height = Math.round(viewport.height)
      const r = page.render({ canvas: el, canvasContext: el.getContext('2d') as CanvasRenderingContext2D, viewport })
      task = r
      return r.promise
    }).catch(() => undefined)
    // a new width (zoom, a resized window) draws on a new canvas (keyed by width below): two renders on one
    // canvas at once draw over each other with crossed transforms; the stale one is cancelled
    return () => { cancelled = true; task?.cancel() }
  }, [seen, doc, n, width])
  const height = width * aspect
  return (
    <div ref={wrap} className="pdf-page-wrap" data-page={n} style={{ width: `${zoom * 100}%`, aspectRatio: `1 / ${aspect}` }}>
      <canvas key={width} ref={canvas} className="pdf-page" data-testid="pdf-page" />
      <div className="pdf-text-layer" data-testid="pdf-text-layer">
        {width > 0 && boxes.map((b) => {
          const text = rawText.slice(b.start, b.end)
          // the run's height, or narrower when its characters would overrun its width (an em a character)
          const size = Math.max(1, Math.min(b.h * height * 0.85, (b.w * width) / Math.max(1, text.length)))
          return (
            <span key={b.start} data-start={b.start} data-end={b.end}
              style={{ left: `${b.x * 100}%`, top: `${b.y * 100}%`, width: `${b.w * 100}%`, height: `${b.h * 100}%`, fontSize: `${size}px`, lineHeight: `${b.h * height}px` }}>{text}</span>
          )
        })}
      </div>
      {outlines.map((o, k) => (
        <div key={k} className="pdf-outline" data-testid="pdf-outline" aria-hidden="true"
          style={{ left: `${o.x * 100}%`, top: `${o.y * 100}%`, width: `${o.w * 100}%`, height: `${o.h * 100}%` }} />
      ))}
    </div>
  )
}

interface Props {
  id: number
  fallbackText: string
  rawText: string
  boxes: TextBox[] | null
  focusSpan: Span | null
  zoom: number
  layer: Ref<HTMLDivElement>
}

export default function PdfPages({ id, fallbackText, rawText, boxes, focusSpan, zoom, layer }: Props) {
  const { t } = useI18n()
  const client = useClient()
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null)
  const [aspects, setAspects] = useState<number[]>([])
  const [error, setError] = useState<string | null>(null)
  const pages = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let gone = false
    let loaded: PDFDocumentProxy | null = null
    void (async () => {
      try {
        const pdfjs = await import('pdfjs-dist')
        pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
        // browser mode: a one-minute ticket URL for this file (no credentials: issue 10); desktop: app://
        const url = await client.originalUrl(id)
        if (gone) return
        const d = await pdfjs.getDocument({ url, cMapUrl: 'bundled/', standardFontDataUrl: 'bundled/', cMapPacked: true, BinaryDataFactory: BundledDataFactory, useWorkerFetch: false }).promise
        loaded = d
        // every page's shape up front, so the pages (and the outlines on them) have their place before they are drawn;
        // a turned page (/Rotate) is shown turned, and its boxes were measured on it as shown (pdf-rotation.ts)
        const shapes: number[] = []
        for (let n = 1; n <= d.numPages; n++) {
          const pg = await d.getPage(n)
          const v = pg.getViewport({ scale: 1 })
          shapes.push(v.width > 0 ? v.height / v.width : 1.414)
        }
        if (gone) return
        setAspects(shapes)
        setDoc(d)
      } catch (e) {
        if (!gone) setError(errorText(e))
      }
    })()
    return () => { gone = true; void loaded?.loadingTask.destroy() }
  }, [client, id])
  const outlines = useMemo(() => outlinesFor(boxes ?? [], focusSpan, rawText), [boxes, focusSpan, rawText])
  const byPage = useMemo(() => {
    const m = new Map<number, TextBox[]>()
    for (const b of boxes ?? []) m.set(b.page, [...(m.get(b.page) ?? []), b])
    return m
  }, [boxes])
  // the focused field's source: scrolled to once its page has its place (and again at another zoom)
  useEffect(() => {
    if (!doc) return
    const id = requestAnimationFrame(() => pages.current?.querySelector('.pdf-outline')?.scrollIntoView({ block: 'center', inline: 'nearest' }))
    return () => cancelAnimationFrame(id)
  }, [doc, outlines, zoom])
  if (error) {
    return (
      <div className="pdf-fallback">
        <p className="notice notice-error">{t('review.pdfFallback')} <small>{error}</small></p>
        <pre className="original-text">{fallbackText}</pre>
      </div>
    )
  }
  if (!doc) return <p className="muted">{t('app.loading')}</p>
  return (
    <>
      {!boxes && <p className="muted pdf-no-boxes" data-testid="pdf-no-boxes">{t('review.pdfNoBoxes')}</p>}
      <div ref={pages} className="pdf-pages" data-testid="pdf-pages" tabIndex={0} aria-label={t('review.pdf')}>
        <div ref={layer} className="pdf-pages-inner" lang="zh-CN">
          {aspects.map((aspect, i) => (
            <Page key={i + 1} doc={doc} n={i + 1} aspect={aspect} zoom={zoom} rawText={rawText}
              boxes={byPage.get(i + 1) ?? []} outlines={outlines.filter((o) => o.page === i + 1)} />
          ))}
        </div>
      </div>
    </>
  )
}
