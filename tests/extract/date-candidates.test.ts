/**
 * Candidates for a release date left empty (issue 12, point 5): the dates a reviewer would look at — a labelled row
 * the rules refuse as a release date (成文日期), a date among the head lines, a date in the closing lines — never a
 * period's start or end; stored with the document for the desk's keys 1–9.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../src/main/library/db'
import { getDocument } from '../../src/main/library/documents'
import { importBuffers } from '../../src/main/import/index'
import { extractReport } from '../../src/main/extract/index'
import { cleanText } from '../../src/main/text/index'
import { txtDoc } from './helpers'

const PERIOD = '本报告统计期限为2020年1月1日至2020年12月31日。截至2020年12月31日，全年主动公开政府信息120条。'
// a page whose only date row is the document's 成文日期, which the rules do not take as its release
const MADE_ONLY = `索引号：11330000-2021-00012\n成文日期：2021-02-03\n青禾县水利局2020年政府信息公开工作年度报告\n${PERIOD}`

const extracted = (t: string) => extractReport(txtDoc(t), cleanText(t))
const dateCandidates = (t: string) => (extracted(t).candidates ?? []).filter((c) => c.field === 'publish_date')

describe('candidates for a release date left empty', () => {
  it('offer a labelled row the rules refuse, with its span and rule; the field stays empty', () => {
    const r = extracted(MADE_ONLY)
    expect(r.fields.find((f) => f.field === 'publish_date')).toBeUndefined()
    const c = dateCandidates(MADE_ONLY)
    expect(c.map((x) => x.value)).toEqual(['2021-02-03'])
    expect(c[0].rule).toBe('publish_date.candidate-labelled')
    expect(MADE_ONLY.slice(...c[0].span!)).toBe('2021-02-03')
  })

  it('offer a date among the head lines and one in the closing lines', () => {
    const t = `青禾县水利局2020年政府信息公开工作年度报告\n（2021年3月2日）\n${PERIOD}\n${'一、概述\n本局认真贯彻落实条例。\n'.repeat(8)}青禾县水利局\n二〇二一年三月五日`
    const r = extracted(t)
    // (whatever the rules keep, a candidate never repeats it)
    const kept = r.fields.find((f) => f.field === 'publish_date')?.value
    const values = dateCandidates(t).map((x) => x.value)
    for (const v of ['2021-03-02', '2021-03-05']) if (v !== kept) expect(values).toContain(v)
  })

  it('never offer the start or end of the statistics period', () => {
    const t = `青禾县水利局2020年政府信息公开工作年度报告\n${PERIOD}`
    expect(dateCandidates(t)).toEqual([])
  })

  it('give nothing when the release date is kept with confidence', () => {
    const t = '青禾县水利局2020年政府信息公开工作年度报告\n发布日期：2021-01-20\n全年主动公开政府信息120条。'
    expect(extracted(t).fields.find((f) => f.field === 'publish_date')?.value).toBe('2021-01-20')
    expect(dateCandidates(t)).toEqual([])
  })
})

describe('release-date candidates in the library', () => {
  let dir = ''
  let db: Db
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annalist-date-candidates-'))
    db = openLibrary(join(dir, 'lib.annalist'), { create: true })
    await importBuffers(db, [{ name: 'made-only.txt', bytes: new TextEncoder().encode(MADE_ONLY) }], { workers: 1 })
  })
  afterAll(() => {
    db?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('are stored with the document and shown in its detail (show --json)', () => {
    const d = getDocument(db, 1)!
    expect(d.candidates!.find((c) => c.field === 'publish_date')).toMatchObject({ value: '2021-02-03', rule: 'publish_date.candidate-labelled' })
  })
})
