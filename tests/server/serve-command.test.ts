/** `annalist serve` as a person runs it: first stdout line is the page address, a new library is created, SIGTERM stops it cleanly. */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/library/db'

const dir = mkdtempSync(join(tmpdir(), 'annalist-serve-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('annalist serve', () => {
  it('prints the tokened address first, serves the API, and closes the library on SIGTERM', async () => {
    const library = join(dir, 'new.annalist')
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve)
      child.once('exit', () => reject(new Error('serve exited before printing its address')))
    })
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
    const url = new URL(first)
    const token = url.searchParams.get('token') as string
    const info = await fetch(`${url.origin}/api/call/library.info`, { method: 'POST', headers: { 'X-Annalist-Token': token, 'Content-Type': 'application/json' }, body: '{}' })
    expect(await info.json()).toMatchObject({ path: library, documents: 0, mode: 'browser' })
    expect((await fetch(`${url.origin}/api/call/library.info`, { method: 'POST', body: '{}' })).status).toBe(401)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(existsSync(library)).toBe(true)
    // closed cleanly: no WAL left behind, and the file opens again
    expect(existsSync(`${library}-wal`)).toBe(false)
    openLibrary(library).close()
  })

  it('refuses a bad port with one clear line and exit code 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', 'serve', '--library', join(dir, 'x.annalist'), '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (b: Buffer) => { err += b.toString() })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toMatch(/--port must be a number/)
  })
})
