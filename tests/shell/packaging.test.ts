/**
 * Issue 10, point 10: what a packaged app must not do. The packaging configuration flips the Electron
 * fuses; the renderer URL comes from the environment only in a developer's checkout; and the pdf.js
 * bundles the app ships hold no eval path (pdf.js 6 removed isEvalSupported; a later version that brings
 * eval back is caught here).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { devToolsAllowed, rendererUrlFrom } from '../../src/main/shell/packaged-policy'

const ROOT = resolve(__dirname, '..', '..')

describe('packaging configuration', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as {
    electronFuses: Record<string, boolean>; asarUnpack: string[]; extraResources: { from: string; to: string }[]; asar: boolean
  }

  it('flips the fuses a packaged app should', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    })
  })

  it('unpacks better-sqlite3 prebuilds and ships the samples where the shell looks for them', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/prebuilds/**')
    expect(existsSync(join(ROOT, 'node_modules/better-sqlite3/prebuilds'))).toBe(true)
    // src/main/shell/index.ts samplesDir(): join(process.resourcesPath, 'samples') when packaged
    expect(config.extraResources).toContainEqual({ from: 'resources/samples', to: 'samples' })
    expect(readFileSync(join(ROOT, 'src/main/shell/index.ts'), 'utf8')).toContain("join(process.resourcesPath, 'samples')")
  })
})

describe('renderer URL and developer tools', () => {
  const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }

  it('honours ELECTRON_RENDERER_URL only in an unpackaged app', () => {
    expect(rendererUrlFrom(dev, false)).toBe('http://localhost:5173/')
    expect(rendererUrlFrom(dev, true)).toBeNull()
    expect(rendererUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, true)).toBeNull()
    expect(rendererUrlFrom({}, false)).toBeNull()
  })

  it('takes only an http(s) URL on loopback, even unpackaged', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'http://192.168.1.5:5173/']) {
      expect(rendererUrlFrom({ ELECTRON_RENDERER_URL: url }, false), url).toBeNull()
    }
    expect(rendererUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/')
  })

  it('allows developer tools only unpackaged', () => {
    expect(devToolsAllowed(false)).toBe(true)
    expect(devToolsAllowed(true)).toBe(false)
  })
})

describe('pdf.js bundles the app ships', () => {
  // main reads with the legacy build (and its worker); the renderer loads build/pdf.mjs and the minified worker
  const BUNDLES = [
    'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs', 'build/pdf.mjs', 'build/pdf.worker.mjs', 'build/pdf.worker.min.mjs',
  ]

  it('hold no eval( or new Function( call', () => {
    for (const rel of BUNDLES) {
      const text = readFileSync(join(ROOT, 'node_modules/pdfjs-dist', rel), 'utf8')
      expect(text.length, rel).toBeGreaterThan(100_000)
      expect(text.match(/(?<![\w$.])eval\s*\(/g), `${rel}: eval(`).toBeNull()
      expect(text.match(/\bnew\s+Function\s*\(/g), `${rel}: new Function(`).toBeNull()
      // core-js's globalThis fallback, Function('return this')(), is the one call of Function allowed
      const calls = [...text.matchAll(/(?<![\w$.])Function\s*\(([^)]*)\)/g)].map((m) => m[1])
      for (const arg of calls) expect(arg, rel).toMatch(/^(['"])return this\1$/)
    }
  })

  it('would catch a bundle that brings eval back', () => {
    const bad = 'if (isEvalSupported) { fn = new Function("c", src) }'
    expect(bad.match(/\bnew\s+Function\s*\(/g)).not.toBeNull()
  })
})
