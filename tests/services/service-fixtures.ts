/**
 * Test libraries for the service and bridge tests: real files (generated reports, one of them in
 * traditional script) imported through the real import pipeline into a real library file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateReport } from '../../bench/lib/report-text'
import { importPaths } from '../../src/main/import/index'
import { openLibrary } from '../../src/main/library/db'
import { type OpenServices, type OpenServicesOptions, openServices } from '../../src/main/services/open-library'

/** A report written in traditional characters, with a sentence found nowhere else. */
export const TRADITIONAL_REPORT = [
  '臺東縣環境保護局2018年政府資訊公開工作年度報告',
  '',
  '本機關積極推進政務公開，擴大決策參與，全年主動公開政府資訊五百條。',
  '全年收到政府資訊公開申請十二件，均已按時辦結。',
  '臺東縣環境保護局',
  '2019年1月15日',
].join('\n')

/** A sentence only the traditional report holds, in simplified script. */
export const TRADITIONAL_QUERY = '积极推进政务公开'

export interface TestLibrary {
  dir: string
  path: string
  files: string[]
  cleanup(): void
}

/** A library file holding `n` generated reports plus the traditional one. */
export async function makeTestLibrary(n = 12, seed = 101): Promise<TestLibrary> {
  const dir = mkdtempSync(join(tmpdir(), 'annalist-services-'))
  const files: string[] = []
  for (let i = 0; i < n; i++) {
    const r = generateReport(seed + i, 1200)
    const p = join(dir, r.name)
    writeFileSync(p, r.text)
    files.push(p)
  }
  const trad = join(dir, 'traditional-report.txt')
  writeFileSync(trad, TRADITIONAL_REPORT)
  files.push(trad)
  const path = join(dir, 'library.annalist')
  const db = openLibrary(path, { create: true })
  try {
    const s = await importPaths(db, files, { workers: 1 })
    if (s.failed.length > 0) throw new Error(`fixture import failed: ${JSON.stringify(s.failed)}`)
  } finally {
    db.close()
  }
  return { dir, path, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** `hooks`: what the desktop shell would answer from its dialogs (the person's choice), for electron-mode tests. */
export function open(lib: TestLibrary, mode: 'browser' | 'electron' = 'browser', hooks: Pick<OpenServicesOptions, 'exportPath' | 'chooseImport'> = {}): OpenServices {
  return openServices({ path: lib.path, mode, ...hooks })
}

/** The ApiError code a call fails with, or 'ok'. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'ok'
  } catch (e) {
    return (e as { code?: string }).code ?? `not an ApiError: ${String(e)}`
  }
}
