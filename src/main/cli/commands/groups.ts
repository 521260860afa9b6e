/**
 * `annalist groups --library <file> [--json]`: the documents that are copies of one report (same agency and
 * year, closely matching text, whatever their format). With --json: an array of
 * `{"id", "documents": [ids], "similarity"}` (id: the group's first document; similarity: its weakest link).
 */
import { parseArgs, requireOption } from '../args'
import { openLibrary } from '../../library/db'
import { findCopyGroups } from '../../dataset/copies'
import { printable } from '../printable'
import { migrationProgress } from '../migration-progress'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json'])
  const db = openLibrary(requireOption(args, 'library'), { onMigrationProgress: migrationProgress() })
  try {
    const groups = findCopyGroups(db)
    if (args.flags.has('json')) {
      process.stdout.write(JSON.stringify(groups) + '\n')
      return 0
    }
    const name = db.prepare('SELECT file_name FROM documents WHERE id = ?').pluck()
    const lines: string[] = []
    for (const g of groups) {
      lines.push(`group #${g.id}\t${g.documents.length} copies, similarity ${g.similarity.toFixed(2)}`)
      for (const id of g.documents) lines.push(`  #${id}\t${printable(String(name.get(id)))}`)
    }
    lines.push(`${groups.length} group${groups.length === 1 ? '' : 's'} of copies`)
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  } finally {
    db.close()
  }
}

