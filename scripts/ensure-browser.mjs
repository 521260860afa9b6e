#!/usr/bin/env node
/**
 * Before the tests: Debian's Chromium and CJK fonts must be there (Playwright never downloads
 * a browser here; the OCR tests draw Chinese text, which needs the CJK font, so this runs before vitest).
 * Installs them with apt when running as root, else says exactly what to run.
 */
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CHROMIUM = '/usr/bin/chromium'
const fontsPresent = () => spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0
if (existsSync(CHROMIUM) && fontsPresent()) process.exit(0)

const packages = 'chromium fonts-noto-cjk'
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (!isRoot || !hasApt) {
  console.error(`The end-to-end tests need Debian's Chromium and CJK fonts: sudo apt-get install -y ${packages}`)
  process.exit(1)
}
console.log(`Installing ${packages} with apt for the end-to-end tests…`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages.split(' ')]]) {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
