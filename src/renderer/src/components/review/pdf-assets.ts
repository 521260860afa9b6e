/**
 * pdfjs in the renderer: its worker as a bundled asset (the bundler must not separate it from the
 * library's version), and the CMaps and standard fonts served from the build itself, with no network
 * (Chinese PDFs with non-embedded fonts draw nothing without the CMaps).
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

const CMAPS = import.meta.glob('../../../../../node_modules/pdfjs-dist/cmaps/*', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>
const FONTS = import.meta.glob('../../../../../node_modules/pdfjs-dist/standard_fonts/*', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>

export { workerUrl }

function byName(table: Record<string, () => Promise<string>>): Map<string, () => Promise<string>> {
  return new Map(Object.entries(table).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]))
}
const cmaps = byName(CMAPS)
const fonts = byName(FONTS)

/** the BinaryDataFactory pdfjs calls for CMaps and fonts, answering from the bundled assets */
export class BundledDataFactory {
  constructor(_opts: unknown) {}
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const table = kind === 'cMapUrl' ? cmaps : kind === 'standardFontDataUrl' ? fonts : null
    const load = table?.get(filename)
    if (!load) throw new Error(`pdf data not bundled: ${kind} ${filename}`)
    const res = await fetch(await load())
    return new Uint8Array(await res.arrayBuffer())
  }
}
