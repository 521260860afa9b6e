/**
 * The fixtures' gold files: only known field ids, values of the right type, the coverage the test plan
 * needs, and values a reader can actually find in the decoded text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import mammoth from 'mammoth'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { ALL_FIELDS, fieldDef, REPORT_FORMATS } from '../../src/shared/fields'
import { FIXTURES } from '../../scripts/samples/catalog'
import { FIXTURES_DIR } from '../../scripts/samples/generate'

const DIR = resolve(__dirname, '../..', FIXTURES_DIR)
const FIELD_IDS = new Set(ALL_FIELDS.map((f) => f.id))
const REQUIRED = [
  'title', 'agency', 'region', 'report_year', 'publish_date', 'signed_date', 'format',
  'proactive_disclosures', 'applications_received', 'admin_reconsiderations', 'admin_lawsuits',
]

const golds = readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).sort()
const readGold = (f: string): Record<string, unknown> => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** What a reader sees: decoded, simplified, pinyin annotations removed. */
async function readableText(name: string): Promise<string | null> {
  const spec = FIXTURES.find((s) => s.name === name)
  if (!spec) throw new Error(`no spec for ${name}`)
  const file = readdirSync(DIR).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.gold.json'))
  if (!file) throw new Error(`no report file for ${name}`)
  const bytes = readFileSync(join(DIR, file))
  let text: string
  const out = spec.output
  if (out.kind === 'txt' || out.kind === 'html') {
    const label = { utf8: 'utf-8', gb18030: 'gb18030', big5: 'big5', utf16le: 'utf-16le' }[out.encoding]
    text = new TextDecoder(label, { fatal: true }).decode(bytes)
  } else if (out.kind === 'docx') {
    text = (await mammoth.extractRawText({ buffer: bytes })).value
  } else {
    return null
  }
  return twToCn(text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''))
}

describe('fixture gold files', () => {
  it('there are at least 24 fixtures, each a report file plus its gold', () => {
    expect(golds.length).toBeGreaterThanOrEqual(24)
    const files = readdirSync(DIR)
    for (const g of golds) {
      const base = g.replace(/\.gold\.json$/, '')
      expect(files.filter((f) => f.startsWith(`${base}.`) && f !== g), base).toHaveLength(1)
    }
  })

  it.each(golds)('%s: known field ids, typed values, notes', (g) => {
    const gold = readGold(g)
    for (const key of REQUIRED) expect(gold, key).toHaveProperty(key)
    expect(typeof gold.notes).toBe('string')
    expect((gold.notes as string).length).toBeGreaterThan(10)
    for (const [key, value] of Object.entries(gold)) {
      if (key === 'notes') continue
      expect(FIELD_IDS.has(key), `unknown field id ${key}`).toBe(true)
      if (value === null) continue
      const def = fieldDef(key)
      if (!def) throw new Error(key)
      if (def.type === 'integer') expect(Number.isInteger(value), key).toBe(true)
      if (def.type === 'number') expect(typeof value, key).toBe('number')
      if (def.type === 'text') expect(typeof value, key).toBe('string')
      if (def.type === 'date') expect(value, key).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (def.type === 'enum') expect(def.options, key).toContain(value)
    }
  })

  it('cover free-form and both standard formats, all file kinds and encodings, both scripts', () => {
    const formats = new Set(golds.map((g) => readGold(g).format))
    expect([...formats].sort()).toEqual([...REPORT_FORMATS].sort())
    const outputs = new Set(FIXTURES.map((s) => (s.output.kind === 'txt' || s.output.kind === 'html' ? `${s.output.kind}:${s.output.encoding}` : s.output.kind)))
    for (const o of ['txt:utf8', 'txt:gb18030', 'txt:big5', 'txt:utf16le', 'html:utf8', 'html:gb18030', 'docx', 'pdf']) expect(outputs).toContain(o)
    expect(FIXTURES.some((s) => s.script === 'traditional' && s.format === 'free-form')).toBe(true)
    expect(FIXTURES.some((s) => s.script === 'traditional' && s.format !== 'free-form')).toBe(true)
    const dirt = new Set(FIXTURES.flatMap((s) => Object.keys(s.dirt ?? {})))
    for (const d of ['pinyin', 'nav', 'sitePrefixTitle', 'noTitle', 'mojibake', 'flattenTables', 'yearConflict', 'pdfSpaces']) expect(dirt).toContain(d)
  })

  it.each(FIXTURES.map((s) => s.name))('%s: the gold values are in the text', async (name) => {
    const text = await readableText(name)
    if (text === null) return
    const gold = readGold(`${name}.gold.json`)
    const compact = text.replace(/\s+/g, '')
    expect(compact).toContain(gold.agency)
    if (gold.title !== null) expect(compact).toContain(gold.title)
    for (const [key, value] of Object.entries(gold)) {
      if (key === 'report_year' || typeof value !== 'number' || value === 0) continue
      const printed = key === 't2.fees.amount' ? value.toFixed(2) : String(value)
      expect(text, `${key} = ${value}`).toMatch(new RegExp(`(^|[^0-9.])[+]?${printed.replace('.', '\\.')}($|[^0-9])`))
    }
  })

  it('a flattened table leaves every table cell null', () => {
    for (const s of FIXTURES.filter((f) => f.dirt?.flattenTables)) {
      const gold = readGold(`${s.name}.gold.json`)
      const cells = Object.keys(gold).filter((k) => /^t\d/.test(k))
      expect(cells.length).toBeGreaterThan(0)
      for (const k of cells) expect(gold[k], k).toBeNull()
    }
  })
})
