#!/usr/bin/env node
/**
 * `npm start`: build what is stale, then open the desktop app; when no Electron binary is installed
 * (as on machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD=1), fall back to the browser mode and
 * say so in one line. With no library yet, a demo library of resources/samples is made first.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, statSync, readdirSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultLibraryPath } from './library-path.mjs'
import { installedElectron } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

function newestMtime(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return t
}

function buildIfStale() {
  const built = join(root, 'out', 'renderer', 'index.html')
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(root, 'src'))) return
  const r = spawnSync(npx, ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

function startDesktop(electron) {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(electron, [root], { cwd: root, stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 0))
}

function startBrowserMode(why) {
  const library = process.env.ANNALIST_LIBRARY || defaultLibraryPath()
  console.log(`${why}: starting the browser mode instead (library: ${library}).`)
  const cli = ['tsx', join(root, 'src/main/cli/index.ts')]
  if (!existsSync(library)) {
    mkdirSync(dirname(library), { recursive: true })
    const r = spawnSync(npx, [...cli, 'import', join(root, 'resources', 'samples'), '--library', library], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    if (r.status !== 0) process.exit(r.status ?? 1)
  }
  const port = process.env.PORT || '0'
  const child = spawn(npx, [...cli, 'serve', '--library', library, '--port', port], { cwd: root, stdio: 'inherit' })
  const stop = () => child.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
}

buildIfStale()
const electron = installedElectron()
if (!electron) {
  startBrowserMode('No Electron binary is installed')
} else {
  // better-sqlite3 ships N-API binaries in its package: the desktop app loads the same one as Node does
  startDesktop(electron)
}
