/** .doc, .wps and MHTML (issue 14) through the import path into a real library: kind, own format, original bytes, fields. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { getDocument, readOriginal } from '../../src/main/library/documents'
import { tempDir } from './fixtures'
import type { DocumentDetail } from '../../src/shared/contract'

const FIXTURES = join(__dirname, '../fixtures')
let dir: string
let db: Db
beforeEach(() => {
  dir = tempDir('annalist-formats-')
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('Word 97–2003, WPS and MHTML import', () => {
  it('imports each with its own format kept, its original byte for byte and table 三 extracted', async () => {
    copyFileSync(join(FIXTURES, 'word-binary/s19-05-docx.doc'), join(dir, '年报.doc'))
    // a .wps is the same format; a different byte keeps it from being a duplicate of the .doc
    const wps = Buffer.from(readFileSync(join(FIXTURES, 'word-binary/ff09-docx-central.doc')))
    writeFileSync(join(dir, '年报.wps'), wps)
    const page = readFileSync(join(FIXTURES, 'reports/s21-03-county-html.html'))
    const mht = Buffer.from(
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="b1"\r\n\r\n--b1\r\n' +
        'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://www.example.gov.cn/a.html\r\n\r\n' +
        page.toString('base64').replace(/.{76}/g, '$&\r\n') + '\r\n--b1--\r\n',
    )
    writeFileSync(join(dir, '页面.mhtml'), mht)
    const s = await importPaths(db, [join(dir, '年报.doc'), join(dir, '年报.wps'), join(dir, '页面.mhtml')], { workers: 1 })
    expect(s.failed).toEqual([])
    expect(s.imported).toHaveLength(3)
    const byName: Record<string, DocumentDetail | null> = Object.fromEntries(s.imported.map((i) => [i.file.split('/').pop(), getDocument(db, i.id)]))
    expect(byName['年报.doc']?.kind).toBe('docx')
    expect(byName['年报.doc']?.origin?.format).toBe('doc')
    expect(byName['年报.doc']?.fields.find((f) => f.field === 't3.total.total')?.value).toBe(42)
    expect(byName['年报.wps']?.origin?.format).toBe('wps')
    expect(Buffer.from(readOriginal(db, byName['年报.wps']?.id ?? 0) ?? [])).toEqual(wps)
    expect(byName['页面.mhtml']?.kind).toBe('html')
    expect(byName['页面.mhtml']?.origin).toEqual({ format: 'mhtml', url: null, captured_at: null, archive: null })
    expect(Buffer.from(readOriginal(db, byName['页面.mhtml']?.id ?? 0) ?? [])).toEqual(mht)
  })
})
