/**
 * Report groups end to end on a real library file (issue 13): copies found and stored at import, kept right
 * through corrections, undo, re-extraction and re-import; a person's split and join surviving all of them;
 * a choice between copies saved as a revision naming its source copy, undone like any correction; and the
 * export by report, one row per group with each value's source copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, type Db } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { reextractAll } from '../../src/main/import/reextract'
import { runExport } from '../../src/main/export'
import { openServices, type OpenServices } from '../../src/main/services/open-library'
import { tempDir } from '../import/fixtures'
import type { CopyComparison, CopyGroup, DocumentDetail, Revision } from '../../src/shared/contract'

let dir: string
let path: string
let inDir: string
let app: OpenServices
const call = (m: string, a?: unknown): Promise<unknown> => app.services.call(m, a)
const ids: Record<string, number> = {}

const WORK = ['深化政务公开', '推进决策公开', '加强政策解读', '回应社会关切', '规范依申请公开', '完善公开平台', '强化监督保障', '优化营商环境',
  '推进基层公开标准化', '加强人员培训', '做好财政预决算公开', '落实重大建设项目公开', '办理人大建议政协提案', '推行行政执法公示', '公开民生实事进展', '维护政府网站运行']
/** A report of its own wording (which works, in which order, depend on n), as two years of one agency differ. */
const report = (agency: string, year: number, n: number): string => {
  const lines = [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况']
  for (let i = 0; i < 8; i++) {
    const w = WORK[(n * 7 + i * (n % 5 + 3)) % WORK.length]
    lines.push(`${year}年，${agency}围绕${w}，${WORK[(n + i * 3) % WORK.length]}工作中公开信息${n * (i + 3)}条，办理第${i + 1}批事项${n + i * 7}件。`)
  }
  lines.push(`${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息${n}条，其中通过门户网站公开${n - 3}条。`)
  lines.push(`全年共收到政府信息公开申请${n % 7}件，均已按时答复。`, '二、存在的问题', `信息公开的及时性还需进一步提高，${agency}将继续加强培训。`)
  return lines.join('\n') + '\n'
}

function storedGroups(db: Db): { document_id: number; group_id: number }[] {
  return db.prepare('SELECT document_id, group_id FROM copy_groups ORDER BY document_id').all() as { document_id: number; group_id: number }[]
}

beforeAll(async () => {
  dir = tempDir('annalist-report-groups-')
  inDir = join(dir, 'in')
  mkdirSync(inDir)
  const files: Record<string, string> = {
    'a.txt': report('永宁市财政局', 2019, 120),
    // the same report from another site: other line breaks and spacing
    'a-copy.txt': report('永宁市财政局', 2019, 120).replace(/，/g, ' ，').replace(/。/g, '。\n'),
    'b.txt': report('永宁市民政局', 2019, 77),
    'c.txt': report('永宁市财政局', 2020, 131),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text)
  path = join(dir, 'lib.annalist')
  const db = openLibrary(path, { create: true })
  const s = await importPaths(db, [inDir], { workers: 1 })
  for (const i of s.imported) ids[i.file.split('/').pop()!] = i.id
  // found and stored by the import itself: read straight from the table, nothing asked to regroup
  expect(storedGroups(db).map((r) => r.document_id)).toEqual([ids['a.txt'], ids['a-copy.txt']].sort((x, y) => x - y))
  expect(db.prepare('SELECT count(*) FROM copy_dirty').pluck().get()).toBe(0)
  db.close()
  app = openServices({ path, mode: 'browser', reviewer: '审核甲' })
}, 60_000)

afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

const groups = async (): Promise<number[][]> => ((await call('dataset.groups')) as CopyGroup[]).map((g) => g.documents)
const fieldOf = (d: DocumentDetail, f: string) => d.fields.find((x) => x.field === f)
const get = async (id: number): Promise<DocumentDetail> => (await call('documents.get', { id })) as DocumentDetail

describe('groups kept up to date', () => {
  it('a correction of the year takes a copy out of its group; its undo puts it back', async () => {
    const pair = [ids['a.txt'], ids['a-copy.txt']].sort((x, y) => x - y)
    expect(await groups()).toEqual([pair])
    await call('fields.set', { ids: [ids['a-copy.txt']], field: 'report_year', value: 2020 })
    expect(await groups()).toEqual([])
    await call('history.undo', { document: ids['a-copy.txt'] })
    expect(await groups()).toEqual([pair])
  })

  it('a person joins two documents the text cannot tie, and splits them again; both survive re-extraction and re-import', async () => {
    const joined = (await call('copies.join', { ids: [ids['a.txt'], ids['c.txt']] })) as CopyGroup
    expect(joined.pinned).toBe(true)
    expect(joined.documents).toEqual([ids['a.txt'], ids['a-copy.txt'], ids['c.txt']].sort((x, y) => x - y))
    const split = (await call('copies.split', { ids: [ids['c.txt']] })) as CopyGroup[]
    expect(split.some((g) => g.documents.includes(ids['c.txt']))).toBe(false)
    // and the text's own verdict is overruled too: the two true copies are split apart
    await call('copies.split', { ids: [ids['a-copy.txt']] })
    expect(await groups()).toEqual([])

    await reextractAll(app.services.ctx.db, { workers: 1 })
    const again = await importPaths(app.services.ctx.db, [inDir], { workers: 1 })
    expect(again.duplicates).toHaveLength(4)
    expect(await groups()).toEqual([])
    // the decision is withdrawn by joining the two copies again
    await call('copies.join', { ids: [ids['a.txt'], ids['a-copy.txt']] })
    expect(await groups()).toEqual([[ids['a.txt'], ids['a-copy.txt']].sort((x, y) => x - y)])
  }, 60_000)
})

describe('choosing between copies', () => {
  it('takes a copy’s value as a revision with the copy as its source, undone and redone like any correction', async () => {
    const a = ids['a.txt']
    const copy = ids['a-copy.txt']
    const before = await get(a)
    // a numeric value both copies hold (whatever the extractor named it), made to disagree by a person's slip on the copy
    const field = before.fields.find((f) => typeof f.value === 'number' && f.field !== 'report_year')!.field
    const own = fieldOf(before, field)!.value as number
    await call('fields.set', { ids: [copy], field, value: own + 1000 })

    const cmp = (await call('copies.get', { id: a })) as CopyComparison
    expect(cmp.copies.map((c) => c.id)).toEqual([a, copy].sort((x, y) => x - y))
    expect(cmp.differing).toContain(field)
    expect(cmp.differing).not.toContain('agency')

    const r = (await call('copies.choose', { id: a, source: copy, fields: [field] })) as { changed: number; batch: string }
    expect(r.changed).toBe(1)
    const after = fieldOf(await get(a), field)!
    expect(after.value).toBe(own + 1000)
    expect(after.source).toBe(copy)
    expect(after.span).toBeNull()
    const rev = ((await call('history.list', { id: a })) as Revision[]).find((h) => h.batch === r.batch && h.target === field)!
    expect(rev.reason).toContain(`#${copy}`)
    expect(rev.reviewer).toBe('审核甲')

    await call('history.undo', { document: a })
    const undone = fieldOf(await get(a), field)!
    expect(undone.value).toBe(own)
    expect(undone.source).toBeUndefined()
    expect(undone.span).toEqual(fieldOf(before, field)!.span)
    await call('history.redo', { document: a })
    expect(fieldOf(await get(a), field)!.source).toBe(copy)

    // choosing its own value confirms it, naming itself
    await call('copies.choose', { id: a, source: a, fields: ['agency'] })
    expect(fieldOf(await get(a), 'agency')).toMatchObject({ origin: 'confirmed', source: a })
    // a document outside the group is no source
    await expect(call('copies.choose', { id: a, source: ids['b.txt'], fields: [field] })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('exports one row per report with the chosen values and each value’s source copy', async () => {
    const a = ids['a.txt']
    const copy = ids['a-copy.txt']
    const field = (await get(a)).fields.find((f) => f.source === copy)!.field
    const chosen = fieldOf(await get(a), field)!.value
    const db = app.services.ctx.db
    const csvOut = join(dir, 'by-report.csv')
    const s = await runExport(db, { format: 'csv', scope: 'all', out: csvOut, byGroup: true, fields: ['agency', 'report_year', field] })
    expect(s.documents).toBe(3)
    const lines = readFileSync(csvOut, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','))
    const head = lines[0]
    expect(head.slice(0, 3)).toEqual(['id', 'copies', 'unreconciled_fields'])
    const row = lines.find((l) => l[0] === String(Math.min(a, copy)))!
    expect(row[head.indexOf('copies')]).toBe([a, copy].sort((x, y) => x - y).join(';'))
    expect(row[head.indexOf(field)]).toBe(String(chosen))
    expect(row[head.indexOf(`${field}__source`)]).toBe(String(copy))
    expect(row[head.indexOf('unreconciled_fields')]).toBe('')

    const jsonOut = join(dir, 'by-report.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'all', out: jsonOut, byGroup: true, fields: ['agency', field] })
    const objs = readFileSync(jsonOut, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { provenance: Record<string, { source: number }> })
    expect(objs).toHaveLength(3)
    const g = objs.find((o) => o.id === Math.min(a, copy))!
    expect(g.copies).toEqual([a, copy].sort((x, y) => x - y))
    expect(g[field]).toBe(chosen)
    expect(g.provenance[field].source).toBe(copy)

    // per document, the chosen value's provenance names its copy too
    const perDoc = join(dir, 'per-doc.jsonl')
    await runExport(db, { format: 'jsonl', scope: 'ids', ids: [a], out: perDoc, fields: ['agency', field] })
    const docLine = JSON.parse(readFileSync(perDoc, 'utf8').trim()) as { provenance: Record<string, { source?: number }> }
    expect(docLine.provenance[field].source).toBe(copy)
    expect(docLine.provenance.agency.source).toBe(a)

    // the per-document export keeps its shape: four rows, no group columns
    const plain = join(dir, 'plain.csv')
    expect((await runExport(db, { format: 'csv', scope: 'all', out: plain, fields: ['agency'] })).documents).toBe(4)
    expect(readFileSync(plain, 'utf8')).not.toContain('copies')
    // the XLSX and the bag take the option too
    expect((await runExport(db, { format: 'xlsx', scope: 'all', out: join(dir, 'by-report.xlsx'), byGroup: true })).documents).toBe(3)
    await runExport(db, { format: 'bagit', scope: 'all', out: join(dir, 'bag'), byGroup: true, fields: ['agency', field] })
    expect(readFileSync(join(dir, 'bag', 'data', 'report-groups.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3)
    expect(readFileSync(join(dir, 'bag', 'data', 'documents.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4)
  })
})

describe('the command line', () => {
  const ROOT = join(__dirname, '..', '..')
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })

  it('splits and joins with groups --split/--join, and exports by report with export --by-group', () => {
    const split = cli('groups', '--library', path, '--split', String(ids['a-copy.txt']), '--json')
    expect(split.status).toBe(0)
    expect(JSON.parse(split.stdout)).toEqual([])
    const joined = cli('groups', '--library', path, '--join', `${ids['a.txt']},${ids['a-copy.txt']}`, '--json')
    expect(JSON.parse(joined.stdout)).toEqual([{ id: Math.min(ids['a.txt'], ids['a-copy.txt']), documents: [ids['a.txt'], ids['a-copy.txt']].sort((x, y) => x - y), similarity: expect.any(Number), pinned: true }])
    expect(cli('groups', '--library', path, '--join', '5').status).toBe(2)

    const out = join(dir, 'cli-by-report.csv')
    const r = cli('export', '--library', path, '--format', 'csv', '--out', out, '--by-group', '--fields', 'agency')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/exported 3 reports/)
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('\uFEFFid,copies,unreconciled_fields,source_file,sha256,status,tags,approximate_fields,agency,agency__source,review_note,verified_by,verified_at,dismissed_warnings,source_format,source_url,captured_at,source_archive,source_archive_sha256,archive_record')
  }, 120_000)
})
