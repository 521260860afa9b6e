#!/usr/bin/env node
/**
 * better-sqlite3 for the installed Electron: the copy in node_modules is built for Node (tests, CLI,
 * browser mode), the desktop app needs one for Electron's ABI. This fetches the prebuilt binary for
 * Electron (or compiles it against Electron's headers) in a scratch copy of the package and keeps the
 * result in native/electron-<ABI>/better_sqlite3.node, where the shell looks for it
 * (src/main/shell/native-binding.ts), so the two builds never overwrite each other.
 *
 * Needs the network (prebuilt download or Electron headers): run by `npm start` on a connected machine
 * the first time it finds an Electron binary. Exits 0 with a line when there is nothing to do.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** The binding's path for `electron` (the binary), made if absent; null when it could not be made. */
export function ensureElectronSqlite(electron) {
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' }
  const ask = (expr) => spawnSync(electron, ['-p', expr], { env, encoding: 'utf8' }).stdout?.trim()
  const abi = ask('process.versions.modules')
  const version = ask('process.versions.electron')
  if (!abi || !/^\d+$/.test(abi) || !version || !/^\d+\.\d+\.\d+/.test(version)) {
    console.error('annalist: could not ask Electron for its version; the desktop app may fail to open its library')
    return null
  }
  const target = join(root, 'native', `electron-${abi}`, 'better_sqlite3.node')
  if (existsSync(target)) return target

  const pkg = dirname(require.resolve('better-sqlite3/package.json'))
  const work = mkdtempSync(join(tmpdir(), 'annalist-electron-sqlite-'))
  try {
    // the sources without the Node build (a stale build/ would be taken for the Electron one)
    cpSync(pkg, work, { recursive: true, filter: (src) => { const rel = relative(pkg, src); return rel !== 'build' && !rel.startsWith(`build${sep}`) } })
    const common = [`--runtime=electron`, `--target=${version}`, `--arch=${process.arch}`, `--platform=${process.platform}`]
    console.log(`annalist: fetching better-sqlite3 for Electron ${version} (ABI ${abi})…`)
    let ok = spawnSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...common], { cwd: work, stdio: 'inherit' }).status === 0
    if (!ok) {
      console.log('annalist: no prebuilt binary; compiling against Electron\'s headers…')
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
      // Electron's headers, never the local Node's (a machine may set npm's nodedir for Node builds)
      // (an empty value in the environment outranks npmrc files)
      const gypEnv = { ...process.env, npm_config_nodedir: '' }
      ok = spawnSync(npm, ['exec', '--yes', '--', 'node-gyp', 'rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit', env: gypEnv }).status === 0
    }
    const built = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (ok && !builtForElectron(work, version)) {
      console.error(`annalist: the compiler used the local Node's headers, not Electron ${version}'s (is npm's "nodedir" set?); not kept`)
      ok = false
    }
    if (!ok || !existsSync(built)) {
      console.error('annalist: could not get better-sqlite3 for Electron; see above. The browser mode (npm run annalist -- serve) works without it.')
      return null
    }
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(built, target)
    console.log(`annalist: ${target}`)
    return target
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** A prebuilt download leaves no config.gypi; a compile records the headers it used, which must be Electron's. */
function builtForElectron(work, version) {
  const gypi = join(work, 'build', 'config.gypi')
  if (!existsSync(gypi)) return true
  const m = /"nodedir":\s*"([^"]*)"/.exec(readFileSync(gypi, 'utf8'))
  return m !== null && m[1].includes(version)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let electron = null
  try {
    electron = require('electron')
  } catch {
    electron = null
  }
  if (typeof electron !== 'string' || !existsSync(electron)) {
    console.log('annalist: no Electron binary installed; nothing to do (the browser mode needs only the Node build)')
  } else {
    process.exitCode = ensureElectronSqlite(electron) ? 0 : 1
  }
}
