/** `annalist export` and `annalist verify-bag` run as a person runs them: a child process on a library file. */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeLibrary, removeTempDirs } from './make-library'

afterAll(removeTempDirs)

const ROOT = resolve(__dirname, '..', '..')

function annalist(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('annalist export / verify-bag', () => {
  it('exports, verifies a bag, and reports a damaged one', () => {
    const lib = makeLibrary()
    lib.db.close()
    const csv = join(lib.dir, 'out.csv')
    let r = annalist('export', '--library', lib.path, '--format', 'csv', '--out', csv, '--scope', 'verified', '--fields', 'title,t3.new.total', '--labels', '--provenance')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^exported 2 documents as csv to .*out\.csv \(.+\)\n$/)
    const lines = readFileSync(csv, 'utf8').split('\r\n')
    expect(lines[0]).toBe('\uFEFFid,source_file,sha256,status,tags,approximate_fields,title,title__origin,t3.new.total,t3.new.total__origin,review_note,verified_by,verified_at,dismissed_warnings,source_format,source_url,captured_at,source_archive,source_archive_sha256,archive_record')
    expect(lines[1]).toBe('文档编号,来源文件,SHA-256,审核状态,标签,近似值字段,标题,标题·来源,一、本年新收政府信息公开申请数量·总计,一、本年新收政府信息公开申请数量·总计·来源,审核备注,核对人,核对时间,已忽略的提示,原始格式,抓取网址,抓取时间,网页归档,网页归档 SHA-256,归档记录')

    const bag = join(lib.dir, 'bag')
    r = annalist('export', '--library', lib.path, '--format', 'bagit', '--out', bag, '--groups', 'document,t3')
    expect(r.code).toBe(0)
    r = annalist('verify-bag', bag)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`valid bag: ${bag}\n`)
    writeFileSync(join(bag, 'data', 'documents.csv'), 'changed')
    r = annalist('verify-bag', bag)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('data/documents.csv: checksum does not match')
  })

  it('exits 2 with one line for usage errors and a missing library', () => {
    const lib = makeLibrary()
    lib.db.close()
    let r = annalist('export', '--library', join(lib.dir, 'nope.annalist'), '--format', 'csv', '--out', join(lib.dir, 'x.csv'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^annalist export: no library at .*nope\.annalist\n$/)
    r = annalist('export', '--library', lib.path, '--format', 'pdf', '--out', join(lib.dir, 'x.pdf'))
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe("annalist export: --format must be one of csv, xlsx, jsonl, bagit, not 'pdf'")
    r = annalist('export', '--library', lib.path, '--format', 'csv', '--out', join(lib.dir, 'x.csv'), '--fields', 'title,bogus')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('annalist export: unknown field id: bogus\n')
    r = annalist('verify-bag')
    expect(r.code).toBe(2)
  })
})
