/**
 * The installed Electron binary's path, or null, found without asking the electron package: since
 * Electron 42 its main export downloads the binary when it is missing, and neither `npm start` nor the
 * tests may fetch anything (installs here use ELECTRON_SKIP_BINARY_DOWNLOAD=1).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function installedElectron() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
      return existsSync(p) ? p : null
    }
    const pathFile = join(dir, 'path.txt') // written by electron's install script once the binary is there
    if (!existsSync(pathFile)) return null
    const p = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(p) ? p : null
  } catch {
    return null
  }
}
