// The development corpus (outside the repo, skipped when absent): every PDF, DOCX and GBK text reads and
// carries the report's text, compared with the seed text it was made from.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/main/ingest'

const FORMATS = '/work/shared/corpus/formats'
const SEEDS = '/work/shared/corpus/seeds'
const present = fs.existsSync(FORMATS) && fs.existsSync(SEEDS)
const files = present ? fs.readdirSync(FORMATS).filter((f) => /\.(pdf|docx|txt)$/.test(f)) : []

const squeeze = (s: string): string => s.replace(/\s+/g, '')

describe.skipIf(!present)('development corpus formats', () => {
  it('has files to read', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  for (const f of files) {
    it(`reads ${f}`, async () => {
      const doc = await parseDocument(fs.readFileSync(path.join(FORMATS, f)), f)
      expect(doc.kind).toBe(path.extname(f).slice(1))
      // simplified or traditional script
      expect(doc.text).toMatch(/政府信息公[开開]/)
      expect(doc.warnings.filter((w) => w.severity === 'error')).toEqual([])
      if (doc.kind === 'txt') expect(doc.encoding).toBe('gb18030')
      if (doc.kind === 'pdf') expect(doc.pageStarts?.length).toBe(doc.pageCount)
      const seedFile = fs.readdirSync(SEEDS).find((s) => s.endsWith('.txt') && f.startsWith(s.slice(0, -4)))
      if (!seedFile) return
      const seed = squeeze(fs.readFileSync(path.join(SEEDS, seedFile), 'utf8'))
      const got = squeeze(doc.text.replace(/ \| /g, ''))
      let hit = 0
      let n = 0
      for (let i = 0; i + 20 <= seed.length; i += 20) {
        n++
        if (got.includes(seed.slice(i, i + 20))) hit++
      }
      expect(hit / n).toBeGreaterThan(0.95)
    })
  }
})
