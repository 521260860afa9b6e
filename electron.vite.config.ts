import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Dependencies stay external (electron-vite's default): better-sqlite3 is native and pdfjs-dist reads
// its CMaps and fonts from its own package folder. The OCR backends (ingest/ocr/ocr-backend.ts) also import
// packages that come with @gutenye/ocr-node rather than from package.json: kept external the same way.
const OCR_PACKAGES = ['@gutenye/ocr-common', '@gutenye/ocr-common/splitIntoLineImages', 'onnxruntime-node', 'onnxruntime-common']
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        external: OCR_PACKAGES,
        input: {
          index: resolve(__dirname, 'src/main/shell/index.ts'),
          'parse-worker': resolve(__dirname, 'src/main/import/parse-worker.ts'),
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
