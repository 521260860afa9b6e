/**
 * Import stays inside what was chosen (issue 10, point 5): links out of a chosen folder, hidden files,
 * FIFOs and sockets inside it are skipped with a reason (a FIFO is never opened), a name that is not
 * valid UTF-8 is still imported, the CLI escapes control characters in names, and a full disk stops the
 * import with one message instead of failing every remaining file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join, resolve } from 'node:path'
import { openLibrary } from '../../src/main/library/db'
import { importPaths } from '../../src/main/import/index'
import { SKIP_REASONS } from '../../src/main/import/discover'
import { generateReport } from '../../bench/lib/report-text'
import { tempDir, writeReports } from './fixtures'

const ROOT = resolve(__dirname, '../..')
const CLI = join(ROOT, 'src/main/cli/index.ts')
const posix = process.platform !== 'win32'

let dir: string
let chosen: string
let socket: Server | null = null
beforeAll(async () => {
  dir = tempDir('annalist-edges-')
  chosen = join(dir, 'chosen')
  writeReports(chosen, 1, 1)
  // outside the chosen folder: a report file and a folder of reports
  const outside = join(dir, 'outside')
  writeReports(join(outside, 'folder'), 2, 50)
  writeFileSync(join(outside, 'secret.txt'), generateReport(99).text)
  if (!posix) return
  symlinkSync(join(outside, 'secret.txt'), join(chosen, 'link-to-file.txt'))
  symlinkSync(join(outside, 'folder'), join(chosen, 'link-to-folder'))
  symlinkSync('/etc/passwd', join(chosen, 'passwd'))
  writeFileSync(join(chosen, '.hidden.txt'), generateReport(7).text)
  execFileSync('mkfifo', [join(chosen, 'pipe.txt')])
  socket = createServer()
  await new Promise<void>((res) => socket?.listen(join(chosen, 'sock.txt'), res))
  // 报告 in GBK: not valid UTF-8 as a file name
  writeFileSync(Buffer.concat([Buffer.from(chosen + '/'), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.txt')]), generateReport(8).text)
})
afterAll(() => {
  socket?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe.runIf(posix)('importing a folder', () => {
  it('skips links out of it, hidden files, pipes and sockets, with reasons, and reads a non-UTF-8 name by its bytes', async () => {
    const db = openLibrary(join(dir, 'a.annalist'), { create: true })
    try {
      const s = await importPaths(db, [chosen], { workers: 1 })
      expect(s.failed).toEqual([])
      const reasons = Object.fromEntries((s.skipped ?? []).map((k) => [k.file.slice(chosen.length + 1), k.reason]))
      expect(reasons).toEqual({
        'link-to-file.txt': SKIP_REASONS.outside,
        'link-to-folder': SKIP_REASONS.outside,
        passwd: SKIP_REASONS.outside,
        '.hidden.txt': SKIP_REASONS.hidden,
        'pipe.txt': SKIP_REASONS.special,
        'sock.txt': SKIP_REASONS.special,
      })
      expect(s.imported).toHaveLength(2)
      const odd = s.imported.find((i) => i.file.includes('\ufffd'))
      expect(odd?.file).toBe(join(chosen, '\ufffd\ufffd\ufffd\ufffd.txt'))
      const texts = db.prepare('SELECT raw_text FROM texts').pluck().all() as string[]
      expect(texts.some((t) => t.includes('root:'))).toBe(false)
      expect(texts).toContain(generateReport(8).text)
    } finally {
      db.close()
    }
  })

  it('follows a link that stays inside the chosen folder', async () => {
    const inner = join(dir, 'inner')
    const [report] = writeReports(join(inner, 'sub'), 1, 200)
    symlinkSync(join(inner, 'sub'), join(inner, 'alias'))
    symlinkSync(report, join(inner, 'alias-file.txt'))
    const db = openLibrary(join(dir, 'b.annalist'), { create: true })
    try {
      const s = await importPaths(db, [inner], { workers: 1 })
      expect(s.skipped ?? []).toEqual([])
      expect(s.imported).toHaveLength(1)
    } finally {
      db.close()
    }
  })

  it('the CLI escapes control characters and bidi overrides in the names it prints', () => {
    const d = join(dir, 'names')
    mkdirSync(d)
    const evil = 'a\x1b[2Jb\u202etxt.exe\x7f\x9b.txt'
    writeFileSync(join(d, evil), generateReport(300).text)
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'import', d, '--library', join(dir, 'c.annalist')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('a\\x1b[2Jb\\u202etxt.exe\\x7f\\x9b.txt')
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/)
    const j = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'import', d, '--library', join(dir, 'c.annalist'), '--json'], { cwd: ROOT, encoding: 'utf8' })
    expect(j.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/)
    expect((JSON.parse(j.stdout) as { duplicates: { file: string }[] }).duplicates[0].file).toBe(join(d, evil))
  })
})

describe('a full disk', () => {
  it('stops the import at the first SQLITE_FULL with one message; what was imported is kept', async () => {
    const src = join(dir, 'many')
    writeReports(src, 150, 1000)
    const path = join(dir, 'full.annalist')
    const db = openLibrary(path, { create: true })
    try {
      // SQLite's own limit on the file's size: a genuine SQLITE_FULL, the same error a full disk gives
      const pages = db.pragma('page_count', { simple: true }) as number
      // each of these reports takes about 3 pages: room for the writer's first batch (up to 48 documents in one
      // commit, batched-writer.ts) with its indexes, not for all 150; with less, a quiet machine's first full batch
      // fails whole
      db.pragma(`max_page_count = ${pages + 250}`)
      const s = await importPaths(db, [src], { workers: 1 })
      expect(s.stopped).toMatch(/disk holding the library is full/)
      expect(s.failed).toEqual([])
      expect(s.imported.length).toBeGreaterThan(0)
      expect(s.imported.length).toBeLessThan(150)
      expect(s.cancelled).toBe(false)
      expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(s.imported.length)
    } finally {
      db.close()
    }
  })

  // a real full file system when this machine lets us mount one (root on Linux); the CLI then exits 1
  const mntParent = tempDir('annalist-tmpfs-')
  const mnt = join(mntParent, 'mnt')
  mkdirSync(mnt)
  const mounted = posix && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]).status === 0
  afterAll(() => {
    if (mounted) spawnSync('umount', [mnt])
    rmSync(mntParent, { recursive: true, force: true })
  })
  it.runIf(mounted)('on a real full file system (tmpfs) the CLI says so once and exits 1', () => {
    const src = join(dir, 'many-cli')
    writeReports(src, 120, 2000)
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'import', src, '--library', join(mnt, 'lib.annalist')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^annalist import: the disk holding the library is full/)])
    expect(r.stdout).not.toMatch(/failed .*full/)
    expect(existsSync(join(mnt, 'lib.annalist'))).toBe(true)
  })
})
