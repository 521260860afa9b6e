/**
 * `annalist verify-bag <dir>`: checks a BagIt bag for completeness and every checksum.
 * Exit 0 when valid, 1 when not (with the list of problems), 2 for a usage error.
 */
import { verifyBag } from '../../export'
import { parseArgs, UsageError } from '../args'

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  const [dir, extra] = args.positionals
  if (!dir) throw new UsageError('give the folder of the bag')
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`)
  const result = await verifyBag(dir)
  if (result.ok) {
    process.stdout.write(`valid bag: ${dir}\n`)
    return 0
  }
  process.stdout.write(`not a valid bag: ${dir} (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})\n`)
  for (const p of result.problems) process.stdout.write(`  - ${p}\n`)
  return 1
}
