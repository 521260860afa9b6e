/**
 * `annalist export --library <file> --format csv|xlsx|jsonl|bagit --out <path> [--scope all|verified]
 *  [--ids 1,2,...] [--fields a,b,...] [--groups document,headline,t3,...] [--labels] [--provenance]
 *  [--organization text] [--description text] [--no-formula-guard] [--by-group] [--force] [--readonly]`
 * --by-group: one row per report (its copies folded, each value naming the copy it came from; issue 13).
 * An existing --out is refused unless --force; the library itself (and its -wal/-shm) always is.
 * CSV text cells that a spreadsheet would run as a formula (= + - @ tab CR first) get a leading ';
 * --no-formula-guard writes them exactly (for pandas, R).
 * Prints one summary line; exit 2 with one line for a usage error or an unusable library.
 */
import { runExport } from '../../export'
import { libraryFiles } from '../../export/protected-paths'
import type { ExportFormat, ExportRequest, FieldGroupChoice } from '../../../shared/contract'
import { option, parseArgs, requireOption, UsageError } from '../args'
import { openForReading } from '../open'

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl', 'bagit']
const GROUPS: readonly FieldGroupChoice[] = ['document', 'headline', 't2', 't2v19', 't3', 't4']

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '')
  return items.length > 0 ? items : undefined
}

/** Builds the request from the command line; every mistake is a UsageError with one readable line. */
export function parseExportArgs(argv: string[]): {
  library: string; req: ExportRequest; force: boolean; readonly: boolean; bagInfo: { sourceOrganization?: string; externalDescription?: string }
} {
  const args = parseArgs(argv, ['labels', 'provenance', 'no-formula-guard', 'force', 'readonly', 'by-group'])
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`)
  const library = requireOption(args, 'library')
  const format = requireOption(args, 'format') as ExportFormat
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`)
  const out = requireOption(args, 'out')
  const ids = list(option(args, 'ids'))
  const scopeText = option(args, 'scope') ?? (ids ? 'ids' : 'all')
  if (scopeText !== 'all' && scopeText !== 'verified' && scopeText !== 'ids') throw new UsageError(`--scope must be all or verified, not '${scopeText}'`)
  if (scopeText === 'ids' && !ids) throw new UsageError('--ids 1,2,... is needed to export chosen documents')
  const idNumbers = ids?.map((s) => {
    const n = Number(s)
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--ids takes document ids (whole numbers), not '${s}'`)
    return n
  })
  const groups = list(option(args, 'groups'))
  const badGroup = groups?.find((g) => !GROUPS.includes(g as FieldGroupChoice))
  if (badGroup) throw new UsageError(`unknown field group '${badGroup}' (groups: ${GROUPS.join(', ')})`)
  const req: ExportRequest = {
    format,
    scope: scopeText,
    ...(idNumbers ? { ids: idNumbers } : {}),
    ...(groups ? { groups: groups as FieldGroupChoice[] } : {}),
    ...(list(option(args, 'fields')) ? { fields: list(option(args, 'fields')) } : {}),
    labels: args.flags.has('labels'),
    provenanceColumns: args.flags.has('provenance'),
    ...(args.flags.has('no-formula-guard') ? { formulaGuard: false } : {}),
    ...(args.flags.has('by-group') ? { byGroup: true } : {}),
    out,
  }
  return {
    library, req, force: args.flags.has('force'), readonly: args.flags.has('readonly'),
    bagInfo: { sourceOrganization: option(args, 'organization'), externalDescription: option(args, 'description') },
  }
}

function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

export async function run(argv: string[]): Promise<number> {
  const { library, req, bagInfo, force, readonly } = parseExportArgs(argv)
  const db = openForReading(library, readonly)
  const ac = new AbortController()
  const onSignal = (): void => ac.abort()
  process.once('SIGINT', onSignal)
  try {
    const tty = process.stderr.isTTY
    const summary = await runExport(db, req, {
      signal: ac.signal,
      bagInfo,
      force,
      protect: libraryFiles(library),
      onProgress: tty ? (p) => process.stderr.write(`\r${p.done}/${p.total}`) : undefined,
    })
    if (tty) process.stderr.write('\r\x1b[K')
    process.stdout.write(`exported ${summary.documents} ${req.byGroup && req.format !== 'bagit' ? 'report' : 'document'}${summary.documents === 1 ? '' : 's'} as ${summary.format} to ${summary.path} (${humanBytes(summary.bytes)})\n`)
    return 0
  } finally {
    process.off('SIGINT', onSignal)
    db.close()
  }
}
