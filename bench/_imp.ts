import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { generateReport } from './lib/report-text'
import { openLibrary } from '../src/main/library/db'
import { importPaths } from '../src/main/import/index'
async function main() {
  const root = mkdtempSync(join(tmpdir(), 'impprof-'))
  mkdirSync(join(root, 'txt'))
  for (let i = 0; i < 1000; i++) writeFileSync(join(root, 'txt', `${i}.txt`), generateReport(i + 1).text)
  const db = openLibrary(join(root, 'lib.annalist'), { create: true })
  const t = performance.now()
  const s = await importPaths(db, [join(root, 'txt')])
  console.log('imported', s.imported.length, ((performance.now() - t) / 1000).toFixed(2), 's')
}
main()
