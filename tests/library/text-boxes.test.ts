// Text boxes in the library (issue 11 point 5): stored with an imported PDF, served with the document,
// compact (issue 15's budget), and filled in by re-extraction for a PDF imported before they were recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makePdf } from '../../scripts/lib/pdf-writer'
import { generateReport } from '../../bench/lib/report-text'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths, reextractAll } from '../../src/main/import/index'
import { getDocument } from '../../src/main/library/documents'
import { tempDir } from '../import/fixtures'

let dir: string
let db: Db
let id: number
const report = generateReport(11, 5000)

beforeAll(async () => {
  dir = tempDir('annalist-boxes-')
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in', 'report.pdf'), makePdf([{ lines: report.text.split('\n') }]))
  db = openLibrary(join(dir, 'lib.annalist'), { create: true })
  const s = await importPaths(db, [join(dir, 'in')], { workers: 1 })
  id = s.imported[0].id
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const structureBytes = (): { all: number; boxes: number } => {
  const r = db.prepare("SELECT length(structure) AS all_, length(coalesce(json_extract(structure, '$.boxes'), '')) AS boxes FROM texts WHERE document_id = ?").get(id) as { all_: number; boxes: number }
  return { all: r.all_, boxes: r.boxes }
}

describe('text boxes in the library', () => {
  it('are stored with a PDF and served with the document, each over the text it covers', () => {
    const d = getDocument(db, id)!
    const boxes = d.boxes ?? []
    expect(boxes.length).toBeGreaterThan(20)
    // every box covers text of its page, and the boxes follow the text down the pages
    for (const b of boxes) {
      expect(d.raw_text.slice(b.start, b.end).trim()).not.toBe('')
      expect(b.page).toBeGreaterThanOrEqual(1)
      expect(b.page).toBeLessThanOrEqual(d.page_count ?? 0)
    }
    const agency = d.fields.find((f) => f.field === 'agency')
    expect(agency?.span).not.toBeNull()
    const [s] = agency!.span!
    expect(boxes.some((b) => b.start <= s && s < b.end)).toBe(true)
  })

  it('take a few kilobytes for a report of 5,000 characters', () => {
    const d = getDocument(db, id)!
    expect(d.raw_text.length).toBeGreaterThan(4000)
    const { boxes } = structureBytes()
    expect(boxes).toBeGreaterThan(0)
    // ~21 bytes a box (16 bytes in base64); a line of 40 characters per box
    expect(boxes / d.raw_text.length).toBeLessThan(1.2)
  })

  it('re-extraction fills them in for a PDF stored without them, the same as at import', async () => {
    const before = getDocument(db, id)!.boxes
    db.prepare("UPDATE texts SET structure = json_remove(structure, '$.boxes') WHERE document_id = ?").run(id)
    expect(getDocument(db, id)!.boxes).toBeNull()
    const r = await reextractAll(db, { workers: 1 })
    expect(r.failed).toEqual([])
    expect(getDocument(db, id)!.boxes).toEqual(before)
  })
})
