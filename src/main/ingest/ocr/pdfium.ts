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

/** An open PDF to render page by page; close() frees its WebAssembly memory. */
export interface RenderablePdf {
  pageCount: number
  render(page: number, dpi: number): PageImage
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
  return {
    pageCount,
    render(page: number, dpi: number): PageImage {
      const handle = p.FPDF_LoadPage(doc, page - 1)
      if (!handle) throw new IngestError('corrupt', `PDF page ${page} could not be rendered (第 ${page} 页无法渲染)`)
      try {
        const scale = dpi / 72
        const width = Math.max(1, Math.round(p.FPDF_GetPageWidthF(handle) * scale))
        const height = Math.max(1, Math.round(p.FPDF_GetPageHeightF(handle) * scale))
        const bmp = p.FPDFBitmap_Create(width, height, 0)
        try {
          p.FPDFBitmap_FillRect(bmp, 0, 0, width, height, 0xffffffff)
          // reverse byte order: PDFium writes BGRA by default, OCR wants RGBA
          p.FPDF_RenderPageBitmap(bmp, handle, 0, 0, width, height, 0, FPDF_ANNOT | FPDF_REVERSE_BYTE_ORDER)
          const ptr = p.FPDFBitmap_GetBuffer(bmp)
          const rgba = heap().slice(ptr, ptr + width * height * 4)
          return { page, width, height, rgba }
        } finally {
          p.FPDFBitmap_Destroy(bmp)
        }
      } finally {
        p.FPDF_ClosePage(handle)
      }
    },
    imageDpi(page: number): number | null {
      const handle = p.FPDF_LoadPage(doc, page - 1)
      if (!handle) return null
      // out-parameters: two uint32 (pixel size) and four floats (bounds), read back from the heap
      const out = p.pdfium.wasmExports.malloc(24)
      try {
        let best: { area: number; dpi: number } | null = null
        for (let i = 0; i < p.FPDFPage_CountObjects(handle); i++) {
          const obj = p.FPDFPage_GetObject(handle, i)
          if (p.FPDFPageObj_GetType(obj) !== FPDF_PAGEOBJ_IMAGE) continue
          if (!p.FPDFImageObj_GetImagePixelSize(obj, out, out + 4)) continue
          if (!p.FPDFPageObj_GetBounds(obj, out + 8, out + 12, out + 16, out + 20)) continue
          const v = new DataView(heap().buffer, out, 24)
          const px = v.getUint32(0, true)
          const wide = v.getFloat32(16, true) - v.getFloat32(8, true)
          const high = v.getFloat32(20, true) - v.getFloat32(12, true)
          if (wide <= 0 || high <= 0) continue
          // a turned image's bounds are its box on the page: the longer sides pair up either way
          const dpi = Math.max(px, v.getUint32(4, true)) / (Math.max(wide, high) / 72)
          if (!best || wide * high > best.area) best = { area: wide * high, dpi }
        }
        return best ? best.dpi : null
      } finally {
        p.pdfium.wasmExports.free(out)
        p.FPDF_ClosePage(handle)
      }
    },
    close(): void {
      if (closed) return
      closed = true
      p.FPDF_CloseDocument(doc)
      p.pdfium.wasmExports.free(dataPtr)
    },
  }
}
