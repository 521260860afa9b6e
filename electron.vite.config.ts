import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Dependencies stay external (electron-vite's default): better-sqlite3 is native and pdfjs-dist reads
// its CMaps and fonts from its own package folder. The OCR engine (src/main/ingest/ocr/ocr-engine.ts) also
// imports packages that come with @gutenye/ocr-node rather than from package.json (its line finder, the ONNX
// runtime, which is native): external too, loaded from node_modules as that package loads them.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        external: [/^@gutenye\//, /^onnxruntime-/],
        input: {
          index: resolve(__dirname, 'src/main/shell/index.ts'),
          'parse-worker': resolve(__dirname, 'src/main/import/parse-worker.ts'),
          'check-worker': resolve(__dirname, 'src/main/library/check-worker.ts'),
          'check-lane-worker': resolve(__dirname, 'src/main/library/check-lane-worker.ts'),
          'fixity-worker': resolve(__dirname, 'src/main/library/fixity-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: { rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()],
  },
})
