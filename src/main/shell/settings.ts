/** The shell's small memory between runs (the last library), a JSON file in userData. Unreadable = defaults. */
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface ShellSettings { lastLibrary: string | null }

const DEFAULTS: ShellSettings = { lastLibrary: null }

export function settingsPath(userData: string): string {
  return join(userData, 'annalist-settings.json')
}

export function readSettings(userData: string): ShellSettings {
  try {
    const v = JSON.parse(readFileSync(settingsPath(userData), 'utf8')) as Partial<ShellSettings>
    return { lastLibrary: typeof v.lastLibrary === 'string' ? v.lastLibrary : null }
  } catch {
    return { ...DEFAULTS }
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a settings file. */
export function writeSettings(userData: string, s: ShellSettings): void {
  const p = settingsPath(userData)
  mkdirSync(dirname(p), { recursive: true })
  writeFileSync(`${p}.tmp`, JSON.stringify(s, null, 2))
  renameSync(`${p}.tmp`, p)
}
