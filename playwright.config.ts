/**
 * End-to-end tests: the built renderer (out/renderer, `npm run build` first) served by the real
 * `annalist serve` over a fresh temporary library, driven in Debian's Chromium (never a downloaded
 * browser). One worker: the specs start their own servers and the machine is small.
 */
import { defineConfig } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  // screenshots go to test-results/screenshots; Playwright empties its own outputDir on each run
  outputDir: 'test-results/playwright',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
})
