/**
 * `annalist agencies --library <file> [--json]`: the authority list of agencies built from the library (one
 * agency under its many written names). With --json: an array of
 * `{"name", "region_code", "documents", "variants": [{"name", "documents"}]}`.
 */
import { parseArgs, requireOption } from '../args'
import { openLibrary } from '../../library/db'
import { buildAuthority } from '../../dataset/authority'
import { migrationProgress, upgradeStepProgress } from '../migration-progress'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json'])
  const db = openLibrary(requireOption(args, 'library'), { onMigrationProgress: migrationProgress(), onUpgradeStep: upgradeStepProgress() })
  try {
    const list = buildAuthority(db)
    if (args.flags.has('json')) {
      process.stdout.write(JSON.stringify(list.map(({ name, region_code, documents, variants }) => ({ name, region_code, documents, variants }))) + '\n')
      return 0
    }
    const lines = list.map((a) => {
      const others = a.variants.filter((v) => v.name !== a.name)
      const also = others.length ? `\t(also written: ${others.map((v) => `${v.name} ×${v.documents}`).join('; ')})` : ''
      return `${a.name}\t${a.region_code ?? '—'}\t${a.documents} document${a.documents === 1 ? '' : 's'}${also}`
    })
    lines.push(`${list.length} agenc${list.length === 1 ? 'y' : 'ies'}`)
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  } finally {
    db.close()
  }
}
