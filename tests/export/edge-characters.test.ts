/**
 * Issue 10, point 9: the CSV formula guard also catches full-width signs and a sign hidden behind spaces or
 * zero-width characters; JSON Lines (and the bag's revision log) never carry a lone surrogate. Checked on
 * a real library: values stored through the field store, tags and file names as the importer keeps them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export'
import { guardFormula } from '../../src/main/export/csv-format'
import { wellFormedJson } from '../../src/main/export/jsonl-format'
import { setFieldValues } from '../../src/main/library/field-store'
import type { Db } from '../../src/main/library/db'
import { makeLibrary, removeTempDirs } from './make-library'

afterAll(removeTempDirs)
let open: Db[] = []
afterEach(() => {
  for (const db of open) db.close()
  open = []
})

const HIDDEN = [
  '＝1+1', '＋1', '－1', '＠SUM(A1)', ' =1+1', '   +1', '\u3000=HYPERLINK("http://x")', '\u3000\u3000-2',
  '\u200B=1', '\u200C@x', '\u200D+1', '\uFEFF=1', '\u2060-1', ' \u200B\u3000＝1',
]

describe('CSV formula guard at the edges', () => {
  it('guards full-width signs and signs behind spaces or zero-width characters', () => {
    for (const text of HIDDEN) expect(guardFormula(text), JSON.stringify(text)).toBe(`'${text}`)
    // text that only holds a sign further in, or spaces before ordinary text, is left alone
    for (const text of ['a=b', ' 某县', '\u3000某县人民政府', '\u200B正文', '１２３', 'x－y']) expect(guardFormula(text)).toBe(text)
  })

  it('writes them with the apostrophe in a real CSV export', async () => {
    const lib = makeLibrary([{ fileName: '\u3000=报告.txt', text: '某县报告', fields: { title: '某县报告' }, tags: ['＠标签'] }])
    open.push(lib.db)
    HIDDEN.forEach((text, i) => setFieldValues(lib.db, [lib.ids[0]], i % 2 ? 'agency' : 'region', text, { reason: 'edge' }))
    setFieldValues(lib.db, [lib.ids[0]], 'title', '\u200B＝cmd|"/C calc"!A0', { reason: 'edge' })
    const out = join(lib.dir, 'edge.csv')
    await runExport(lib.db, { format: 'csv', scope: 'all', out })
    const [header, row] = Papa.parse<string[]>(readFileSync(out, 'utf8').slice(1), { skipEmptyLines: true }).data
    const cell = (k: string): string => row[header.indexOf(k)]
    expect(cell('title')).toBe('\'\u200B＝cmd|"/C calc"!A0')
    // the field store trims ASCII blanks; what it kept still hides a formula sign
    const stored = JSON.parse(lib.db.prepare("SELECT value FROM fields WHERE field_id = 'agency'").pluck().get() as string) as string
    expect(stored).toBe('\u200B\u3000＝1')
    expect(cell('agency')).toBe(`'${stored}`)
    expect(cell('tags')).toBe("'＠标签")
    expect(cell('source_file')).toBe("'\u3000=报告.txt")
  })
})

/** Is the buffer valid UTF-8 with no encoded surrogate (CESU/WTF-8)? TextDecoder with fatal refuses both. */
function strictUtf8(bytes: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

function checkJsonLines(path: string): Record<string, unknown>[] {
  const text = strictUtf8(readFileSync(path))
  // no surrogate escape (an odd number of backslashes before u+D800..DFFF)
  expect(text).not.toMatch(/(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F][0-9a-fA-F]{2}/)
  const lines = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>)
  const strings: string[] = []
  JSON.stringify(lines, (_k, v: unknown) => { if (typeof v === 'string') strings.push(v); return v })
  // no lone surrogate survives parsing (String.prototype.isWellFormed is ES2024, beyond this tsconfig's lib)
  for (const s of strings) expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), JSON.stringify(s)).toBe(false)
  return lines
}

describe('JSON Lines and lone surrogates', () => {
  it('writes U+FFFD for a lone surrogate in values, reasons, tags and file names; pairs stay', async () => {
    const lib = makeLibrary([{ fileName: 'cut\uD83D.txt', text: '某县报告', fields: { title: '某县报告' }, tags: ['t\uDC00'] }])
    open.push(lib.db)
    setFieldValues(lib.db, [lib.ids[0]], 'title', '半个\uD83D字', { reason: 'why \uDE00' })
    setFieldValues(lib.db, [lib.ids[0]], 'agency', '整个😀 \\ud800 字面', { reason: 'ok' })
    const out = join(lib.dir, 'edge.jsonl')
    await runExport(lib.db, { format: 'jsonl', scope: 'all', out })
    const [line] = checkJsonLines(out)
    expect(line.title).toBe('半个\uFFFD字')
    expect(line.agency).toBe('整个😀 \\ud800 字面') // a real pair, and a literal backslash-u text, unchanged
    expect(line.tags).toEqual(['t\uFFFD'])

    const bag = join(lib.dir, 'edge.bag')
    await runExport(lib.db, { format: 'bagit', scope: 'all', out: bag })
    for (const f of readdirSync(join(bag, 'data')).filter((n) => n.endsWith('.jsonl'))) checkJsonLines(join(bag, 'data', f))
    const revisions = checkJsonLines(join(bag, 'data', 'revisions.jsonl'))
    expect(revisions.map((r) => r.reason)).toContain('why \uFFFD')
  })

  it('wellFormedJson keeps escaped backslashes, pairs and other escapes', () => {
    expect(wellFormedJson('"\\ud800"')).toBe('"\uFFFD"')
    expect(wellFormedJson('"\\\\ud800"')).toBe('"\\\\ud800"')
    expect(wellFormedJson('"\\\\\\udc00x"')).toBe('"\\\\\uFFFDx"')
    expect(wellFormedJson('"\\ud83d\\ude00 \\u0041 \\n"')).toBe('"\\ud83d\\ude00 \\u0041 \\n"')
    expect(wellFormedJson('"\\ude00\\ud83d"')).toBe('"\uFFFD\uFFFD"')
  })
})
