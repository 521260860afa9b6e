/**
 * PDF pages as pixels, for OCR: PDFium compiled to WebAssembly (@embedpdf/pdfium), loaded from the package's
 * own pdfium.wasm (its README fetches one from a CDN; this app never goes online). Only rendering is used:
 * PDFium's text extraction drops characters of non-embedded fonts, so text PDFs stay with the project's reader.
 * One PDFium instance per thread, loaded on first use.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { IngestError } from '../errors'

type Pdfium = Awaited<ReturnType<typeof import('@embedpdf/pdfium').init>>

let loaded: Promise<Pdfium> | null = null

/** The package's .wasm as a file path (resolved from this module, so it also works with the package left external). */
export function pdfiumWasmPath(): string {
  return createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm')
}

function loadPdfium(): Promise<Pdfium> {
  loaded ??= (async () => {
    const { init } = await import('@embedpdf/pdfium')
    const wasm = await readFile(pdfiumWasmPath())
    const p = await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer })
    p.PDFiumExt_Init()
    return p
  })()
  return loaded
}

/** A rendered page: RGBA pixels, top-left origin. */
export interface PageImage {
  /** 1-based */
  page: number
  width: number
  height: number
  rgba: Uint8Array
}

/** A rectangle on a page as shown (its /Rotate applied), in points from its top-left corner. */
export interface PageRect {
  x: number
  y: number
  w: number
  h: number
}

/** An image drawn on a page: where it stands, and its own pixel size (what it was scanned or saved at). */
export interface PagePicture extends PageRect {
  pixelWidth: number
  pixelHeight: number
}

export interface PageSurvey {
  /** the page's size as shown, in points */
  width: number
  height: number
  /** how many objects (text, paths, images) the page draws: none is a blank page */
  objects: number
  /** the images the page draws, where they stand */
  pictures: PagePicture[]
}

/** An open PDF to render page by page; close() frees its WebAssembly memory. */
export interface RenderablePdf {
  pageCount: number
  /** the page, or only `region` of it (a picture on a text page), at `dpi` */
  render(page: number, dpi: number, region?: PageRect): PageImage
  /** what a page holds, from one load of it: what needs OCR on it is decided from this */
  survey(page: number): PageSurvey
  /**
   * The resolution of the page's largest image as drawn on the page (its pixels over its size in inches):
   * what a scan was made at. null when the page has no image.
   */
  imageDpi(page: number): number | null
  close(): void
}

const FPDF_ANNOT = 0x01
const FPDF_REVERSE_BYTE_ORDER = 0x10
const FPDF_PAGEOBJ_IMAGE = 3

