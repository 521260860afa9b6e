import { describe, expect, it } from 'vitest'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readAhead, worthReadingAhead } from '../../src/main/library/read-ahead'
import { tempDir } from '../import/fixtures'

describe('reading a library file ahead of the check', () => {
  it('is done for a file the memory can keep, not for a small one nor one larger than most of the memory', () => {
    expect(worthReadingAhead(18_400_000_000, 24 * 2 ** 30)).toBe(true)
    expect(worthReadingAhead(30_000_000_000, 24 * 2 ** 30)).toBe(false)
    expect(worthReadingAhead(1_000_000, 24 * 2 ** 30)).toBe(false)
  })

  it('reads the whole file once, in order, and never fails: a missing file reads nothing', async () => {
    const dir = tempDir('annalist-read-ahead-')
    try {
      const file = join(dir, 'lib.annalist')
      writeFileSync(file, Buffer.alloc(70 * 1024 * 1024 + 123, 7))
      expect(await readAhead(file).done).toBe(70 * 1024 * 1024 + 123)
      const stopped = readAhead(file)
      stopped.stop()
      expect(await stopped.done).toBeLessThanOrEqual(8 * 1024 * 1024)
      expect(await readAhead(join(dir, 'none.annalist')).done).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
