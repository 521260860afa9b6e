/**
 * A PDF's pages drawn with pdfjs, page by page as they scroll into view. Falls back to the extracted
 * text, saying so, when the file cannot be drawn.
 */
import { useEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useI18n } from '../../i18n'
import { errorText } from '../../lib/errors'
import { useClient } from '../../transport/get-client'
import { BundledDataFactory, workerUrl } from './pdf-assets'

function Page({ doc, n }: { doc: PDFDocumentProxy; n: number }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [seen, setSeen] = useState(false)
  useEffect(() => {
    const el = canvas.current
    if (!el) return
    const io = new IntersectionObserver((es) => { if (es.some((e) => e.isIntersecting)) setSeen(true) }, { rootMargin: '600px' })
    io.observe(el)
    return () => io.disconnect()
  }, [])
  useEffect(() => {
    if (!seen || !canvas.current) return
    let cancelled = false
    const el = canvas.current
    void doc.getPage(n).then((page) => {
      if (cancelled) return
      const viewport = page.getViewport({ scale: 1.4 })
      el.width = viewport.width
      el.height = viewport.height
      return page.render({ canvas: el, canvasContext: el.getContext('2d') as CanvasRenderingContext2D, viewport }).promise
    })
    return () => { cancelled = true }
  }, [seen, doc, n])
  return <canvas ref={canvas} className="pdf-page" data-page={n} width={595} height={842} />
}

export default function PdfPages({ id, fallbackText }: { id: number; fallbackText: string }) {
  const { t } = useI18n()
  const client = useClient()
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null)
  const [error, setError] = useState<string | null>(null)
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
        if (!gone) setDoc(d)
      } catch (e) {
        if (!gone) setError(errorText(e))
      }
    })()
    return () => { gone = true; void loaded?.loadingTask.destroy() }
  }, [client, id])
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
    <div className="pdf-pages" data-testid="pdf-pages">
      {Array.from({ length: doc.numPages }, (_, i) => <Page key={i + 1} doc={doc} n={i + 1} />)}
    </div>
  )
}
