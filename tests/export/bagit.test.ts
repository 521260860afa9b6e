/** The BagIt export: a valid bag that verifyBag accepts, and damaged bags it rejects with the reason. */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { runExport, verifyBag } from '../../src/main/export'
import { setFieldValues } from '../../src/main/library/field-store'
import { decodeManifestPath, encodeManifestPath } from '../../src/main/export/bagit-format'
import type { Db } from '../../src/main/library/db'
import { makeLibrary, removeTempDirs } from './make-library'

afterAll(removeTempDirs)

let db: Db | null = null
afterEach(() => { db?.close(); db = null })

async function makeBag(): Promise<{ bag: string; ids: number[]; db: Db }> {
  const lib = makeLibrary()
  db = lib.db
  setFieldValues(db, [lib.ids[1]], 'report_year', 2021, { reason: '正文写明2021年度' })
  const bag = join(lib.dir, 'bag')
  const summary = await runExport(db, { format: 'bagit', scope: 'all', out: bag }, { bagInfo: { sourceOrganization: '某档案馆' } })
  expect(summary).toMatchObject({ path: bag, documents: 4, format: 'bagit' })
  expect(summary.bytes).toBeGreaterThan(0)
  return { bag, ids: lib.ids, db }
}

describe('BagIt', () => {
  it('writes a complete bag that verifies', async () => {
    const { bag, db } = await makeBag()
    expect(await verifyBag(bag)).toEqual({ ok: true, problems: [] })
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')
    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8')
    expect(info).toContain('Source-Organization: 某档案馆\n')
    expect(info).toMatch(/^Bagging-Date: \d{4}-\d{2}-\d{2}$/m)
    expect(info).toMatch(/^Payload-Oxum: \d+\.\d+$/m)
    expect(info).toContain('Document-Count: 4\n')
    expect(info).toMatch(/^External-Description: .+$/m)

    // originals kept byte for byte, names kept, the collision resolved with a suffix
    const originals = readdirSync(join(bag, 'data', 'originals')).sort()
    expect(originals).toEqual(['100%完成 报告.html', '年度报告 (2).pdf', '年度报告.pdf', '某某县人民政府2022年政府信息公开工作年度报告.txt'].sort())
    const stored = db.prepare('SELECT bytes FROM originals WHERE document_id = (SELECT min(id) FROM documents)').pluck().get() as Buffer
    expect(readFileSync(join(bag, 'data', 'originals', '某某县人民政府2022年政府信息公开工作年度报告.txt')).equals(stored)).toBe(true)
    expect(readFileSync(join(bag, 'data', 'texts', '年度报告.pdf.txt'), 'utf8')).toBe('某市交通运输局\n2020年度政府信息公开工作报告')

    // '%' in a payload path is percent-encoded in the manifest
    const manifest = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')
    expect(manifest).toContain('data/originals/100%25完成 报告.html')
    for (const f of ['data/documents.csv', 'data/documents.jsonl', 'data/dictionary.csv', 'data/revisions.jsonl', 'data/files.csv']) {
      expect(manifest).toContain(`  ${f}\n`)
    }
    expect(readFileSync(join(bag, 'tagmanifest-sha256.txt'), 'utf8')).toMatch(/ {2}bag-info\.txt\n.* {2}bagit\.txt\n.* {2}manifest-sha256\.txt\n$/)

    const revisions = readFileSync(join(bag, 'data', 'revisions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(revisions).toHaveLength(1)
    expect(revisions[0]).toMatchObject({ target: 'report_year', old_value: 2020, new_value: 2021, new_origin: 'corrected', reason: '正文写明2021年度', undone: false })

    const files = Papa.parse<string[]>(readFileSync(join(bag, 'data', 'files.csv'), 'utf8').slice(1), { skipEmptyLines: true }).data
    expect(files[0]).toEqual(['id', 'sha256', 'source_file', 'original', 'text', 'text_source'])
    expect(files.find((r) => r[3] === 'originals/年度报告 (2).pdf')?.[2]).toBe('年度报告.pdf')

    const dictionary = readFileSync(join(bag, 'data', 'dictionary.csv'), 'utf8')
    expect(dictionary).toContain('t3.new.total,一、本年新收政府信息公开申请数量·总计,New requests this year · Total,integer,t3')
    expect(readdirSync(join(bag, '..')).filter((n) => n.includes('.partial-'))).toEqual([])
  })

  it('finds a changed byte in the payload', async () => {
    const { bag } = await makeBag()
    const target = join(bag, 'data', 'texts', '年度报告.pdf.txt')
    const bytes = readFileSync(target)
    bytes[0] ^= 1
    writeFileSync(target, bytes)
    const result = await verifyBag(bag)
    expect(result.ok).toBe(false)
    expect(result.problems.join('\n')).toContain('data/texts/年度报告.pdf.txt: checksum does not match manifest-sha256.txt')
  })

  it('finds a missing file, an extra file and a wrong Payload-Oxum', async () => {
    const { bag } = await makeBag()
    rmSync(join(bag, 'data', 'originals', '年度报告 (2).pdf'))
    writeFileSync(join(bag, 'data', 'stray.txt'), 'not in the manifest')
    const result = await verifyBag(bag)
    expect(result.ok).toBe(false)
    const text = result.problems.join('\n')
    expect(text).toContain('data/originals/年度报告 (2).pdf: listed in manifest-sha256.txt but missing')
    expect(text).toContain('data/stray.txt: in data/ but not listed in manifest-sha256.txt')
    expect(text).toMatch(/Payload-Oxum says \d+ bytes/)
  })

  it('finds a changed tag file and a missing bagit.txt', async () => {
    const { bag } = await makeBag()
    appendFileSync(join(bag, 'bag-info.txt'), 'Contact-Name: someone\n')
    let result = await verifyBag(bag)
    expect(result.problems).toEqual(['bag-info.txt: checksum does not match tagmanifest-sha256.txt (the file was changed or damaged)'])
    rmSync(join(bag, 'bagit.txt'))
    result = await verifyBag(bag)
    expect(result.problems).toContain('bagit.txt is missing')
    expect(result.problems).toContain('bagit.txt: listed in tagmanifest-sha256.txt but missing')
  })

  it('refuses to overwrite an existing folder and leaves no partial bag', async () => {
    const { bag } = await makeBag()
    await expect(runExport(db!, { format: 'bagit', scope: 'all', out: bag })).rejects.toThrow(/already exists/)
    expect(readdirSync(join(bag, '..')).filter((n) => n.includes('.partial-'))).toEqual([])
    expect(existsSync(join(bag, 'bagit.txt'))).toBe(true)
  })

  it('percent-encodes only CR, LF and % in manifest paths', () => {
    const p = 'data/a%b\nc\rd e.txt'
    expect(encodeManifestPath(p)).toBe('data/a%25b%0Ac%0Dd e.txt')
    expect(decodeManifestPath(encodeManifestPath(p))).toBe(p)
    expect(decodeManifestPath('data/100%2541')).toBe('data/100%41')
  })
})

describe('bag file names', () => {
  it('keeps names, replaces what file systems refuse, and numbers collisions', async () => {
    const { UniqueNames, safeFileName } = await import('../../src/main/export/bag-names')
    expect(safeFileName('dir/sub\\报告:2021?.pdf', 'x')).toBe('报告_2021_.pdf')
    expect(safeFileName('报告：全文.pdf', 'x')).toBe('报告：全文.pdf') // full-width colon is an ordinary character
    expect(safeFileName('CON.txt', 'x')).toBe('_CON.txt')
    expect(safeFileName('...', 'document-3.txt')).toBe('document-3.txt')
    expect(Buffer.byteLength(safeFileName('长'.repeat(200) + '.docx', 'x'))).toBeLessThanOrEqual(200)
    const names = new UniqueNames()
    expect([names.claim('a.pdf', 'x'), names.claim('A.PDF', 'x'), names.claim('a.pdf', 'x')]).toEqual(['a.pdf', 'A (2).PDF', 'a (3).pdf'])
  })
})
