/**
 * The sample generator is deterministic, and the committed demo library and fixtures are what it makes
 * today (run `npm run samples` after changing scripts/samples).
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES_DIR, SAMPLES_DIR, writeAll } from '../../scripts/samples/generate'

const ROOT = resolve(__dirname, '../..')
const temps: string[] = []

async function hashes(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const dir of [SAMPLES_DIR, FIXTURES_DIR]) {
    for (const name of (await readdir(join(root, dir))).sort()) {
      const bytes = await readFile(join(root, dir, name))
      out.set(`${dir}/${name}`, createHash('sha256').update(bytes).digest('hex'))
    }
  }
  return out
}

async function generateInto(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'annalist-samples-'))
  temps.push(dir)
  await writeAll(dir)
  return dir
}

afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true })
})

describe('sample generator', () => {
  let first: Map<string, string>

  it('gives identical bytes on two runs', async () => {
    first = await hashes(await generateInto())
    const second = await hashes(await generateInto())
    expect(first.size).toBeGreaterThan(48)
    expect([...second.entries()]).toEqual([...first.entries()])
  })

  it('matches the committed files (run `npm run samples` if this fails)', async () => {
    first ??= await hashes(await generateInto())
    const committed = await hashes(ROOT)
    const stale = [...first.keys()].filter((k) => committed.get(k) !== first.get(k))
    const extra = [...committed.keys()].filter((k) => !first.has(k))
    expect({ stale, extra }).toEqual({ stale: [], extra: [] })
  })

  it('removes files it no longer makes when it rewrites a folder', async () => {
    const dir = await generateInto()
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(dir, FIXTURES_DIR, 'left-over.txt'), 'old')
    await writeAll(dir)
    expect(await readdir(join(dir, FIXTURES_DIR))).not.toContain('left-over.txt')
  })
})
