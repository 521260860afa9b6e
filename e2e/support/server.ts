/**
 * Starts the real browser-mode bridge (`annalist serve`) on a fresh temporary library and stops it.
 * The page address is the first line of its stdout. The server is started in its own process group so
 * that stop() ends it and the tsx child it spawns, and nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')

export interface Server { url: string; library: string; stop(opts?: { keepLibrary?: boolean }): Promise<void> }

export async function startServer(library?: string): Promise<Server> {
  const dir = library ? null : mkdtempSync(join(tmpdir(), 'annalist-e2e-'))
  const lib = library ?? join(dir as string, 'library.sqlite')
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child: ChildProcess = spawn(join(REPO, 'node_modules', '.bin', 'tsx'), ['src/main/cli/index.ts', 'serve', '--library', lib, '--port', '0'], {
    cwd: REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (b: Buffer) => { stderr += b.toString() })
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`serve did not print its address in 60 s\n${stderr}`)), 60_000)
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString()
      const nl = out.indexOf('\n')
      if (nl >= 0) { clearTimeout(timer); ok(out.slice(0, nl).trim()) }
    })
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`serve exited with ${code}\n${stderr}`)) })
  })
  return {
    url,
    library: lib,
    async stop(opts = {}) {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise<void>((ok) => child.once('exit', () => ok()))
        try { process.kill(-child.pid, 'SIGTERM') } catch { /* already gone */ }
        await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))])
      }
      if (dir && !opts.keepLibrary) rmSync(dir, { recursive: true, force: true })
    },
  }
}
