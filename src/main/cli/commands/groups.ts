/**
 * `annalist groups --library <file> [--json] [--split ids | --join ids] [--reviewer name]`: the documents that are copies of one report (same agency and
 * year, closely matching text, whatever their format). With --json: an array of
 * `{"id", "documents": [ids], "similarity"}` (id: the group's first document; similarity: its weakest link;
 * `"pinned": true` on a group a person split or joined). --split 5,6: those documents are not copies of the
 * rest of their group; --join 3,9: these documents and their groups are one report. Both then list the groups.
 */
import { option, parseArgs, requireOption, UsageError } from '../args'
import { openLibrary } from '../../library/db'
import { copyGroups, joinCopies, splitCopies } from '../../dataset/copy-store'
import { defaultReviewer, reviewerOf } from '../../services/reviewer'

function idList(text: string | undefined, flag: string): number[] | null {
  if (text === undefined) return null
  const ids = text.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number)
  if (ids.length === 0 || ids.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new UsageError(`--${flag} takes document ids joined by commas, not '${text}'`)
  return ids
}
import { printable } from '../printable'
import { migrationProgress, upgradeStepProgress } from '../migration-progress'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json'])
  const split = idList(option(args, 'split'), 'split')
  const join = idList(option(args, 'join'), 'join')
  if (split && join) throw new UsageError('give --split or --join, not both')
  if (join && join.length < 2) throw new UsageError('--join needs two documents or more')
  const db = openLibrary(requireOption(args, 'library'), { onMigrationProgress: migrationProgress(), onUpgradeStep: upgradeStepProgress() })
  try {
    const reviewer = reviewerOf(option(args, 'reviewer'), defaultReviewer())
    if (split) splitCopies(db, split, reviewer)
    if (join) joinCopies(db, join, reviewer)
    const groups = copyGroups(db)
    if (args.flags.has('json')) {
      process.stdout.write(JSON.stringify(groups) + '\n')
      return 0
    }
    const name = db.prepare('SELECT file_name FROM documents WHERE id = ?').pluck()
    const lines: string[] = []
    for (const g of groups) {
      lines.push(`group #${g.id}\t${g.documents.length} copies, similarity ${g.similarity.toFixed(2)}${g.pinned ? ' (set by a person)' : ''}`)
      for (const id of g.documents) lines.push(`  #${id}\t${printable(String(name.get(id)))}`)
    }
    lines.push(`${groups.length} group${groups.length === 1 ? '' : 's'} of copies`)
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  } finally {
    db.close()
  }
}

