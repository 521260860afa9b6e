/**
 * Candidates (issue 12, point 5): for a field left empty or kept below the threshold, the values the rules
 * weighed, with raw span, score and rule — in the extraction result, stored with the document, and in
 * the document detail that `show --json` prints; replaced by a re-extraction.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../src/main/library/db'
import { getDocument } from '../../src/main/library/documents'
import { importBuffers } from '../../src/main/import/index'
import { storeExtraction } from '../../src/main/library/field-store'
import { extractReport } from '../../src/main/extract/index'
import { cleanText } from '../../src/main/text/index'
import { txtDoc } from './helpers'

// the page's 来源 names an office without its place; the text gives two different request counts
const TEXT = '2019年政府信息公开工作年度报告\n来源：县政府办 发布时间：2020-01-20\n全年共收到政府信息公开申请5件。\n全年共受理政府信息公开申请7件。'

describe('candidates of fields left empty', () => {
  it('are returned by the extractor with value, raw span, score and rule', () => {
    const r = extractReport(txtDoc(TEXT), cleanText(TEXT))
    expect(r.fields.find((f) => f.field === 'agency')).toBeUndefined()
    const agency = r.candidates!.filter((c) => c.field === 'agency')
    expect(agency.map((c) => c.value)).toEqual(['县政府办'])
    expect(agency[0].rule).toBe('agency.source-label')
    expect(TEXT.slice(...agency[0].span!)).toBe('县政府办')
    const apps = r.candidates!.filter((c) => c.field === 'applications_received')
    expect(apps.map((c) => c.value).sort()).toEqual([5, 7])
    for (const c of apps) expect(TEXT.slice(...c.span!)).toBe(`${c.value}件`)
    expect(apps.every((c) => c.score > 0 && c.score <= 1)).toBe(true)
  })

  it('give nothing for a field kept with confidence', () => {
    const t = '青石县教育局2019年政府信息公开工作年度报告\n全年共收到政府信息公开申请5件。'
    const r = extractReport(txtDoc(t), cleanText(t))
    expect(r.candidates!.filter((c) => c.field === 'agency' || c.field === 'applications_received')).toEqual([])
  })
})

describe('candidates in the library', () => {
  let dir = ''
  let db: Db
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annalist-candidates-'))
    db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    await importBuffers(db, [{ name: 'a.txt', bytes: new TextEncoder().encode(TEXT) }], { workers: 1 })
  })
  afterAll(() => {
    db?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('are stored with the document and shown in its detail (show --json)', () => {
    const d = getDocument(db, 1)!
    expect(d.candidates!.filter((c) => c.field === 'applications_received').map((c) => c.value).sort()).toEqual([5, 7])
    expect(d.candidates!.find((c) => c.field === 'agency')).toMatchObject({ value: '县政府办', rule: 'agency.source-label' })
  })

  it('are replaced by a re-extraction', () => {
    const t = '青石县教育局2019年政府信息公开工作年度报告\n全年共收到政府信息公开申请5件。'
    storeExtraction(db, 1, extractReport(txtDoc(t), cleanText(t)), cleanText(t))
    expect(getDocument(db, 1)!.candidates!.filter((c) => c.field === 'agency' || c.field === 'applications_received')).toEqual([])
  })
})
