/**
 * `annalist backup --library <file> --out <file> [--force]`: a consistent copy of the library, also while
 * the app has it open (SQLite's online backup; library/backup). Use it instead of copying the file.
 * An existing --out is refused unless --force; the library itself (and its -wal/-shm) always.
 */
import { parseArgs, requireOption, UsageError } from '../args'
import { openForReading } from '../open'
import { backupLibrary } from '../../library/backup'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['force', 'readonly'])
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`)
  const library = requireOption(args, 'library')
  const out = requireOption(args, 'out')
  const db = openForReading(library, args.flags.has('readonly'))
  try {
    const s = await backupLibrary(db, out, { force: args.flags.has('force'), library })
    process.stdout.write(`backed up ${s.documents} document${s.documents === 1 ? '' : 's'} to ${s.path} (${(s.bytes / 1024 / 1024).toFixed(1)} MB)\n`)
    return 0
  } finally {
    db.close()
  }
}
