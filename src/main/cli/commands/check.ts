/** `annalist check --library <file>`: integrity, references, whole documents and fixity; exit 0 only when all is sound (1 otherwise). */
import { parseArgs, requireOption } from '../args'
import { openLibrary } from '../../library/db'
import { checkLibrary } from '../../library/check'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  const db = openLibrary(requireOption(args, 'library'))
  try {
    const r = checkLibrary(db)
    process.stdout.write(r.lines.join('\n') + '\n')
    return r.ok ? 0 : 1
  } finally {
    db.close()
  }
}
