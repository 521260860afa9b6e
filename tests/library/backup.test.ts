/**
 * Issue 10, point 4: `annalist backup` makes a consistent copy while another connection has the library
 * open with its latest changes still in the WAL: every correction and tag is in the copy, and `check`
 * passes on it. Copying the file, as the README used to say, misses them (shown first).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, statSync, writeFileSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../src/main/library/db'
import { setFieldValues } from '../../src/main/library/field-store'
import { applyTag, createTag } from '../../src/main/services/tags'
import { makeLibrary, removeTempDirs } from '../export/make-library'

afterAll(removeTempDirs)
const ROOT = resolve(__dirname, '..', '..')

function annalist(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const CORRECTIONS: [number, string, string][] = [
  [1, 'region', '甲县'], [2, 'region', '乙市'], [3, 'agency', '某区教育局办公室'], [4, 'region', '丙省'], [1, 'agency', '某某县人民政府'],
]

function corrections(db: Db): string[] {
  return CORRECTIONS.map(([id, field]) => db.prepare('SELECT value FROM fields WHERE document_id = ? AND field_id = ?').pluck().get(id, field) as string)
}

function tagsOf(db: Db): string[] {
  return db.prepare("SELECT d.document_id || ':' || t.name FROM document_tags d JOIN tags t ON t.id = d.tag_id WHERE t.name LIKE '备份%' ORDER BY 1").pluck().all() as string[]
}

describe('annalist backup', () => {
  it('copies the changes still in the WAL of a library in use; check passes on the copy', () => {
    const lib = makeLibrary()
    lib.db.pragma('wal_checkpoint(TRUNCATE)') // the imported documents are in the file itself
    lib.db.pragma('wal_autocheckpoint = 0') // the later changes stay in the WAL, as while the app runs
    for (const [id, field, value] of CORRECTIONS) setFieldValues(lib.db, [id], field, value, { reason: '核对' })
    const tag = createTag(lib.db, '备份测试')
    applyTag(lib.db, [1, 3], tag.id, true)
    expect(statSync(`${lib.path}-wal`).size).toBeGreaterThan(0)
    const expected = CORRECTIONS.map(([, , v]) => JSON.stringify(v))

    // what copying the file gives: none of it
    const copied = join(lib.dir, 'copied.annalist')
    copyFileSync(lib.path, copied)
    const c = openLibrary(copied, { readonly: true })
    expect(corrections(c).filter((v, i) => v === expected[i])).toEqual([])
    expect(tagsOf(c)).toEqual([])
    c.close()

    const out = join(lib.dir, 'backup.annalist')
    const r = annalist('backup', '--library', lib.path, '--out', out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^backed up 4 documents to .*backup\.annalist \(\d+\.\d MB\)\n$/)
    const b = openLibrary(out, { readonly: true })
    expect(corrections(b)).toEqual(expected)
    expect(tagsOf(b)).toEqual(['1:备份测试', '3:备份测试'])
    expect(b.prepare("SELECT count(*) FROM revisions WHERE reason = '核对'").pluck().get()).toBe(5)
    b.close()
    const check = annalist('check', '--library', out)
    expect(check.code).toBe(0)
    expect(check.stdout).toMatch(/library is sound\n$/)
    expect(readdirSync(lib.dir).filter((n) => n.includes('.partial-'))).toEqual([])
    lib.db.close()
  })

  it('refuses an existing --out unless --force, and the library itself always', () => {
    const lib = makeLibrary()
    const out = join(lib.dir, 'old.annalist')
    writeFileSync(out, 'not mine to replace')
    let r = annalist('backup', '--library', lib.path, '--out', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`annalist backup: ${out} already exists; choose another name, or replace it with --force\n`)
    expect(readFileSync(out, 'utf8')).toBe('not mine to replace')
    r = annalist('backup', '--library', lib.path, '--out', out, '--force')
    expect(r.code).toBe(0)
    for (const target of [lib.path, `${lib.path}-wal`, `${lib.path}-shm`]) {
      r = annalist('backup', '--library', lib.path, '--out', target, '--force')
      expect(r.code, target).toBe(2)
      expect(r.stderr, target).toMatch(/is the library \(or one of its files\); it is never overwritten/)
    }
    expect(lib.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(4)
    lib.db.close()
  })
})
