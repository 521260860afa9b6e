/**
 * Where the library lives when none is named: Electron's userData folder for the app ("Annalist"),
 * computed the same way here so the desktop app and the browser fallback open the same file.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'

export function userDataDir() {
  const home = homedir()
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Annalist')
  if (process.platform === 'win32') return join(process.env.APPDATA || join(home, 'AppData', 'Roaming'), 'Annalist')
  return join(process.env.XDG_CONFIG_HOME || join(home, '.config'), 'Annalist')
}

export function defaultLibraryPath() {
  return join(userDataDir(), 'library.annalist')
}