export async function openPdfForRendering(bytes: Uint8Array): Promise<RenderablePdf> {
  const p = await loadPdfium()
  const heap = (): Uint8Array => (p.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8
  const dataPtr = p.pdfium.wasmExports.malloc(bytes.byteLength)
  heap().set(bytes, dataPtr)
  const doc = p.FPDF_LoadMemDocument(dataPtr, bytes.byteLength, '')
  if (!doc) {
    p.pdfium.wasmExports.free(dataPtr)
    throw new IngestError('corrupt', `PDF could not be rendered for OCR (PDFium error ${p.FPDF_GetLastError()}) (PDF 无法渲染以进行 OCR)`)
  }
  const pageCount = p.FPDF_GetPageCount(doc)
  let closed = false
  const withPage = <T>(page: number, use: (handle: number) => T): T => {
    const handle = p.FPDF_LoadPage(doc, page - 1)
    if (!handle) throw new IngestError('corrupt', `PDF page ${page} could not be rendered (第 ${page} 页无法渲染)`)
    try {
      return use(handle)
    } finally {
      p.FPDF_ClosePage(handle)
    }
  }
  const pagePictures = (handle: number): PagePicture[] => {
    // out-parameters: two uint32 (pixel size), four floats (bounds), four ints (two corners on the device)
    const out = p.pdfium.wasmExports.malloc(40)
    try {
      // the page as shown at 72 dpi, ten times finer so the corners keep a tenth of a point
      const sx = Math.round(p.FPDF_GetPageWidthF(handle) * 10)
      const sy = Math.round(p.FPDF_GetPageHeightF(handle) * 10)
      const corner = (x: number, y: number): [number, number] => {
        p.FPDF_PageToDevice(handle, 0, 0, sx, sy, 0, x, y, out + 24, out + 28)
        const v = new DataView(heap().buffer, out, 40)
        return [v.getInt32(24, true) / 10, v.getInt32(28, true) / 10]
      }
      const found: PagePicture[] = []
      for (let i = 0; i < p.FPDFPage_CountObjects(handle); i++) {
        const obj = p.FPDFPage_GetObject(handle, i)
        if (p.FPDFPageObj_GetType(obj) !== FPDF_PAGEOBJ_IMAGE) continue
        if (!p.FPDFImageObj_GetImagePixelSize(obj, out, out + 4)) continue
        if (!p.FPDFPageObj_GetBounds(obj, out + 8, out + 12, out + 16, out + 20)) continue
        const v = new DataView(heap().buffer, out, 40)
        const pixelWidth = v.getUint32(0, true)
        const pixelHeight = v.getUint32(4, true)
        const [l, b, r, t] = [v.getFloat32(8, true), v.getFloat32(12, true), v.getFloat32(16, true), v.getFloat32(20, true)]
        if (r <= l || t <= b) continue
        const [ax, ay] = corner(l, b)
        const [bx, by] = corner(r, t)
        found.push({ x: Math.min(ax, bx), y: Math.min(ay, by), w: Math.abs(bx - ax), h: Math.abs(by - ay), pixelWidth, pixelHeight })
      }
      return found
    } finally {
      p.pdfium.wasmExports.free(out)
    }
  }
  return {
    pageCount,
    render(page: number, dpi: number, region?: PageRect): PageImage {
      return withPage(page, (handle) => {
        const scale = dpi / 72
        const pageWidth = Math.max(1, Math.round(p.FPDF_GetPageWidthF(handle) * scale))
        const pageHeight = Math.max(1, Math.round(p.FPDF_GetPageHeightF(handle) * scale))
        // a region is the page drawn shifted up and left into a bitmap of the region's size
        const left = region ? Math.max(0, Math.round(region.x * scale)) : 0
        const top = region ? Math.max(0, Math.round(region.y * scale)) : 0
        const width = region ? Math.max(1, Math.min(pageWidth - left, Math.round(region.w * scale))) : pageWidth
        const height = region ? Math.max(1, Math.min(pageHeight - top, Math.round(region.h * scale))) : pageHeight
        const bmp = p.FPDFBitmap_Create(width, height, 0)
        try {
          p.FPDFBitmap_FillRect(bmp, 0, 0, width, height, 0xffffffff)
          // reverse byte order: PDFium writes BGRA by default, OCR wants RGBA
          p.FPDF_RenderPageBitmap(bmp, handle, -left, -top, pageWidth, pageHeight, 0, FPDF_ANNOT | FPDF_REVERSE_BYTE_ORDER)
          const ptr = p.FPDFBitmap_GetBuffer(bmp)
          const rgba = heap().slice(ptr, ptr + width * height * 4)
          return { page, width, height, rgba }
        } finally {
          p.FPDFBitmap_Destroy(bmp)
        }
      })
    },
    survey(page: number): PageSurvey {
      return withPage(page, (handle) => ({
        width: p.FPDF_GetPageWidthF(handle), height: p.FPDF_GetPageHeightF(handle), objects: p.FPDFPage_CountObjects(handle), pictures: pagePictures(handle),
      }))
    },
    imageDpi(page: number): number | null {
      let best: { area: number; dpi: number } | null = null
      for (const pic of withPage(page, (handle) => pagePictures(handle))) {
        // a turned image's box on the page: the longer sides pair up either way
        const dpi = Math.max(pic.pixelWidth, pic.pixelHeight) / (Math.max(pic.w, pic.h) / 72)
        if (!best || pic.w * pic.h > best.area) best = { area: pic.w * pic.h, dpi }
      }
      return best ? best.dpi : null
    },
    close(): void {
      if (closed) return
      closed = true
      p.FPDF_CloseDocument(doc)
      p.pdfium.wasmExports.free(dataPtr)
    },
  }
}
