/** Minimal argument parsing for the CLI: positionals, `--flag value`, `--flag=value`, boolean flags. */
export interface ParsedArgs {
  positionals: string[]
  options: Map<string, string[]>
  flags: Set<string>
}

export class UsageError extends Error {
  override name = 'UsageError'
}

/** `booleans` lists the flags that take no value (e.g. json). */
export function parseArgs(argv: string[], booleans: readonly string[] = []): ParsedArgs {
  const positionals: string[] = []
  const options = new Map<string, string[]>()
  const flags = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') { positionals.push(...argv.slice(i + 1)); break }
    if (!a.startsWith('--')) { positionals.push(a); continue }
    const eq = a.indexOf('=')
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2)
    if (booleans.includes(name)) { flags.add(name); continue }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i]
    if (value === undefined) throw new UsageError(`--${name} needs a value`)
    options.set(name, [...(options.get(name) ?? []), value])
  }
  return { positionals, options, flags }
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name)
  return v ? v[v.length - 1] : undefined
}

export function requireOption(args: ParsedArgs, name: string): string {
  const v = option(args, name)
  if (v === undefined) throw new UsageError(`--${name} is required`)
  return v
}
