/** Placeholder until its issue lands: replaced by the real command. */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('annalist import: not implemented yet\n')
  return 2
}
