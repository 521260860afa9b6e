/**
 * `npm run annalist -- <command> ...`. Scripts and checks rely on these command shapes: keep them stable.
 * Exit 0 when the command ran (per-file failures belong in its summary); 2 with one clear line for a
 * usage error or an unusable library.
 */
import { UsageError } from './args'

type Command = (argv: string[]) => Promise<number>

const COMMANDS: Record<string, { help: string; load: () => Promise<{ run: Command }> }> = {
  import: { help: 'import <paths...> --library <file> [--json]', load: () => import('./commands/import') },
  list: { help: 'list --library <file> [--json] [--readonly] [--saved NAME]', load: () => import('./commands/list') },
  show: { help: 'show <id> --library <file> [--json] [--readonly]', load: () => import('./commands/show') },
  check: { help: 'check --library <file> [--readonly] [--deep]', load: () => import('./commands/check') },
  backup: { help: 'backup --library <file> --out <file> [--force]', load: () => import('./commands/backup') },
  reextract: { help: 'reextract --library <file>', load: () => import('./commands/reextract') },
  set: { help: 'set <id> <field> <value> --library <file> [--reason text]', load: () => import('./commands/set') },
  eval: { help: 'eval <dir> [--json]', load: () => import('./commands/eval') },
  export: {
    help: 'export --library <file> --format csv|xlsx|jsonl|bagit --out <path> [--scope all|verified] [--ids 1,2] [--fields a,b,...] [--groups document,headline,t2,t2v19,t3,t4] [--labels] [--provenance] [--organization name] [--description text] [--no-formula-guard] [--force] [--readonly]',
    load: () => import('./commands/export'),
  },
  groups: { help: 'groups --library <file> [--json]', load: () => import('./commands/groups') },
  agencies: { help: 'agencies --library <file> [--json]', load: () => import('./commands/agencies') },
  'verify-bag': { help: 'verify-bag <dir>', load: () => import('./commands/verify-bag') },
  serve: { help: 'serve --library <file> [--port N] [--readonly]', load: () => import('./commands/serve') },
}

function usage(): string {
  return ['usage: annalist <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  annalist ${c.help}`)].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n')
    return name ? 0 : 2
  }
  const cmd = COMMANDS[name]
  if (!cmd) {
    process.stderr.write(`annalist: unknown command '${name}'\n${usage()}\n`)
    return 2
  }
  try {
    return await (await cmd.load()).run(rest)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`annalist ${name}: ${e.message}\nusage: annalist ${cmd.help}\n`)
      return 2
    }
    const msg = e instanceof Error ? e.message : String(e)
    process.stderr.write(`annalist ${name}: ${msg}\n`)
    return 2
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code },
  (e: unknown) => { process.stderr.write(`annalist: ${String(e)}\n`); process.exitCode = 2 },
)
