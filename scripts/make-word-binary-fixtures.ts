/**
 * `npx tsx scripts/make-word-binary-fixtures.ts`: the Word 97–2003 fixtures of issue 14, made from the
 * project's own generated DOCX fixtures with LibreOffice (`apt-get install libreoffice-writer-nogui`), once:
 * the results are committed (tests/fixtures/word-binary), so tests and CI need no LibreOffice. The .wps is
 * the same bytes under WPS Office's extension (WPS saves this same OLE Word format).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const SOURCES = ['s19-05-docx', 'ff09-docx-central']
const out = join(root, 'tests/fixtures/word-binary')
mkdirSync(out, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'annalist-doc-'))
try {
  for (const name of SOURCES) {
    copyFileSync(join(root, 'tests/fixtures/reports', `${name}.docx`), join(work, `${name}.docx`))
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'doc:MS Word 97', '--outdir', work, join(work, `${name}.docx`)], { stdio: 'ignore' })
    copyFileSync(join(work, `${name}.doc`), join(out, `${name}.doc`))
  }
  copyFileSync(join(out, 's19-05-docx.doc'), join(out, 's19-05-docx.wps'))
  console.log(`wrote ${SOURCES.length + 1} files under ${out}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
