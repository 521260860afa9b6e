/**
 * `annalist reextract --library <file> [--json]`: re-run cleaning and extraction over every document (in
 * the worker pool); values a person corrected or confirmed stay as they are.
 */
import { parseArgs } from '../args'
import { openFromArgs } from '../open'
import { reextractAll } from '../../import/index'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'readonly'])
  const { db } = openFromArgs(args, { write: true })
  const controller = new AbortController()
  const onSigint = (): void => controller.abort()
  process.once('SIGINT', onSigint)
  const tty = process.stderr.isTTY && !args.flags.has('json')
  try {
    const r = await reextractAll(db, {
      signal: controller.signal,
      onProgress: tty ? (p) => process.stderr.write(`\r\x1b[K${p.done}/${p.total}`) : undefined,
    })
    if (tty) process.stderr.write('\r\x1b[K')
    if (args.flags.has('json')) process.stdout.write(JSON.stringify(r) + '\n')
    else {
      const lines = [...r.failed.map((f) => `failed  #${f.id}: ${f.error}`), `re-extracted ${r.documents} document${r.documents === 1 ? '' : 's'}, ${r.failed.length} failed`]
      process.stdout.write(lines.join('\n') + '\n')
    }
    return 0
  } finally {
    process.removeListener('SIGINT', onSigint)
    db.close()
  }
}
