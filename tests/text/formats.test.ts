/**
 * A report must clean to the same text whatever its format: the corpus's DOCX and PDF versions of
 * each seed, read by the real readers (src/main/ingest), against the seed's TXT. PDF text may break
 * lines and space numbers differently, so PDFs are compared with whitespace removed. Skipped when
 * /work/shared/corpus is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/main/ingest/index'
import { cleanText } from '../../src/main/text/index'

const CORPUS = '/work/shared/corpus'
const FORMATS = path.join(CORPUS, 'formats')
const present = fs.existsSync(FORMATS) && fs.existsSync(path.join(CORPUS, 'seeds'))
const files = present ? fs.readdirSync(FORMATS).filter((f) => /-(docx\.docx|pdf\.pdf)$/.test(f)).sort() : []
const squeeze = (s: string): string => s.replace(/\s/g, '')

describe.skipIf(!present)('same clean text across formats', () => {
  for (const file of files) {
    it(file, async () => {
      const doc = await parseDocument(new Uint8Array(fs.readFileSync(path.join(FORMATS, file))), file)
      const seedFile = file.replace(/-(docx\.docx|pdf\.pdf)$/, '.txt')
      const seed = cleanText(fs.readFileSync(path.join(CORPUS, 'seeds', seedFile), 'utf8')).text
      const clean = cleanText(doc.text).text
      if (file.endsWith('.docx')) expect(clean).toBe(seed)
      else expect(squeeze(clean)).toBe(squeeze(seed))
    })
  }
})
