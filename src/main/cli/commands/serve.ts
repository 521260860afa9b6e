/**
 * `annalist serve --library <file> [--port N] [--readonly]`: the browser mode. Creates the library when absent, serves
 * the built renderer and the API on 127.0.0.1, and prints the page address (with its token) as the FIRST
 * line of stdout, which scripts and the end-to-end tests read. Runs until SIGINT/SIGTERM, then cancels
 * running jobs and closes the library.
 */
import { resolve } from 'node:path'
import { parseArgs, option, requireOption, UsageError } from '../args'
import { openServices } from '../../services/open-library'
import { startBridge } from '../../server/http-server'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['readonly'])
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`)
  const library = resolve(requireOption(args, 'library'))
  const portText = option(args, 'port') ?? '0'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not '${portText}'`)
  const rendererDir = resolve(option(args, 'renderer') ?? 'out/renderer')

  // who changes made through this server are recorded as made by, when the page names nobody
  const app = openServices({ path: library, mode: 'browser', create: true, readonly: args.flags.has('readonly'), ...(option(args, 'reviewer') ? { reviewer: option(args, 'reviewer') } : {}) })
  let bridge
  try {
    bridge = await startBridge({ services: app.services, port, rendererDir })
  } catch (e) {
    await app.close()
    const msg = e instanceof Error ? e.message : String(e)
    throw new Error(/EADDRINUSE/.test(msg) ? `port ${port} is in use; pick another with --port, or --port 0 for a free one` : msg)
  }
  process.stdout.write(`${bridge.pageUrl}\n`)
  if (!bridge.rendererAvailable) process.stderr.write(`annalist serve: no renderer at ${rendererDir}/index.html; run \`npm run build\` first (the API is served anyway)\n`)
  process.stderr.write(`annalist serve: library ${library}; Ctrl+C to stop\n`)

  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await bridge.close()
  await app.close()
  return 0
}
