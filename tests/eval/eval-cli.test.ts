/**
 * `annalist eval DIR --summary` (issue 12): the per-field table and the score lines, and no file's values, so that a
 * held-out half is run without being read; and the agency right only as the gold's body written another way is
 * counted on a line of its own with the strict figure beside.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')
const BLIND = join(ROOT, 'tests/fixtures/blind')
const dir = mkdtempSync(join(tmpdir(), 'annalist-eval-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })

describe('annalist eval', () => {
  it('--summary prints the table and the score lines only; the full run names the files and the same body', () => {
    copyFileSync(join(BLIND, 'b10-h45.txt'), join(dir, 'a.txt'))
    const gold = JSON.parse(readFileSync(join(BLIND, 'b10-h45.gold.json'), 'utf8')) as Record<string, unknown>
    // the gold writes one more field wrong on purpose, and the agency as a place standing for its government
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ ...gold, report_year: 1999, agency: `某县${String(gold.agency).replace('人民政府', '')}` }))
    const full = cli('eval', dir)
    expect(full.status).toBe(0)
    expect(full.stdout).toMatch(/^a\.txt:$/m)
    expect(full.stdout).toMatch(/wrong +report_year: gold 1999/)
    expect(full.stdout).toContain(`agency right as the gold's body written another way (1): a.txt "${String(gold.agency)}" for "某县${String(gold.agency).replace('人民政府', '')}"`)
    expect(full.stdout).toMatch(/^strict, every agency as the gold writes it: (\d+)\/(\d+) = /m)
    const summary = cli('eval', dir, '--summary')
    expect(summary.status).toBe(0)
    expect(summary.stdout).not.toMatch(/a\.txt/)
    expect(summary.stdout).not.toMatch(/1999/)
    expect(summary.stdout).toMatch(/^report_year +0 +1 +0 +0$/m)
    expect(summary.stdout).toMatch(/^agency right as the gold's body written another way: 1$/m)
    const strict = Number(/^strict, every agency as the gold writes it: (\d+)\//m.exec(summary.stdout)?.[1])
    const right = Number(/^score: (\d+)\//m.exec(summary.stdout)?.[1])
    expect(strict).toBe(right - 1)
    expect(summary.stdout.trim().split('\n').at(-1)).toMatch(/^score: \d+\/\d+ = [\d.]+% right, \d+ invented$/)
  })
})
